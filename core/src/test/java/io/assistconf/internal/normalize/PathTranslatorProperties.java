package io.assistconf.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Change;
import io.assistconf.internal.tree.Place;
import io.assistconf.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A path translator reading the change list against the one that first writes every renamed and coerced
 * change into maps: the same user's path for every pointer, after random renamings and typed query values (at
 * places whose pointers are written or not), coercions, other changes and defaults, nested in each other, with
 * names holding {@code ~} and {@code /}.
 */
class PathTranslatorProperties {

    private static final String[] NAMES = {"a", "b", "ab", "a/b", "~", "~1", "x~0y", "", "0"};

    private record KnownPlace(Place location, String pointer) {
    }

    @Property(tries = 1000)
    void readsThePathsTheMapsGive(@ForAll long seed) {
        Random random = new Random(seed);
        ChangeList changes = new ChangeList();
        List<KnownPlace> places = new ArrayList<>(List.of(new KnownPlace(Place.ROOT, "")));
        for (int step = 0, steps = random.nextInt(40); step < steps; step++) {
            KnownPlace parent = places.get(random.nextInt(places.size()));
            KnownPlace other = places.get(random.nextInt(places.size()));
            String name = NAMES[random.nextInt(NAMES.length)];
            KnownPlace child = random.nextInt(4) == 0
                    ? new KnownPlace(parent.location().item(step % 3), Pointers.append(parent.pointer(), step % 3))
                    : new KnownPlace(parent.location().member(name), Pointers.append(parent.pointer(), name));
            places.add(random.nextBoolean() ? child : new KnownPlace(Place.at(child.pointer()), child.pointer()));
            switch (random.nextInt(5)) {
                case 0 -> changes.addRenamed(parent.location(), name, other.location(),
                        NAMES[random.nextInt(NAMES.length)]);
                case 1 -> changes.add(new Change(Change.Type.values()[random.nextInt(4)], child.pointer(),
                        Pointers.append(other.pointer(), NAMES[random.nextInt(NAMES.length)]), "other"));
                case 2 -> changes.add(new Change(Change.Type.COERCED, child.pointer(), other.pointer(), "coerced"));
                case 3 -> changes.addTyped(child.location(), other.location(), "integer");
                default -> changes.addDefaulted(parent.location(), name, "filled");
            }
        }
        List<String> pointers = new ArrayList<>(List.of(""));
        for (KnownPlace place : places) {
            pointers.add(place.pointer());
            pointers.add(Pointers.append(place.pointer(), NAMES[random.nextInt(NAMES.length)]));
            pointers.add(Pointers.append(Pointers.append(place.pointer(), 1), NAMES[random.nextInt(NAMES.length)]));
        }
        // Each on its own copy: a change written out for one is then read as written by the others.
        PathTranslator mapped = new PathTranslator(new ChangeList(changes));
        mapped.canonical(""); // writes the maps: every answer after it comes from them
        PathTranslator askedThroughout = new PathTranslator(new ChangeList(changes));
        for (String pointer : pointers) {
            String expected = mapped.original(pointer);
            assertThat(new PathTranslator(changes).original(pointer)).as(pointer).isEqualTo(expected);
            assertThat(askedThroughout.original(pointer)).as(pointer).isEqualTo(expected);
        }
    }
}

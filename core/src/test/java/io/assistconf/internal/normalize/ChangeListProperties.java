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
 * A change list against the straightforward list it replaces, in which every change is written at once: the
 * same changes in the same order, the same answer to "was a default filled here", after random sequences of
 * defaults, renamings, typed query values, other changes, the defaults filled inside a shared default and cut
 * tails, with names holding {@code ~} and {@code /}; and a copy with the defaults of another added.
 */
class ChangeListProperties {

    private static final String[] NAMES = {"a", "b", "ab", "a/b", "~", "~1", "x~0y", "", "0"};

    @Property(tries = 500)
    void readsAndAnswersAsTheListWrittenAtOnce(@ForAll long seed) {
        Random random = new Random(seed);
        ChangeList lazy = new ChangeList();
        List<Change> eager = new ArrayList<>();
        List<String> pointers = new ArrayList<>(List.of(""));
        for (int step = 0, steps = random.nextInt(60); step < steps; step++) {
            String parent = pointers.get(random.nextInt(pointers.size()));
            String name = NAMES[random.nextInt(NAMES.length)];
            String pointer = Pointers.append(parent, name);
            pointers.add(pointer);
            switch (random.nextInt(6)) {
                case 0 -> {
                    lazy.addDefaulted(Place.at(parent), name, "filled " + step);
                    eager.add(new Change(Change.Type.DEFAULTED, pointer, "", "filled " + step));
                }
                case 1 -> {
                    String key = NAMES[random.nextInt(NAMES.length)];
                    lazy.addRenamed(Place.at(parent), name, Place.at(parent), key);
                    eager.add(new Change(Change.Type.RENAMED, pointer, Pointers.append(parent, key),
                            "renamed '" + key + "' to '" + name + "'"));
                }
                case 2 -> {
                    Change change = new Change(Change.Type.values()[random.nextInt(4)], pointer, parent, "other");
                    lazy.add(change);
                    eager.add(change);
                }
                case 3 -> {
                    List<String> relative = new ArrayList<>();
                    ChangeList inside = defaultedInside(random, relative);
                    lazy.addDefaultedUnder(Place.at(parent), inside);
                    for (String at : relative) {
                        eager.add(new Change(Change.Type.DEFAULTED, parent + at, "", "inside"));
                        pointers.add(parent + at);
                    }
                }
                case 4 -> {
                    lazy.addTyped(Place.at(pointer), Place.at(parent), "integer");
                    eager.add(new Change(Change.Type.COERCED, pointer, parent, "read the query value as integer"));
                }
                default -> {
                    int mark = random.nextInt(eager.size() + 1);
                    lazy.subList(mark, lazy.size()).clear();
                    eager.subList(mark, eager.size()).clear();
                }
            }
            if (random.nextBoolean()) {
                int read = eager.isEmpty() ? -1 : random.nextInt(eager.size());
                assertThat(read < 0 || lazy.get(read).equals(eager.get(read))).isTrue();
            }
        }
        for (String pointer : pointers) {
            assertThat(lazy.defaultedAt(pointer)).as(pointer).isEqualTo(eager.stream()
                    .anyMatch(c -> c.type() == Change.Type.DEFAULTED && c.pointer().equals(pointer)));
        }
        List<Change> moved = new ArrayList<>();
        lazy.forEachMoved(moved::add);
        assertThat(moved).isEqualTo(eager.stream().filter(c -> c.type() != Change.Type.DEFAULTED).toList());
        assertThat(lazy).isEqualTo(eager);
        ChangeList copy = new ChangeList(lazy);
        copy.addDefaultedOf(lazy);
        List<Change> eagerCopy = new ArrayList<>(eager);
        eager.stream().filter(c -> c.type() == Change.Type.DEFAULTED).forEach(eagerCopy::add);
        assertThat(copy).isEqualTo(eagerCopy);
        // after removals too, a path read from the entries is the one the changes written out give
        PathTranslator mapped = new PathTranslator(new ChangeList(lazy));
        mapped.canonical("");
        for (String pointer : pointers) {
            assertThat(new PathTranslator(new ChangeList(lazy)).original(pointer)).as(pointer)
                    .isEqualTo(mapped.original(pointer));
        }
    }

    /**
     * The defaults a shared default fills inside it, at pointers relative to it (added to {@code relative}), as
     * the normalizer keeps them: listed apart, some of them first kept as the defaults of a default inside it.
     */
    private static ChangeList defaultedInside(Random random, List<String> relative) {
        ChangeList inside = new ChangeList();
        for (int i = random.nextInt(5); i > 0; i--) {
            String name = NAMES[random.nextInt(NAMES.length)];
            if (random.nextInt(3) == 0) {
                List<String> deeper = new ArrayList<>();
                ChangeList nested = defaultedInside(random, deeper);
                String at = Pointers.append("", name);
                inside.addDefaultedUnder(Place.ROOT.member(name), nested);
                deeper.forEach(pointer -> relative.add(at + pointer));
            } else {
                String above = random.nextBoolean() ? null : NAMES[random.nextInt(NAMES.length)];
                inside.addDefaulted(above == null ? Place.ROOT : Place.ROOT.member(above), name, "inside");
                relative.add(Pointers.append(above == null ? "" : Pointers.append("", above), name));
            }
        }
        return inside.eachDefaultedApart();
    }
}

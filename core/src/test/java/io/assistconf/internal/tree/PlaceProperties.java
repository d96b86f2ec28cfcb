package io.assistconf.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A place writes, whenever it is first asked for, the pointer written at once from its segments: asked in
 * any order, siblings before parents or after, with names holding {@code ~} and {@code /}, and below a
 * place known only by its pointer; it measures that pointer's length, and tells its pointer from other
 * texts, before and after writing it.
 */
class PlaceProperties {

    private static final String[] NAMES = {"a", "b", "a/b", "~", "~1", "x~0y", "", "0"};

    @Property(tries = 500)
    void aPointerIsTheOneWrittenAtOnceWhateverTheOrderAsked(@ForAll long seed) {
        Random random = new Random(seed);
        List<Place> places = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        String base = random.nextBoolean() ? "" : "/given~1base";
        places.add(base.isEmpty() ? Place.ROOT : Place.at(base));
        pointers.add(base);
        for (int step = 0, steps = 1 + random.nextInt(40); step < steps; step++) {
            int parent = random.nextInt(places.size());
            if (random.nextBoolean()) {
                String name = NAMES[random.nextInt(NAMES.length)];
                places.add(places.get(parent).member(name));
                pointers.add(Pointers.append(pointers.get(parent), name));
            } else {
                int index = random.nextInt(12);
                places.add(places.get(parent).item(index));
                pointers.add(pointers.get(parent) + "/" + index);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order.subList(0, order.size() / 2)) {
            assertThat(places.get(i).pointerLength()).isEqualTo(pointers.get(i).length());
            assertThat(places.get(i).pointer()).isEqualTo(pointers.get(i));
        }
        // Asked whether a text is its pointer, written or not: only its own pointer, at any length of text.
        for (int i = 0; i < places.size(); i++) {
            for (int j = 0; j < places.size(); j++) {
                String text = pointers.get(j) + (random.nextBoolean() ? "/tail" : "");
                assertThat(places.get(i).isPointerOf(text, pointers.get(j).length()))
                        .as("%s against %s", pointers.get(i), pointers.get(j))
                        .isEqualTo(pointers.get(i).equals(pointers.get(j)));
            }
        }
        for (int i : order) {
            assertThat(places.get(i).pointerLength()).isEqualTo(pointers.get(i).length());
            assertThat(places.get(i).pointer()).isEqualTo(pointers.get(i));
        }
    }

    /** Far deeper than {@link io.assistconf.Limits#MAX_DEPTH} lets a payload be. */
    @Test
    void aDeepPlaceIsWrittenWithoutRecursion() {
        Place deep = Place.ROOT;
        for (int i = 0; i < 2_000; i++) {
            deep = deep.item(0);
        }
        assertThat(deep.pointer()).hasSize(4_000).startsWith("/0/0/");
    }
}

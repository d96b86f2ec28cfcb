package io.assistconf.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Matching a segment in place agrees with escaping it and comparing the text: for names and pointers made of
 * the characters that escaping and pointers treat apart ({@code ~}, {@code /}, {@code 0}, {@code 1}), at every
 * offset of the pointer.
 */
class PointersProperties {

    @Property(tries = 2000)
    void aSegmentEndsInPlaceWhereItsEscapedTextEnds(@ForAll("texts") String name, @ForAll("texts") String pointer) {
        String escaped = Pointers.escape(name);
        assertThat(Pointers.escapedLength(name)).isEqualTo(escaped.length());
        for (int from = 0; from <= pointer.length(); from++) {
            int expected = pointer.startsWith(escaped, from) ? from + escaped.length() : -1;
            assertThat(Pointers.segmentEnd(pointer, from, name)).as("%s in %s from %d", name, pointer, from)
                    .isEqualTo(expected);
        }
    }

    @Property(tries = 500)
    void aSegmentIsFoundWhereItWasAppended(@ForAll("texts") String parent, @ForAll("texts") String name,
            @ForAll("texts") String tail) {
        String pointer = Pointers.append(parent, name) + tail;
        assertThat(Pointers.segmentEnd(pointer, parent.length() + 1, name))
                .isEqualTo(parent.length() + 1 + Pointers.escape(name).length());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('~', '/', '0', '1', 'a').ofMaxLength(8);
    }
}

package io.assistconf.internal.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of text read as one {@code long}, so that plain ASCII is passed a word at a time rather than a
 * byte at a time. {@code (x - 0x01..01) & ~x & 0x80..80} is not zero exactly when a byte of {@code x} is zero,
 * so a byte equal to {@code c} is found as a zero byte of {@code word ^ repeated(c)}.
 */
final class AsciiWords {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private AsciiWords() {
    }

    /** An ASCII character in each of the eight bytes of a {@code long}. */
    static long repeated(char ascii) {
        return ONES * ascii;
    }

    /** Whether the eight bytes at {@code i} (there must be eight) are ASCII. */
    static boolean ascii(byte[] text, int i) {
        return ((long) LONGS.get(text, i) & HIGH_BITS) == 0;
    }

    /** Whether the eight bytes at {@code i} are ASCII and none is the character {@code absent} repeats. */
    static boolean asciiWithout(byte[] text, int i, long absent) {
        long word = (long) LONGS.get(text, i);
        return (word & HIGH_BITS) == 0 && !hasZeroByte(word ^ absent);
    }

    /** Whether the eight bytes at {@code i} are ASCII and none is either character the two repeat. */
    static boolean asciiWithout(byte[] text, int i, long absent, long alsoAbsent) {
        long word = (long) LONGS.get(text, i);
        return (word & HIGH_BITS) == 0 && !hasZeroByte(word ^ absent) && !hasZeroByte(word ^ alsoAbsent);
    }

    private static boolean hasZeroByte(long word) {
        return ((word - ONES) & ~word & HIGH_BITS) != 0;
    }
}

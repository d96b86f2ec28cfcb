package io.assistconf.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The check that reads eight bytes at once finds what the byte-by-byte check finds (the same offset and
 * message, or nothing), in JSON and in YAML, from any start: on texts built of ASCII runs, backslashes and
 * escapes (surrogate pairs, lone and reversed halves, cut ones), well-formed and malformed UTF-8, random bytes.
 */
class EncodingCheckProperties {

    private static final String[] PIECES = {"{\"name\": \"Helper\", ", "abcdefgh", "x", "\\", "\\\\", "\\\"",
        "\\u0041", "\\uD83D\\uDE00", "\\uD83D", "\\uDE00", "\\uDE00\\uD83D", "\\uD83D\\u0041", "\\uZZZZ", "\\u12",
        "é", "日本", "😀", "\u0085"};
    private static final byte[][] RAW = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80},
        {(byte) 0xFF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};

    @Property(tries = 3_000)
    void readingEightBytesAtOnceFindsWhatReadingOneFinds(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] text = text(random);
        int start = text.length == 0 ? 0 : random.nextInt(text.length + 1);
        for (boolean json : new boolean[] {true, false}) {
            assertThat(EncodingCheck.find(text, start, json))
                    .as("%s from %d, json %s", new String(text, StandardCharsets.ISO_8859_1), start, json)
                    .isEqualTo(EncodingCheck.findByteByByte(text, start, json));
        }
    }

    private static byte[] text(Random random) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        boolean clean = random.nextInt(3) == 0; // a third of the texts hold no malformed UTF-8
        for (int n = random.nextInt(40); n > 0; n--) {
            int kind = random.nextInt(10);
            if (kind < 7 || clean) {
                text.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            } else if (kind < 9) {
                text.writeBytes(RAW[random.nextInt(RAW.length)]);
            } else {
                text.write(random.nextInt(256));
            }
        }
        return text.toByteArray();
    }
}

package io.assistconf.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Columns read eight bytes at a time are the columns counted one code point at a time from the start of the
 * line: on texts of ASCII runs, line ends (LF, CR LF, a lone CR) and multi-byte characters, for offsets asked
 * in increasing order and, now and then, behind the last one.
 */
class TextPositionsProperties {

    private static final String[] PIECES = {"{\"name\": \"Helper\", ", "abcdefgh", "x", "\n", "\r\n", "\r", "é",
        "日本", "😀", "        ", "\"temperature\":0.7,"};

    @Property(tries = 3_000)
    void countsCodePointsSinceTheLineStarted(@ForAll long seed) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = random.nextInt(60); n > 0; n--) {
            out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
        }
        byte[] text = out.toByteArray();
        TextPositions positions = new TextPositions(text);
        int target = 0;
        for (int ask = random.nextInt(8); ask >= 0 && text.length > 0; ask--) {
            target = random.nextInt(10) == 0 ? random.nextInt(text.length + 1)
                    : Math.min(text.length, target + random.nextInt(text.length / 2 + 1));
            assertThat(positions.columnAt(target)).as("offset %d of %s", target,
                    new String(text, StandardCharsets.UTF_8)).isEqualTo(columnOneByOne(text, target));
        }
    }

    private static int columnOneByOne(byte[] text, int target) {
        int column = 1;
        for (int i = 0; i < target; i++) {
            if (text[i] == '\n' || text[i] == '\r') {
                column = 1;
            } else if ((text[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}

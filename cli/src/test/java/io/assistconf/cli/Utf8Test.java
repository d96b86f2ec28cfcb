package io.assistconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.Cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports quote payload text; they are UTF-8 whatever the platform's default charset. */
class Utf8Test {

    private static final String PAYLOAD = "{\"name\": \"Caf\u00e9 \u2615 \u65e5\u672c\", \"c\u00f6lour\": \"blue\", "
            + "\"instructions\": \"i\", \"organization_id\": \"org_1\"}";

    @TempDir
    Path dir;

    @Test
    void normalizePassesNonAsciiTextThrough() {
        Path file = Cli.write(dir.resolve("cafe.json"), PAYLOAD);
        Run run = Cli.run("normalize", "--variant", "freddy", "--kind", "create", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"name\": \"Caf\u00e9 \u2615 \u65e5\u672c\"");
        assertThat(run.err()).contains("unknown property 'c\u00f6lour'");
    }

    @Test
    void mainWritesUtf8EvenWhenThePlatformCharsetIsAscii() throws Exception {
        Path file = Cli.write(dir.resolve("cafe.json"), PAYLOAD);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII", "-Dstderr.encoding=US-ASCII",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "normalize", "--variant", "freddy", "--kind", "create", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"name\": \"Caf\u00e9 \u2615 \u65e5\u672c\"");
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("unknown property 'c\u00f6lour'");
    }

    @Test
    void aFileNameTheCLocaleCannotEncodeIsAUsageError() throws Exception {
        Path file = Cli.write(dir.resolve("caf\u00e9.json"), PAYLOAD);
        Path err = dir.resolve("err");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", "--variant", "freddy", "--kind", "create", file.toString())
                .redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LANG", "C");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(message).isEqualTo(2);
        assertThat(message).contains("cannot be encoded").contains("LC_ALL=C.UTF-8").doesNotContain("internal error");
    }
}

package io.assistconf.example.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the example and sends every {@code curl} request of its README, each answer compared with the one the page
 * shows (curl's {@code -w} status line included), so that the page cannot drift from the program.
 */
class GatewayExampleReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern CONSOLE = Pattern.compile("```console\\n\\$ (curl [^\\n]*)\\n(.*?)```",
            Pattern.DOTALL);
    private static final String README_ORIGIN = "http://127.0.0.1:8080";

    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        server = GatewayExample.start(0, true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void everyCurlOfTheReadmeGetsTheAnswerShown() throws Exception {
        Matcher block = CONSOLE.matcher(Files.readString(README));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> sent = new ArrayList<>();
        while (block.find()) {
            Curl curl = Curl.parse(block.group(1));
            HttpResponse<String> response = client.send(curl.request(URI.create(curl.url().replace(README_ORIGIN,
                    "http://127.0.0.1:" + GatewayExample.port(server)))), HttpResponse.BodyHandlers.ofString());
            String printed = response.body() + curl.writeOut().replace("%{http_code}",
                    Integer.toString(response.statusCode()));
            assertThat(printed).as(block.group(1)).isEqualTo(block.group(2));
            sent.add(curl.method() + " " + curl.url());
        }
        assertThat(sent).containsExactly(
                "POST http://127.0.0.1:8080/api/v1/assistants",
                "PUT http://127.0.0.1:8080/v1/assistants/asst_42",
                "GET http://127.0.0.1:8080/api/v1/assistants?limit=5",
                "POST http://127.0.0.1:8080/shadow/api/v1/assistants");
    }

    /** The curl options the README uses: {@code -s}, {@code -w}, {@code -X}, {@code -H}, {@code -d} and a URL. */
    private record Curl(String method, String url, List<String> headers, String data, String writeOut) {

        static Curl parse(String line) {
            List<String> words = words(line);
            String method = null;
            String url = null;
            String data = null;
            String writeOut = "";
            List<String> headers = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                switch (words.get(i)) {
                    case "-s" -> {
                    }
                    case "-w" -> writeOut = words.get(++i).replace("\\n", "\n");
                    case "-X" -> method = words.get(++i);
                    case "-H" -> headers.add(words.get(++i));
                    case "-d" -> data = words.get(++i);
                    default -> {
                        assertThat(words.get(i)).as("an option the test knows, or the URL").startsWith("http://");
                        url = words.get(i);
                    }
                }
            }
            return new Curl(method == null ? (data == null ? "GET" : "POST") : method, url, headers, data, writeOut);
        }

        HttpRequest request(URI uri) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
            if (data == null) {
                // As curl sends a request without -d: no Content-Length header.
                builder.method(method, HttpRequest.BodyPublishers.noBody());
                if (method.equals("GET")) {
                    builder.GET();
                }
            } else {
                builder.method(method, HttpRequest.BodyPublishers.ofString(data, StandardCharsets.UTF_8));
            }
            for (String header : headers) {
                String[] nameAndValue = header.split(":\\s*", 2);
                builder.header(nameAndValue[0], nameAndValue[1]);
            }
            return builder.build();
        }

        /** The shell words of a line with single quotes (the only quoting the README uses). */
        private static List<String> words(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            boolean inWord = false;
            for (char c : line.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                    inWord = true;
                } else if (c == ' ' && !quoted) {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(word.toString());
            }
            return words;
        }
    }
}

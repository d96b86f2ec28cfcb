package io.assistconf.benchmarks;

import io.assistconf.testkit.TestPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The requests of the gateway benchmarks: a typical valid and an invalid create of each variant (the seed and
 * supplement payloads of the conformance corpus, 0.3 to 2 KB, as a client sends them), with the status the
 * gateway answers.
 */
final class GatewayRequests {

    /** One request: where it goes, its body, and the status the filtered server answers. */
    record Request(String name, String method, String path, byte[] body, int status) {
    }

    static final List<Request> ALL = List.of(
            request("freddy-valid", "POST", "/v1/assistants", "freddy/supplement-create-real-client.json", 200),
            request("freddy-invalid", "POST", "/v1/assistants", "freddy/invalid/create-missing-name.json", 400),
            request("burki-valid", "POST", "/api/v1/assistants", "burki/supplement-create-custom-llm-url.json", 200),
            request("burki-invalid", "POST", "/api/v1/assistants", "burki/invalid/create-transfer-number-not-e164.json",
                    422),
            request("cogsol-valid", "POST", "/assistants/", "cogsol/001-create-example.json", 200),
            request("cogsol-invalid", "POST", "/assistants/",
                    "cogsol/invalid/create-attachment-config-pdf-mode-enum.json", 400));

    private GatewayRequests() {
    }

    static Request named(String name) {
        return ALL.stream().filter(request -> request.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gateway request " + name));
    }

    private static Request request(String name, String method, String path, String fixture, int status) {
        try {
            return new Request(name, method, path, Files.readAllBytes(TestPayloads.fixtures().resolve(fixture)),
                    status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

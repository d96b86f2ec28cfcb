package io.assistconf.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** What the tests read of a Burki (FastAPI) error list. */
final class BurkiErrors {

    private BurkiErrors() {
    }

    static void assertHasCode(JsonNode burkiError, String code) {
        assertThat(burkiError.get("detail").findValuesAsString("type")).contains(code);
    }
}

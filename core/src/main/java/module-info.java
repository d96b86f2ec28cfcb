/**
 * assistconf: normalizes and validates AI-assistant configuration payloads. Only {@code io.assistconf} is
 * the API; the pipeline behind it lives in {@code io.assistconf.internal.*} and is not exported.
 */
module io.assistconf {
    requires transitive tools.jackson.databind;
    requires org.snakeyaml.engine;
    requires com.networknt.schema;

    exports io.assistconf;
}

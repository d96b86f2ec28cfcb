/**
 * assistconf: normalizes and validates AI-assistant configuration payloads. Only {@code io.assistconf} is
 * the API; the pipeline behind it lives in {@code io.assistconf.internal.*} and is not exported.
 */
module io.assistconf {
    requires transitive tools.jackson.databind;
    requires org.snakeyaml.engine;
    requires com.networknt.schema;
    // The schema files, read as resources: an automatic module, open as a whole.
    requires io.assistconf.schemas;
    // networknt requires these only "static", yet uses them whenever it runs: it builds a YAMLMapper when it
    // starts and checks "date-time" with ethlo. Required here so that the module path needs no --add-modules.
    requires tools.jackson.dataformat.yaml;
    requires com.ethlo.time;

    exports io.assistconf;
}

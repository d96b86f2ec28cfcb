package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.List;

/**
 * A parsed command line.
 *
 * @param command what to do, or null when help was asked for
 * @param variant   the assistant API, or null to detect it from each payload
 * @param kind      the kind of document, or null when not given (object, unless a payload's $schema names one)
 * @param strict    whether unknown properties are errors
 * @param json      whether the validate report is JSON instead of text
 * @param query     a raw query string to check instead of files, or null
 * @param catalogue a JSON file of known reference values, or null
 * @param files     the FILE arguments, as given
 */
record Options(Command command, Variant variant, Kind kind, boolean strict, boolean json, String query,
        String catalogue, List<String> files) {

    /** The commands. */
    enum Command {
        VALIDATE("validate"),
        NORMALIZE("normalize");

        private final String id;

        Command(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    static Options help() {
        return new Options(null, null, null, false, false, null, null, List.of());
    }

    boolean isHelp() {
        return command == null;
    }
}

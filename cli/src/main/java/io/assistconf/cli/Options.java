package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.List;

/**
 * A parsed command line.
 *
 * @param command what to do, or null when help was asked for
 * @param variant the assistant API
 * @param kind    the kind of document
 * @param strict  whether unknown properties are errors
 * @param json    whether the validate report is JSON instead of text
 * @param query   a raw query string to check instead of files, or null
 * @param files   the FILE arguments, as given
 */
record Options(Command command, Variant variant, Kind kind, boolean strict, boolean json, String query,
        List<String> files) {

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
        return new Options(null, null, null, false, false, null, List.of());
    }

    boolean isHelp() {
        return command == null;
    }
}

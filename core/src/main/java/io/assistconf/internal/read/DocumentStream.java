package io.assistconf.internal.read;

/** The documents of one input, read one at a time: a YAML stream holds several, other inputs one. */
public interface DocumentStream {

    /** The next document, or the problem that ends the stream; null once the stream has ended. */
    ReadOutcome next();

    /** A stream of the one outcome. */
    static DocumentStream of(ReadOutcome only) {
        return new DocumentStream() {
            private boolean read;

            @Override
            public ReadOutcome next() {
                if (read) {
                    return null;
                }
                read = true;
                return only;
            }
        };
    }
}

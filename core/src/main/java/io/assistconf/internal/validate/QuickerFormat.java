package io.assistconf.internal.validate;

import com.networknt.schema.format.Format;

/**
 * A networknt format for the fast validator that answers some values itself, sooner, and asks networknt's
 * format about the rest; it is named as networknt's, so that a report reads the same.
 */
abstract class QuickerFormat implements Format {

    /** networknt's own format, the reference. */
    protected final Format networknt;

    QuickerFormat(Format networknt) {
        this.networknt = networknt;
    }

    @Override
    public final String getName() {
        return networknt.getName();
    }

    @Override
    public final String getMessageKey() {
        return networknt.getMessageKey();
    }
}

package io.assistconf;

/** How serious a violation is: only errors make a payload invalid. */
public enum Severity {
    /** Makes the payload invalid. */
    ERROR,
    /** Reported; the payload stays valid. */
    WARNING;

    /** {@return the lower-case name, as printed in reports} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

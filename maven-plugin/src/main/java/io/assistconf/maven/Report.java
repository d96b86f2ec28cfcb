package io.assistconf.maven;

/**
 * One {@code <report>} of the plugin's configuration: a format ({@code text}, {@code json}, {@code sarif},
 * {@code junit}, {@code github}) and the file it is written to, relative to the project's folder. Maven sets the fields by name.
 */
public class Report {

    private String format;
    private String file;

    String format() {
        return format;
    }

    String file() {
        return file;
    }
}

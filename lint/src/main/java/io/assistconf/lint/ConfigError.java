package io.assistconf.lint;

/**
 * A config file that cannot be used as written: a usage error whose message says where ({@code
 * FILE:LINE:COLUMN: KEY.PATH: }) and what is accepted there.
 */
final class ConfigError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConfigError(String message) {
        super(message, null, false, false);
    }
}

package org.dyad.core;

/** Unchecked exception for a configuration error: an unknown key, a bad value, a missing file. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.dyad.core;

/**
 * Checked exception for bad data: an input that cannot be read or coded. The run that meets
 * one reports it with the item's id and goes on.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

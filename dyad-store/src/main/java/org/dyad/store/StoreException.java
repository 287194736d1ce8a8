package org.dyad.store;

/** A failure of the database itself: it cannot be opened, written or read. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.retailstudio.app.explore;

/** A request the explorer cannot carry out (an unknown file, column or aggregation); the message names it. */
public final class ExploreException extends RuntimeException {

    public ExploreException(String message) {
        super(message);
    }

    public ExploreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.retailstudio.designer.io;

/**
 * A journey file that cannot be read; the message starts with the JSON pointer of the bad value, e.g.
 * {@code /nodes/3/paths/0/weight: split weights must be numbers}.
 */
public final class JourneyFormatException extends Exception {
    private final String pointer;
    private final String reason;

    public JourneyFormatException(String pointer, String reason) {
        super((pointer.isEmpty() ? "/" : pointer) + ": " + reason);
        this.pointer = pointer;
        this.reason = reason;
    }

    /** The RFC 6901 pointer of the bad value; empty for the whole document. */
    public String pointer() {
        return pointer;
    }

    public String reason() {
        return reason;
    }
}

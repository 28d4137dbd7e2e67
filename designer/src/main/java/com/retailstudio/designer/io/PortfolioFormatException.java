package com.retailstudio.designer.io;

import java.nio.file.Path;

/**
 * A portfolio rules file that cannot be read, naming the file, the line and the field:
 * {@code rules.json line 7, /caps/0/max: must be 0 or more}.
 */
public final class PortfolioFormatException extends Exception {
    private final Path file;
    private final int line;
    private final String pointer;

    PortfolioFormatException(Path file, int line, JourneyFormatException cause) {
        super(file + " line " + line + ", " + cause.getMessage(), cause);
        this.file = file;
        this.line = line;
        this.pointer = cause.pointer();
    }

    public Path file() {
        return file;
    }

    /** The line the bad value is on, 1 for the first (and for a file that is not JSON at all). */
    public int line() {
        return line;
    }

    /** The RFC 6901 pointer of the bad value; empty for the whole document. */
    public String pointer() {
        return pointer;
    }
}

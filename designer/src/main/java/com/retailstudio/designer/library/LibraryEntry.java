package com.retailstudio.designer.library;

import java.time.Instant;
import java.util.Objects;

/**
 * A journey in the library list.
 *
 * @param status      where it stands, in words: "Draft", "v2 saved", "v3 in review", "v3 approved", ...
 * @param author      who last changed the draft
 * @param lastChanged when the draft was last changed
 * @param steps       how many steps it has
 */
public record LibraryEntry(String id, String name, String status, String author, Instant lastChanged, int steps) {
    public LibraryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(lastChanged, "lastChanged");
    }
}

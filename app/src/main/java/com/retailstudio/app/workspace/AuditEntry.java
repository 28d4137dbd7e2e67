package com.retailstudio.app.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact for the audit log: who did what to which object (and which version of it), when, and why.
 *
 * @param at            when it happened
 * @param actor         who did it
 * @param action        what was done, e.g. {@code document.saved}, {@code journey.approved}
 * @param objectType    the kind of object, e.g. {@code journey}, {@code dataset}
 * @param objectId      the object's id within its type
 * @param objectVersion the object's version, for versioned objects
 * @param comment       the reason given, if any
 */
public record AuditEntry(Instant at, String actor, String action, String objectType, String objectId,
                         Optional<Integer> objectVersion, Optional<String> comment) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        requireText(actor, "actor");
        requireText(action, "action");
        requireText(objectType, "objectType");
        requireText(objectId, "objectId");
        Objects.requireNonNull(objectVersion, "objectVersion");
        Objects.requireNonNull(comment, "comment");
    }

    /** An entry without version or comment. */
    public static AuditEntry of(Instant at, String actor, String action, String objectType, String objectId) {
        return new AuditEntry(at, actor, action, objectType, objectId, Optional.empty(), Optional.empty());
    }

    public AuditEntry withObjectVersion(int version) {
        return new AuditEntry(at, actor, action, objectType, objectId, Optional.of(version), comment);
    }

    public AuditEntry withComment(String text) {
        return new AuditEntry(at, actor, action, objectType, objectId, objectVersion, Optional.of(text));
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs a non-blank " + name + ".");
        }
    }
}

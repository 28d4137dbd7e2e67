package com.retailstudio.app.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit entries to read: every criterion that is present must match; {@link #all()} matches everything.
 *
 * @param objectType only entries about this type of object
 * @param objectId   only entries about this object (with {@code objectType})
 * @param actor      only entries by this actor
 * @param action     only entries of this action
 * @param from       only entries at or after this instant
 * @param until      only entries strictly before this instant
 * @param limit      at most this many entries (the newest)
 */
public record AuditQuery(Optional<String> objectType, Optional<String> objectId, Optional<String> actor,
                         Optional<String> action, Optional<Instant> from, Optional<Instant> until, int limit) {

    public AuditQuery {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (limit <= 0) {
            throw new IllegalArgumentException("An audit query limit must be positive, was " + limit + ".");
        }
    }

    /** Every entry, newest first. */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Integer.MAX_VALUE);
    }

    public AuditQuery forObjectType(String type) {
        return new AuditQuery(Optional.of(type), objectId, actor, action, from, until, limit);
    }

    public AuditQuery forObject(String type, String id) {
        return new AuditQuery(Optional.of(type), Optional.of(id), actor, action, from, until, limit);
    }

    public AuditQuery byActor(String who) {
        return new AuditQuery(objectType, objectId, Optional.of(who), action, from, until, limit);
    }

    public AuditQuery withAction(String what) {
        return new AuditQuery(objectType, objectId, actor, Optional.of(what), from, until, limit);
    }

    /** Entries in {@code [start, end)}. */
    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(objectType, objectId, actor, action, Optional.of(start), Optional.of(end), limit);
    }

    public AuditQuery since(Instant start) {
        return new AuditQuery(objectType, objectId, actor, action, Optional.of(start), until, limit);
    }

    public AuditQuery newest(int count) {
        return new AuditQuery(objectType, objectId, actor, action, from, until, count);
    }
}

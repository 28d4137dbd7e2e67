package com.retailstudio.app.workspace;

/**
 * An audit entry as stored, with the id the log gave it (ids grow in append order).
 *
 * @param authenticated whether the database vouched for the actor (a server login); on an H2 workspace the actor is
 *                      a name taken on trust, and this is {@code false}: "not authenticated"
 */
public record AuditRecord(long id, AuditEntry entry, boolean authenticated) {
}

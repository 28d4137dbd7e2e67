package com.retailstudio.app.workspace;

/** An audit entry as stored, with the id the log gave it (ids grow in append order). */
public record AuditRecord(long id, AuditEntry entry) {
}

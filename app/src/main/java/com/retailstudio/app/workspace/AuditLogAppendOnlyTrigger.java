package com.retailstudio.app.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps {@code audit_log} append-only: it rejects every UPDATE and DELETE of a row.
 *
 * <p>Created by migration V2, which names this class; it must stay public with a no-argument constructor.
 */
public final class AuditLogAppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("The audit log is append-only: " + operation + " of audit entry "
                + (oldRow == null ? "?" : oldRow[0]) + " was rejected.", "42000");
    }
}

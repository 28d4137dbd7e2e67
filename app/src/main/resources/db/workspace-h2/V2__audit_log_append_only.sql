-- The audit log is append-only: the database itself rejects UPDATE and DELETE, whatever code issues them.
-- The trigger names a Java class; renaming AuditLogAppendOnlyTrigger needs a new migration that recreates it.

CREATE TRIGGER IF NOT EXISTS audit_log_append_only
    BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW
    CALL 'com.retailstudio.app.workspace.AuditLogAppendOnlyTrigger';

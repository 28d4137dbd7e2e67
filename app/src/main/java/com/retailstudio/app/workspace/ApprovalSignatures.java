package com.retailstudio.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The table of approval signatures; written only inside the approval's own transaction ({@link ReviewStore}). */
final class ApprovalSignatures {

    private ApprovalSignatures() {
    }

    static void insert(Connection connection, ApprovalSignature signature) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO approval_signatures (kind, doc_id, "
                + "version, approved_by, key_id, signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, signature.kind());
            insert.setString(2, signature.id());
            insert.setInt(3, signature.version());
            insert.setString(4, signature.approvedBy());
            insert.setString(5, signature.keyId());
            insert.setString(6, signature.signature());
            insert.setObject(7, WorkspaceDatabase.toDatabase(signature.signedAt()));
            insert.executeUpdate();
        }
    }

    static Optional<ApprovalSignature> find(Connection connection, String kind, String id, int version)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT approved_by, key_id, signature, signed_at "
                + "FROM approval_signatures WHERE kind = ? AND doc_id = ? AND version = ?")) {
            select.setString(1, kind);
            select.setString(2, id);
            select.setInt(3, version);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ApprovalSignature(kind, id, version, rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
    }
}

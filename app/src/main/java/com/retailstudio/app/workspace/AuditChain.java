package com.retailstudio.app.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash chain over the audit log: each entry stores the SHA-256 of its content and of the entry before it, so an
 * entry edited or deleted behind the application's back breaks the chain where it happened ({@link #verify}).
 *
 * <p>Entries written before migration V6 carry no hash; the first chained entry's previous hash is the digest of all
 * of them in id order, so they are covered too. The chain proves nothing against someone who can rewrite every hash
 * from the edited entry on (and the head row); it catches an edit or delete that does not.
 */
final class AuditChain {

    /** Stored as {@code previous_hash} by the first chained entry of a log that had no entries before V6. */
    static final String NOTHING_BEFORE = sha256("");

    private AuditChain() {
    }

    /**
     * Appends the entry in the caller's transaction, chained to the newest entry. The head row is locked first, so
     * a concurrent writer waits for this transaction and then chains from this entry.
     */
    static AuditRecord append(Connection connection, AuditEntry entry, boolean authenticated) throws SQLException {
        String previous;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rows = head.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("The audit chain head row is missing; the workspace schema is damaged.");
            }
            previous = rows.getString(1);
        }
        if (previous == null) {
            previous = digestOfUnchained(connection);
        }
        String hash = hash(previous, canonical(entry, authenticated));
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_log (at, actor, action, object_type, object_id, object_version, comment,"
                        + " authenticated, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setObject(1, WorkspaceDatabase.toDatabase(entry.at()));
            insert.setString(2, entry.actor());
            insert.setString(3, entry.action());
            insert.setString(4, entry.objectType());
            insert.setString(5, entry.objectId());
            insert.setObject(6, entry.objectVersion().orElse(null), Types.INTEGER);
            insert.setString(7, entry.comment().orElse(null));
            insert.setBoolean(8, authenticated);
            insert.setString(9, previous);
            insert.setString(10, hash);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_entry_id = ?, last_hash = ?, chained = chained + 1 WHERE id = 1")) {
            move.setLong(1, id);
            move.setString(2, hash);
            move.executeUpdate();
        }
        return new AuditRecord(id, entry, authenticated);
    }

    /**
     * The entry's fields in a fixed order, each as its length, a colon, the text and a semicolon ({@code ~;} for an
     * absent value), so no two different entries have the same form. Times are in microseconds, which both H2 and
     * PostgreSQL store exactly.
     */
    static String canonical(AuditEntry entry, boolean authenticated) {
        StringBuilder text = new StringBuilder("audit-entry/1;");
        field(text, entry.at().toString());
        field(text, entry.actor());
        field(text, entry.action());
        field(text, entry.objectType());
        field(text, entry.objectId());
        field(text, entry.objectVersion().map(String::valueOf).orElse(null));
        field(text, entry.comment().orElse(null));
        field(text, String.valueOf(authenticated));
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("~;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }

    static String hash(String previous, String canonical) {
        return sha256(previous + "\n" + canonical);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The digest the first chained entry links to: the entries without a hash, in id order, chained in memory. */
    private static String digestOfUnchained(Connection connection) throws SQLException {
        String digest = NOTHING_BEFORE;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + AuditLog.COLUMNS + " FROM audit_log WHERE entry_hash IS NULL ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                AuditRecord record = AuditLog.read(rows);
                digest = hash(digest, canonical(record.entry(), record.authenticated()));
            }
        }
        return digest;
    }

    /** Walks the whole log in id order and names every place where the chain does not hold. */
    static AuditVerification verify(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        String unchainedDigest = NOTHING_BEFORE;
        long unchained = 0;
        long chained = 0;
        String expectedPrevious = null;
        Optional<Long> previousId = Optional.empty();
        Long lastChainedId = null;
        String lastHash = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AuditLog.COLUMNS
                + ", previous_hash, entry_hash FROM audit_log ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                AuditRecord record = AuditLog.read(rows);
                String storedPrevious = rows.getString("previous_hash");
                String storedHash = rows.getString("entry_hash");
                String content = canonical(record.entry(), record.authenticated());
                if (storedHash == null) {
                    if (expectedPrevious != null) {
                        problems.add("Entry " + record.id() + " has no hash although entries before it are chained: "
                                + "its hash was removed.");
                    } else {
                        unchained++;
                        unchainedDigest = hash(unchainedDigest, content);
                    }
                    previousId = Optional.of(record.id());
                    continue;
                }
                String linkTo = expectedPrevious == null ? unchainedDigest : expectedPrevious;
                if (!Objects.equals(linkTo, storedPrevious)) {
                    problems.add("Entry " + record.id() + " does not follow "
                            + previousId.map(id -> "entry " + id).orElse("the start of the log")
                            + ": an entry between them was deleted, or the one before it was changed together with "
                            + "its hash.");
                }
                if (!hash(storedPrevious == null ? "" : storedPrevious, content).equals(storedHash)) {
                    problems.add("Entry " + record.id() + " (" + record.entry().action() + " by "
                            + record.entry().actor() + ") was changed after it was written: its content does not "
                            + "match its hash.");
                }
                chained++;
                expectedPrevious = storedHash;
                previousId = Optional.of(record.id());
                lastChainedId = record.id();
                lastHash = storedHash;
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_entry_id, last_hash, chained FROM audit_chain_head WHERE id = 1");
             ResultSet rows = head.executeQuery()) {
            if (!rows.next()) {
                problems.add("The chain's head row is missing, so deleted newest entries cannot be detected.");
            } else {
                String headHash = rows.getString("last_hash");
                long headCount = rows.getLong("chained");
                if (!Objects.equals(headHash, lastHash)) {
                    problems.add("The newest chained entry is " + (lastChainedId == null ? "none"
                            : "entry " + lastChainedId) + ", but the chain's head records entry "
                            + rows.getLong("last_entry_id") + " as the newest: the entries after "
                            + (lastChainedId == null ? "the start" : "it") + " were deleted.");
                } else if (headCount != chained) {
                    problems.add("The log holds " + chained + " chained entries but " + headCount
                            + " were appended: " + (headCount - chained) + " deleted.");
                }
            }
        }
        return new AuditVerification(unchained + chained, unchained, problems);
    }

}

package com.retailstudio.app.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Versioned JSON documents of any kind (journeys, markdown plans, ...): every save adds a version, none is changed.
 *
 * <p>Each save is audited ({@code document.saved}, object type = the document's kind) in the same transaction.
 */
public final class DocumentStore {

    public static final String SAVED = "document.saved";

    private static final String COLUMNS = "kind, doc_id, version, status, author, body, created_at";

    private final WorkspaceDatabase database;
    private final Clock clock;
    private final Supplier<String> currentUser;

    DocumentStore(WorkspaceDatabase database, Clock clock, Supplier<String> currentUser) {
        this.database = database;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Saves the draft as the document's next version, by the current user. */
    public DocumentVersion saveDocument(DocumentDraft draft) {
        return saveAll(List.of(draft)).get(0);
    }

    /** Saves the draft as the document's next version by the named author (the command line's {@code --as}). */
    public DocumentVersion saveDocumentAs(DocumentDraft draft, String author) {
        return saveAll(List.of(draft), author).get(0);
    }

    /**
     * Saves the draft as the next version if the document's newest version is still {@code basedOnVersion} (0 for a
     * document that must not exist yet): the optimistic save of an editor that others may be editing too.
     *
     * @throws EditConflictException naming who saved a newer version; nothing is written
     */
    public DocumentVersion saveDocumentOver(DocumentDraft draft, int basedOnVersion) {
        requireJson(draft);
        String author = requireFits(draft, currentUser.get());
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            int next = nextVersion(connection, draft.kind(), draft.id());
            if (next - 1 != basedOnVersion) {
                DocumentVersion newer = latest(connection, draft.kind(), draft.id()).orElseThrow();
                throw new EditConflictException(describe(draft), newer.author(), newer.createdAt());
            }
            try {
                return insert(connection, draft, author, now);
            } catch (SQLException e) {
                if (WorkspaceDatabase.isUniqueViolation(e)) {
                    // Another process saved the same next version between our read and our insert.
                    throw new EditConflictException(describe(draft), "someone else", now);
                }
                throw e;
            }
        });
    }

    /** The author, after the draft's id and the author's name are found short enough to keep. */
    private static String requireFits(DocumentDraft draft, String author) {
        WorkspaceLimits.requireFits("the " + draft.kind().replace('_', ' ') + " id", draft.id());
        return WorkspaceLimits.requireFits("the author's name", author);
    }

    private static String describe(DocumentDraft draft) {
        return "The " + draft.kind().replace('_', ' ') + " '" + draft.id() + "'";
    }

    /** Saves several drafts in one transaction: after a crash either all of them are stored or none is. */
    public List<DocumentVersion> saveAll(List<DocumentDraft> drafts) {
        return saveAll(drafts, currentUser.get());
    }

    private List<DocumentVersion> saveAll(List<DocumentDraft> drafts, String author) {
        drafts.forEach(DocumentStore::requireJson);
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("A document needs an author.");
        }
        drafts.forEach(draft -> requireFits(draft, author));
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            List<DocumentVersion> saved = new ArrayList<>();
            for (DocumentDraft draft : drafts) {
                saved.add(insert(connection, draft, author, now));
            }
            return List.copyOf(saved);
        });
    }

    /** The newest version of the document. */
    public Optional<DocumentVersion> latest(String kind, String id) {
        return database.inTransaction(connection -> latest(connection, kind, id));
    }

    private static Optional<DocumentVersion> latest(Connection connection, String kind, String id)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM documents WHERE kind = ? AND doc_id = ? ORDER BY version DESC FETCH FIRST 1 ROW ONLY")) {
            select.setString(1, kind);
            select.setString(2, id);
            return readAll(select).stream().findFirst();
        }
    }

    /** One given version of the document. */
    public Optional<DocumentVersion> version(String kind, String id, int version) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM documents WHERE kind = ? AND doc_id = ? AND version = ?")) {
                select.setString(1, kind);
                select.setString(2, id);
                select.setInt(3, version);
                return readAll(select).stream().findFirst();
            }
        });
    }

    /** Every version of the document, newest first. */
    public List<DocumentVersion> history(String kind, String id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM documents WHERE kind = ? AND doc_id = ? ORDER BY version DESC")) {
                select.setString(1, kind);
                select.setString(2, id);
                return readAll(select);
            }
        });
    }

    /** The latest version of every document of the kind, ordered by id. */
    public List<DocumentVersion> list(String kind) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM documents d WHERE kind = ? AND version ="
                    + " (SELECT MAX(version) FROM documents m WHERE m.kind = d.kind AND m.doc_id = d.doc_id)"
                    + " ORDER BY doc_id")) {
                select.setString(1, kind);
                return readAll(select);
            }
        });
    }

    /**
     * The id of another document of the kind that differs from {@code id} only in case, if there is one. Ids are
     * unique ignoring case: a bundle names its files by id, and {@code promo-x} and {@code PROMO-X} are one file on
     * many systems.
     */
    public Optional<String> differingOnlyInCase(String kind, String id) {
        return database.inTransaction(connection -> differingOnlyInCase(connection, kind, id));
    }

    /** The sentence that refuses {@code id} because {@code existing} differs from it only in case. */
    public static String caseClash(String kind, String id, String existing) {
        String what = kind.replace('_', ' ');
        return "There is already a " + what + " '" + existing + "', and '" + id + "' differs from it only in case: ids "
                + "must differ in more than case (a bundle names its files by id, and on many systems both would be "
                + "one file). Use '" + existing + "' to add a version of it, or choose another id.";
    }

    private static Optional<String> differingOnlyInCase(Connection connection, String kind, String id)
            throws SQLException {
        // LOWER is standard SQL, the same on H2 and PostgreSQL for the ASCII ids the tools make
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT doc_id FROM documents WHERE kind = ? AND LOWER(doc_id) = LOWER(?) AND doc_id <> ?")) {
            select.setString(1, kind);
            select.setString(2, id);
            select.setString(3, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static DocumentVersion insert(Connection connection, DocumentDraft draft, String author, Instant now)
            throws SQLException {
        Optional<String> clash = differingOnlyInCase(connection, draft.kind(), draft.id());
        if (clash.isPresent()) {
            throw new WorkspaceException(caseClash(draft.kind(), draft.id(), clash.get()));
        }
        int version = nextVersion(connection, draft.kind(), draft.id());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO documents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, draft.kind());
            insert.setString(2, draft.id());
            insert.setInt(3, version);
            insert.setString(4, draft.status());
            insert.setString(5, author);
            insert.setString(6, draft.body());
            insert.setObject(7, WorkspaceDatabase.toDatabase(now));
            insert.executeUpdate();
        }
        AuditLog.insert(connection, AuditEntry.of(now, author, SAVED, draft.kind(), draft.id())
                .withObjectVersion(version)
                .withComment("status " + draft.status()));
        return new DocumentVersion(draft.kind(), draft.id(), version, draft.status(), author, draft.body(), now);
    }

    private static int nextVersion(Connection connection, String kind, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE kind = ? AND doc_id = ?")) {
            select.setString(1, kind);
            select.setString(2, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void requireJson(DocumentDraft draft) {
        Objects.requireNonNull(draft, "draft");
        try {
            Json.MAPPER.readTree(draft.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of " + draft.kind() + " " + draft.id()
                    + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Jackson takes a noticeable time to load; it is loaded on the first save, not when the workspace opens. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static List<DocumentVersion> readAll(PreparedStatement select) throws SQLException {
        List<DocumentVersion> versions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.add(new DocumentVersion(
                        rows.getString("kind"),
                        rows.getString("doc_id"),
                        rows.getInt("version"),
                        rows.getString("status"),
                        rows.getString("author"),
                        rows.getString("body"),
                        WorkspaceDatabase.fromDatabase(rows.getObject("created_at", OffsetDateTime.class))));
            }
        }
        return List.copyOf(versions);
    }
}

package com.retailstudio.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Stores review states; each change and its audit entry are written in one transaction. */
public final class ReviewStore {

    public static final String OBJECT_VERSION_SEPARATOR = " v";
    private static final String COLUMNS =
            "kind, doc_id, version, state, author, submitted_by, submitted_at, decided_by, decided_at, comment";

    private final WorkspaceDatabase database;
    private final Clock clock;

    ReviewStore(WorkspaceDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<Review> find(String kind, String id, int version) {
        return database.inTransaction(connection -> find(connection, kind, id, version));
    }

    /** Every review of the document, newest version first. */
    public List<Review> history(String kind, String id) {
        return database.inTransaction(connection -> query(connection,
                "SELECT " + COLUMNS + " FROM reviews WHERE kind = ? AND doc_id = ? ORDER BY version DESC", kind, id));
    }

    /** The reviews in a state, oldest submission first (the review queue for {@code IN_REVIEW}). */
    public List<Review> inState(ReviewState state) {
        return database.inTransaction(connection -> query(connection,
                "SELECT " + COLUMNS + " FROM reviews WHERE state = ? ORDER BY submitted_at, kind, doc_id", state.name()));
    }

    /** Records a submission of the version by {@code submittedBy}; refused when the version is already submitted. */
    public Review submit(DocumentVersion version, String submittedBy, String auditAction) {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            if (find(connection, version.kind(), version.id(), version.version()).isPresent()) {
                throw new WorkspaceException(describe(version.kind(), version.id(), version.version())
                        + " has already been submitted.");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reviews (kind, doc_id, version, "
                    + "state, author, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, version.kind());
                insert.setString(2, version.id());
                insert.setInt(3, version.version());
                insert.setString(4, ReviewState.IN_REVIEW.name());
                insert.setString(5, version.author());
                insert.setString(6, submittedBy);
                insert.setObject(7, WorkspaceDatabase.toDatabase(now));
                insert.executeUpdate();
            }
            AuditLog.insert(connection, AuditEntry.of(now, submittedBy, auditAction, version.kind(), version.id())
                    .withObjectVersion(version.version()));
            return find(connection, version.kind(), version.id(), version.version()).orElseThrow();
        });
    }

    /**
     * Moves a review from one of the {@code allowedFrom} states to {@code to}, checking the state inside the
     * transaction so two reviewers cannot both decide.
     */
    public Review move(String kind, String id, int version, Set<ReviewState> allowedFrom, ReviewState to,
                       String actor, Optional<String> comment, String auditAction) {
        return database.inTransaction(connection -> move(connection, kind, id, version, allowedFrom, to, actor,
                comment, auditAction));
    }

    /**
     * Approves like {@link #move} and stores the approver's signature in the same transaction, so an approval never
     * exists without its signature.
     */
    public Review moveSigned(Set<ReviewState> allowedFrom, ReviewState to, Optional<String> comment,
                             String auditAction, ApprovalSignature signature) {
        return database.inTransaction(connection -> {
            Review moved = move(connection, signature.kind(), signature.id(), signature.version(), allowedFrom, to,
                    signature.approvedBy(), comment, auditAction);
            ApprovalSignatures.insert(connection, signature);
            return moved;
        });
    }

    /** The approver's signature of the version, if it was approved with one. */
    public Optional<ApprovalSignature> approvalSignature(String kind, String id, int version) {
        return database.inTransaction(connection -> ApprovalSignatures.find(connection, kind, id, version));
    }

    private Review move(Connection connection, String kind, String id, int version, Set<ReviewState> allowedFrom,
                        ReviewState to, String actor, Optional<String> comment, String auditAction)
            throws SQLException {
        Instant now = clock.instant();
        Review current = find(connection, kind, id, version).orElseThrow(() -> new WorkspaceException(
                describe(kind, id, version) + " has not been submitted for review."));
        if (!allowedFrom.contains(current.state())) {
            throw new WorkspaceException(describe(kind, id, version) + " is "
                    + current.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; it cannot become "
                    + to.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        // Only from the state just read: of two people deciding at once on a team workspace, the second finds the
        // state changed and is refused instead of overwriting the first decision.
        try (PreparedStatement update = connection.prepareStatement("UPDATE reviews SET state = ?, "
                + "decided_by = ?, decided_at = ?, comment = ? WHERE kind = ? AND doc_id = ? AND version = ?"
                + " AND state = ?")) {
            update.setString(1, to.name());
            update.setString(2, actor);
            update.setObject(3, WorkspaceDatabase.toDatabase(now));
            update.setString(4, comment.orElse(null));
            update.setString(5, kind);
            update.setString(6, id);
            update.setInt(7, version);
            update.setString(8, current.state().name());
            if (update.executeUpdate() == 0) {
                Review changed = find(connection, kind, id, version).orElseThrow();
                throw new WorkspaceException(describe(kind, id, version) + " was just moved to "
                        + changed.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " by "
                        + changed.decidedBy().orElse("someone else") + "; it cannot become "
                        + to.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
            }
        }
        AuditEntry entry = AuditEntry.of(now, actor, auditAction, kind, id).withObjectVersion(version);
        AuditLog.insert(connection, comment.map(entry::withComment).orElse(entry));
        return find(connection, kind, id, version).orElseThrow();
    }

    /** "in review", "changes requested": a state as a sentence says it. */
    public static String stateInWords(ReviewState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "journey welcome v3", as messages name a version. */
    public static String describe(String kind, String id, int version) {
        return kind.replace('_', ' ') + " '" + id + "'" + OBJECT_VERSION_SEPARATOR + version;
    }

    private static Optional<Review> find(Connection connection, String kind, String id, int version)
            throws SQLException {
        List<Review> found = query(connection,
                "SELECT " + COLUMNS + " FROM reviews WHERE kind = ? AND doc_id = ? AND version = ?", kind, id, version);
        return found.stream().findFirst();
    }

    private static List<Review> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<Review> reviews = new ArrayList<>();
                while (rows.next()) {
                    reviews.add(new Review(rows.getString(1), rows.getString(2), rows.getInt(3),
                            ReviewState.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(rows.getString(8)),
                            Optional.ofNullable(rows.getObject(9, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                            Optional.ofNullable(rows.getString(10))));
                }
                return List.copyOf(reviews);
            }
        }
    }
}

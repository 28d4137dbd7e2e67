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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The working draft of each journey: one row per journey id, replaced in place on every edit (no history here; the
 * designer keeps undo in memory and versions go to the {@link DocumentStore}).
 *
 * <p>Each draft counts its saves ({@code revision}). On a team workspace several people may have the same draft open,
 * so an editor saves with {@link #save} naming the revision it started from: if someone else saved since, the save is
 * refused with an {@link EditConflictException} naming them, and nothing is overwritten.
 */
public final class JourneyDraftStore {

    /**
     * A stored draft: the journey file's JSON with what the library list shows without reading it.
     *
     * @param author   who saved it last
     * @param revision how many times it has been saved (1 for a new draft)
     */
    public record StoredDraft(String journeyId, String name, String author, int steps, String body,
                              Instant updatedAt, int revision) {
    }

    /** The revision to name when saving a draft that does not exist yet. */
    public static final int NEW_DRAFT = 0;

    private static final String COLUMNS = "journey_id, name, author, steps, body, updated_at, revision";

    private final WorkspaceDatabase database;
    private final Clock clock;
    private final Supplier<String> currentUser;

    JourneyDraftStore(WorkspaceDatabase database, Clock clock, Supplier<String> currentUser) {
        this.database = database;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Writes the journey's draft, replacing any earlier one whoever saved it, as changed now by the current user. */
    public StoredDraft put(String journeyId, String name, int steps, String body) {
        return write(journeyId, name, steps, body, OptionalInt.empty());
    }

    /**
     * Writes the journey's draft if it is still at {@code basedOnRevision} ({@link #NEW_DRAFT} for a draft that must
     * not exist yet); the stored draft carries the next revision.
     *
     * @throws EditConflictException when someone saved the draft since that revision; nothing is written
     */
    public StoredDraft save(String journeyId, String name, int steps, String body, int basedOnRevision) {
        return write(journeyId, name, steps, body, OptionalInt.of(basedOnRevision));
    }

    private StoredDraft write(String journeyId, String name, int steps, String body, OptionalInt basedOn) {
        WorkspaceLimits.requireFits("the journey id", journeyId);
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (journeyId.isBlank()) {
            throw new IllegalArgumentException("A journey draft needs a non-blank id.");
        }
        String author = currentUser.get();
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            // The row is locked while it is compared, so two savers of one revision cannot both pass.
            Optional<StoredDraft> current = find(connection, journeyId, true);
            int stored = current.map(StoredDraft::revision).orElse(NEW_DRAFT);
            if (basedOn.isPresent() && basedOn.getAsInt() != stored) {
                StoredDraft newer = current.orElse(null);
                throw new EditConflictException("The draft of journey '" + journeyId + "'",
                        newer == null ? "someone (it was deleted)" : newer.author(),
                        newer == null ? now : newer.updatedAt());
            }
            StoredDraft draft = new StoredDraft(journeyId, name, author, steps, body, now, stored + 1);
            String sql = current.isPresent()
                    ? "UPDATE journey_drafts SET name = ?, author = ?, steps = ?, body = ?, updated_at = ?, revision = ?"
                            + " WHERE journey_id = ?"
                    : "INSERT INTO journey_drafts (name, author, steps, body, updated_at, revision, journey_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setString(1, draft.name());
                write.setString(2, draft.author());
                write.setInt(3, draft.steps());
                write.setString(4, draft.body());
                write.setObject(5, WorkspaceDatabase.toDatabase(draft.updatedAt()));
                write.setInt(6, draft.revision());
                write.setString(7, draft.journeyId());
                write.executeUpdate();
            } catch (SQLException e) {
                if (WorkspaceDatabase.isUniqueViolation(e)) {
                    // Another process created the same new draft between our read and our insert.
                    throw new EditConflictException("The draft of journey '" + journeyId + "'", "someone else", now);
                }
                throw e;
            }
            return draft;
        });
    }

    /** The journey's draft, if it has one. */
    public Optional<StoredDraft> get(String journeyId) {
        return database.inTransaction(connection -> find(connection, journeyId, false));
    }

    private static Optional<StoredDraft> find(Connection connection, String journeyId, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM journey_drafts WHERE journey_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, journeyId);
            return readAll(select).stream().findFirst();
        }
    }

    /** Every draft, the most recently changed first. */
    public List<StoredDraft> list() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM journey_drafts ORDER BY updated_at DESC, journey_id")) {
                return readAll(select);
            }
        });
    }

    /** Removes the journey's draft; returns whether there was one. */
    public boolean delete(String journeyId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM journey_drafts WHERE journey_id = ?")) {
                delete.setString(1, journeyId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static List<StoredDraft> readAll(PreparedStatement select) throws SQLException {
        List<StoredDraft> drafts = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                drafts.add(new StoredDraft(rows.getString("journey_id"), rows.getString("name"),
                        rows.getString("author"), rows.getInt("steps"), rows.getString("body"),
                        WorkspaceDatabase.fromDatabase(rows.getObject("updated_at", OffsetDateTime.class)),
                        rows.getInt("revision")));
            }
        }
        return List.copyOf(drafts);
    }
}

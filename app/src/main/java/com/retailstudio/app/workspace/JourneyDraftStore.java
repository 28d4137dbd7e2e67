package com.retailstudio.app.workspace;

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
 * The working draft of each journey: one row per journey id, replaced in place on every edit (no history here; the
 * designer keeps undo in memory and versions go to the {@link DocumentStore}).
 */
public final class JourneyDraftStore {

    /** A stored draft: the journey file's JSON with what the library list shows without reading it. */
    public record StoredDraft(String journeyId, String name, String author, int steps, String body,
                              Instant updatedAt) {
    }

    private static final String COLUMNS = "journey_id, name, author, steps, body, updated_at";

    private final WorkspaceDatabase database;
    private final Clock clock;
    private final Supplier<String> currentUser;

    JourneyDraftStore(WorkspaceDatabase database, Clock clock, Supplier<String> currentUser) {
        this.database = database;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Writes the journey's draft, replacing any earlier one, as changed now by the current user. */
    public StoredDraft put(String journeyId, String name, int steps, String body) {
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (journeyId.isBlank()) {
            throw new IllegalArgumentException("A journey draft needs a non-blank id.");
        }
        StoredDraft draft = new StoredDraft(journeyId, name, currentUser.get(), steps, body, clock.instant());
        database.inTransaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO journey_drafts (" + COLUMNS
                    + ") KEY (journey_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                merge.setString(1, draft.journeyId());
                merge.setString(2, draft.name());
                merge.setString(3, draft.author());
                merge.setInt(4, draft.steps());
                merge.setString(5, draft.body());
                merge.setObject(6, WorkspaceDatabase.toDatabase(draft.updatedAt()));
                return merge.executeUpdate();
            }
        });
        return draft;
    }

    /** The journey's draft, if it has one. */
    public Optional<StoredDraft> get(String journeyId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM journey_drafts WHERE journey_id = ?")) {
                select.setString(1, journeyId);
                return readAll(select).stream().findFirst();
            }
        });
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
                        WorkspaceDatabase.fromDatabase(rows.getObject("updated_at", OffsetDateTime.class))));
            }
        }
        return List.copyOf(drafts);
    }
}

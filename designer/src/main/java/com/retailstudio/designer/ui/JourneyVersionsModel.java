package com.retailstudio.designer.ui;

import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.library.JourneyVersion;
import com.retailstudio.designer.library.SubmissionRefusedException;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open journey's frozen versions: saving and submitting one, viewing or comparing one instead of the draft, and
 * restoring one as the draft; and what the draft changes against the newest.
 */
public final class JourneyVersionsModel {

    private final JourneyLibrary library;
    private final JourneyLibraryModel entries;
    private final JourneyEditorModel editor;
    private final JourneyMessages messages;
    private final ObservableList<VersionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> draftChanges = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JourneyVersion> viewedVersion = new ReadOnlyObjectWrapper<>(this, "viewedVersion");
    private final ReadOnlyObjectWrapper<JourneyVersion> comparedVersion =
            new ReadOnlyObjectWrapper<>(this, "comparedVersion");

    JourneyVersionsModel(JourneyLibrary library, JourneyLibraryModel entries, JourneyEditorModel editor,
                         JourneyMessages messages) {
        this.library = library;
        this.entries = entries;
        this.editor = editor;
        this.messages = messages;
    }

    /** Freezes the open journey as its next version. */
    public void saveVersion() {
        editor.draft().ifPresent(current -> {
            int version = library.saveVersion(current);
            // the library keeps an unchanged journey in the version that already holds it rather than copying it
            boolean unchanged = rows.stream().anyMatch(row -> row.number() == version);
            frozen();
            messages.say(unchanged
                    ? "Nothing changed since version " + version + " of " + current.name() + "; no new version."
                    : "Saved version " + version + " of " + current.name() + ".", false);
        });
    }

    /** Submits the open journey for review; when it has errors, says why instead. */
    public void submitForReview() {
        editor.draft().ifPresent(current -> {
            try {
                int version = library.submitForReview(current);
                frozen();
                messages.sayAwaitingReview("Version " + version + " of " + current.name()
                        + " is waiting for review.", current.id(), version);
            } catch (SubmissionRefusedException e) {
                messages.say(e.getMessage(), true);
            }
        });
    }

    /** After a version was frozen: the library's status, the versions and what the draft changes are read again. */
    private void frozen() {
        entries.refresh();
        refresh();
        editor.show();
    }

    /** The open journey's frozen versions, the newest first, each with what changed against the one before. */
    public ObservableList<VersionRow> rows() {
        return rows;
    }

    /** What the draft changes against the newest version, in plain language; empty when nothing or no version. */
    public ObservableList<String> draftChanges() {
        return draftChanges;
    }

    /** The version shown read-only on the canvas instead of the draft; null while the draft is shown. */
    public ReadOnlyObjectProperty<JourneyVersion> viewedVersionProperty() {
        return viewedVersion.getReadOnlyProperty();
    }

    /** Shows the version read-only instead of the draft; the draft and its undo history stay as they are. */
    public void viewVersion(int number) {
        find(number).ifPresent(v -> {
            comparedVersion.set(null);
            viewedVersion.set(v.version());
        });
    }

    /** The version shown beside the draft, compared with it, instead of the canvas; null while not comparing. */
    public ReadOnlyObjectProperty<JourneyVersion> comparedVersionProperty() {
        return comparedVersion.getReadOnlyProperty();
    }

    /**
     * Shows the version (left) against the current draft (right) instead of the canvas; the draft and its undo
     * history stay as they are. {@link #viewDraft} goes back.
     */
    public void compareWithDraft(int number) {
        find(number).ifPresent(v -> {
            viewedVersion.set(null);
            comparedVersion.set(v.version());
        });
    }

    /** Goes back from a version to the draft. */
    public void viewDraft() {
        viewedVersion.set(null);
        comparedVersion.set(null);
    }

    /**
     * Makes the version the draft again, as one edit: saved at once, undone with Ctrl+Z. The draft keeps its id; the
     * version itself is not changed.
     */
    public void restoreAsDraft(int number) {
        Optional<VersionRow> row = find(number);
        if (editor.draft().isEmpty() || row.isEmpty()) {
            return;
        }
        Journey restored = row.get().version().journey();
        viewDraft();
        if (editor.edit(j -> restored.withVersion(j.version()))) {
            messages.say("Restored version " + number + " as the draft (Ctrl+Z undoes it).", false);
        } else {
            messages.say("The draft is already the same as version " + number + ".", false);
        }
    }

    private Optional<VersionRow> find(int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst();
    }

    /** Reads the open journey's versions again, e.g. when a review was decided in another section. */
    public void reloadVersions() {
        refresh();
        editor.show();
    }

    /**
     * Reads the versions again when the workspace changed, leaving the list alone when it reads the same; and when
     * the message line says a version is waiting for review that a reviewer decided meanwhile, says what they decided.
     */
    void refreshFromLibrary() {
        List<VersionRow> before = List.copyOf(rows);
        refresh();
        if (!before.equals(rows)) {
            editor.show();
        }
        // also when another path read the versions first: the decision is in them either way
        reviewDecided();
    }

    /** "Version 1 of … is waiting for review" no longer holds once a reviewer decided: say what they decided. */
    private void reviewDecided() {
        editor.draft().ifPresent(current -> {
            for (VersionRow row : rows) {
                JourneyVersion version = row.version();
                if (messages.awaitsReviewOf(current.id(), version.number())
                        && !version.reviewState().equals("in review")) {
                    messages.say("Version " + version.number() + " of " + current.name() + " is now "
                            + version.reviewState() + ".", false);
                }
            }
        });
    }

    /** Another journey was opened: its versions are read and the draft shown. */
    void opened() {
        viewDraft();
        refresh();
    }

    /** The draft changed: what it changes against the newest version is said again. */
    void shown(Journey current) {
        draftChanges.setAll(current == null || rows.isEmpty() ? List.of()
                : describe(JourneyDiff.between(rows.get(0).version().journey(), current)));
    }

    private void refresh() {
        Optional<Journey> current = editor.draft();
        if (current.isEmpty()) {
            rows.clear();
            return;
        }
        List<JourneyVersion> kept = library.versions(current.get().id());
        List<VersionRow> read = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            JourneyVersion version = kept.get(i);
            boolean first = i == kept.size() - 1;
            read.add(new VersionRow(version, first ? List.of()
                    : describe(JourneyDiff.between(kept.get(i + 1).journey(), version.journey())), first));
        }
        rows.setAll(read);
    }

    private static List<String> describe(JourneyDiff diff) {
        return diff.changes().stream().map(JourneyDiff.Change::description).toList();
    }
}

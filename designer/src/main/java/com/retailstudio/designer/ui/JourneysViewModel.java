package com.retailstudio.designer.ui;

import com.retailstudio.designer.edit.EditSession;
import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.edit.TidyLayout;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.library.JourneyVersion;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.library.SubmissionRefusedException;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.NumberText;
import com.retailstudio.designer.model.Position;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

/**
 * The Journeys section's state: the library of journeys (with search), the journey open in the editor with its undo
 * history, lint findings and selection, and the commands of the editor. Every edit is written to the library at once.
 * No nodes: testable without a stage.
 */
public final class JourneysViewModel implements CanvasEdits {

    /** How far a paste lands from what was copied, in canvas units; repeated pastes step further. */
    static final double PASTE_OFFSET = 40;
    private static final String NOT_SAVED = "This change is not saved yet: ";

    private final JourneyLibrary library;
    private final java.time.Clock clock;
    private final java.time.Duration ageRefresh;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<LibraryEntry> shownEntries = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Journey> templates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Journey> journey = new ReadOnlyObjectWrapper<>(this, "journey");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The version the message says is waiting for review ("id#number"), so a decision made elsewhere updates it. */
    private String messageAwaitsReviewOf;
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper(this, "messageIsProblem");
    /** True while the open journey has changes the library refused (e.g. someone else saved it meanwhile). */
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ObservableList<String> draftChanges = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JourneyVersion> viewedVersion = new ReadOnlyObjectWrapper<>(this, "viewedVersion");
    private final ReadOnlyObjectWrapper<JourneyVersion> comparedVersion =
            new ReadOnlyObjectWrapper<>(this, "comparedVersion");
    private EditSession session;
    private JourneyEdits.Clipboard clipboard = new JourneyEdits.Clipboard(List.of(), List.of());
    private int pastes;
    private boolean selecting;

    public JourneysViewModel(JourneyLibrary library) {
        this(library, java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(30));
    }

    /**
     * @param clock      what "5 min ago" in the library is measured from
     * @param ageRefresh how often those ages are read again while the library is shown
     */
    public JourneysViewModel(JourneyLibrary library, java.time.Clock clock, java.time.Duration ageRefresh) {
        this.library = library;
        this.clock = clock;
        this.ageRefresh = ageRefresh;
        JourneyTemplates.NAMES.forEach(name -> JourneyTemplates.load(name).ifPresent(templates::add));
        search.addListener((observable, before, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shownEntries.setPredicate(needle.isEmpty() ? null : entry -> (entry.name() + " " + entry.id() + " "
                    + entry.status() + " " + entry.author()).toLowerCase(Locale.ROOT).contains(needle));
        });
        // The selected step follows the selection: the last one picked, or none.
        selectedNode.addListener((observable, before, id) -> {
            if (id != null && !selection.contains(id)) {
                selecting = true;
                try {
                    selection.clear();
                    selection.add(id);
                } finally {
                    selecting = false;
                }
            }
        });
        selection.addListener((javafx.collections.SetChangeListener<String>) change -> {
            hasSelection.set(!selection.isEmpty());
            if (selecting) {
                return;
            }
            if (selection.isEmpty()) {
                selectedNode.set(null);
            } else if (!selection.contains(selectedNode.get())) {
                selectedNode.set(selection.stream().reduce((first, second) -> second).orElseThrow());
            }
        });
        refreshLibrary();
        if (!entries.isEmpty()) {
            open(entries.get(0).id());
        }
    }

    // ---- the library ----

    /** The journeys in the library matching the search, most recently changed first. */
    public ObservableList<LibraryEntry> entries() {
        return shownEntries;
    }

    /** Whether the library holds any journey (whatever the search). */
    public boolean libraryIsEmpty() {
        return entries.isEmpty();
    }

    /** Every journey in the library, unfiltered. */
    public ObservableList<LibraryEntry> allEntries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Now, for the library's "5 min ago". */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** How often the library's ages are read again while it is shown, so "1 min ago" does not stay. */
    public java.time.Duration ageRefresh() {
        return ageRefresh;
    }

    /** The templates a new journey can start from. */
    public ObservableList<Journey> templates() {
        return templates;
    }

    private void refreshLibrary() {
        entries.setAll(library.list());
    }

    /** Opens the journey's draft in the editor, with a fresh undo history. */
    public void open(String id) {
        if (session != null && session.journey().id().equals(id)) {
            return;
        }
        library.draft(id).ifPresentOrElse(this::startEditing,
                () -> say("The journey " + id + " has no draft any more.", true));
    }

    private void startEditing(Journey opened) {
        session = new EditSession(opened);
        unsaved.set(false);
        clipboardStepsReset();
        selection.clear();
        viewedVersion.set(null);
        comparedVersion.set(null);
        refreshVersions();
        show();
        say("", false);
    }

    private void clipboardStepsReset() {
        pastes = 0;
    }

    /** Starts a new journey from the template: a copy with an id of its own, saved to the library at once. */
    public void newFromTemplate(String templateName) {
        Journey template = JourneyTemplates.load(templateName)
                .orElseThrow(() -> new IllegalArgumentException("no template " + templateName));
        create(rename(template, freeId(template.id()), template.name()));
    }

    /** Starts a blank journey: an entry and an exit, connected, with the standard guardrails. */
    public void newBlank() {
        Journey base = JourneyTemplates.load(JourneyTemplates.NAMES.get(0)).orElseThrow();
        JourneyNode entry = NodeKind.ENTRY.create("entry", new Position(0, 0));
        JourneyNode exit = NodeKind.EXIT.create("exit", new Position(0, TidyLayout.ROW));
        Journey blank = new Journey(freeId("journey"), "New journey", "", 1, base.goal(), base.entry(),
                com.retailstudio.designer.model.Condition.Group.always(),
                com.retailstudio.designer.model.ReEntryPolicy.once(), List.of(entry, exit),
                List.of(new Edge("entry", JourneyNode.NEXT, "exit")), base.guardrails(), base.objectives());
        create(blank);
    }

    /** Copies the open journey as a new draft, "(copy)" after its name. */
    public void duplicate() {
        if (session == null) {
            return;
        }
        Journey current = session.journey();
        create(rename(current.withVersion(1), freeId(current.id() + "-copy"), current.name() + " (copy)"));
    }

    /** Deletes the open journey's draft (its saved versions stay) and opens the next one, if any. */
    public void deleteDraft() {
        if (session == null) {
            return;
        }
        String id = session.journey().id();
        String name = session.journey().name();
        library.deleteDraft(id);
        session = null;
        refreshLibrary();
        selection.clear();
        viewedVersion.set(null);
        comparedVersion.set(null);
        refreshVersions();
        if (entries.isEmpty()) {
            show();
        } else {
            open(entries.get(0).id());
        }
        say("Deleted the draft of " + name + ".", false);
    }

    private void create(Journey created) {
        library.saveDraft(created);
        refreshLibrary();
        startEditing(created);
    }

    /** The id itself when free, else the first free of id-2, id-3, ...; an id with versions but no draft is taken. */
    private String freeId(String wanted) {
        if (free(wanted)) {
            return wanted;
        }
        for (int i = 2; ; i++) {
            if (free(wanted + "-" + i)) {
                return wanted + "-" + i;
            }
        }
    }

    // ---- files ----

    /**
     * Reads a journey file and makes it a new draft, opened in the editor. A file that cannot be read is refused with
     * its name and the JSON pointer of the bad value, and nothing in the library changes. A journey whose id is taken
     * (by a draft, or by versions whose draft was deleted) is never merged into it: it gets the next free id
     * ({@code winback-2}), its name is kept, and the message says so. Returns whether a draft was made.
     */
    public boolean importFile(Path file) {
        String name = String.valueOf(file.getFileName());
        Journey read;
        try {
            read = JourneyJson.read(file);
        } catch (JourneyFormatException e) {
            say(name + " was not imported: at " + (e.pointer().isEmpty() ? "/" : e.pointer()) + ", " + e.reason()
                    + ".", true);
            return false;
        } catch (IOException | RuntimeException e) {
            say(name + " was not imported: it cannot be read (" + e.getMessage() + ").", true);
            return false;
        }
        String id = freeId(read.id());
        Journey imported = rename(read.withVersion(1), id, read.name());
        try {
            create(imported);
        } catch (RuntimeException e) {
            say(name + " was not imported: the workspace refused it (" + e.getMessage() + ").", true);
            return false;
        }
        say(id.equals(read.id()) ? "Imported " + read.name() + " from " + name + "."
                : "Imported " + read.name() + " from " + name + " as " + id + ": the id " + read.id()
                + " is taken, and that journey is unchanged.", false);
        return true;
    }

    /** Imports every {@code .json} file dropped on the section, in order; other files are named and skipped. */
    public void importFiles(List<Path> files) {
        List<String> skipped = new java.util.ArrayList<>();
        String lastProblem = null;
        int imported = 0;
        for (Path file : files) {
            if (!String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
                skipped.add(String.valueOf(file.getFileName()));
            } else if (importFile(file)) {
                imported++;
            } else {
                lastProblem = message.get();
            }
        }
        if (lastProblem != null) {
            say(lastProblem, true);
        } else if (!skipped.isEmpty()) {
            say((imported == 0 ? "Nothing was imported: " : "Imported " + imported + "; skipped ")
                    + String.join(", ", skipped) + " (only journey files, .json, can be dropped here).", true);
        }
    }

    private boolean free(String id) {
        return entries.stream().noneMatch(e -> e.id().equals(id)) && library.versions(id).isEmpty();
    }

    /** The file name an export suggests: the journey's id. */
    public String exportFileName() {
        return session == null ? "journey.json" : session.journey().id() + ".json";
    }

    /** Writes the open journey's draft as a journey file (atomically: a reader never sees half a file). */
    public boolean exportFile(Path file) {
        if (session == null) {
            return false;
        }
        Journey current = session.journey();
        try {
            JourneyJson.write(current, file);
        } catch (IOException | RuntimeException e) {
            say("The journey file " + file.getFileName() + " was not written: " + e.getMessage(), true);
            return false;
        }
        say("Exported the draft of " + current.name() + " to " + file.getFileName() + ".", false);
        return true;
    }

    private static Journey rename(Journey j, String id, String name) {
        return new Journey(id, name, j.description(), j.version(), j.goal(), j.entry(), j.audience(), j.reEntry(),
                j.nodes(), j.edges(), j.guardrails(), j.objectives());
    }

    // ---- the open journey ----

    /** The journey open in the editor; null when the library is empty. */
    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The step the user picked last on the canvas or in the lint panel; null for none. */
    public ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    /** Every selected step. */
    public ObservableSet<String> selection() {
        return selection;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }

    /** The outcome of the last library command, e.g. "Saved version 2." or why a submission was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    private void say(String text, boolean problem) {
        messageAwaitsReviewOf = null;
        message.set(text);
        messageIsProblem.set(problem);
    }

    private void show() {
        Journey current = session == null ? null : session.journey();
        journey.set(current);
        findings.setAll(current == null ? List.of() : Lint.check(current));
        selection.removeIf(id -> current == null || current.node(id).isEmpty());
        canUndo.set(session != null && session.canUndo());
        canRedo.set(session != null && session.canRedo());
        draftChanges.setAll(current == null || versions.isEmpty() ? List.of()
                : describe(JourneyDiff.between(versions.get(0).version().journey(), current)));
    }

    /** Applies an edit to the open journey; when it changed something, shows, checks and saves the result. */
    private boolean edit(UnaryOperator<Journey> change) {
        if (session == null || !session.apply(change)) {
            return false;
        }
        changed();
        return true;
    }

    private void changed() {
        Journey current = session.journey();
        try {
            library.saveDraft(current);
            unsaved.set(false);
            if (messageIsProblem.get() && message.get().startsWith(NOT_SAVED)) {
                say("Saved again.", false);
            }
        } catch (RuntimeException e) {
            // The edit stays on the canvas and the next edit tries again; the user must know it is not stored yet,
            // and may reload the stored draft or keep theirs as a copy (someone else may have saved it meanwhile).
            unsaved.set(true);
            say(NOT_SAVED + e.getMessage(), true);
        }
        show();
        // Updated in place, not moved to the top, so the list does not jump under the user while they edit.
        for (int i = 0; i < entries.size(); i++) {
            LibraryEntry old = entries.get(i);
            if (old.id().equals(current.id())) {
                entries.set(i, new LibraryEntry(current.id(), current.name(), old.status(), old.author(),
                        java.time.Instant.now(), current.nodes().size()));
            }
        }
    }

    /**
     * Opens the stored draft of the open journey again, dropping the changes the library refused: after someone else
     * saved it, this shows their version (Duplicate keeps one's own as a copy first).
     */
    public void reload() {
        if (session == null) {
            return;
        }
        String id = session.journey().id();
        library.draft(id).ifPresentOrElse(stored -> {
            startEditing(stored);
            refreshLibrary();
            say("Reloaded the stored draft of " + stored.name() + ".", false);
        }, () -> say("The journey " + id + " has no draft any more.", true));
    }

    /** True while the open journey has changes that could not be saved; the editor then offers Reload and Duplicate. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public void undo() {
        if (session != null && session.undo()) {
            changed();
        }
    }

    public void redo() {
        if (session != null && session.redo()) {
            changed();
        }
    }

    /** Adds a step of the kind at the canvas position and selects it; returns its id. */
    public Optional<String> addNode(NodeKind kind, Position at) {
        if (!edit(j -> JourneyEdits.addNode(j, kind, at))) {
            return Optional.empty();
        }
        String id = JourneyEdits.lastAdded(session.journey());
        selectOnly(List.of(id));
        return Optional.of(id);
    }

    /** Deletes the selected steps and their connections. */
    public void deleteSelection() {
        if (!selection.isEmpty()) {
            edit(j -> JourneyEdits.deleteNodes(j, Set.copyOf(selection)));
        }
    }

    /** Copies the selected steps and the connections between them. */
    public void copySelection() {
        if (session != null && !selection.isEmpty()) {
            clipboard = JourneyEdits.copy(session.journey(), selection);
            pastes = 0;
            canPaste.set(!clipboard.isEmpty());
        }
    }

    /** Pastes the copied steps under fresh ids beside the originals and selects them. */
    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        double offset = PASTE_OFFSET * (pastes + 1);
        if (edit(j -> JourneyEdits.paste(j, clipboard, offset, offset))) {
            pastes++;
            selectOnly(JourneyEdits.pastedIds(session.journey(), clipboard));
        }
    }

    /** Lays the journey out again, top to bottom. */
    public void tidy() {
        edit(TidyLayout::tidy);
    }

    /** Removes one connection. */
    public void disconnect(Edge edge) {
        edit(j -> JourneyEdits.disconnect(j, edge));
    }

    /** The property panel's edit of a step (same id); connections from ports it no longer has are dropped. */
    public void replaceNode(JourneyNode replacement) {
        edit(j -> JourneyEdits.replaceNode(j, replacement));
    }

    /** The settings panel's edit: name, description, goal, entry, audience, re-entry, guardrails, objectives. */
    public void updateSettings(Journey settings) {
        edit(j -> JourneyEdits.updateSettings(j, settings));
    }

    @Override
    public void select(String nodeId, boolean extend) {
        if (!extend) {
            selectOnly(List.of(nodeId));
        } else if (!selection.remove(nodeId)) {
            selection.add(nodeId);
        }
    }

    @Override
    public void selectAll(Collection<String> nodeIds, boolean extend) {
        if (!extend) {
            selection.clear();
        }
        selection.addAll(nodeIds);
    }

    @Override
    public void clearSelection() {
        selection.clear();
    }

    private void selectOnly(Collection<String> ids) {
        selection.retainAll(ids);
        selection.addAll(ids);
    }

    @Override
    public void moveBy(Collection<String> nodeIds, double dx, double dy) {
        edit(j -> JourneyEdits.moveBy(j, nodeIds, dx, dy));
    }

    /** Connects the port to the step; a connection to itself or from a port the step lacks is ignored. */
    @Override
    public void connect(String from, String port, String to) {
        if (from.equals(to) || session == null) {
            return;
        }
        Journey current = session.journey();
        boolean valid = current.node(to).isPresent() && current.node(from)
                .map(n -> n.outputPorts().contains(port)).orElse(false);
        if (valid) {
            edit(j -> JourneyEdits.connect(j, from, port, to));
        }
    }

    /** Removes the connection leaving the step's port, if there is one. */
    @Override
    public void disconnect(String from, String port) {
        if (session == null) {
            return;
        }
        session.journey().edgesFrom(from).stream().filter(e -> e.port().equals(port)).findFirst()
                .ifPresent(this::disconnect);
    }

    // ---- versions ----

    /** Freezes the open journey as its next version. */
    public void saveVersion() {
        if (session == null) {
            return;
        }
        int version = library.saveVersion(session.journey());
        // the library keeps an unchanged journey in the version that already holds it rather than copying it
        boolean unchanged = versions.stream().anyMatch(row -> row.number() == version);
        refreshLibrary();
        refreshVersions();
        show();
        say(unchanged
                ? "Nothing changed since version " + version + " of " + session.journey().name() + "; no new version."
                : "Saved version " + version + " of " + session.journey().name() + ".", false);
    }

    /** Submits the open journey for review; when it has errors, says why instead. */
    public void submitForReview() {
        if (session == null) {
            return;
        }
        try {
            int version = library.submitForReview(session.journey());
            refreshLibrary();
            refreshVersions();
            show();
            say("Version " + version + " of " + session.journey().name() + " is waiting for review.", false);
            messageAwaitsReviewOf = session.journey().id() + "#" + version;
        } catch (SubmissionRefusedException e) {
            say(e.getMessage(), true);
        }
    }

    /** The open journey's frozen versions, the newest first, each with what changed against the one before. */
    public ObservableList<VersionRow> versions() {
        return versions;
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
        findVersion(number).ifPresent(v -> {
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
        findVersion(number).ifPresent(v -> {
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
        Optional<VersionRow> row = findVersion(number);
        if (session == null || row.isEmpty()) {
            return;
        }
        Journey restored = row.get().version().journey();
        viewedVersion.set(null);
        comparedVersion.set(null);
        if (edit(j -> restored.withVersion(j.version()))) {
            say("Restored version " + number + " as the draft (Ctrl+Z undoes it).", false);
        } else {
            say("The draft is already the same as version " + number + ".", false);
        }
    }

    private Optional<VersionRow> findVersion(int number) {
        return versions.stream().filter(r -> r.number() == number).findFirst();
    }

    /** Reads the open journey's versions again, e.g. when a review was decided in another section. */
    public void reloadVersions() {
        refreshVersions();
        show();
    }

    /**
     * Reads what the library holds again when the workspace changed (a review decided in the Approvals section or by
     * someone else): each journey's status and the open journey's versions. Lists that read the same are left alone,
     * so a change elsewhere does not disturb what is selected here.
     */
    public void refreshFromLibrary() {
        List<LibraryEntry> listed = library.list();
        if (!listed.equals(entries)) {
            entries.setAll(listed);
        }
        List<VersionRow> before = List.copyOf(versions);
        refreshVersions();
        if (!before.equals(versions)) {
            show();
        }
        // also when another path read the versions first: the decision is in them either way
        reviewDecided();
    }

    /** "Version 1 of … is waiting for review" no longer holds once a reviewer decided: say what they decided. */
    private void reviewDecided() {
        if (messageAwaitsReviewOf == null || session == null) {
            return;
        }
        for (VersionRow row : versions) {
            JourneyVersion version = row.version();
            if ((session.journey().id() + "#" + version.number()).equals(messageAwaitsReviewOf)
                    && !version.reviewState().equals("in review")) {
                say("Version " + version.number() + " of " + session.journey().name() + " is now "
                        + version.reviewState() + ".", false);
            }
        }
    }

    private void refreshVersions() {
        if (session == null) {
            versions.clear();
            return;
        }
        List<JourneyVersion> kept = library.versions(session.journey().id());
        List<VersionRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            JourneyVersion version = kept.get(i);
            boolean first = i == kept.size() - 1;
            rows.add(new VersionRow(version, first ? List.of()
                    : describe(JourneyDiff.between(kept.get(i + 1).journey(), version.journey())), first));
        }
        versions.setAll(rows);
    }

    private static List<String> describe(JourneyDiff diff) {
        return diff.changes().stream().map(JourneyDiff.Change::description).toList();
    }

    // ---- text for the view ----

    /** e.g. "All checks pass" or "1 error · 2 warnings". */
    public String findingsSummary() {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        if (findings.isEmpty()) {
            return "All checks pass";
        }
        return errors + (errors == 1 ? " error" : " errors") + " · " + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** The facts shown above the canvas: entry, goal, guardrails, as short labelled phrases. */
    public List<String> facts(Journey j) {
        String caps = j.guardrails().frequencyCaps().stream().filter(c -> !c.isGlobal()).map(FrequencyCap::channel)
                .map(c -> c.orElseThrow().label()).collect(Collectors.joining(", "));
        Optional<FrequencyCap> global = j.guardrails().globalCap();
        return List.of(
                "Goal: " + j.goal().event() + " in " + DurationText.words(j.goal().window()),
                "Holdout " + NumberText.format(j.guardrails().holdoutPercent()) + " %",
                global.map(g -> "Max " + g.maxMessages() + " messages per " + DurationText.words(g.window())
                        .replaceFirst("^1 ", "")).orElse("Caps on " + (caps.isEmpty() ? "no channel" : caps)),
                "Quiet " + j.guardrails().quietHours().map(q -> q.from() + "–" + q.to()).orElse("hours: none"),
                "Re-entry " + (j.reEntry().allowed() ? j.reEntry().maxEntries() + "×, "
                        + DurationText.words(j.reEntry().cooldown()) + " apart" : "once"));
    }
}

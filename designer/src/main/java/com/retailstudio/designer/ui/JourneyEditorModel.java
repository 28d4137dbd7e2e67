package com.retailstudio.designer.ui;

import com.retailstudio.designer.edit.EditSession;
import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.edit.TidyLayout;
import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.lint.Severity;
import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.properties.JourneyAudiences;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.NumberText;
import com.retailstudio.designer.model.Position;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The journey open in the Journeys editor: its undo history, lint findings and selection, and the editing commands.
 * Every edit is written to the library at once. No nodes: testable without a stage.
 */
public final class JourneyEditorModel implements CanvasEdits {

    /** How far a paste lands from what was copied, in canvas units; repeated pastes step further. */
    static final double PASTE_OFFSET = 40;
    private static final String NOT_SAVED = "This change is not saved yet: ";

    /** What the section's other models hear from the editor. */
    interface Events {
        /** Another journey (or none) was opened, with a fresh undo history; called before it is shown. */
        void opened();

        /** The open journey (null for none) was shown again: after an edit, an undo or an open. */
        void shown(Journey current);

        /** An edit of the open journey was stored in the library. */
        void saved(Journey current);
    }

    private final JourneyLibrary library;
    private JourneyAudiences audiences = JourneyAudiences.none();
    private final JourneyMessages messages;
    private final ReadOnlyObjectWrapper<Journey> journey = new ReadOnlyObjectWrapper<>(this, "journey");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste");
    /** True while the open journey has changes the library refused (e.g. someone else saved it meanwhile). */
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private Events events;
    private EditSession session;
    private JourneyEdits.Clipboard clipboard = new JourneyEdits.Clipboard(List.of(), List.of());
    private int pastes;
    private boolean selecting;

    JourneyEditorModel(JourneyLibrary library, JourneyMessages messages) {
        this.library = library;
        this.messages = messages;
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
        selection.addListener((SetChangeListener<String>) change -> {
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
    }

    /**
     * Where the inspector takes a journey's audience from (saved segments) and counts the entry's estimated audience;
     * set by the application before the section is shown. Without it, audiences are written in the journey.
     */
    public void useAudiences(JourneyAudiences chosen) {
        this.audiences = Objects.requireNonNull(chosen);
    }

    JourneyAudiences audiences() {
        return audiences;
    }

    /** Set once by the section, before anything is opened. */
    void listen(Events listener) {
        this.events = listener;
    }

    /** The draft being edited, as the undo history holds it now; empty while nothing is open. */
    Optional<Journey> draft() {
        return session == null ? Optional.empty() : Optional.of(session.journey());
    }

    /** Opens the journey with a fresh undo history. */
    void open(Journey opened) {
        session = new EditSession(opened);
        unsaved.set(false);
        pastes = 0;
        selection.clear();
        events.opened();
        show();
        messages.say("", false);
    }

    /** Closes the open journey (its draft was deleted); the caller opens another or shows none. */
    void close() {
        session = null;
        selection.clear();
        events.opened();
    }

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

    /** True while the open journey has changes that could not be saved; the editor then offers Reload and Duplicate. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** Shows the open journey as the undo history holds it, with its findings. */
    void show() {
        Journey current = session == null ? null : session.journey();
        journey.set(current);
        findings.setAll(current == null ? List.of() : Lint.check(current));
        selection.removeIf(id -> current == null || current.node(id).isEmpty());
        canUndo.set(session != null && session.canUndo());
        canRedo.set(session != null && session.canRedo());
        events.shown(current);
    }

    /** Applies an edit to the open journey; when it changed something, shows, checks and saves the result. */
    boolean edit(UnaryOperator<Journey> change) {
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
            if (messages.isProblem() && messages.text().startsWith(NOT_SAVED)) {
                messages.say("Saved again.", false);
            }
        } catch (RuntimeException e) {
            // The edit stays on the canvas and the next edit tries again; the user must know it is not stored yet,
            // and may reload the stored draft or keep theirs as a copy (someone else may have saved it meanwhile).
            unsaved.set(true);
            messages.say(NOT_SAVED + e.getMessage(), true);
        }
        show();
        events.saved(current);
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

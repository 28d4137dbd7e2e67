package com.retailstudio.designer.ui;

import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.edit.TidyLayout;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.JourneyLibrary;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.ReEntryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Journeys section's library: the journeys with their search, the templates, and the commands that make, copy,
 * delete and open drafts. What is opened goes to the {@link JourneyEditorModel}.
 */
public final class JourneyLibraryModel {

    private final JourneyLibrary library;
    private final JourneyEditorModel editor;
    private final JourneyMessages messages;
    private final Clock clock;
    private final Duration ageRefresh;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<LibraryEntry> shownEntries = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Journey> templates = FXCollections.observableArrayList();

    JourneyLibraryModel(JourneyLibrary library, JourneyEditorModel editor, JourneyMessages messages, Clock clock,
                        Duration ageRefresh) {
        this.library = library;
        this.editor = editor;
        this.messages = messages;
        this.clock = clock;
        this.ageRefresh = ageRefresh;
        JourneyTemplates.NAMES.forEach(name -> JourneyTemplates.load(name).ifPresent(templates::add));
        search.addListener((observable, before, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shownEntries.setPredicate(needle.isEmpty() ? null : entry -> (entry.name() + " " + entry.id() + " "
                    + entry.status() + " " + entry.author()).toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    /** The journeys in the library matching the search, most recently changed first. */
    public ObservableList<LibraryEntry> entries() {
        return shownEntries;
    }

    /** Whether the library holds any journey (whatever the search). */
    public boolean libraryIsEmpty() {
        return entries.isEmpty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Now, for the library's "5 min ago". */
    public Instant now() {
        return clock.instant();
    }

    /** How often the library's ages are read again while it is shown, so "1 min ago" does not stay. */
    public Duration ageRefresh() {
        return ageRefresh;
    }

    /** The templates a new journey can start from. */
    public ObservableList<Journey> templates() {
        return templates;
    }

    void refresh() {
        entries.setAll(library.list());
    }

    /** Reads the list again, leaving it alone when it reads the same so a change elsewhere disturbs nothing here. */
    void refreshIfChanged() {
        List<LibraryEntry> listed = library.list();
        if (!listed.equals(entries)) {
            entries.setAll(listed);
        }
    }

    /** Opens the first journey in the list, if there is one. */
    void openFirst() {
        if (!entries.isEmpty()) {
            open(entries.get(0).id());
        }
    }

    /** Opens the journey's draft in the editor, with a fresh undo history. */
    public void open(String id) {
        if (editor.draft().map(open -> open.id().equals(id)).orElse(false)) {
            return;
        }
        library.draft(id).ifPresentOrElse(editor::open,
                () -> messages.say("The journey " + id + " has no draft any more.", true));
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
                Condition.Group.always(), ReEntryPolicy.once(), List.of(entry, exit),
                List.of(new Edge("entry", JourneyNode.NEXT, "exit")), base.guardrails(), base.objectives());
        create(blank);
    }

    /** Copies the open journey as a new draft, "(copy)" after its name. */
    public void duplicate() {
        editor.draft().ifPresent(current -> create(rename(current.withVersion(1), freeId(current.id() + "-copy"),
                current.name() + " (copy)")));
    }

    /** Deletes the open journey's draft (its saved versions stay) and opens the next one, if any. */
    public void deleteDraft() {
        editor.draft().ifPresent(current -> {
            library.deleteDraft(current.id());
            refresh();
            editor.close();
            if (entries.isEmpty()) {
                editor.show();
            } else {
                open(entries.get(0).id());
            }
            messages.say("Deleted the draft of " + current.name() + ".", false);
        });
    }

    /**
     * Opens the stored draft of the open journey again, dropping the changes the library refused: after someone else
     * saved it, this shows their version (Duplicate keeps one's own as a copy first).
     */
    public void reload() {
        editor.draft().ifPresent(current -> library.draft(current.id()).ifPresentOrElse(stored -> {
            editor.open(stored);
            refresh();
            messages.say("Reloaded the stored draft of " + stored.name() + ".", false);
        }, () -> messages.say("The journey " + current.id() + " has no draft any more.", true)));
    }

    /** Saves the new journey as a draft and opens it. */
    void create(Journey created) {
        library.saveDraft(created);
        refresh();
        editor.open(created);
    }

    /** The edited journey's entry, updated in place, not moved to the top, so the list does not jump while editing. */
    void edited(Journey current) {
        for (int i = 0; i < entries.size(); i++) {
            LibraryEntry old = entries.get(i);
            if (old.id().equals(current.id())) {
                entries.set(i, new LibraryEntry(current.id(), current.name(), old.status(), old.author(),
                        Instant.now(), current.nodes().size()));
            }
        }
    }

    /** The id itself when free, else the first free of id-2, id-3, ...; an id with versions but no draft is taken. */
    String freeId(String wanted) {
        if (free(wanted)) {
            return wanted;
        }
        for (int i = 2; ; i++) {
            if (free(wanted + "-" + i)) {
                return wanted + "-" + i;
            }
        }
    }

    private boolean free(String id) {
        return entries.stream().noneMatch(e -> e.id().equals(id)) && library.versions(id).isEmpty();
    }

    static Journey rename(Journey j, String id, String name) {
        return new Journey(id, name, j.description(), j.version(), j.goal(), j.entry(), j.audience(), j.reEntry(),
                j.nodes(), j.edges(), j.guardrails(), j.objectives(), j.audienceSegment(), j.exitCriteria());
    }
}

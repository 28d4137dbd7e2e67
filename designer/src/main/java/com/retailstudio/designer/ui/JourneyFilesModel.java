package com.retailstudio.designer.ui;

import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Import and export of single journey files in the Journeys section: a file read becomes a new draft. */
public final class JourneyFilesModel {

    private final JourneyLibraryModel library;
    private final JourneyEditorModel editor;
    private final JourneyMessages messages;

    JourneyFilesModel(JourneyLibraryModel library, JourneyEditorModel editor, JourneyMessages messages) {
        this.library = library;
        this.editor = editor;
        this.messages = messages;
    }

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
            messages.say(name + " was not imported: at " + (e.pointer().isEmpty() ? "/" : e.pointer()) + ", "
                    + e.reason() + ".", true);
            return false;
        } catch (IOException | RuntimeException e) {
            messages.say(name + " was not imported: it cannot be read (" + e.getMessage() + ").", true);
            return false;
        }
        String id = library.freeId(read.id());
        Journey imported = JourneyLibraryModel.rename(read.withVersion(1), id, read.name());
        try {
            library.create(imported);
        } catch (RuntimeException e) {
            messages.say(name + " was not imported: the workspace refused it (" + e.getMessage() + ").", true);
            return false;
        }
        messages.say(id.equals(read.id()) ? "Imported " + read.name() + " from " + name + "."
                : "Imported " + read.name() + " from " + name + " as " + id + ": the id " + read.id()
                + " is taken, and that journey is unchanged.", false);
        return true;
    }

    /** Imports every {@code .json} file dropped on the section, in order; other files are named and skipped. */
    public void importFiles(List<Path> files) {
        List<String> skipped = new ArrayList<>();
        String lastProblem = null;
        int imported = 0;
        for (Path file : files) {
            if (!String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
                skipped.add(String.valueOf(file.getFileName()));
            } else if (importFile(file)) {
                imported++;
            } else {
                lastProblem = messages.text();
            }
        }
        if (lastProblem != null) {
            messages.say(lastProblem, true);
        } else if (!skipped.isEmpty()) {
            messages.say((imported == 0 ? "Nothing was imported: " : "Imported " + imported + "; skipped ")
                    + String.join(", ", skipped) + " (only journey files, .json, can be dropped here).", true);
        }
    }

    /** The file name an export suggests: the journey's id. */
    public String exportFileName() {
        return editor.draft().map(current -> current.id() + ".json").orElse("journey.json");
    }

    /** Writes the open journey's draft as a journey file (atomically: a reader never sees half a file). */
    public boolean exportFile(Path file) {
        if (editor.draft().isEmpty()) {
            return false;
        }
        Journey current = editor.draft().get();
        try {
            JourneyJson.write(current, file);
        } catch (IOException | RuntimeException e) {
            messages.say("The journey file " + file.getFileName() + " was not written: " + e.getMessage(), true);
            return false;
        }
        messages.say("Exported the draft of " + current.name() + " to " + file.getFileName() + ".", false);
        return true;
    }
}

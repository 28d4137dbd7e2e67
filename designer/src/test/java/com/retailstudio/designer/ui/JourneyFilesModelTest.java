package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.ui.feedback.Feedback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and export of single journey files in the Journeys section. */
class JourneyFilesModelTest {

    @TempDir
    Path dir;

    private final InMemoryJourneyLibrary library =
            new InMemoryJourneyLibrary(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC), "ana");

    private Path winbackFile() throws Exception {
        Path file = dir.resolve("winback.json");
        Files.writeString(file, JourneyJson.toJson(JourneyTemplates.load("winback").orElseThrow().withVersion(4)));
        return file;
    }

    @Test
    void aGoodFileBecomesANewDraftOpenedInTheEditor() throws Exception {
        JourneysViewModel model = new JourneysViewModel(library);
        assertTrue(model.files().importFile(winbackFile()));
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        assertEquals(winback.withVersion(1), model.editor().journeyProperty().get());
        assertEquals(Optional.of(winback.withVersion(1)), library.draft("winback"));
        assertEquals("Imported " + winback.name() + " from winback.json.", model.feedbackProperty().get().text());
        assertEquals(Feedback.Severity.SUCCESS, model.feedbackProperty().get().severity());
    }

    @Test
    void aFileWhoseIdIsTakenIsImportedUnderTheNextFreeIdAndTheOtherJourneyIsUnchanged() throws Exception {
        JourneysViewModel model = new JourneysViewModel(library);
        model.library().newFromTemplate("winback");
        model.versions().saveVersion();
        model.library().deleteDraft();
        model.library().newFromTemplate("winback");
        model.editor().tidy();
        Journey existing = model.editor().journeyProperty().get();
        assertEquals("winback-2", existing.id(), "winback has versions, so the template took winback-2");

        assertTrue(model.files().importFile(winbackFile()));
        assertEquals("winback-3", model.editor().journeyProperty().get().id(),
                "neither the id with versions nor the draft's id is reused");
        assertTrue(model.feedbackProperty().get().text().contains("as winback-3: the id winback is taken"),
                model.feedbackProperty().get().text());
        assertEquals(Optional.of(existing), library.draft("winback-2"));
        assertEquals(1, library.versions("winback").size());
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameAndThePointerOfTheBadValueAndNothingChanges() throws Exception {
        JourneysViewModel model = new JourneysViewModel(library);
        model.library().newFromTemplate("cart-abandonment");
        Journey open = model.editor().journeyProperty().get();
        List<LibraryEntry> before = library.list();
        String json = Files.readString(winbackFile()).replaceFirst("\"type\": \"wait\"", "\"type\": \"sleep\"");
        Path broken = Files.writeString(dir.resolve("broken.json"), json);

        assertFalse(model.files().importFile(broken));
        String message = model.feedbackProperty().get().text();
        assertTrue(message.startsWith("broken.json was not imported: at /nodes/"), message);
        assertTrue(message.contains("/type"), message);
        assertEquals(Feedback.Severity.DANGER, model.feedbackProperty().get().severity());
        assertEquals(before, library.list());
        assertEquals(open, model.editor().journeyProperty().get());
    }

    @Test
    void aFileThatIsNotJsonOrIsMissingIsRefusedByName() throws Exception {
        JourneysViewModel model = new JourneysViewModel(library);
        Path notJson = Files.writeString(dir.resolve("notes.json"), "this is { not json");
        assertFalse(model.files().importFile(notJson));
        assertTrue(model.feedbackProperty().get().text().startsWith("notes.json was not imported: at /"),
                model.feedbackProperty().get().text());
        assertFalse(model.files().importFile(dir.resolve("missing.json")));
        assertTrue(model.feedbackProperty().get().text().startsWith("missing.json was not imported: it cannot be read"),
                model.feedbackProperty().get().text());
        assertEquals(List.of(), library.list());
    }

    @Test
    void droppedFilesThatAreNotJourneyFilesAreNamedAndSkipped() throws Exception {
        JourneysViewModel model = new JourneysViewModel(library);
        Path text = Files.writeString(dir.resolve("readme.txt"), "hello");
        model.files().importFiles(List.of(text, winbackFile()));
        assertEquals(List.of("winback"), library.list().stream().map(LibraryEntry::id).toList());
        assertEquals("Imported 1; skipped readme.txt (only journey files, .json, can be dropped here).",
                model.feedbackProperty().get().text());
        assertEquals(Feedback.Severity.DANGER, model.feedbackProperty().get().severity());
    }

    @Test
    void anExportedDraftIsTheJourneyFileAndImportsBackTheSame() throws Exception {
        JourneysViewModel model = new JourneysViewModel(library);
        model.library().newFromTemplate("clearance-offer");
        model.editor().tidy();
        Journey draft = model.editor().journeyProperty().get();
        assertEquals("clearance-offer.json", model.files().exportFileName());
        Path out = dir.resolve("out").resolve(model.files().exportFileName());

        assertTrue(model.files().exportFile(out));
        assertEquals(JourneyJson.toJson(draft), Files.readString(out));
        assertEquals("Exported the draft of " + draft.name() + " to clearance-offer.json.",
                model.feedbackProperty().get().text());
        model.library().deleteDraft();
        assertTrue(model.files().importFile(out));
        assertEquals(draft, model.editor().journeyProperty().get());
    }
}

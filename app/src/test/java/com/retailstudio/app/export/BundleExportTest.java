package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.OnBothWorkspaces;
import com.retailstudio.app.workspace.TestWorkspaces;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.io.JourneySchema;
import com.retailstudio.designer.io.JourneyTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@OnBothWorkspaces
class BundleExportTest {

    @TempDir
    Path temp;

    private TestWorkspaces workspaces;
    /** Ben's: he reviews and exports. */
    private Workspace workspace;
    private ReviewWorkflow workflow;
    private BundleExporter exporter;
    /** A real journey file, as the designer ships it. */
    private static final String WELCOME = JourneyTemplates.json("welcome-series").orElseThrow();
    private static final String WINBACK = JourneyTemplates.json("winback").orElseThrow();

    private final BundleValidator validator = new BundleValidator(Map.of("journey",
            body -> body.contains("basePrice") ? List.of("personalises the base price") : List.of()));

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        workspace = workspaces.as("ben");
        workflow = new ReviewWorkflow(workspace, Map.of());
        exporter = new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void approve(String id, String body) {
        Workspace ana = workspaces.as("ana");
        ana.documents().saveDocument(new DocumentDraft("journey", id, "draft", body));
        new ReviewWorkflow(ana, Map.of()).submit("journey", id, "ana");
        workspaces.as("ben");
        workflow.approve("journey", id, "ben", Optional.empty());
    }

    @Test
    void anExportHoldsOnlyApprovedItemsWithTheirDecisionsAndTheSchemaAndValidatesOnItsOwn() throws IOException {
        approve("welcome", WELCOME);
        workspace.documents().saveDocument(new DocumentDraft("journey", "draft-only", "draft", WINBACK));
        Path out = temp.resolve("bundle");

        ExportedBundle bundle = exporter.export(out, false, "ben");

        assertEquals(List.of("journeys/welcome-v1.json"),
                bundle.manifest().items().stream().map(BundleManifest.Item::path).toList());
        assertEquals(WELCOME, Files.readString(out.resolve("journeys/welcome-v1.json")));
        assertEquals(DmnExporter.toDmn(JourneyTemplates.load("welcome-series").orElseThrow()),
                Files.readString(out.resolve("decisions/welcome-v1.dmn")));
        assertEquals(JourneySchema.json(), Files.readString(out.resolve("schemas/journey.schema.json")));
        assertFalse(Files.exists(out.resolve("decisions/draft-only-v1.dmn")));
        assertEquals(Set.of("README.md", "decisions/welcome-v1.dmn", "journeys/welcome-v1.json",
                "schemas/journey.schema.json"), bundle.manifest().files().keySet());
        assertTrue(Files.readString(out.resolve("README.md")).contains("`decisions/<id>-v<version>.dmn` as DMN 1.3"));
        assertEquals(List.of(), validator.validate(out));
        assertEquals(ReviewState.EXPORTED, workspace.reviews().find("journey", "welcome", 1).orElseThrow().state());
        assertEquals(BundleExporter.EXPORTED, workspace.auditLog().query(AuditQuery.all().newest(1)).get(0)
                .entry().action());
    }

    @Test
    void anyChangedByteIsCaughtNamingTheFile() throws IOException {
        approve("welcome", WELCOME);
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "ben");
        Path journey = out.resolve("journeys/welcome-v1.json");
        byte[] bytes = Files.readAllBytes(journey);
        bytes[WELCOME.indexOf("Welcomes")] ^= 1; // a letter inside the description: still valid JSON
        Files.write(journey, bytes);

        List<String> problems = validator.validate(out);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("journeys/welcome-v1.json has changed since the bundle was made"));
    }

    @Test
    void aZipBundleValidatesAndAnAddedOrMissingFileIsNamed() throws IOException {
        approve("welcome", WELCOME);
        Path zip = temp.resolve("bundle.zip");
        exporter.export(zip, true, "ben");
        assertEquals(List.of(), validator.validate(zip));

        Path folder = temp.resolve("second");
        approve("winback", WINBACK);
        exporter.export(folder, false, "ben");
        Files.writeString(folder.resolve("notes.txt"), "hello");
        Files.delete(folder.resolve("journeys/winback-v1.json"));

        List<String> problems = validator.validate(folder);

        assertTrue(problems.contains("notes.txt is in the bundle but not listed in manifest.json."), problems.toString());
        assertTrue(problems.contains("journeys/winback-v1.json is listed in manifest.json but missing from the bundle."),
                problems.toString());
    }

    @Test
    void customerLevelDataStopsTheExportAndNothingIsWritten() {
        approve("welcome", WELCOME.replace("Welcomes new shoppers", "Ask C00000042 about new shoppers"));
        Path out = temp.resolve("bundle");

        IOException refused = assertThrows(IOException.class, () -> exporter.export(out, false, "ben"));

        assertTrue(refused.getMessage().contains("journeys/welcome-v1.json line 5 holds a customer id (C0…42)"),
                refused.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(ReviewState.APPROVED, workspace.reviews().find("journey", "welcome", 1).orElseThrow().state());
    }

    @Test
    void theKindsOwnChecksRunOnEveryItem() throws IOException {
        approve("promo", WELCOME.replace("Welcomes new shoppers", "basePrice 9.99 for new shoppers"));
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "ben");

        assertEquals(List.of("journeys/promo-v1.json: personalises the base price"), validator.validate(out));
    }

    @Test
    void nothingApprovedMeansNothingIsWritten() {
        Path out = temp.resolve("bundle");

        assertThrows(NothingToExportException.class, () -> exporter.export(out, false, "ben"));
        assertFalse(Files.exists(out));
    }

    @Test
    void aBrokenManifestIsNamed() throws IOException {
        approve("welcome", WELCOME);
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "ben");
        String manifest = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("manifest.json"), manifest.replace("\"createdAt\"", "\"made\""));

        assertEquals(List.of("manifest.json /createdAt is missing."), validator.validate(out));
    }

    @Test
    void aJourneyWithoutItsDecisionsFileIsAProblem() throws IOException {
        approve("welcome", WELCOME);
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "ben");
        Files.delete(out.resolve("decisions/welcome-v1.dmn"));

        assertTrue(validator.validate(out).contains(
                "journeys/welcome-v1.json has no decisions file decisions/welcome-v1.dmn listed in the bundle."),
                validator.validate(out).toString());
    }

    @Test
    void decisionsThatAreNotXmlOrNotDmn13AreProblems() throws IOException {
        approve("welcome", WELCOME);
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "ben");
        Path dmn = out.resolve("decisions/welcome-v1.dmn");

        Files.writeString(dmn, "<definitions xmlns=\"http://www.omg.org/spec/DMN/20151101/dmn.xsd\"/>");
        assertTrue(validator.validate(out).contains("decisions/welcome-v1.dmn is not DMN 1.3 or later: its root element "
                + "is {http://www.omg.org/spec/DMN/20151101/dmn.xsd}definitions, expected "
                + "{https://www.omg.org/spec/DMN/20191111/MODEL/}definitions."), validator.validate(out).toString());

        Files.writeString(dmn, "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"/>");
        assertTrue(validator.validate(out).stream().noneMatch(p -> p.contains("not DMN")),
                "DMN 1.5 is later than 1.3: " + validator.validate(out));

        Files.writeString(dmn, "not xml");
        assertTrue(validator.validate(out).stream().anyMatch(
                p -> p.startsWith("decisions/welcome-v1.dmn is not valid XML")), validator.validate(out).toString());
    }

    @Test
    void aBundleWithoutTheJourneySchemaIsAProblem() throws IOException {
        approve("welcome", WELCOME);
        Path out = temp.resolve("bundle");
        exporter.export(out, false, "ben");
        Files.delete(out.resolve("schemas/journey.schema.json"));

        assertTrue(validator.validate(out).contains(
                "The bundle has no schemas/journey.schema.json (the JSON Schema of its journey files)."),
                validator.validate(out).toString());
    }

    @Test
    void anApprovedJourneyThatCannotBeReadStopsTheExportAndNothingIsWritten() {
        approve("broken", "{}");
        Path out = temp.resolve("bundle");

        IOException e = assertThrows(IOException.class, () -> exporter.export(out, false, "ben"));

        assertTrue(e.getMessage().startsWith("Journey broken version 1 cannot be exported as DMN decisions: "),
                e.getMessage());
        assertFalse(Files.exists(out));
    }

    /** Stands for someone who edits a file and its checksum: only the checks of the content can catch it. */
    static void rewriteChecksum(Path bundle, String path) throws IOException {
        Path manifest = bundle.resolve("manifest.json");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        BundleManifest read = ManifestJson.read(text);
        String sha = BundleFiles.sha256(Files.readAllBytes(bundle.resolve(path)));
        Files.writeString(manifest, text.replace(read.files().get(path), sha));
    }
}

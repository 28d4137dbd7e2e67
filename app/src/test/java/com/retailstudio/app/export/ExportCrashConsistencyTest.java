package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.AuditQuery;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.designer.io.JourneyTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills an exporting process (a child JVM that halts itself with no shutdown hooks) the moment the bundle appears, and
 * the moment its staging copy appears, and checks that no valid bundle ever exists without the workspace's
 * {@code bundle.exported} audit entry and its items in state exported.
 */
@Tag("slow")
class ExportCrashConsistencyTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} killed when the {1} appears")
    @CsvSource({"folder,bundle", "zip,bundle", "folder,staging", "zip,staging"})
    void aValidBundleNeverExistsWithoutItsRecord(String form, String moment) throws Exception {
        Path workspaceFolder = temp.resolve("workspace");
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            workspace.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft",
                    JourneyTemplates.json("welcome-series").orElseThrow()));
            workflow.submit("journey", "welcome", "ana");
            workflow.approve("journey", "welcome", "ben", Optional.empty());
        }
        Path exports = Files.createDirectories(temp.resolve("exports"));
        Path out = exports.resolve(form.equals("zip") ? "bundle.zip" : "bundle");

        // The child signs the manifest with the exporter's key, which the tests keep under their own user.home.
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + System.getProperty("user.home"), "-cp", System.getProperty("java.class.path"),
                ExportChildProcess.class.getName(), workspaceFolder.toString(), out.toString(), form, moment);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not end");
        assertEquals(137, child.exitValue(), "the child was not killed: " + Files.readString(temp.resolve("child.log")));

        BundleValidator validator = new BundleValidator(DocumentChecks.forBundles());
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> children = Files.list(exports)) {
            children.forEach(candidates::add);
        }
        try (Workspace reopened = Workspace.open(workspaceFolder)) {
            List<AuditRecord> exported = reopened.auditLog().query(AuditQuery.all()).stream()
                    .filter(record -> record.entry().action().equals(BundleExporter.EXPORTED)).toList();
            for (Path candidate : candidates) {
                if (!validator.validate(candidate).isEmpty()) {
                    continue; // not a bundle anyone could ship
                }
                assertEquals(out, candidate, "only the published bundle may be valid, not " + candidate);
                String bundleId = new ObjectMapper().readTree(BundleFiles.read(candidate).get("manifest.json"))
                        .get("bundleId").asText();
                assertTrue(exported.stream().anyMatch(record -> record.entry().objectId().equals(bundleId)),
                        "bundle " + bundleId + " is valid but the workspace has no " + BundleExporter.EXPORTED
                                + " entry for it: " + exported);
                assertEquals(ReviewState.EXPORTED,
                        reopened.reviews().find("journey", "welcome", 1).orElseThrow().state());
            }
            if (moment.equals("staging")) {
                assertFalse(Files.exists(out), "the bundle appeared although the process died while staging it");
            } else {
                assertEquals(List.of(), validator.validate(out), "the bundle that appeared is complete and valid");
            }
        }
    }
}

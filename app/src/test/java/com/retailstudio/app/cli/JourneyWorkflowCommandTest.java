package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline drives a journey from template to validated bundle on the command line. */
class JourneyWorkflowCommandTest {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return RetailStudioCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void fromTemplateToValidatedBundleWithFourEyes(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        assertEquals(0, run("journey", "template", "cart-abandonment", "--out", file.toString()), err.toString());

        assertEquals(0, run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana"),
                err.toString());
        String id = out.toString().strip();
        assertEquals(0, run("journey", "submit", "--workspace", workspace, "--id", id, "--as", "ana"), err.toString());

        assertEquals(1, run("journey", "approve", "--workspace", workspace, "--id", id, "--as", "ana"));
        assertTrue(err.toString().contains("four-eyes"), err.toString());

        assertEquals(0, run("journey", "approve", "--workspace", workspace, "--id", id, "--as", "ben",
                "--comment", "Caps and quiet hours checked"), err.toString());
        assertEquals(0, run("journey", "list", "--workspace", workspace));
        assertTrue(out.toString().contains("approved"), out.toString());

        Path bundle = folder.resolve("bundle");
        assertEquals(0, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "ben"),
                err.toString());
        assertTrue(Files.isRegularFile(bundle.resolve("journeys/" + id + "-v1.json")));
        assertEquals(0, run("validate", bundle.toString()), out.toString() + err.toString());
    }

    @Test
    void aPipelineNamesTheDataSetWhoseSimulationTheBundleReadmeReports(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("winback.json");
        run("journey", "template", "winback", "--out", file.toString());
        run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana");
        run("journey", "submit", "--workspace", workspace, "--id", "winback", "--as", "ana");
        run("journey", "approve", "--workspace", workspace, "--id", "winback", "--as", "ben");
        Path bundle = folder.resolve("bundle");

        assertEquals(0, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "ben",
                "--data", "sample"), err.toString());

        String readme = Files.readString(bundle.resolve("README.md"));
        assertTrue(readme.matches("(?s).*\\| winback v1 \\| Bundled sample \\| [0-9,]+ \\| [0-9,]+ \\| .*"), readme);
        Path sample = Files.createTempDirectory(folder, "sample");
        com.retailstudio.data.generate.BundledSample.extractTo(sample);
        String fingerprint = com.retailstudio.app.workspace.DataSetFingerprint.of(sample);
        assertTrue(Files.readString(bundle.resolve("manifest.json")).contains("\"dataSetFingerprint\" : \""
                + fingerprint + "\""));
        assertEquals(0, run("validate", bundle.toString()), out.toString() + err.toString());
    }

    @Test
    void aJourneyWithLintErrorsCannotBeSubmitted(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        run("journey", "template", "cart-abandonment", "--out", file.toString());
        // Removing the quiet hours makes the push step an error.
        String json = Files.readString(file);
        String broken = json.replaceAll("(?s)\"quietHours\"\\s*:\\s*\\{[^}]*\\},?", "");
        Files.writeString(file, broken);
        assertEquals(0, run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana"),
                err.toString());
        String id = out.toString().strip();

        assertEquals(1, run("journey", "submit", "--workspace", workspace, "--id", id, "--as", "ana"));
        assertTrue(err.toString().contains("cannot be submitted"), err.toString());
    }

    @Test
    void requestingChangesNeedsAComment(@TempDir Path folder) {
        assertEquals(2, run("journey", "request-changes", "--workspace", folder.toString(), "--id", "x",
                "--as", "ben"));
    }

    @Test
    void theWorkspaceMayBeNamedBeforeTheSubcommand(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("winback.json");
        run("journey", "template", "winback", "--out", file.toString());

        assertEquals(0, run("--workspace", workspace, "journey", "import", "--file", file.toString(), "--as", "ana"),
                err.toString());
        assertEquals(0, run("journey", "list", "--workspace", workspace));

        assertTrue(out.toString().contains("winback"), out.toString());
    }
}

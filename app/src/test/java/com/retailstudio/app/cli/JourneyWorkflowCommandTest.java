package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.DataSetFingerprint;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline drives a journey from template to validated bundle on the command line. */
class JourneyWorkflowCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void fromTemplateToValidatedBundleWithFourEyes(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        Path file = folder.resolve("cart.json");
        assertEquals(0, run("journey", "template", "cart-abandonment", "--out", file.toString()), cli.err());

        assertEquals(0, run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as", "ana"),
                cli.err());
        String id = cli.out().strip();
        assertEquals(0, run("journey", "submit", "--workspace", workspace, "--id", id, "--as", "ana"), cli.err());

        assertEquals(1, run("journey", "approve", "--workspace", workspace, "--id", id, "--as", "ana"));
        assertTrue(cli.err().contains("four-eyes"), cli.err());

        assertEquals(0, run("journey", "approve", "--workspace", workspace, "--id", id, "--as", "ben",
                "--comment", "Caps and quiet hours checked"), cli.err());
        assertEquals(0, run("journey", "list", "--workspace", workspace));
        assertTrue(cli.out().contains("approved"), cli.out());

        Path bundle = folder.resolve("bundle");
        assertEquals(0, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "ben"),
                cli.err());
        assertTrue(Files.isRegularFile(bundle.resolve("journeys/" + id + "-v1.json")));
        assertEquals(0, run("validate", bundle.toString()), cli.out() + cli.err());
    }

    @Tag("slow") // a whole pipeline on the sample; fast: fromTemplateToValidatedBundleWithFourEyes
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
                "--data", "sample"), cli.err());

        String readme = Files.readString(bundle.resolve("README.md"));
        assertTrue(readme.matches("(?s).*\\| winback v1 \\| Bundled sample \\| [0-9,]+ \\| [0-9,]+ \\| .*"), readme);
        Path sample = Files.createTempDirectory(folder, "sample");
        BundledSample.extractTo(sample);
        String fingerprint = DataSetFingerprint.of(sample);
        assertTrue(Files.readString(bundle.resolve("manifest.json")).contains("\"dataSetFingerprint\" : \""
                + fingerprint + "\""));
        assertEquals(0, run("validate", bundle.toString()), cli.out() + cli.err());
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
                cli.err());
        String id = cli.out().strip();

        assertEquals(1, run("journey", "submit", "--workspace", workspace, "--id", id, "--as", "ana"));
        assertTrue(cli.err().contains("cannot be submitted"), cli.err());
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
                cli.err());
        assertEquals(0, run("journey", "list", "--workspace", workspace));

        assertTrue(cli.out().contains("winback"), cli.out());
    }
}

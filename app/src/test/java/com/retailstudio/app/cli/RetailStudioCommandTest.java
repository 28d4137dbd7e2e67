package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.testsupport.CommandLineHarness;
import java.awt.image.BufferedImage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetailStudioCommandTest {

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void versionNamesTheApplicationAndExitsZero() {
        assertEquals(0, run("--version"));
        assertTrue(cli.out().startsWith("Retail Studio "), cli.out());
    }

    @Test
    void helpListsTheSubcommandsAndExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out().contains("screenshot"));
        assertTrue(cli.out().contains("benchmark-startup"));
        assertTrue(cli.out().contains("Bad usage"));
    }

    @Test
    void unknownSubcommandIsBadUsageWithOneClearMessage() {
        assertEquals(2, run("fly-to-the-moon"));
        assertTrue(cli.err().startsWith("retail-studio: "), cli.err());
        assertTrue(cli.err().contains("--help"));
    }

    @Test
    void screenshotRefusesAnUnknownViewNamingTheValidOnes() {
        assertEquals(2, run("screenshot", "--view", "kitchen", "--out", "x.png"));
        assertTrue(cli.err().contains("Unknown view 'kitchen'; choose one of: journeys, simulation, markdowns, "
                + "layouts, data, approvals."), cli.err());
    }

    @Test
    void screenshotRefusesAnImpossibleSize() {
        assertEquals(2, run("screenshot", "--view", "data", "--out", "x.png", "--width", "10"));
        assertTrue(cli.err().contains("out of range"), cli.err());
    }

    @Test
    @Tag("slow") // starts the JavaFX toolkit and renders the Data section: a UI test
    void screenshotWritesAPngOfTheRequestedSize(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("shots").resolve("data.png");

        assertEquals(0, run("screenshot", "--view", "data", "--out", png.toString(),
                "--width", "1024", "--height", "700", "--theme", "dark",
                "--workspace", folder.resolve("workspace").toString()), cli.err());

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1024, image.getWidth());
        assertEquals(700, image.getHeight());
        // Dark theme: the top-left corner (the navigation rail) is dark.
        int rgb = image.getRGB(5, 5);
        int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        assertTrue(brightness < 3 * 80, "expected a dark rail, got rgb " + Integer.toHexString(rgb));
    }

    @Test
    void dataQualityOfTheBundledSampleIsUsableAndExitsZero() {
        assertEquals(0, run("data-quality", "--data", "sample"), cli.err());
        assertTrue(cli.out().contains("USABLE"), cli.out());
    }

    @Test
    void dataQualityOfABrokenFolderExitsOneAndNamesFileLineAndColumn(@TempDir Path folder) throws Exception {
        BundledSample.extractTo(folder);
        List<String> products = Files.readAllLines(folder.resolve("products.csv"));
        String[] fields = products.get(2).split(",", -1);
        fields[3] = "cheap";
        products.set(2, String.join(",", fields));
        Files.write(folder.resolve("products.csv"), products);

        assertEquals(1, run("data-quality", "--data", folder.toString()));
        assertTrue(cli.out().contains("products.csv:3:full_price"), cli.out());
    }

    @Tag("slow") // reads the whole sample again; fast: dataQualityOfTheBundledSampleIsUsableAndExitsZero
    @Test
    void dataQualityWritesJsonOnRequest() throws Exception {
        assertEquals(0, run("data-quality", "--data", "sample", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertTrue(json.has("schemaVersion"), cli.out());
    }

    @Test
    void dataQualityOfAMissingFolderFailsWithOneSentence(@TempDir Path folder) {
        assertEquals(1, run("data-quality", "--data", folder.resolve("nowhere").toString()));
        assertTrue(cli.err().startsWith("retail-studio: The data folder "), cli.err());
        assertEquals(1, cli.err().strip().lines().count());
    }

    @Test
    void generateDataWritesEveryContractFileAndReportsRows(@TempDir Path folder) {
        Path out = folder.resolve("generated");

        assertEquals(0, run("generate-data", "--customers", "200", "--days", "14", "--out", out.toString()),
                cli.err());

        for (DataFile file : DataFile.values()) {
            assertTrue(Files.isRegularFile(out.resolve(file.fileName())), file.fileName());
        }
        assertTrue(Files.isRegularFile(out.resolve("truth.json")));
        assertTrue(cli.out().contains("customers.csv"), cli.out());
    }

    @Test
    void generateDataRefusesAnImpossibleSizeAsBadUsage(@TempDir Path folder) {
        assertEquals(2, run("generate-data", "--customers", "-5", "--out", folder.toString()));
        assertTrue(cli.err().startsWith("retail-studio: "), cli.err());
    }

    @Test
    void aWorkspaceAlreadyOpenElsewhereIsRefusedWithOneSentence(@TempDir Path folder) {
        try (Workspace open = Workspace.open(folder)) {
            assertEquals(1, run("screenshot", "--view", "data", "--out", folder.resolve("x.png").toString(),
                    "--workspace", folder.toString()));
        }
        assertTrue(cli.err().startsWith("retail-studio: The workspace "), cli.err());
        assertTrue(cli.err().contains("already open"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }

    @Test
    void exportWithNothingApprovedFailsWithOneSentence(@TempDir Path folder) {
        assertEquals(1, run("export", "--workspace", folder.resolve("ws").toString(),
                "--out", folder.resolve("bundle").toString()));
        assertTrue(cli.err().startsWith("retail-studio: Nothing is approved yet"), cli.err());
    }

    @Test
    void exportedBundleValidatesAndATamperedOneExitsOneNamingTheFile(@TempDir Path folder) throws Exception {
        Path workspaceFolder = folder.resolve("ws");
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            workspace.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft",
                    JourneyTemplates.json("welcome-series").orElseThrow()));
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, Map.of());
            workflow.submit("journey", "welcome", "ana");
            workflow.approve("journey", "welcome", "ben", Optional.empty());
        }
        Path bundle = folder.resolve("bundle.zip");

        assertEquals(0, run("export", "--workspace", workspaceFolder.toString(), "--out", bundle.toString(),
                "--zip", "--as", "ben"), cli.err());
        assertEquals(0, run("validate", bundle.toString()), cli.err());

        Path unzipped = folder.resolve("unzipped");
        Files.createDirectories(unzipped.resolve("journeys"));
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path target = unzipped.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, zip.getInputStream(entry).readAllBytes());
            }
        }
        Path journey = unzipped.resolve("journeys/welcome-v1.json");
        Files.writeString(journey, Files.readString(journey).replace("Welcome", "Welcome!"));
        assertEquals(1, run("validate", unzipped.toString()));
        assertTrue(cli.out().contains("- journeys/welcome-v1.json has changed"), cli.out());
    }
}

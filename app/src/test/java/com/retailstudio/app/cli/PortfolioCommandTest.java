package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.PortfolioRulesReader;
import com.retailstudio.designer.io.PortfolioRulesWriter;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.testsupport.CommandLineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline drives portfolio rules from a file to a validated bundle, and lints the workspace's journeys. */
class PortfolioCommandTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "default.portfolio.json");

    private final CommandLineHarness cli = RetailStudioCli.harness();

    private int run(String... args) {
        return cli.run(args);
    }

    /** The documented example without its do-not-contact list, which a bundle may not carry. */
    private static Path exportableRules(Path folder) throws Exception {
        PortfolioRules example = PortfolioRulesReader.read(EXAMPLE);
        PortfolioRules rules = new PortfolioRules(example.id(), example.name(), example.caps(),
                example.globalControlPercent(), example.priority(), example.suppressedSegments(), Set.of());
        Path file = folder.resolve("rules.json");
        Files.writeString(file, PortfolioRulesWriter.write(rules));
        return file;
    }

    @Test
    void fromFileToValidatedBundleWithFourEyes(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        Path file = exportableRules(folder);

        assertEquals(0, run("portfolio", "import", "--workspace", workspace, "--file", file.toString(), "--as",
                "ana"), cli.err());
        assertEquals("default v1", cli.out().strip());
        assertEquals(0, run("portfolio", "submit", "--workspace", workspace, "--id", "default", "--as", "ana"),
                cli.err());
        assertEquals(1, run("portfolio", "approve", "--workspace", workspace, "--id", "default", "--as", "ana"));
        assertTrue(cli.err().contains("four-eyes"), cli.err());
        assertEquals(0, run("portfolio", "approve", "--workspace", workspace, "--id", "default", "--as", "ben",
                "--comment", "Caps checked"), cli.err());

        assertEquals(0, run("portfolio", "list", "--workspace", workspace), cli.err());
        assertTrue(cli.out().matches("(?s)default\\s+v1\\s+approved\\s+ana\\s*"), cli.out());
        assertEquals(0, run("portfolio", "show", "--workspace", workspace), cli.err());
        assertEquals(Files.readString(file), cli.out());

        Path bundle = folder.resolve("bundle");
        assertEquals(0, run("export", "--workspace", workspace, "--out", bundle.toString(), "--as", "ben"),
                cli.err());
        assertEquals(Files.readString(file), Files.readString(bundle.resolve("portfolio/default-v1.json")));
        assertEquals(0, run("validate", bundle.toString()), cli.out() + cli.err());

        // validate checks the rules themselves: a bundle edited to suppress a customer fails (checksum and rules)
        Path rules = bundle.resolve("portfolio/default-v1.json");
        Files.writeString(rules, Files.readString(rules).replace("\"suppressedCustomers\": [ ]",
                "\"suppressedCustomers\": [ \"staff-0001\" ]"));
        assertEquals(1, run("validate", bundle.toString()));
        assertTrue((cli.out() + cli.err()).contains("a bundle must never carry a customer id"),
                cli.out() + cli.err());
    }

    @Test
    void changesCanBeRequestedAndTheListSaysSo(@TempDir Path folder) throws Exception {
        String workspace = folder.resolve("ws").toString();
        run("portfolio", "import", "--workspace", workspace, "--file", EXAMPLE.toString(), "--as", "ana");
        run("portfolio", "submit", "--workspace", workspace, "--id", "default", "--as", "ana");

        assertEquals(0, run("portfolio", "request-changes", "--workspace", workspace, "--id", "default", "--as",
                "ben", "--comment", "Keep the staff list in production"), cli.err());
        assertEquals("Sent default v1 back to ana.", cli.out().strip());
        assertEquals(0, run("portfolio", "list", "--workspace", workspace), cli.err());
        assertTrue(cli.out().matches("(?s)default\\s+v1\\s+changes requested\\s+ana\\s*"), cli.out());
    }

    @Test
    void aBadFileIsRefusedNamingTheFileTheLineAndTheField(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("rules.json");
        List<String> lines = Files.readAllLines(EXAMPLE);
        int line = lines.indexOf("      \"max\": 3,") + 1;
        Files.writeString(file, Files.readString(EXAMPLE).replace("\"max\": 3,", "\"max\": -3,"));

        assertEquals(1, run("portfolio", "import", "--workspace", folder.resolve("ws").toString(), "--file",
                file.toString()));

        assertEquals("retail-studio: " + file + " line " + line + ", /caps/0/max: must be 0 or more",
                cli.err().strip());
    }

    @Test
    void lintNamesJourneysThatCanMessageTheSameCustomersOnTheSameDay(@TempDir Path folder) {
        String workspace = folder.resolve("ws").toString();
        for (String template : List.of("cart-abandonment", "welcome-series")) {
            Path file = folder.resolve(template + ".json");
            run("journey", "template", template, "--out", file.toString());
            assertEquals(0, run("journey", "import", "--workspace", workspace, "--file", file.toString(), "--as",
                    "ana"), cli.err());
        }

        assertEquals(0, run("portfolio", "lint", "--workspace", workspace, "--data", "sample"), cli.err());

        String out = cli.out();
        assertTrue(out.contains("Checked 2 journeys"), out);
        assertTrue(out.matches("(?s).*WARNING JOURNEYS_OVERLAP .*\\(cart-abandonment\\) and .*\\(welcome-series\\) "
                + "can message the same customer on the same day: [0-9,]+ of the active data set's [0-9,]+ "
                + "customers.*"), out);
        assertTrue(out.contains("1 pair of journeys can message the same customer on the same day."), out);
    }
}

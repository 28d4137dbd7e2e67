package com.retailstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.export.BundleExporter;
import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.dataset.ImportProgress;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.ui.SimulationSummary;
import com.retailstudio.simulator.ui.SimulationViewModel;
import com.retailstudio.testsupport.CommandLineHarness;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental revenue has one definition (the total over the treated customers), one label and the data set's
 * currency, and the Simulation section, the {@code simulate} command and its report, and the bundle README give the
 * same figure for the same journey, data and seed.
 */
@Tag("slow") // one run simulated, exported and rendered four ways; fast: SimulateCommandTest
class IncrementalRevenueEverywhereTest {

    private static final String CART = "cart-abandonment";

    @Test
    void theSectionTheCommandItsReportAndTheBundleReadmeShowTheSameTotal(@TempDir Path temp) throws Exception {
        try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
            new DataSetImporter(workspace, Clock.systemUTC()).importSampleIfEmpty(ImportProgress.NONE).orElseThrow();
            Path data = Path.of(workspace.dataSets().active().orElseThrow().sourcePath());

            SimulationSummary section = simulateInTheSection(data);
            String figure = section.incrementalRevenueText();
            assertTrue(figure.matches("[+−][0-9,]+\\.[0-9]{2} EUR"), figure);
            assertEquals(section.uplift().incrementalRevenue(), section.uplift().treated()
                    * (section.uplift().incrementalRevenue() / section.uplift().treated()), 1e-9);

            CommandLineHarness cli = RetailStudioCli.harness();
            Path report = temp.resolve("report.json");
            assertEquals(0, cli.run("simulate", "--journey", "template:" + CART, "--data", data.toString(), "--seed",
                    "42", "--report", report.toString()), cli.err());
            assertTrue(cli.out().contains(String.format(Locale.ROOT,
                    "Incremental revenue, total over the %,d treated customers: %s", section.treated(), figure)),
                    cli.out());
            JsonNode uplift = new ObjectMapper().readTree(report.toFile()).path("results").path("uplift");
            assertEquals("EUR", uplift.path("currency").asText());
            assertEquals(figure, new DataSetCurrency("EUR")
                    .signed(uplift.path("incremental_revenue").asDouble()));

            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft",
                    JourneyTemplates.json(CART).orElseThrow()), "ana");
            workflow.submit("journey", "cart", "ana");
            workflow.approve("journey", "cart", "ben", Optional.empty());
            Path bundle = temp.resolve("bundle");
            new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3").export(bundle, false, "ben");
            String readme = Files.readString(bundle.resolve("README.md"));
            assertTrue(readme.contains("| incremental revenue, total |"), readme);
            assertTrue(readme.contains(" | " + figure + " | "), figure + " in\n" + readme);
        }
    }

    @Test
    void theCurrencyIsTheOneTheDataSetNames(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        BundledSample.extractTo(data);
        Files.writeString(data.resolve("dataset.json"), "{\"currency\": \"GBP\"}");

        SimulationSummary section = simulateInTheSection(data);
        assertTrue(section.incrementalRevenueText().endsWith(" GBP"), section.incrementalRevenueText());
        CommandLineHarness cli = RetailStudioCli.harness();
        assertEquals(0, cli.run("simulate", "--journey", "template:" + CART, "--data", data.toString(),
                "--report", temp.resolve("r.json").toString()), cli.err());
        assertTrue(cli.out().contains(": " + section.incrementalRevenueText()), cli.out());

        Files.writeString(data.resolve("dataset.json"), "{\"currency\": \"euro\"}");
        assertEquals(1, cli.run("simulate", "--journey", "template:" + CART, "--data", data.toString(),
                "--report", temp.resolve("r2.json").toString()));
        assertTrue(cli.err().contains("Could not read the data set's currency: dataset.json: field currency: \"euro\" is "
                        + "not an ISO 4217 currency code"),
                cli.err());
    }

    private static SimulationSummary simulateInTheSection(Path data) {
        SimulationViewModel model = new SimulationViewModel(new CurrentThreadTaskExecutor());
        SimpleObjectProperty<Path> active = new SimpleObjectProperty<>();
        model.follow(active, path -> path);
        active.set(data);
        Journey cart = JourneyTemplates.load(CART).orElseThrow();
        model.journeyProperty().set(model.journeys().stream().filter(c -> cart.equals(c.journey())).findFirst()
                .orElseThrow());
        model.run();
        SimulationSummary summary = model.summaryProperty().get();
        assertTrue(summary != null, model.feedbackProperty().get().text());
        return summary;
    }
}

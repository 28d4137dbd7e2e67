package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.dataset.ImportProgress;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.Uplift;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle README states what the simulator predicted for each journey on the data set the manifest names. */
@Tag("slow") // imports, simulates and exports the sample end to end; fast: BundleExportTest
class JourneyPredictionReadmeTest {

    @Test
    void eachJourneyIsSimulatedOnTheActiveDataSetAtExportAndItsFiguresAreInTheReadme(@TempDir Path temp)
            throws Exception {
        try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
            new DataSetImporter(workspace, Clock.systemUTC()).importSampleIfEmpty(ImportProgress.NONE).orElseThrow();
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft",
                    JourneyTemplates.json("cart-abandonment").orElseThrow()), "ana");
            workflow.submit("journey", "cart", "ana");
            workflow.approve("journey", "cart", "ben", Optional.empty());
            Path out = temp.resolve("bundle");

            ExportedBundle bundle = new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3")
                    .export(out, false, "ben");

            Path data = Path.of(workspace.dataSets().active().orElseThrow().sourcePath());
            SimulationRun run = SimulationRun.execute(JourneyTemplates.load("cart-abandonment").orElseThrow(), data,
                    SimulationSettings.defaults(JourneyForecast.SEED), 1, 2);
            Uplift u = run.results().uplift();
            String readme = Files.readString(out.resolve("README.md"));
            assertTrue(readme.contains("## What the simulation predicted"), readme);
            String row = String.format(Locale.ROOT, "| cart v1 | %s | %,d | %,d | %.2f %% | %.2f %% | %+.2f points",
                    DataSetImporter.SAMPLE_NAME, u.treated(), u.holdout(), 100 * u.treatedRate(),
                    100 * u.holdoutRate(), 100 * u.absolute());
            assertTrue(readme.contains(row), row + "\n" + readme);
            assertTrue(u.treated() > 0, "customers entered the journey");
            assertEquals(workspace.dataSets().active().orElseThrow().fingerprint(),
                    bundle.manifest().dataSetFingerprint().orElseThrow());
            assertEquals(List.of(), new BundleValidator(DocumentChecks.forBundles()).validate(out));
        }
    }

    @Test
    void withoutADataSetTheReadmeSaysThereIsNoPrediction(@TempDir Path temp) throws Exception {
        try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft",
                    JourneyTemplates.json("cart-abandonment").orElseThrow()), "ana");
            workflow.submit("journey", "cart", "ana");
            workflow.approve("journey", "cart", "ben", Optional.empty());
            Path out = temp.resolve("bundle");

            new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3").export(out, false, "ben");

            assertTrue(Files.readString(out.resolve("README.md")).contains("| cart v1 | no prediction: no active "
                    + "data set"));
        }
    }
}

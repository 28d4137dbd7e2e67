package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export refuses a bundle holding personal data, including any customer id of the active data set. */
class ExportPersonalDataTest {

    private static final String WELCOME = JourneyTemplates.json("welcome-series").orElseThrow();

    @TempDir
    Path temp;
    private Workspace workspace;
    private ReviewWorkflow workflow;
    private BundleExporter exporter;

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.open(temp.resolve("workspace"));
        workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
        exporter = new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE);
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("customers.csv"), "customer_id,signup_date\nshopper-77,2024-01-01\n"
                + "42,2024-01-02\n");
        workspace.dataSets().register("shoppers", data, "a".repeat(64));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void approve(String description) {
        workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
        workspace.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft",
                WELCOME.replace("Welcomes new shoppers", description)));
        workflow.submit("journey", "welcome", "ana");
        workflow.approve("journey", "welcome", "ben", Optional.empty());
    }

    @Test
    void aCustomerIdOfTheActiveDataSetStopsTheExport() {
        approve("Tried first on shopper-77.");
        Path out = temp.resolve("bundle");

        IOException refused = assertThrows(IOException.class, () -> exporter.export(out, false, "ben"));

        assertTrue(refused.getMessage().contains("journeys/welcome-v1.json line 5 holds sh…77, a customer id of the "
                + "data set"), refused.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void anEmailOrPhoneStopsTheExportAndShortNumericIdsAreNotMistakenForNumbers() throws IOException {
        approve("Questions: +44 20 7946 0958.");
        IOException refused = assertThrows(IOException.class, () -> exporter.export(temp.resolve("b1"), false, "ben"));
        assertTrue(refused.getMessage().contains("holds a phone number"), refused.getMessage());

        approve("Welcomes new shoppers in 42 stores");
        Path out = temp.resolve("b2");
        exporter.export(out, false, "ben");
        assertEquals(List.of(), new BundleValidator(DocumentChecks.forBundles()).validate(out));
    }
}

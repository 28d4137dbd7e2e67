package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.WorkspaceSigners;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Approvals whose signature is missing or no longer matches the workspace: an approval from before signing is
 * exported unsigned and refused by validate --trust by name; a document changed in the database after its approval
 * stops the export.
 */
class UnsignedApprovalExportTest {

    @Test
    void aDocumentChangedInTheDatabaseAfterApprovalStopsTheExport(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("workspace");
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceSigners signers = new WorkspaceSigners(new PersonalKeys(temp.resolve("keys"), Clock.systemUTC()),
                    workspace.publicKeys(), Clock.systemUTC());
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview(), signers,
                    SignedBundleFixture.passwords());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "clearance", "draft",
                    JourneyTemplates.json("clearance-offer").orElseThrow()), "ana");
            workflow.submit("journey", "clearance", "ana");
            workflow.approve("journey", "clearance", "ben", Optional.empty());
        }
        // Someone with the database file sets the holdout to 0 %.
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("workspace"),
                "sa", ""); var update = connection.createStatement()) {
            assertEquals(1, update.executeUpdate("UPDATE documents SET body = REPLACE(body, '\"holdoutPercent\": 10', "
                    + "'\"holdoutPercent\": 0') WHERE doc_id = 'clearance'"));
        }

        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceSigners signers = new WorkspaceSigners(new PersonalKeys(temp.resolve("keys"), Clock.systemUTC()),
                    workspace.publicKeys(), Clock.systemUTC());
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview(), signers,
                    SignedBundleFixture.passwords());
            IOException refused = Assertions.assertThrows(IOException.class,
                    () -> new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE)
                            .signedWith(signers, SignedBundleFixture.passwords())
                            .export(temp.resolve("bundle"), false, "dave"));

            assertEquals("journey 'clearance' v1 is not what ben approved: its approval signature does not match "
                    + "the workspace's copy, which was changed after approval; nothing was exported.",
                    refused.getMessage());
        }
        assertTrue(Files.notExists(temp.resolve("bundle")));
    }

    @Test
    void anApprovalWithoutSignatureIsExportedAsNullAndRefusedUnderTrust(@TempDir Path temp) throws Exception {
        Path bundle = temp.resolve("bundle");
        Path keys = temp.resolve("team-keys.json");
        try (Workspace workspace = Workspace.open(temp.resolve("workspace"))) {
            WorkspaceSigners signers = new WorkspaceSigners(new PersonalKeys(temp.resolve("keys"), Clock.systemUTC()),
                    workspace.publicKeys(), Clock.systemUTC());
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview(), signers,
                    SignedBundleFixture.passwords());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "old", "draft",
                    JourneyTemplates.json("winback").orElseThrow()), "ana");
            workflow.submit("journey", "old", "ana");
            // As an approval written before V7: the state moves, no signature is stored.
            workspace.reviews().move("journey", "old", 1, EnumSet.of(ReviewState.IN_REVIEW), ReviewState.APPROVED,
                    "ben", Optional.empty(), ReviewWorkflow.APPROVED);
            new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE)
                    .signedWith(signers, SignedBundleFixture.passwords()).export(bundle, false, "dave");
            Files.writeString(keys, TrustedKeys.write(workspace.publicKeys().all()), StandardCharsets.UTF_8);
        }

        assertTrue(new ObjectMapper().readTree(bundle.resolve("manifest.json").toFile())
                .get("items").get(0).get("approvalSignature").isNull());
        List<String> problems = new BundleValidator(DocumentChecks.forBundles()).trusting(TrustedKeys.read(keys))
                .validate(bundle);
        assertEquals(List.of("manifest.json /items/0 (journey 'old' v1) has no approval signature, so nothing shows "
                + "that ben approved it."), problems);
    }
}

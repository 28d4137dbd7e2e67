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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An approval made before approvals were signed is exported unsigned, and validate --trust refuses it by name. */
class UnsignedApprovalExportTest {

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

package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.signing.ApprovedContent;
import com.retailstudio.app.signing.Ed25519;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.signing.PersonalKeys;
import com.retailstudio.app.signing.WorkspaceSigners;
import com.retailstudio.app.workspace.ApprovalSignature;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every approval is signed by its approver over the approved version's canonical content, in the same step. */
class SignedApprovalTest {

    private static final String BODY = JourneyTemplates.json("welcome-series").orElseThrow();

    @TempDir
    Path temp;
    private Workspace workspace;
    private ReviewWorkflow workflow;

    @BeforeEach
    void open() {
        workspace = Workspace.open(temp.resolve("workspace"));
        WorkspaceSigners signers = new WorkspaceSigners(new PersonalKeys(temp.resolve("keys"), Clock.systemUTC()),
                workspace.publicKeys(), Clock.systemUTC());
        workflow = new ReviewWorkflow(workspace, Map.of(), signers, KeyPasswords.of("pw".toCharArray()));
        workspace.documents().saveDocumentAs(new DocumentDraft("journey", "welcome", "draft", BODY), "ana");
        workflow.submit("journey", "welcome", "ana");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anApprovalIsStoredWithTheApproversSignatureOfTheCanonicalContent() {
        workflow.approve("journey", "welcome", "ben", Optional.of("ok"));

        ApprovalSignature signature = workspace.reviews().approvalSignature("journey", "welcome", 1).orElseThrow();
        assertEquals("ben", signature.approvedBy());
        var key = Ed25519.decode(workspace.publicKeys().find(signature.keyId()).orElseThrow().publicKey());
        assertEquals("ben", workspace.publicKeys().find(signature.keyId()).orElseThrow().person());
        String reindented = BODY.replace("\n", "\n  ");
        assertTrue(Ed25519.verify(key, new ApprovedContent("journey", "welcome", 1, "ana", "ben", reindented).bytes(),
                signature.signature()), "formatting is not content");
        assertTrue(!Ed25519.verify(key, new ApprovedContent("journey", "welcome", 1, "ana", "cara", BODY).bytes(),
                signature.signature()), "the approver's name is signed too");
    }

    @Test
    void anApproverWhoseKeyCannotBeUnlockedApprovesNothing() {
        workflow.approve("journey", "welcome", "ben", Optional.empty());
        workspace.documents().saveDocumentAs(new DocumentDraft("journey", "welcome", "draft", BODY), "ana");
        workflow.submit("journey", "welcome", "ana");

        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class, () -> workflow.approve("journey",
                "welcome", "ben", Optional.empty(), KeyPasswords.of("guess".toCharArray())));

        assertTrue(refused.getMessage().startsWith("The password does not unlock ben's signing key"),
                refused.getMessage());
        assertEquals(ReviewState.IN_REVIEW, workspace.reviews().find("journey", "welcome", 2).orElseThrow().state());
        assertTrue(workspace.reviews().approvalSignature("journey", "welcome", 2).isEmpty());
    }
}

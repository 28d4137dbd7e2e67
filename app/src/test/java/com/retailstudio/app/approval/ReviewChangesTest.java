package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewChangesTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private ReviewWorkflow workflow;
    private final String original = JourneyTemplates.json("cart-abandonment").orElseThrow();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Review submit(String body) {
        workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft", body), "ana");
        return workflow.submit("journey", "cart", "ana");
    }

    @Test
    void aFirstVersionIsDescribedAsNew() {
        ReviewChanges changes = ReviewChanges.of(workspace, submit(original));

        assertEquals("nothing: this is the first version", changes.comparedWith());
        assertEquals(1, changes.lines().size());
        assertTrue(changes.lines().get(0).startsWith("+ a new journey \"Cart abandonment\""), changes.lines().toString());
    }

    @Test
    void aLaterVersionIsComparedWithTheLastApprovedOne() {
        submit(original);
        workflow.approve("journey", "cart", "ben", Optional.empty());
        workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft", original), "ana");
        Review third = submit(original.replace("\"duration\": \"1h\"", "\"duration\": \"2h\""));

        ReviewChanges changes = ReviewChanges.of(workspace, third);

        assertEquals("v1 (approved)", changes.comparedWith());
        List<String> lines = changes.lines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("~ ") && lines.get(0).contains("2 hours"), lines.toString());
    }
}

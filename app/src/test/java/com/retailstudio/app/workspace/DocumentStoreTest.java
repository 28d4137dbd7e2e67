package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@OnBothWorkspaces
class DocumentStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private TestWorkspaces workspaces;
    private Workspace workspace;
    private DocumentStore documents;

    @BeforeEach
    void open(TestWorkspaces workspaces) {
        this.workspaces = workspaces;
        workspace = workspaces.as("Ana", Clock.fixed(NOW, ZoneOffset.UTC));
        documents = workspace.documents();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everySaveAddsTheNextVersionAndKeepsTheEarlierOnes() {
        DocumentVersion first = documents.saveDocument(
                new DocumentDraft("journey", "welcome", "draft", "{\"nodes\":[]}"));
        DocumentVersion second = documents.saveDocument(new DocumentDraft("journey", "welcome", "in_review",
                "{\"nodes\":[{\"type\":\"wait\"}]}"));

        assertEquals(new DocumentVersion("journey", "welcome", 1, "draft", "Ana", "{\"nodes\":[]}", NOW), first);
        assertEquals(2, second.version());
        assertEquals(Optional.of(second), documents.latest("journey", "welcome"));
        assertEquals(Optional.of(first), documents.version("journey", "welcome", 1));
        assertEquals(List.of(second, first), documents.history("journey", "welcome"));
    }

    @Test
    void versionsCountSeparatelyPerKindAndId() {
        documents.saveDocument(new DocumentDraft("journey", "welcome", "draft", "{}"));
        documents.saveDocument(new DocumentDraft("journey", "welcome", "draft", "{}"));

        assertEquals(1, documents.saveDocument(new DocumentDraft("journey", "winback", "draft", "{}")).version());
        assertEquals(1, documents.saveDocument(
                new DocumentDraft("markdown_plan", "welcome", "draft", "{}")).version());
    }

    @Test
    void listGivesTheLatestVersionOfEachDocumentOfTheKindOrderedById() {
        documents.saveDocument(new DocumentDraft("journey", "winback", "draft", "{\"v\":1}"));
        documents.saveDocument(new DocumentDraft("journey", "welcome", "draft", "{\"v\":1}"));
        DocumentVersion winback2 = documents.saveDocument(
                new DocumentDraft("journey", "winback", "approved", "{\"v\":2}"));
        DocumentVersion welcome1 = documents.latest("journey", "welcome").orElseThrow();
        documents.saveDocument(new DocumentDraft("markdown_plan", "summer", "draft", "{}"));

        assertEquals(List.of(welcome1, winback2), documents.list("journey"));
        assertEquals(List.of(), documents.list("layout"));
    }

    @Test
    void anUnknownDocumentHasNoLatestVersion() {
        assertEquals(Optional.empty(), documents.latest("journey", "nope"));
        assertEquals(List.of(), documents.history("journey", "nope"));
    }

    @Test
    void eachSaveIsAuditedWithTheVersionItCreated() {
        documents.saveDocument(new DocumentDraft("journey", "welcome", "draft", "{}"));
        documents.saveDocument(new DocumentDraft("journey", "welcome", "in_review", "{}"));

        List<AuditRecord> audit = workspace.auditLog().query(AuditQuery.all().forObject("journey", "welcome"));

        assertEquals(List.of(Optional.of(2), Optional.of(1)),
                audit.stream().map(record -> record.entry().objectVersion()).toList());
        assertEquals(AuditEntry.of(NOW, "Ana", DocumentStore.SAVED, "journey", "welcome").withObjectVersion(2)
                .withComment("status in_review"), audit.get(0).entry());
    }

    @Test
    void aBodyThatIsNotJsonIsRejectedAndNothingOfTheBatchIsStored() {
        List<DocumentDraft> batch = List.of(
                new DocumentDraft("journey", "welcome", "draft", "{}"),
                new DocumentDraft("journey", "winback", "draft", "{not json"));

        assertThrows(IllegalArgumentException.class, () -> documents.saveAll(batch));

        assertEquals(List.of(), documents.list("journey"));
        assertEquals(List.of(), workspace.auditLog().query(AuditQuery.all()));
    }

    @Test
    void aBatchThatFailsInTheDatabaseIsRolledBackWhole() {
        String tooLongId = "x".repeat(201);
        List<DocumentDraft> batch = List.of(
                new DocumentDraft("journey", "welcome", "draft", "{}"),
                new DocumentDraft("journey", tooLongId, "draft", "{}"));

        assertThrows(WorkspaceException.class, () -> documents.saveAll(batch));

        assertEquals(List.of(), documents.list("journey"));
        assertEquals(List.of(), workspace.auditLog().query(AuditQuery.all()));
    }

    @Test
    void documentsSurviveReopening() {
        DocumentVersion saved = documents.saveDocument(new DocumentDraft("markdown_plan", "summer", "approved",
                "{\"weeks\":[1,2]}"));
        workspace.close();

        workspace = workspaces.as("Ana");

        assertEquals(Optional.of(saved), workspace.documents().latest("markdown_plan", "summer"));
    }
}

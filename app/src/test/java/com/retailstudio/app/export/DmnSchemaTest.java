package com.retailstudio.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.dmn.DmnExporter;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions files are checked against the OMG DMN XML Schema of their version. */
class DmnSchemaTest {

    @Test
    void theDecisionsOfEveryTemplateFollowTheDmn13Schema() {
        for (String name : JourneyTemplates.NAMES) {
            String dmn = DmnExporter.toDmn(JourneyTemplates.load(name).orElseThrow());

            assertEquals(Optional.empty(), DmnSchema.problem(DmnExporter.DMN_NAMESPACE,
                    dmn.getBytes(StandardCharsets.UTF_8)), name);
        }
        assertEquals(Optional.of("1.3"), DmnSchema.version(DmnExporter.DMN_NAMESPACE));
    }

    @Test
    void decisionsWithXmlSpecialCharactersInTheirNamesFollowTheSchemaAndTheirBundleValidates(@TempDir Path temp)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        String awkward = "Spring <sale> & \"friends\" 'n' ]]> \uD83D\uDED2";
        String journey = JourneyTemplates.json("cart-abandonment").orElseThrow()
                .replace("\"Cart abandonment\"", json.writeValueAsString(awkward))
                .replace("\"Price sensitive?\"", json.writeValueAsString(awkward + "?"))
                .replace("\"Price sensitive\"", json.writeValueAsString(awkward));
        String dmn = DmnExporter.toDmn(JourneyJson.parse(journey));
        assertTrue(dmn.contains("\uD83D\uDED2"), "written as the character itself, UTF-8 in the file");

        assertEquals(Optional.empty(), DmnSchema.problem(DmnExporter.DMN_NAMESPACE,
                dmn.getBytes(StandardCharsets.UTF_8)));
        try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft", journey), "ana");
            workflow.submit("journey", "cart", "ana");
            workflow.approve("journey", "cart", "ben", Optional.empty());
            Path out = temp.resolve("bundle");
            new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE)
                    .export(out, false, "ben");

            assertTrue(Files.readString(out.resolve("decisions/cart-v1.dmn")).contains("name=\"Spring &lt;sale&gt; "
                    + "&amp; &quot;friends&quot; 'n' ]]&gt; \uD83D\uDED2 v1\""));
            assertEquals(List.of(), new BundleValidator(DocumentChecks.forBundles()).validate(out));
        }
    }

    @Test
    void aHitPolicyTheStandardDoesNotKnowIsNamedWithItsLine(@TempDir Path temp) throws Exception {
        try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.documents().saveDocumentAs(new DocumentDraft("journey", "cart", "draft",
                    JourneyTemplates.json("cart-abandonment").orElseThrow()), "ana");
            workflow.submit("journey", "cart", "ana");
            workflow.approve("journey", "cart", "ben", Optional.empty());
            Path out = temp.resolve("bundle");
            new BundleExporter(workspace, workflow, Clock.systemUTC(), "1.2.3", JourneyForecast.NONE)
                    .export(out, false, "ben");
            Path dmn = out.resolve("decisions/cart-v1.dmn");
            String text = Files.readString(dmn);
            int line = (int) text.substring(0, text.indexOf("hitPolicy=\"FIRST\"")).lines().count();
            Files.writeString(dmn, text.replaceFirst("hitPolicy=\"FIRST\"", "hitPolicy=\"SOMETIMES\""));
            BundleExportTest.rewriteChecksum(out, "decisions/cart-v1.dmn");

            List<String> problems = new BundleValidator(DocumentChecks.forBundles()).validate(out);

            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("decisions/cart-v1.dmn does not follow the DMN 1.3 XML Schema: line "
                    + line + ", column "), problems.get(0));
            assertTrue(problems.get(0).contains("SOMETIMES"), problems.get(0));
            assertTrue(problems.get(1).endsWith("differs from journey cart v1: its hit policy is SOMETIMES, approved "
                    + "FIRST."), "the logic check names it too: " + problems.get(1));
        }
    }
}

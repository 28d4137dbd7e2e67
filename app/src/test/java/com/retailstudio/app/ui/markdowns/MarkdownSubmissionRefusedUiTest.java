package com.retailstudio.app.ui.markdowns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.ui.task.FxTaskExecutor;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.ui.MarkdownView;
import com.retailstudio.markdown.ui.MarkdownViewModel;
import com.retailstudio.markdown.ui.RuleBookStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plan refused by the review workflow is shown with its breaches. The section itself never makes such a plan (the
 * optimiser and the changes by hand keep the rules), so the submission here hands the real workflow a stricter rule
 * book than the plan was made under: at most 15 % off.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class MarkdownSubmissionRefusedUiTest {

    private static final RuleBook STRICT = new RuleBook(MarkdownRules.defaults().withMaxDepth(0.15), Map.of());

    private Workspace workspace;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private MarkdownViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path temp = Files.createTempDirectory("retail-studio-markdowns-refused");
        Path data = temp.resolve("data");
        BundledSample.extractTo(data);
        workspace = Workspace.open(temp.resolve("workspace"));
        MarkdownReviewSubmission real = new MarkdownReviewSubmission(workspace);
        model = new MarkdownViewModel(new SimpleObjectProperty<>(data), tasks,
                RuleBookStore.inMemory(), (plan, rules, folder) -> real.submit(plan, STRICT, folder));
        Theme.LIGHT.apply();
        scene = new Scene(new MarkdownView(model), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        workspace.close();
    }

    @Test
    void aPlanThatBreaksTheRuleBookIsRefusedWithItsBreachesListedAndStaysADraft(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tasks.running().isEmpty()
                && model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#plan-submit");
        UiTestSupport.waitUntilIdle(tasks);

        Label message = robot.lookup("#plan-submit-message").queryAs(Label.class);
        Label problems = robot.lookup("#plan-submit-problems").queryAs(Label.class);
        List<String> breaches = model.submission().problems();
        assertTrue(breaches.size() > 3, breaches.toString());
        String id = "markdowns-" + model.resultProperty().get().asOf().plusWeeks(1);
        assertEquals("Not submitted: version 1 of plan " + id + " is saved as a draft, but " + breaches.size()
                + " problems must be fixed before it can be reviewed:", message.getText());
        assertTrue(message.getStyleClass().contains("danger"), message.getStyleClass().toString());
        assertTrue(problems.isVisible());
        String[] lines = problems.getText().split("\n");
        assertEquals(4, lines.length, problems.getText());
        assertEquals("• " + breaches.get(0), lines[0]);
        assertTrue(breaches.get(0).contains("breaks the rule 'maximum depth'"), breaches.get(0));
        assertEquals(String.format(Locale.ROOT, "… and %,d more", breaches.size() - 3), lines[3]);
        DocumentVersion saved = workspace.documents().latest(MarkdownPlanDocument.KIND, id).orElseThrow();
        assertEquals("draft", saved.status());
        assertTrue(new ReviewWorkflow(workspace, DocumentChecks.forReview()).queue().isEmpty());

        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(theme::apply);
            WaitForAsyncUtils.waitForFxEvents();
            UiTestSupport.writeScreenshot(robot, scene, "markdowns-submit-refused-" + theme.id() + ".png");
        }
        robot.interact(Theme.LIGHT::apply);
    }
}

package com.retailstudio.designer.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.AudienceCounts;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.library.InMemoryPortfolioRulesLibrary;
import com.retailstudio.designer.library.InMemorySegmentLibrary;
import com.retailstudio.designer.ui.JourneysView;
import com.retailstudio.designer.ui.JourneysViewModel;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Journeys section's library opens the Portfolio rules editor once the section has a workspace's rules. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneysPortfolioButtonUiTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private JourneysViewModel model;
    private PortfolioContext context;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        InMemoryJourneyLibrary journeys = new InMemoryJourneyLibrary(clock, "ana");
        journeys.saveDraft(JourneyTemplates.load("winback").orElseThrow());
        journeys.saveDraft(JourneyTemplates.load("cart-abandonment").orElseThrow());
        model = new JourneysViewModel(journeys);
        context = new PortfolioContext(new InMemoryPortfolioRulesLibrary(clock, "ana"), journeys,
                new InMemorySegmentLibrary(clock, "ana"), AudienceCounts.NONE, new CurrentThreadTaskExecutor());
        stage.setScene(new Scene(new JourneysView(model), 1280, 800));
        stage.show();
    }

    @Test
    void theLibraryOpensThePortfolioRulesOfTheWorkspacesJourneys(FxRobot robot) throws Exception {
        Node button = robot.lookup("#journey-portfolio-rules").query();
        assertFalse(button.isVisible(), "no rules to open in a preview without a workspace");

        robot.interact(() -> model.usePortfolio(context));
        assertTrue(button.isVisible());
        robot.clickOn("#journey-portfolio-rules");
        WaitForAsyncUtils.waitForFxEvents();

        List<Window> editors = Window.getWindows().stream()
                .filter(window -> window.getScene().getRoot() instanceof PortfolioRulesView).toList();
        assertEquals(1, editors.size());
        assertEquals(List.of("cart-abandonment", "winback"), robot.from(editors.get(0).getScene().getRoot())
                .lookup("#portfolio-priority").queryListView().getItems().stream()
                .map(entry -> ((PriorityEntry) entry).id()).toList());
        Screenshots.write(robot, robot.lookup("#journey-library").query().getParent(), "journeys-portfolio-button.png");
        robot.interact(() -> ((Stage) editors.get(0)).close());
    }
}

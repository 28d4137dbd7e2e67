package com.retailstudio.simulator.ui;

import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.section.SectionFrame;
import com.retailstudio.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * The Simulation section: pick a journey (a template or a version saved in the workspace) and a seed, run it on the
 * active data set ({@link RunSetupPane}), and read the headline figures, the flow, conversions over time, the channel
 * mix, what each action sent or suppressed and how many messages customers got ({@link ResultsPane}, in the kit's
 * {@link SectionFrame} with the {@link ReadyState} before a run); find a customer's trace ({@link TracePane}); compare
 * two journeys ({@link ComparePane}); run several journeys together under shared rules ({@link PortfolioPane}).
 */
public final class SimulationView extends BorderPane {

    private static final KeyCombination RUN_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    public SimulationView(SimulationViewModel model) {
        getStyleClass().add("simulation-view");
        getStylesheets().add(SimulationView.class.getResource("simulation.css").toExternalForm());
        setLeft(new RunSetupPane(model, RUN_KEYS));

        SectionFrame frame = new SectionFrame(new ResultsPane(model));
        frame.emptyStateProperty().set(new ReadyState(model, RUN_KEYS));
        frame.emptyProperty().bind(model.summaryProperty().isNull());
        frame.busyProperty().bind(model.busyProperty());
        // No task for the frame: the run's progress is in the side panel (RunProgressPane) and its cancel in the
        // status bar, so the overlay over the results says what runs and offers no second Cancel.
        frame.busyTextProperty().bind(model.feedbackProperty().map(Feedback::text));
        frame.setId("simulation-frame");
        Tab resultsTab = new Tab("Results", frame);
        resultsTab.setId("simulation-tab-results");
        Tab traceTab = new Tab("Customer trace", TracePane.forJourney(model));
        traceTab.setId("simulation-tab-trace");
        Tab compareTab = new Tab("Compare", new ComparePane(model));
        compareTab.setId("simulation-tab-compare");
        Tab portfolioTab = new Tab("Portfolio", new PortfolioPane(model));
        portfolioTab.setId("simulation-tab-portfolio");
        TabPane tabs = new TabPane();
        tabs.getTabs().setAll(List.of(resultsTab, traceTab, compareTab, portfolioTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("simulation-tabs");
        setCenter(tabs);

        sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.getAccelerators().remove(RUN_KEYS);
            }
            if (now != null) {
                now.getAccelerators().put(RUN_KEYS, model::run);
                // Shown again: versions may have been saved in the Journeys section meanwhile.
                model.refreshJourneys();
            }
        });
    }

    /**
     * The section as the application registers it: follows the active data set and runs simulations through the
     * application's task runner (so they show in the status bar).
     */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      TaskExecutor tasks) {
        return forActiveDataSet(activeDataSet, folderOf, active -> String.valueOf(folderOf.apply(active)
                .getFileName()), tasks);
    }

    /** As above, naming the data set as the user knows it. */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      Function<T, String> nameOf,
                                                      TaskExecutor tasks) {
        SimulationViewModel model = new SimulationViewModel(tasks);
        model.follow(activeDataSet, folderOf, nameOf);
        return new SimulationView(model);
    }

    /**
     * As above, with progress and cancel through {@code tasks}, and the workspace's saved journey versions
     * (asked again each time the section is shown) offered beside the templates.
     */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      Function<T, String> nameOf, TaskExecutor tasks,
                                                      Supplier<List<JourneyChoice>> savedJourneys) {
        return forActiveDataSet(activeDataSet, folderOf, nameOf, SimulationData.CSV_FILES, tasks, savedJourneys);
    }

    /** As above, runs reading the data set folder through {@code reads}. */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      Function<T, String> nameOf, SimulationData reads,
                                                      TaskExecutor tasks, Supplier<List<JourneyChoice>> savedJourneys) {
        SimulationViewModel model = new SimulationViewModel(tasks, savedJourneys);
        model.readWith(reads);
        model.follow(activeDataSet, folderOf, nameOf);
        return new SimulationView(model);
    }

    /**
     * As above, the portfolio run also offering the workspace's portfolio rules ({@code savedRules}, asked again
     * each time the section is shown, e.g. {@link PortfolioRulesChoice#inLibrary}) and asking for rules files
     * through {@code dialogs}.
     */
    public static <T> SimulationView forActiveDataSet(ObservableValue<T> activeDataSet, Function<T, Path> folderOf,
                                                      Function<T, String> nameOf, SimulationData reads,
                                                      TaskExecutor tasks, Supplier<List<JourneyChoice>> savedJourneys,
                                                      Supplier<List<PortfolioRulesChoice>> savedRules,
                                                      DialogService dialogs) {
        SimulationViewModel model = new SimulationViewModel(tasks, savedJourneys);
        model.readWith(reads);
        model.follow(activeDataSet, folderOf, nameOf);
        model.portfolio().useWorkspaceRules(savedRules);
        model.portfolio().useDialogs(dialogs);
        return new SimulationView(model);
    }
}

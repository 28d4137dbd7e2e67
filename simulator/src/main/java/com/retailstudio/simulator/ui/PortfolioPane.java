package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.section.SectionFrame;
import com.retailstudio.ui.section.SectionHeader;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Simulation section's portfolio tab: the journeys to run together and the rules they share, then the run's
 * results ({@link PortfolioResultsPane}) and the search for a customer across the journeys ({@link TracePane}) in the
 * kit's frame, with its progress and Cancel while it runs.
 */
final class PortfolioPane extends VBox {

    private final PortfolioRunModel model;
    private final FlowPane picks = new FlowPane(8, 8);

    PortfolioPane(SimulationViewModel section) {
        super(12);
        this.model = section.portfolio();
        setId("simulation-portfolio");
        getStyleClass().add("simulation-pane");

        SectionHeader header = new SectionHeader("Run journeys together", "The journeys share the customers of the "
                + "active data set and the seed on the left, under the rules chosen here: caps across journeys, "
                + "priority, the global control and suppression. Each journey also runs alone under the same rules, "
                + "so what they take from each other shows.");

        picks.setId("portfolio-journeys");
        model.offered().addListener((ListChangeListener<JourneyChoice>) change -> showPicks());
        model.chosen().addListener((ListChangeListener<JourneyChoice>) change -> syncPicks());
        showPicks();

        ComboBox<PortfolioRulesChoice> rules = new ComboBox<>(model.rulesChoices());
        rules.setId("portfolio-rules");
        rules.setCellFactory(list -> new RulesCell(true));
        rules.setButtonCell(new RulesCell(false));
        rules.valueProperty().bindBidirectional(model.rulesProperty());
        rules.setPrefWidth(300);
        Button file = new Button("Rules file…", new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        file.setId("portfolio-rules-file");
        file.setOnAction(e -> model.chooseRulesFile());
        Button run = new Button("Run together", new FontIcon(Material2OutlinedMZ.PLAY_ARROW));
        run.setId("portfolio-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.canRunProperty().not());
        run.setOnAction(e -> model.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox setup = new HBox(10, label("Rules"), rules, file, gap, run);
        setup.setAlignment(Pos.CENTER_LEFT);

        Label whyNot = new Label();
        whyNot.setId("portfolio-why-not");
        whyNot.getStyleClass().add("simulation-hint");
        whyNot.textProperty().bind(model.whyNotProperty());
        whyNot.managedProperty().bind(whyNot.textProperty().isNotEmpty());
        FeedbackLabel message = new FeedbackLabel(model.feedbackProperty());
        message.setId("portfolio-message");

        // The figures, and why each customer got each message ("Figures" and "Results" name different tabs).
        Tab figures = new Tab("Figures", new PortfolioResultsPane(model));
        figures.setId("portfolio-tab-figures");
        // Below the tab's setup the trace scrolls, keeping room for the steps however short the window.
        ScrollPane tracePage = new ScrollPane(TracePane.forPortfolio(model));
        tracePage.setId("portfolio-trace-page");
        tracePage.setFitToWidth(true);
        tracePage.setFitToHeight(true);
        tracePage.getStyleClass().add(Styles.BG_DEFAULT);
        Tab trace = new Tab("Customer trace across journeys", tracePage);
        trace.setId("portfolio-tab-trace");
        TabPane views = new TabPane(figures, trace);
        views.setId("portfolio-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SectionFrame frame = new SectionFrame(views);
        frame.setId("portfolio-frame");
        frame.emptyStateProperty().set(emptyState());
        frame.emptyProperty().bind(model.summaryProperty().isNull());
        frame.busyProperty().bind(section.busyProperty());
        frame.taskProperty().bind(section.runningProperty());
        frame.busyTextProperty().bind(model.feedbackProperty().map(Feedback::text));
        VBox.setVgrow(frame, Priority.ALWAYS);
        getChildren().setAll(header, EnginePane.desktopOnlyNote(section.engines(), "portfolio-engine"),
                new HBox(10, label("Journeys"), picks), setup, whyNot, message, frame);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("simulation-side-title");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** One check box per journey offered, checked when it is in the portfolio. */
    private void showPicks() {
        List<CheckBox> boxes = model.offered().stream().map(choice -> {
            CheckBox box = new CheckBox(choice.label());
            box.getStyleClass().add("portfolio-pick");
            box.setDisable(choice.journey() == null);
            box.setUserData(choice);
            box.setSelected(model.chosen().contains(choice));
            box.selectedProperty().addListener((o, before, now) -> {
                if (now && !model.chosen().contains(choice)) {
                    model.chosen().add(choice);
                } else if (!now) {
                    model.chosen().remove(choice);
                }
            });
            return box;
        }).toList();
        picks.getChildren().setAll(boxes);
    }

    private void syncPicks() {
        picks.getChildren().forEach(node -> {
            CheckBox box = (CheckBox) node;
            box.setSelected(model.chosen().contains((JourneyChoice) box.getUserData()));
        });
    }

    private static VBox emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.ACCOUNT_TREE);
        icon.getStyleClass().add("simulation-empty-icon");
        Label title = new Label("Journeys as a portfolio");
        title.getStyleClass().add("simulation-empty-title");
        Label text = new Label("Check two or more journeys and choose the rules they share, then press Run together. "
                + "You will see, per journey and for the portfolio: sends, suppressions by reason (including sends "
                + "lost to a higher-priority journey), conversions, the uplift against the global control with its "
                + "95 % interval, and the incremental conversions together against each journey alone.");
        text.setWrapText(true);
        text.getStyleClass().add("simulation-empty-text");
        VBox empty = new VBox(14, icon, title, text);
        empty.setId("portfolio-empty");
        empty.getStyleClass().add("simulation-empty");
        empty.setAlignment(Pos.CENTER_LEFT);
        empty.setMaxHeight(Region.USE_PREF_SIZE);
        return empty;
    }

    /** A rules choice: its name, and in the list where it comes from. */
    private static final class RulesCell extends ListCell<PortfolioRulesChoice> {
        private final boolean detailed;

        RulesCell(boolean detailed) {
            this.detailed = detailed;
        }

        @Override
        protected void updateItem(PortfolioRulesChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : detailed ? item.label() + " — " + item.detail() : item.label());
        }
    }
}

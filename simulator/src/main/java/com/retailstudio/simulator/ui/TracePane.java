package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.section.SectionHeader;
import com.retailstudio.ui.table.Columns;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Simulation section's customer trace search: a customer by id, or an example of a customer to whom given things
 * happened (suppressed by quiet hours, capped, held out, converted, …), with each step's time, decision and reason.
 * The Customer trace tab has one over the last journey's run ({@link #forJourney}); the Portfolio tab one over the
 * last portfolio run ({@link #forPortfolio}), whose steps are the customer's in every journey, each naming its journey.
 */
final class TracePane extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What a step (a node's or an action's key, in a journey) and a journey are called in the table. */
    interface StepTitles {
        StepTitles IDS = new StepTitles() {
        };

        default String step(String journeyId, String key) {
            return key;
        }

        default String journey(String journeyId) {
            return journeyId;
        }
    }

    private final CustomerTraceViewModel traces;
    private final TableView<TraceStep> steps = new TableView<>();
    private final TableColumn<TraceStep, String> journeyColumn;
    /** The journey of each step shown, by the step itself (a portfolio's timeline; empty for one journey). */
    private final Map<TraceStep, String> journeyOf = new IdentityHashMap<>();
    private StepTitles titles = StepTitles.IDS;
    /** Whether the steps come from several journeys (a portfolio run), so each names its journey. */
    private final boolean acrossJourneys;

    /** The Customer trace tab: the last run of the journey chosen on the left. */
    static TracePane forJourney(SimulationViewModel model) {
        TracePane pane = new TracePane(model.traces(), TraceReason.JOURNEY, false, "trace", new SectionHeader(
                "Why did a customer get a message?", "Looks in the last run. Every step of a customer: when, the "
                + "decision, and why — which condition matched, which guardrail suppressed, which next-best-action "
                + "score won."), "A customer id, or: quiet hours and converted");
        pane.setId("simulation-trace");
        model.summaryProperty().addListener((o, before, now) -> pane.useTitles(titlesOf(now)));
        pane.useTitles(titlesOf(model.summaryProperty().get()));
        return pane;
    }

    /** The Portfolio tab's trace: the last portfolio run, a customer across its journeys. */
    static TracePane forPortfolio(PortfolioRunModel model) {
        TracePane pane = new TracePane(model.traces(), EnumSet.allOf(TraceReason.class), true,
                "portfolio-trace",
                new SectionHeader("Why did a customer get each message?", "Looks in the last portfolio run. A "
                        + "customer's steps in every journey on one timeline: which journey sent, which send the "
                        + "global control, a shared cap or a higher-priority journey took, and why."),
                "A customer id, or: lost to priority and converted");
        pane.setId("portfolio-trace");
        pane.steps.setMinHeight(320);
        // Beside the journey, the step and the decision keep room to be read; the reason takes what is left and is
        // written whole under the table for the step picked.
        double[] widths = {145, 125, 140, 150};
        for (int c = 0; c < widths.length; c++) {
            pane.steps.getColumns().get(c).setMinWidth(widths[c]);
            pane.steps.getColumns().get(c).setPrefWidth(widths[c]);
        }
        pane.useTitles(model.stepTitles());
        model.summaryProperty().addListener((o, before, now) -> pane.useTitles(model.stepTitles()));
        return pane;
    }

    private TracePane(CustomerTraceViewModel traces, Set<TraceReason> offered, boolean acrossJourneys, String ids,
            SectionHeader header, String prompt) {
        super(12);
        this.traces = traces;
        this.acrossJourneys = acrossJourneys;
        getStyleClass().add("simulation-pane");

        TextField id = new TextField();
        id.setId(ids + "-customer");
        id.setPromptText(prompt);
        id.textProperty().bindBidirectional(traces.traceCustomerProperty());
        id.setOnAction(e -> traces.search());
        id.setPrefColumnCount(30);
        Button byId = new Button("Search", new FontIcon(Material2OutlinedMZ.SEARCH));
        byId.setId(ids + "-find-id");
        byId.setOnAction(e -> traces.search());
        HBox idRow = new HBox(8, id, byId);

        Label who = new Label("or a customer who…");
        who.getStyleClass().add("simulation-side-title");
        FlowPane reasons = new FlowPane(6, 6);
        for (TraceReason reason : offered) {
            ToggleButton toggle = new ToggleButton(reason.description());
            toggle.setId(ids + "-reason-" + reason.json());
            toggle.getStyleClass().add(Styles.SMALL);
            toggle.setSelected(traces.traceReasons().contains(reason));
            toggle.selectedProperty().addListener((o, before, on) -> {
                if (on) {
                    traces.traceReasons().add(reason);
                } else {
                    traces.traceReasons().remove(reason);
                }
            });
            traces.traceReasons().addListener((SetChangeListener<TraceReason>) change ->
                    toggle.setSelected(traces.traceReasons().contains(reason)));
            reasons.getChildren().add(toggle);
        }
        Button find = new Button("Find an example", new FontIcon(Material2OutlinedAL.FILTER_ALT));
        find.setId(ids + "-find-reasons");
        find.getStyleClass().add(Styles.ACCENT);
        find.setOnAction(e -> traces.findByReasons());
        Button next = new Button("Next example", new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        next.setId(ids + "-next");
        next.setOnAction(e -> traces.nextMatch());
        next.disableProperty().bind(Bindings.createBooleanBinding(() ->
                traces.shownTraceProperty().get() == null || traces.shownTraceProperty().get().of() < 2,
                traces.shownTraceProperty()));
        HBox findRow = new HBox(8, find, next);

        Label message = new Label();
        message.setId(ids + "-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("simulation-block-title");
        message.textProperty().bind(traces.traceMessageProperty());
        Label counter = new Label();
        counter.getStyleClass().add("simulation-hint");
        counter.textProperty().bind(Bindings.createStringBinding(() -> {
            CustomerTraceViewModel.ShownTrace shown = traces.shownTraceProperty().get();
            return shown == null || shown.of() == 0 ? "" : "Example " + shown.index() + " of " + shown.of()
                    + " kept by this run (the first customers, by id, of each combination of what happened)";
        }, traces.shownTraceProperty()));

        journeyColumn = column("Journey", s -> titles.journey(journeyOf.getOrDefault(s, "")), 150);
        buildSteps(ids);
        VBox.setVgrow(steps, Priority.ALWAYS);
        Label picked = new Label();
        picked.setId(ids + "-picked");
        picked.setWrapText(true);
        picked.setMinHeight(Region.USE_PREF_SIZE);
        picked.getStyleClass().add("simulation-hint");
        picked.textProperty().bind(Bindings.createStringBinding(() -> {
            TraceStep step = steps.getSelectionModel().getSelectedItem();
            if (step == null) {
                return steps.getItems().isEmpty() ? "" : "Pick a step to read why in full.";
            }
            return TIME.format(step.time()) + " · "
                    + (acrossJourneys ? titles.journey(journeyOf.getOrDefault(step, "")) + " · " : "")
                    + titles.step(journeyOf.getOrDefault(step, ""), step.nodeId()) + " · " + step.decision() + ": "
                    + step.reason();
        }, steps.getSelectionModel().selectedItemProperty(), steps.getItems()));
        getChildren().setAll(header, idRow, who, reasons, findRow, new VBox(2, message, counter),
                steps, picked);
        traces.shownTraceProperty().addListener((o, before, now) -> show(now));
        show(traces.shownTraceProperty().get());
    }

    private void useTitles(StepTitles shown) {
        titles = shown;
        steps.refresh();
    }

    private static StepTitles titlesOf(SimulationSummary summary) {
        Map<String, String> byKey = new HashMap<>();
        if (summary != null) {
            summary.nodes().forEach(n -> byKey.put(n.id(), n.title()));
            summary.actions().forEach(a -> byKey.put(a.key(), a.title()));
        }
        return new StepTitles() {
            @Override
            public String step(String journeyId, String key) {
                return byKey.getOrDefault(key, key);
            }
        };
    }

    private void buildSteps(String ids) {
        steps.setId(ids + "-steps");
        steps.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Styles.BORDERED);
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        steps.setPlaceholder(new Label("Search for a customer above."));
        TableColumn<TraceStep, String> time = column("Time (UTC)", s -> TIME.format(s.time()), 150);
        time.setMinWidth(150);
        TableColumn<TraceStep, String> step = column("Step", s -> titles.step(journeyOf.getOrDefault(s, ""),
                s.nodeId()), 180);
        TableColumn<TraceStep, String> decision = column("Decision", TraceStep::decision, 170);
        TableColumn<TraceStep, String> why = column("Why", TraceStep::reason, 420);
        steps.getColumns().setAll(List.of(time, journeyColumn, step, decision, why));
    }

    private static TableColumn<TraceStep, String> column(String title, Function<TraceStep, String> value,
            double width) {
        // Arbitration reasons list every candidate's score; the tooltip has them whole.
        TableColumn<TraceStep, String> column = Columns.textWithTooltip(title, value);
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void show(CustomerTraceViewModel.ShownTrace shown) {
        journeyOf.clear();
        if (shown != null) {
            for (int i = 0; i < shown.journeys().size(); i++) {
                journeyOf.put(shown.steps().get(i), shown.journeys().get(i));
            }
        }
        // The journey column only where steps come from several journeys.
        journeyColumn.setVisible(acrossJourneys);
        steps.getItems().setAll(shown == null ? List.of() : shown.steps());
        ((Label) steps.getPlaceholder()).setText(traces.emptyStepsText());
    }

    TableView<TraceStep> steps() {
        return steps;
    }
}

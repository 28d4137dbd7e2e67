package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.section.SectionHeader;
import com.retailstudio.ui.table.Columns;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Simulation section's customer trace search: a customer by id, or an example of a customer to whom given things
 * happened (suppressed by quiet hours, capped, held out, converted, …), with each step's time, decision and reason.
 */
final class TracePane extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CustomerTraceViewModel traces;
    private final TableView<TraceStep> steps = new TableView<>();
    private final Map<String, String> titles = new HashMap<>();

    TracePane(SimulationViewModel model) {
        super(12);
        this.traces = model.traces();
        setId("simulation-trace");
        getStyleClass().add("simulation-pane");

        SectionHeader header = new SectionHeader("Why did a customer get a message?", "Looks in the last run. "
                + "Every step of a customer: when, the decision, and why — which "
                + "condition matched, which guardrail suppressed, which next-best-action score won.");

        TextField id = new TextField();
        id.setId("trace-customer");
        id.setPromptText("A customer id, or: quiet hours and converted");
        id.textProperty().bindBidirectional(traces.traceCustomerProperty());
        id.setOnAction(e -> traces.search());
        id.setPrefColumnCount(30);
        Button byId = new Button("Search", new FontIcon(Material2OutlinedMZ.SEARCH));
        byId.setId("trace-find-id");
        byId.setOnAction(e -> traces.search());
        HBox idRow = new HBox(8, id, byId);

        Label who = new Label("or a customer who…");
        who.getStyleClass().add("simulation-side-title");
        FlowPane reasons = new FlowPane(6, 6);
        for (TraceReason reason : TraceReason.JOURNEY) {
            ToggleButton toggle = new ToggleButton(reason.description());
            toggle.setId("trace-reason-" + reason.json());
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
        find.setId("trace-find-reasons");
        find.getStyleClass().add(Styles.ACCENT);
        find.setOnAction(e -> traces.findByReasons());
        Button next = new Button("Next example", new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        next.setId("trace-next");
        next.setOnAction(e -> traces.nextMatch());
        next.disableProperty().bind(Bindings.createBooleanBinding(() ->
                traces.shownTraceProperty().get() == null || traces.shownTraceProperty().get().of() < 2,
                traces.shownTraceProperty()));
        HBox findRow = new HBox(8, find, next);

        Label message = new Label();
        message.setId("trace-message");
        message.setWrapText(true);
        message.getStyleClass().add("simulation-block-title");
        message.textProperty().bind(traces.traceMessageProperty());
        Label counter = new Label();
        counter.getStyleClass().add("simulation-hint");
        counter.textProperty().bind(Bindings.createStringBinding(() -> {
            CustomerTraceViewModel.ShownTrace shown = traces.shownTraceProperty().get();
            return shown == null || shown.of() == 0 ? "" : "Example " + shown.index() + " of " + shown.of()
                    + " kept by this run (the first customers, by id, of each combination of what happened)";
        }, traces.shownTraceProperty()));

        buildSteps();
        VBox.setVgrow(steps, Priority.ALWAYS);
        getChildren().setAll(header, idRow, who, reasons, findRow, new VBox(2, message, counter),
                steps);
        traces.shownTraceProperty().addListener((o, before, now) -> show(now));
        model.summaryProperty().addListener((o, before, now) -> rememberTitles(now));
        rememberTitles(model.summaryProperty().get());
        show(traces.shownTraceProperty().get());
    }

    private void rememberTitles(SimulationSummary summary) {
        titles.clear();
        if (summary != null) {
            summary.nodes().forEach(n -> titles.put(n.id(), n.title()));
            summary.actions().forEach(a -> titles.put(a.key(), a.title()));
        }
    }

    private void buildSteps() {
        steps.setId("trace-steps");
        steps.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Styles.BORDERED);
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        steps.setPlaceholder(new Label("Search for a customer above."));
        TableColumn<TraceStep, String> time = column("Time (UTC)", s -> TIME.format(s.time()), 150);
        time.setMinWidth(150);
        TableColumn<TraceStep, String> step = column("Step", s -> titles.getOrDefault(s.nodeId(), s.nodeId()), 180);
        TableColumn<TraceStep, String> decision = column("Decision", TraceStep::decision, 170);
        TableColumn<TraceStep, String> why = column("Why", TraceStep::reason, 420);
        steps.getColumns().setAll(List.of(time, step, decision, why));
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
        steps.getItems().setAll(shown == null ? List.of() : shown.steps());
        ((Label) steps.getPlaceholder()).setText(traces.emptyStepsText());
    }

    TableView<TraceStep> steps() {
        return steps;
    }
}

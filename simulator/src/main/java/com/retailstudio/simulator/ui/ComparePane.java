package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.section.SectionHeader;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * Two journeys (templates or saved versions) run on the same data set and seed, their figures side by side with
 * how B differs from A.
 */
final class ComparePane extends VBox {
    private final SimulationViewModel model;
    private final TableView<SimulationComparison.Row> table = new TableView<>();
    private final TableColumn<SimulationComparison.Row, String> aColumn;
    private final TableColumn<SimulationComparison.Row, String> bColumn;
    private final Label method = new Label();

    ComparePane(SimulationViewModel model) {
        super(12);
        this.model = model;
        setId("simulation-compare");
        getStyleClass().add("simulation-pane");

        SectionHeader header = new SectionHeader("Compare two journeys", "A is the journey chosen on the left. Both "
                + "run on the active data set with the seed on "
                + "the left, so every difference comes from the journeys.");

        Label a = new Label();
        a.setId("compare-a");
        a.getStyleClass().add("simulation-journey-title");
        a.textProperty().bind(Bindings.createStringBinding(() -> model.journeyProperty().get() == null ? "—"
                : model.journeyProperty().get().label(), model.journeyProperty()));
        ComboBox<JourneyChoice> b = new ComboBox<>(model.journeys());
        b.setId("compare-with");
        b.setCellFactory(list -> new JourneyCell());
        b.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(JourneyChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        b.valueProperty().bindBidirectional(model.compareWithProperty());
        b.setPrefWidth(280);
        Button run = new Button("Run both", new FontIcon(Material2OutlinedAL.COMPARE_ARROWS));
        run.setId("compare-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.canCompareProperty().not());
        run.setOnAction(e -> model.compare());
        HBox pick = new HBox(10, tag("A"), a, tag("B"), b, run);
        pick.setAlignment(Pos.CENTER_LEFT);

        FeedbackLabel message = new FeedbackLabel(model.compareFeedbackProperty());
        message.setId("compare-message");

        table.setId("compare-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("Choose B and press Run both."));
        aColumn = ResultTables.column("A", SimulationComparison.Row::a, 180, true);
        bColumn = ResultTables.column("B", SimulationComparison.Row::b, 180, true);
        table.getColumns().setAll(List.of(ResultTables.column("Measure", SimulationComparison.Row::measure, 200,
                false), aColumn, bColumn, ResultTables.column("B − A", SimulationComparison.Row::difference, 110, true),
                ResultTables.column("95 % CI, paired", SimulationComparison.Row::interval, 160, true)));
        VBox.setVgrow(table, Priority.ALWAYS);
        method.setId("compare-method");
        method.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        method.setWrapText(true);
        method.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(header, EnginePane.desktopOnlyNote(model.engines(), "compare-engine"), pick, message,
                table, method);
        model.comparisonProperty().addListener((o, before, now) -> show(now));
        show(model.comparisonProperty().get());
    }

    private static Label tag(String text) {
        Label tag = new Label(text);
        tag.getStyleClass().add("simulation-compare-tag");
        return tag;
    }

    private void show(SimulationComparison comparison) {
        if (comparison == null) {
            table.getItems().clear();
            aColumn.setText("A");
            bColumn.setText("B");
            method.setText("");
            return;
        }
        aColumn.setText("A · " + comparison.aLabel());
        bColumn.setText("B · " + comparison.bLabel());
        table.getItems().setAll(comparison.rows());
        method.setText(comparison.pairingText() + " " + SimulationComparison.METHOD);
    }
}

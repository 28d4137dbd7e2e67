package com.retailstudio.designer.ui.portfolio;

import com.retailstudio.designer.model.DurationText;
import com.retailstudio.ui.choice.CheckChoices;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.section.SectionHeader;
import com.retailstudio.ui.section.SectionKit;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Portfolio rules editor: caps, global control, priority order, suppression, and the journeys' overlap warnings,
 * bound to a {@link PortfolioRulesViewModel}. Opened from the Journeys section ({@link PortfolioRulesWindow}).
 */
public final class PortfolioRulesView extends BorderPane {

    public PortfolioRulesView(PortfolioRulesViewModel model, DialogService dialogs) {
        SectionHeader header = new SectionHeader("Portfolio rules", "What a customer may receive from every live "
                + "journey together, whatever each journey allows: caps across journeys, a global control group who "
                + "get no marketing, which journey wins when caps leave room for one, and who is never messaged.");
        TextField name = new TextField();
        name.setId("portfolio-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label state = new Label();
        state.setId("portfolio-state");
        state.getStyleClass().add("text-muted");
        state.textProperty().bind(Bindings.createStringBinding(() -> (model.versionProperty().get() == 0
                        ? "Not saved yet" : "Version " + model.versionProperty().get() + ", "
                        + model.reviewStateProperty().get()), model.versionProperty(), model.reviewStateProperty()));
        HBox nameRow = new HBox(8, new Label("Name"), name, state);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);

        VBox content = new VBox(16, header, nameRow, caps(model), control(model), priority(model),
                suppression(model, dialogs), overlaps(model));
        content.setId("portfolio-rules-content");
        content.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // the commands stay in view however far the rules are scrolled
        HBox actions = actions(model);
        actions.setPadding(new Insets(10, 16, 10, 16));
        actions.getStyleClass().add("portfolio-actions");
        setCenter(scroll);
        setBottom(actions);
        SectionKit.style(this, "portfolio-rules");
        setId("portfolio-rules");
    }

    private static VBox group(String title, String hint, Region body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        Label tip = new Label(hint);
        tip.getStyleClass().add("text-muted");
        tip.setWrapText(true);
        tip.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(6, heading, tip, body);
    }

    private static VBox caps(PortfolioRulesViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        for (int i = 0; i < model.caps().size(); i++) {
            CapRow row = model.caps().get(i);
            String key = row.channel().map(channel -> channel.json()).orElse("all");
            TextField max = new TextField();
            max.setId("portfolio-cap-" + key);
            max.setPromptText("no cap");
            max.setPrefColumnCount(4);
            max.textProperty().bindBidirectional(row.maxProperty());
            ComboBox<Duration> window = new ComboBox<>();
            window.getItems().setAll(CapRow.WINDOWS);
            window.setId("portfolio-cap-window-" + key);
            window.setConverter(new StringConverter<>() {
                @Override
                public String toString(Duration duration) {
                    return duration == null ? "" : "per " + (duration.toDays() == 1 ? "day"
                            : duration.toDays() == 7 ? "week" : DurationText.words(duration));
                }

                @Override
                public Duration fromString(String text) {
                    return null;
                }
            });
            window.valueProperty().bindBidirectional(row.windowProperty());
            Label label = new Label(row.label());
            if (row.channel().isEmpty()) {
                label.getStyleClass().add("text-bold");
            }
            grid.addRow(i, label, max, new Label("messages"), window);
        }
        return group("Caps across journeys", "At most this many marketing messages per customer from all journeys "
                + "together; days are calendar days in the customer's time zone. Leave blank for no cap.", grid);
    }

    private static VBox control(PortfolioRulesViewModel model) {
        TextField percent = new TextField();
        percent.setId("portfolio-global-control");
        percent.setPrefColumnCount(5);
        percent.textProperty().bindBidirectional(model.globalControlProperty());
        HBox row = new HBox(8, percent, new Label("% of customers"));
        row.setAlignment(Pos.CENTER_LEFT);
        return group("Global control group", "A stable share of customers who get no marketing message from any "
                + "journey (transactional messages still go); the portfolio's uplift is measured against them.", row);
    }

    private static VBox priority(PortfolioRulesViewModel model) {
        ListView<PriorityEntry> list = new ListView<>(model.priority());
        list.setId("portfolio-priority");
        list.setPrefHeight(160);
        // numbered, so the order reads as a ranking
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PriorityEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : (getIndex() + 1) + ". " + entry);
            }
        });
        Button up = new Button("Up", new FontIcon(Material2OutlinedAL.ARROW_UPWARD));
        up.setId("portfolio-priority-up");
        up.setTooltip(new Tooltip("Higher priority (Alt+Up)"));
        Button down = new Button("Down", new FontIcon(Material2OutlinedAL.ARROW_DOWNWARD));
        down.setId("portfolio-priority-down");
        down.setTooltip(new Tooltip("Lower priority (Alt+Down)"));
        Runnable moveUp = () -> select(list, model.moveUp(list.getSelectionModel().getSelectedIndex()));
        Runnable moveDown = () -> select(list, model.moveDown(list.getSelectionModel().getSelectedIndex()));
        up.setOnAction(event -> moveUp.run());
        down.setOnAction(event -> moveDown.run());
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0));
        down.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0)
                .or(list.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(
                        Bindings.size(model.priority()).subtract(1))));
        list.setOnKeyPressed(event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                moveUp.run();
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                moveDown.run();
                event.consume();
            }
        });
        VBox buttons = new VBox(6, up, down);
        up.setMaxWidth(Double.MAX_VALUE);
        down.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        return group("Priority", "When caps leave room for one message, the journey higher in this list wins, then "
                + "the higher expected value. Select a journey and move it with the buttons or Alt+Up / Alt+Down.",
                row);
    }

    private static void select(ListView<PriorityEntry> list, int index) {
        if (index >= 0) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(index);
        }
    }

    private static VBox suppression(PortfolioRulesViewModel model, DialogService dialogs) {
        CheckComboBox<SuppressibleSegment> segments = CheckChoices.bound("portfolio-suppressed-segments",
                model.segments(), model.suppressedSegments(), "No segment");
        segments.setMaxWidth(Double.MAX_VALUE);
        TextArea customers = new TextArea();
        customers.setId("portfolio-suppressed-customers");
        customers.setPromptText("Paste customer ids, one per line or separated by commas");
        customers.setPrefRowCount(3);
        customers.textProperty().bindBidirectional(model.suppressedCustomersProperty());
        Button load = new Button("Load from file…", new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        load.setId("portfolio-load-customers");
        load.setOnAction(event -> dialogs.chooseFileToOpen("Load customer ids", "Customer ids (*.csv, *.txt)",
                "*.csv;*.txt").ifPresent(model::loadCustomers));
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> model.suppressedCustomerCountProperty().get()
                + " customers listed", model.suppressedCustomerCountProperty()));
        HBox customerActions = new HBox(8, load, count);
        customerActions.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(6, new Label("Segments"), segments, new Label("Customer ids"), customers,
                customerActions);
        return group("Never message", "Customers in these saved segments, and these customer ids, receive no "
                + "marketing from any journey. Customer ids stay in the workspace: a bundle never carries them.",
                body);
    }

    private static HBox actions(PortfolioRulesViewModel model) {
        Button save = new Button("Save version", new FontIcon(Material2OutlinedMZ.SAVE));
        save.setId("portfolio-save");
        save.setOnAction(event -> model.save());
        Button submit = new Button("Submit for review", new FontIcon(Material2OutlinedMZ.SEND));
        submit.setId("portfolio-submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(model.versionProperty().isEqualTo(0));
        submit.setOnAction(event -> model.submitForReview());
        FeedbackLabel feedback = new FeedbackLabel(model.feedbackProperty());
        feedback.setId("portfolio-feedback");
        feedback.setWrapText(true);
        HBox row = new HBox(8, save, submit, feedback);
        row.setAlignment(Pos.CENTER_LEFT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        submit.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    private static VBox overlaps(PortfolioRulesViewModel model) {
        VBox warnings = new VBox(6);
        warnings.setId("portfolio-overlaps");
        Runnable show = () -> warnings.getChildren().setAll(model.overlaps().stream().map(text -> {
            Label warning = new Label(text, new FontIcon(Material2OutlinedMZ.WARNING));
            warning.setWrapText(true);
            warning.setMinHeight(Region.USE_PREF_SIZE);
            warning.getStyleClass().add(text.startsWith("No two journeys") ? "success" : "warning");
            return warning;
        }).toList());
        model.overlaps().addListener((ListChangeListener<String>) change -> show.run());
        show.run();
        Label counting = new Label("Counting on the active data set…");
        counting.visibleProperty().bind(model.countingProperty());
        counting.managedProperty().bind(model.countingProperty());
        Button check = new Button("Check overlaps", new FontIcon(Material2OutlinedAL.FACT_CHECK));
        check.setId("portfolio-check-overlaps");
        check.disableProperty().bind(model.countingProperty());
        check.setOnAction(event -> model.checkOverlaps());
        return group("Journeys that reach the same customers", "Pairs of the workspace's journeys that can message "
                + "the same customer on the same day, with how many customers of the active data set meet both. "
                + "Checked on every save.", new VBox(6, check, counting, warnings));
    }
}

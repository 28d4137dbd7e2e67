package com.retailstudio.app.ui.approvals;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.app.ui.DialogService;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.Review;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Approvals & export section: the review queue with four-eyes decisions, and the audit log with filters. */
public final class ApprovalsView extends BorderPane {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ApprovalsViewModel model;
    private final DialogService dialogs;

    public ApprovalsView(ApprovalsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        TabPane tabs = new TabPane(
                new Tab("Review queue", reviewQueue()),
                new Tab("Audit log", auditLog()),
                new Tab("Export history", exportHistory()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.setId("approvals-tabs");
        setCenter(tabs);
        setPadding(new Insets(8, 32, 16, 32));
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
    }

    private VBox reviewQueue() {
        TableView<Review> table = new TableView<>(model.queue());
        table.setId("review-queue");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("Kind", review -> review.kind().replace('_', ' ')),
                column("Name", Review::id),
                column("Version", review -> "v" + review.version()),
                column("Author", Review::author),
                column("Submitted", review -> WHEN.format(review.submittedAt()) + " by " + review.submittedBy()));
        Label placeholder = new Label("Nothing is waiting for review. Submit a journey or a markdown plan and it "
                + "appears here for someone other than its author to approve.");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.setTextAlignment(TextAlignment.CENTER);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

        Button approve = new Button("Approve…", new FontIcon(Material2OutlinedAL.CHECK_CIRCLE));
        approve.setId("review-approve");
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        approve.setOnAction(event -> {
            Review review = table.getSelectionModel().getSelectedItem();
            dialogs.askComment("Approve " + review.id(), "Approve " + review.kind() + " '" + review.id() + "' v"
                    + review.version() + " as " + model.currentUser() + "? A comment is optional.", false)
                    .ifPresent(comment -> model.approve(review,
                            comment.isBlank() ? Optional.empty() : Optional.of(comment)));
        });
        Button sendBack = new Button("Request changes…", new FontIcon(Material2OutlinedMZ.UNDO));
        sendBack.setId("review-request-changes");
        sendBack.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        sendBack.setOnAction(event -> {
            Review review = table.getSelectionModel().getSelectedItem();
            dialogs.askComment("Request changes to " + review.id(), "What should the author change?", true)
                    .ifPresent(comment -> model.requestChanges(review, comment));
        });
        Label message = new Label();
        message.setId("review-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox actions = new HBox(10, approve, sendBack, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label rule = new Label("Four eyes: you cannot approve what you wrote. You are working as "
                + model.currentUser() + ".");
        rule.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(10, rule, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private VBox auditLog() {
        ComboBox<String> actor = new ComboBox<>(model.actors());
        actor.valueProperty().bindBidirectional(model.actorFilterProperty());
        actor.setId("audit-actor");
        ComboBox<String> action = new ComboBox<>(model.actions());
        action.valueProperty().bindBidirectional(model.actionFilterProperty());
        action.setId("audit-action");
        TextField search = new TextField();
        search.setPromptText("Search object, version or comment");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setId("audit-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon(Material2OutlinedMZ.REFRESH));
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(event -> model.refresh());
        HBox filters = new HBox(10, label("Who"), actor, label("Action"), action, search, refresh);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditRecord> table = new TableView<>(model.audit());
        table.setId("audit-log");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("When", record -> WHEN.format(record.entry().at())),
                column("Who", record -> record.entry().actor()),
                column("Action", record -> record.entry().action()),
                column("Object", record -> record.entry().objectType() + " " + record.entry().objectId()
                        + record.entry().objectVersion().map(version -> " v" + version).orElse("")),
                column("Comment", record -> record.entry().comment().orElse("")));
        table.setPlaceholder(new Label("No entries match the filters."));
        VBox box = new VBox(10, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private VBox exportHistory() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.ARCHIVE);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label("No bundles exported yet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label("Approved journeys and markdown plans are exported as versioned bundles with "
                + "checksums, JSON Schemas and DMN decision tables that a production decision engine can run. "
                + "Each export will be listed here.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(48));
        return box;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

}

package com.retailstudio.app.ui.approvals;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.app.approval.ReviewTitles;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.app.ui.approvals.ApprovalsViewModel.ApprovedVersion;
import com.retailstudio.app.workspace.Review;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Approved tab: every approved or exported version, which exports draw from, with who approved it and whether
 * that person was authenticated, and an Archive action (for its approver and the workspace's owner) that takes a
 * version out of exports, e.g. one of two approved markdown plans that change the same price.
 */
final class ApprovedVersionsPane extends VBox {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    ApprovedVersionsPane(ApprovalsViewModel model, DialogService dialogs) {
        super(10);
        TableView<ApprovedVersion> table = new TableView<>(model.approved());
        table.setId("approved-versions");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ApprovedVersion, String> kind = column("Kind", version -> ReviewTitles.kind(version.review().kind()));
        TableColumn<ApprovedVersion, String> number = column("Version", version -> "v" + version.review().version());
        TableColumn<ApprovedVersion, String> state = column("State",
                version -> version.review().state().name().toLowerCase(Locale.ROOT));
        TableColumn<ApprovedVersion, String> identity = column("Identity",
                version -> ApprovalsViewModel.identity(version.authenticated()));
        TableColumn<ApprovedVersion, String> decided = column("Last decided",
                version -> version.review().decidedAt().map(WHEN::format).orElse(""));
        // short values get narrow columns, so "not authenticated" and the time are never cut
        kind.setMaxWidth(130);
        number.setMaxWidth(80);
        state.setMaxWidth(100);
        identity.setMinWidth(150);
        decided.setMinWidth(170);
        table.getColumns().setAll(kind, column("Name", version -> model.titles().name(version.review())), number, state,
                column("Author", version -> version.review().author()),
                column("Approved by", ApprovedVersion::approver), identity, decided);
        Label placeholder = new Label("Nothing is approved. Approved journeys and markdown plans are listed here "
                + "until they are archived; exports write the newest approved version of each.");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.setTextAlignment(TextAlignment.CENTER);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

        Button archive = new Button("Archive…", new FontIcon(Material2OutlinedAL.ARCHIVE));
        archive.setId("approved-archive");
        archive.getStyleClass().add(Styles.DANGER);
        archive.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        archive.setOnAction(event -> {
            ApprovedVersion version = table.getSelectionModel().getSelectedItem();
            Review review = version.review();
            dialogs.askComment("Archive '" + model.titles().name(review) + "'", "Archive "
                            + model.titles().title(review) + " as " + model.currentUser()
                            + "? Exports will leave it out. Say why (optional).", false)
                    .ifPresent(comment -> model.archive(version,
                            comment.isBlank() ? Optional.empty() : Optional.of(comment)));
        });
        FeedbackLabel message = new FeedbackLabel(model.messageProperty());
        message.setId("approved-message");
        HBox actions = new HBox(10, archive, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label rule = new Label("Its approver or the workspace's owner can archive a version; the archive is written to "
                + "the audit log.");
        rule.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().setAll(rule, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(12, 0, 0, 0));
    }

    private static TableColumn<ApprovedVersion, String> column(String title, Function<ApprovedVersion, String> value) {
        TableColumn<ApprovedVersion, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}

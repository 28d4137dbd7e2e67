package com.retailstudio.app.ui.approvals;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.app.approval.ReviewTitles;
import com.retailstudio.app.plans.PlanPriceDifference;
import com.retailstudio.app.signing.KeyPasswords;
import com.retailstudio.app.workspace.AuditRecord;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.ui.choice.CheckChoices;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.table.Columns;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Approvals & export section: the review queue with four-eyes decisions, and the audit log with filters. */
public final class ApprovalsView extends BorderPane {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

    private static final String STYLESHEET = Objects.requireNonNull(
            ApprovalsView.class.getResource("approvals.css")).toExternalForm();

    private final ApprovalsViewModel model;
    private final DialogService dialogs;

    public ApprovalsView(ApprovalsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        getStyleClass().add("approvals-view");
        getStylesheets().add(STYLESHEET);
        TabPane tabs = new TabPane(
                new Tab("Review queue", reviewQueue()),
                new Tab("Approved", new ApprovedVersionsPane(model, dialogs)),
                new Tab("Audit log", auditLog()),
                new Tab("Export history", exportHistory()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        // Exporting is what the section ends in, so it is reachable from every tab, not only Export history.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(10, gap, exportButton("approvals-export-bundle"));
        toolbar.setId("approvals-toolbar");
        toolbar.setAlignment(Pos.CENTER_RIGHT);
        toolbar.setPadding(new Insets(0, 0, 6, 0));
        setTop(toolbar);
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
        TableColumn<Review, String> kind = Columns.text("Kind", review -> ReviewTitles.kind(review.kind()));
        TableColumn<Review, String> version = Columns.text("Version", review -> "v" + review.version());
        // short values get narrow columns, so the names the reviewer goes by are read whole
        kind.setMaxWidth(140);
        version.setMaxWidth(80);
        table.getColumns().setAll(kind,
                Columns.text("Name", review -> model.titles().name(review)),
                version,
                Columns.text("Author", Review::author),
                Columns.text("Submitted", review -> WHEN.format(review.submittedAt()) + " by " + review.submittedBy()));
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
            dialogs.askComment("Approve '" + model.titles().name(review) + "'", "Approve "
                    + model.titles().title(review) + " as " + model.currentUser() + "? A comment is optional.", false)
                    .ifPresent(comment -> signingPassword("approval").ifPresent(password -> model.approve(review,
                            comment.isBlank() ? Optional.empty() : Optional.of(comment), password)));
        });
        Button sendBack = new Button("Request changes…", new FontIcon(Material2OutlinedMZ.UNDO));
        sendBack.setId("review-request-changes");
        sendBack.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        sendBack.setOnAction(event -> {
            Review review = table.getSelectionModel().getSelectedItem();
            dialogs.askComment("Request changes to '" + model.titles().name(review) + "'",
                            "What should the author change in " + model.titles().title(review) + "?", true)
                    .ifPresent(comment -> model.requestChanges(review, comment));
        });
        FeedbackLabel message = new FeedbackLabel(model.messageProperty());
        message.setId("review-message");
        HBox actions = new HBox(10, approve, sendBack, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label rule = new Label();
        rule.textProperty().bind(model.workingAsProperty().map(user ->
                "Four eyes: you cannot approve what you wrote. You are working as " + user + "."));
        rule.setId("review-rule");
        // the sentence names who is working and whether the server vouches for them: never cut it off
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        rule.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        Label changesTitle = new Label("What this version changes");
        changesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label comparedWith = new Label();
        comparedWith.textProperty().bind(model.comparedWithProperty());
        comparedWith.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ListView<String> changes = new ListView<>(model.changes());
        changes.setId("review-changes");
        changes.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        changes.setCellFactory(list -> new ReviewCells.ChangeLine());
        changes.setPlaceholder(new Label("Select a version in the queue to see what it changes."));
        TableView<PlanPriceDifference> prices = priceTable();
        VBox changesBox = new VBox(6, changesTitle, comparedWith, changes, prices);
        // a plan's lines are a short summary above its price table; a journey's lines are the whole diff
        Runnable layout = () -> {
            boolean plan = !model.priceChanges().isEmpty();
            prices.setVisible(plan);
            prices.setManaged(plan);
            double fit = model.changes().size() * 28 + 4;
            changes.setPrefHeight(plan ? fit : Region.USE_COMPUTED_SIZE);
            changes.setMinHeight(plan ? fit : Region.USE_COMPUTED_SIZE);
            VBox.setVgrow(changes, plan ? Priority.NEVER : Priority.ALWAYS);
        };
        model.priceChanges().addListener((ListChangeListener<PlanPriceDifference>) change ->
                layout.run());
        layout.run();
        VBox.setVgrow(prices, Priority.ALWAYS);

        // a journey is drawn, both versions side by side, left of its change lines; a line leads to its step
        JourneyReviewPane versions = new JourneyReviewPane();
        changesBox.setMinWidth(0);
        SplitPane lower = new SplitPane(changesBox);
        lower.setId("review-diff");
        lower.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        model.journeysProperty().addListener((observable, before, shown) -> {
            versions.show(shown);
            if (shown != null && !lower.getItems().contains(versions)) {
                lower.getItems().setAll(versions, changesBox);
                lower.setDividerPositions(0.64);
            } else if (shown == null) {
                lower.getItems().setAll(changesBox);
            }
        });
        changes.getSelectionModel().selectedIndexProperty().addListener((observable, before, index) ->
                model.stepOfLine(index.intValue()).ifPresent(versions::reveal));
        // and a step picked on a canvas picks its first line, unless the line picked already is about it
        versions.selectedStepProperty().addListener((observable, before, step) -> {
            int picked = changes.getSelectionModel().getSelectedIndex();
            if (step == null || model.stepOfLine(picked).filter(step::equals).isPresent()) {
                return;
            }
            for (int i = 0; i < changes.getItems().size(); i++) {
                if (model.stepOfLine(i).filter(step::equals).isPresent()) {
                    changes.getSelectionModel().select(i);
                    changes.scrollTo(i);
                    return;
                }
            }
            changes.getSelectionModel().clearSelection();
        });

        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.26);
        VBox box = new VBox(10, rule, split, actions);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    /** A markdown plan's prices that differ: product, store, week, before → after. */
    private TableView<PlanPriceDifference> priceTable() {
        TableView<PlanPriceDifference> table = new TableView<>(model.priceChanges());
        table.setId("review-price-changes");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Two depths, each named: the step from the price before (3.49 → 2.49 is −28.7 %) and the depth off full
        // price that the Markdowns table and the price-change file's discount_pct give (40.6 % off).
        TableColumn<PlanPriceDifference, String> change = Columns.text("% vs previous price", PRICE_CHANGE);
        change.setCellFactory(column -> new ReviewCells.PriceChange());
        TableColumn<PlanPriceDifference, String> offFull = Columns.text("% off full price", OFF_FULL_PRICE);
        TableColumn<PlanPriceDifference, String> before = Columns.text("Before", difference -> money(difference.before()));
        TableColumn<PlanPriceDifference, String> after = Columns.text("After", difference -> money(difference.after()));
        List.of(before, after, change, offFull).forEach(column -> column.getStyleClass().add(Tweaks.ALIGN_RIGHT));
        // the two depths' names are read whole; prices are short
        change.setMinWidth(160);
        offFull.setMinWidth(140);
        before.setMaxWidth(110);
        after.setMaxWidth(110);
        table.getColumns().setAll(
                Columns.text("Product", difference -> model.titles().product(difference.productId())),
                Columns.text("Store", PlanPriceDifference::storeId),
                Columns.text("Week of", difference -> WEEK.format(difference.week())),
                before, after, change, offFull);
        return table;
    }

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy");

    /** "−16.7 %" from before to after, or what appeared or went. */
    private static final Function<PlanPriceDifference, String> PRICE_CHANGE = difference -> {
        if (difference.before().isEmpty()) {
            return "newly priced";
        }
        if (difference.after().isEmpty()) {
            return "no longer priced";
        }
        double share = difference.changeVsPrevious().getAsDouble();
        return String.format(Locale.ROOT, "%+.1f %%", 100 * share).replace('-', '\u2212');
    };

    /** "40.6 % off" full price, as discount_pct in the price-change file; "full price" for none. */
    static final Function<PlanPriceDifference, String> OFF_FULL_PRICE = difference -> {
        if (difference.offFullPrice().isEmpty()) {
            return "\u2014";
        }
        double off = difference.offFullPrice().getAsDouble();
        return Math.abs(off) < 0.0005 ? "full price" : String.format(Locale.ROOT, "%.1f %% off", 100 * off);
    };

    private static String money(Optional<Double> price) {
        return price.map(value -> String.format(Locale.ROOT, "%.2f", value)).orElse("\u2014");
    }

    private VBox auditLog() {
        CheckComboBox<String> actor = CheckChoices.bound("audit-actor", model.actors(), model.chosenActors(),
                "Anyone");
        actor.setTooltip(new Tooltip("Show the entries of the people checked; none checked: everybody's"));
        CheckComboBox<String> action = CheckChoices.bound("audit-action", model.actions(), model.chosenActions(),
                "Any action");
        action.setTooltip(new Tooltip("Show the actions checked; none checked: every action"));
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
                Columns.text("When", record -> WHEN.format(record.entry().at())),
                Columns.text("Who", record -> record.entry().actor()),
                Columns.text("Action", record -> record.entry().action()),
                Columns.text("Object", record -> record.entry().objectType() + " " + record.entry().objectId()
                        + record.entry().objectVersion().map(version -> " v" + version).orElse("")),
                Columns.text("Identity", record -> ApprovalsViewModel.identity(record.authenticated())),
                Columns.text("Comment", record -> record.entry().comment().orElse("")));
        table.setPlaceholder(new Label("No entries match the filters."));
        VBox box = new VBox(10, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private Optional<KeyPasswords> signingPassword(String what) {
        return new SigningPassword(dialogs, System::getenv).ask(model.currentUser(), what, model.signingKeyIsNew());
    }

    /** Writes every approved item into a new bundle folder: the section's main action, so on its toolbar too. */
    private Button exportButton(String id) {
        Button export = new Button("Export bundle…", new FontIcon(Material2OutlinedAL.ARCHIVE));
        export.setId(id);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Write every approved item into a new bundle folder"));
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(event -> dialogs.chooseFolder("Choose where to write the bundle")
                .ifPresent(folder -> signingPassword("bundle").ifPresent(password -> model.export(folder, password))));
        return export;
    }

    private VBox exportHistory() {
        TableView<AuditRecord> table = new TableView<>(model.exports());
        table.setId("export-history");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                Columns.text("When", record -> WHEN.format(record.entry().at())),
                Columns.text("Who", record -> record.entry().actor()),
                Columns.text("Bundle", record -> record.entry().objectId()),
                Columns.text("What and where", record -> record.entry().comment().orElse("")));
        Label placeholder = new Label("No bundles exported yet. Approved journeys and markdown plans are exported "
                + "as versioned bundles with checksums that 'retail-studio validate' checks on their own; each "
                + "export is listed here.");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.setTextAlignment(TextAlignment.CENTER);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        Button export = exportButton("export-bundle");
        FeedbackLabel message = new FeedbackLabel(model.messageProperty());
        message.setId("export-message");
        HBox actions = new HBox(10, export, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, actions, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

}

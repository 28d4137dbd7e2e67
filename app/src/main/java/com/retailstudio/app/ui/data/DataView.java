package com.retailstudio.app.ui.data;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.retailstudio.app.ui.shell.EmptyStateView;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.SectionViews;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.section.SectionFrame;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Data section: the workspace's data sets, the quality report of the one shown and the quality history across
 * imports, and opening a folder; in the section kit's frame (its empty state, and progress with Cancel while the
 * first check or import runs).
 */
public final class DataView extends StackPane {

    private static final DateTimeFormatter IMPORTED_AT =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private static final String STYLESHEET = Objects.requireNonNull(
            DataView.class.getResource("data.css")).toExternalForm();

    private final DataViewModel model;
    private final Supplier<Optional<Path>> folderChooser;
    private final BiConsumer<Window, Path> explorer;

    /**
     * @param folderChooser asks the user for a folder (a directory chooser in the application, a stand-in in tests)
     * @param explorer      opens the Data explorer on a data-set folder, beside this window
     */
    public DataView(DataViewModel model, Supplier<Optional<Path>> folderChooser, BiConsumer<Window, Path> explorer) {
        this.model = model;
        this.folderChooser = folderChooser;
        this.explorer = explorer;
        getStyleClass().add("data-view");
        getStylesheets().add(STYLESHEET);

        BorderPane content = new BorderPane();
        QualityReportView reportView = new QualityReportView();
        reportView.reportProperty().bind(model.reportProperty());
        ScrollPane historyScroll = new ScrollPane(new QualityHistoryView(model.qualityHistory(), model.drifts()));
        historyScroll.setFitToWidth(true);
        historyScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        // The tabs are a strip of headers; the chosen view is the pane's centre itself, so a window narrower than the
        // report scrolls the section as it did before the tabs (a tab pane reports only its headers' minimum width).
        Tab checks = new Tab("Checks");
        checks.setId("data-checks-tab");
        Tab history = new Tab("Quality over time");
        history.setId("data-history-tab");
        // the drift count on the tab, so a drift is seen without opening it
        history.textProperty().bind(Bindings.size(model.drifts()).map(count -> count.intValue() == 0
                ? "Quality over time"
                : "Quality over time (" + count + (count.intValue() == 1 ? " drift)" : " drifts)")));
        TabPane tabs = new TabPane(checks, history);
        tabs.setId("data-tabs");
        tabs.getStyleClass().add("data-tab-strip");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(0);
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                content.setCenter(now == history ? historyScroll : reportView));
        content.setTop(new VBox(toolbar(), banners(), tabs));
        content.setCenter(reportView);

        SectionFrame frame = new SectionFrame(content);
        frame.emptyStateProperty().set(new EmptyStateView(
                SectionViews.emptyState(Section.DATA, section -> { }).withAction(this::chooseFolder)));
        frame.emptyProperty().bind(model.empty());
        frame.busyProperty().bind(model.busyProperty().and(model.reportProperty().isNull()));
        frame.busyTextProperty().bind(model.busyMessageProperty());
        frame.taskProperty().bind(model.runningProperty());
        getChildren().setAll(frame);
        installDragAndDrop();
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        this::chooseFolder);
            }
        });
    }

    private HBox toolbar() {
        Label label = new Label("Data set");
        label.getStyleClass().add(Styles.TEXT_BOLD);

        ComboBox<RegisteredDataSet> dataSets = new ComboBox<>(model.dataSets());
        dataSets.setId("data-set-choice");
        dataSets.setPrefWidth(400);
        dataSets.setCellFactory(list -> new DataSetCell());
        dataSets.setButtonCell(new DataSetCell());
        dataSets.valueProperty().bindBidirectional(model.activeDataSetProperty());
        dataSets.disableProperty().bind(model.busyProperty().or(model.previewFolderProperty().isNotNull()));

        Button open = new Button("Open folder…", new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        open.setId("data-open-folder");
        open.setTooltip(new Tooltip("Check a folder of CSV files before importing it (Ctrl+O, or drop a folder here)"));
        open.setOnAction(event -> chooseFolder());
        open.disableProperty().bind(model.busyProperty());

        Button recheck = new Button("Check again", new FontIcon(Material2OutlinedMZ.REFRESH));
        recheck.setId("data-recheck");
        recheck.setOnAction(event -> model.recheck());
        // the report shown on opening is the one kept from the import: say when it was made
        Tooltip checked = new Tooltip();
        checked.textProperty().bind(Bindings.createStringBinding(() -> model.reportProperty().get() == null
                ? "Read the active data set's files and check them again"
                : "Checked " + IMPORTED_AT.format(model.reportProperty().get().checkedAt())
                        + "; read the files and check them again", model.reportProperty()));
        recheck.setTooltip(checked);
        recheck.disableProperty().bind(model.busyProperty().or(model.activeDataSetProperty().isNull()));

        Button explore = new Button("Explore", new FontIcon(Material2OutlinedAL.GRID_ON));
        explore.setId("data-explore");
        explore.setTooltip(new Tooltip("Browse, profile and pivot the active data set's files in a window beside this"));
        explore.setOnAction(event -> explorer.accept(getScene().getWindow(),
                Path.of(model.activeDataSetProperty().get().sourcePath())));
        explore.disableProperty().bind(model.activeDataSetProperty().isNull());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(10, label, dataSets, spacer, explore, open, recheck);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(14, 32, 10, 32));
        return toolbar;
    }

    private VBox banners() {
        Message preview = new Message("Previewing a folder that is not in the workspace yet", "");
        preview.getStyleClass().add(Styles.ACCENT);
        preview.descriptionProperty().bind(model.previewFolderProperty().asString("%s — import it to make it the "
                + "active data set; the workspace keeps its own copy."));
        Button importButton = new Button("Make it the active data set", new FontIcon(Material2OutlinedAL.CHECK));
        importButton.setId("data-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(model.canImportPreview().not());
        importButton.setOnAction(event -> model.importPreview());
        Button discard = new Button("Discard");
        discard.setId("data-discard");
        discard.setOnAction(event -> model.discardPreview());
        HBox previewActions = new HBox(8, importButton, discard);
        VBox previewBox = new VBox(8, preview, previewActions);
        previewBox.setId("data-preview");
        previewBox.visibleProperty().bind(model.previewFolderProperty().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());

        Message failure = new Message("Something needs your attention", "");
        failure.setId("data-error");
        failure.getStyleClass().add(Styles.DANGER);
        failure.descriptionProperty().bind(model.feedbackProperty().map(Feedback::text));
        failure.visibleProperty().bind(model.feedbackProperty().map(said -> !said.isEmpty()));
        failure.managedProperty().bind(failure.visibleProperty());

        VBox banners = new VBox(8, previewBox, failure);
        banners.setPadding(new Insets(0, 32, 0, 32));
        return banners;
    }

    private void chooseFolder() {
        folderChooser.get().ifPresent(model::preview);
    }

    private void installDragAndDrop() {
        setOnDragOver(event -> {
            if (droppedFolder(event).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            Optional<Path> folder = droppedFolder(event);
            folder.ifPresent(model::preview);
            event.setDropCompleted(folder.isPresent());
            event.consume();
        });
    }

    private static Optional<Path> droppedFolder(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return event.getDragboard().getFiles().stream().filter(File::isDirectory).findFirst().map(File::toPath);
    }

    /** Shows a data set by name and import date. */
    private static final class DataSetCell extends ListCell<RegisteredDataSet> {
        @Override
        protected void updateItem(RegisteredDataSet item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.name() + "  ·  imported " + IMPORTED_AT.format(item.importedAt()));
        }
    }
}

package com.retailstudio.designer.ui;

import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.portfolio.PortfolioRulesWindow;
import com.retailstudio.ui.dialog.DialogService;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The workspace's journeys: search, the list with status, steps and last change, new, duplicate and delete. */
final class LibraryPanel extends VBox {

    private static final String JOURNEY_FILE = "Journey file (*.json)";
    private static final String JSON = "*.json";

    private boolean syncing;

    LibraryPanel(JourneysViewModel model, DialogService dialogs) {
        getStyleClass().add("journey-library");
        Label title = new Label("Journeys");
        title.getStyleClass().add("journeys-side-title");
        MenuButton create = newJourneyMenu(model);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        MenuButton file = fileMenu(model, dialogs);
        HBox head = new HBox(8, title, gap, file, create);
        // The title gives way to the buttons only after they have their full width.
        create.setMinWidth(Region.USE_PREF_SIZE);
        file.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        head.setAlignment(Pos.CENTER_LEFT);

        TextField search = new TextField();
        search.setId("journey-search");
        search.setPromptText("Search journeys");
        search.textProperty().bindBidirectional(model.library().searchProperty());

        ListView<LibraryEntry> list = new ListView<>(model.library().entries());
        list.setId("journey-library");
        list.getStyleClass().add("template-list");
        list.setCellFactory(view -> new EntryCell(model));
        // "1 min ago" ages while the list is shown: the cells are drawn again now and then, only while on screen
        Timeline ages = new Timeline(new KeyFrame(
                javafx.util.Duration.millis(model.library().ageRefresh().toMillis()), event -> list.refresh()));
        ages.setCycleCount(Animation.INDEFINITE);
        list.sceneProperty().addListener((observable, before, now) -> {
            if (now == null) {
                ages.stop();
            } else {
                ages.play();
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("template-meta");
        placeholder.textProperty().bind(Bindings.when(model.library().searchProperty().isEmpty())
                .then("No journeys yet. Start one with New.").otherwise("No journey matches the search."));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (!syncing && chosen != null) {
                model.library().open(chosen.id());
            }
        });
        Runnable sync = () -> {
            syncing = true;
            try {
                Journey open = model.editor().journeyProperty().get();
                list.getSelectionModel().clearSelection();
                if (open != null) {
                    model.library().entries().stream().filter(e -> e.id().equals(open.id())).findFirst()
                            .ifPresent(list.getSelectionModel()::select);
                }
            } finally {
                syncing = false;
            }
        };
        model.library().entries().addListener((ListChangeListener<LibraryEntry>) change -> sync.run());
        model.editor().journeyProperty().addListener((observable, before, after) -> {
            if (before == null || after == null || !before.id().equals(after.id())) {
                sync.run();
            }
        });
        sync.run();
        VBox.setVgrow(list, Priority.ALWAYS);

        Button duplicate = smallButton("Duplicate", Material2OutlinedAL.CONTENT_COPY,
                "A copy of this journey as a new draft");
        duplicate.setId("journey-duplicate");
        duplicate.setOnAction(e -> model.library().duplicate());
        Button delete = smallButton("Delete draft", Material2OutlinedAL.DELETE_OUTLINE,
                "Delete this journey's draft; versions already saved stay in the workspace");
        delete.setId("journey-delete-draft");
        delete.setOnAction(e -> model.library().deleteDraft());
        duplicate.disableProperty().bind(model.editor().journeyProperty().isNull());
        delete.disableProperty().bind(model.editor().journeyProperty().isNull());
        HBox actions = new HBox(6, duplicate, delete);

        Button portfolio = smallButton("Portfolio rules", Material2OutlinedAL.ACCOUNT_BALANCE,
                "Caps across journeys, the global control group, journey priority and who is never messaged");
        portfolio.setId("journey-portfolio-rules");
        portfolio.setMaxWidth(Double.MAX_VALUE);
        portfolio.visibleProperty().bind(model.portfolioProperty().isNotNull());
        portfolio.managedProperty().bind(portfolio.visibleProperty());
        portfolio.setOnAction(e -> PortfolioRulesWindow.open(getScene().getWindow(), model.portfolioProperty().get(),
                PortfolioRulesWindow.DEFAULT_ID, dialogs));

        getChildren().addAll(head, search, list, actions, portfolio);
        setSpacing(8);
    }

    /** Import and export of single journey files, through the dialog service. */
    private static MenuButton fileMenu(JourneysViewModel model, DialogService dialogs) {
        MenuButton file = new MenuButton(null, new FontIcon(Material2OutlinedAL.INSERT_DRIVE_FILE));
        file.setId("journey-file");
        file.getStyleClass().addAll("small", "flat");
        file.setTooltip(new Tooltip("Import or export a journey file (.json); you can also drop files here"));
        MenuItem importFile = new MenuItem("Import journey file…");
        importFile.setId("journey-import");
        importFile.setOnAction(e -> dialogs.chooseFileToOpen("Import a journey file", JOURNEY_FILE, JSON)
                .ifPresent(model.files()::importFile));
        MenuItem exportFile = new MenuItem("Export journey file…");
        exportFile.setId("journey-export");
        exportFile.disableProperty().bind(model.editor().journeyProperty().isNull());
        exportFile.setOnAction(e -> dialogs.chooseFileToSave("Export the journey file",
                model.files().exportFileName(), JOURNEY_FILE, JSON).ifPresent(model.files()::exportFile));
        file.getItems().addAll(importFile, exportFile);
        return file;
    }

    private static MenuButton newJourneyMenu(JourneysViewModel model) {
        MenuButton create = new MenuButton("New", new FontIcon(Material2OutlinedAL.ADD));
        create.setId("journey-new");
        create.getStyleClass().addAll("accent", "small");
        create.setTooltip(new Tooltip("Start a journey, blank or from a template"));
        MenuItem blank = new MenuItem("Blank journey");
        blank.setId("journey-new-blank");
        blank.setOnAction(e -> model.library().newBlank());
        create.getItems().addAll(blank, new SeparatorMenuItem());
        for (Journey template : model.library().templates()) {
            MenuItem item = new MenuItem("From template: " + template.name());
            item.setId("journey-new-" + template.id());
            item.setOnAction(e -> model.library().newFromTemplate(template.id()));
            create.getItems().add(item);
        }
        return create;
    }

    private static Button smallButton(String text, Ikon icon, String tip) {
        Button button = new Button(text, new FontIcon(icon));
        button.getStyleClass().addAll("small", "flat");
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago". */
    static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + (age.toDays() == 1 ? " day ago" : " days ago");
    }

    private static final class EntryCell extends ListCell<LibraryEntry> {
        private final JourneysViewModel model;

        EntryCell(JourneysViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(LibraryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(entry.name());
            name.getStyleClass().add("template-title");
            Label status = new Label(entry.status());
            status.getStyleClass().addAll("journey-status", entry.status().equals("Draft") ? "draft"
                    : entry.status().contains("approved") ? "approved" : "versioned");
            Label meta = new Label(entry.steps() + " steps · " + entry.author() + " · "
                    + ago(entry.lastChanged(), model.library().now()));
            meta.getStyleClass().add("template-meta");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(6, name, gap, status);
            top.setAlignment(Pos.CENTER_LEFT);
            name.setMinWidth(0);
            VBox box = new VBox(2, top, meta);
            setGraphic(box);
            setText(null);
        }
    }
}

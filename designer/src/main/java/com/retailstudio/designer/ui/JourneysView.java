package com.retailstudio.designer.ui;

import atlantafx.base.theme.Tweaks;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.library.JourneyVersion;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import com.retailstudio.designer.model.JourneyStructureDiff;
import java.util.List;
import java.util.Optional;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Journeys section, the editor marketers work in: the library with the journey's checks on the left; the open
 * journey's summary, toolbar, palette and canvas in the middle; the selected step on the right
 * ({@link #propertiesArea()}). With an empty library it offers the templates and a blank journey to start from.
 */
public final class JourneysView extends BorderPane {

    /** The section's width below which the properties panel narrows (see journeys.css). */
    static final double COMPACT_BELOW_WIDTH = 1100;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final double COMPACT_CANVAS_MIN_WIDTH = 240;
    private static final double PALETTE_SCROLL_WIDTH = 92;

    private final JourneysViewModel model;
    private final JourneyCanvasView canvas = new JourneyCanvasView();
    private final JourneyCanvasView versionCanvas = new JourneyCanvasView();
    private final StackPane propertiesArea = new StackPane();
    /** What the last command did or why it was refused, under the toolbar. */
    private final Label message = new Label();

    /** The section without journey files (previews, benchmarks): no import or export offered. */
    public JourneysView(JourneysViewModel model) {
        this(model, JourneyFileDialogs.NONE);
    }

    /** The section; {@code files} asks the user which journey file to import or where to export one. */
    public JourneysView(JourneysViewModel model, JourneyFileDialogs files) {
        this.model = model;
        getStyleClass().add("journeys-view");
        getStylesheets().add(JourneysView.class.getResource("journeys.css").toExternalForm());

        LintPanel lint = new LintPanel(model);
        VBox.setVgrow(lint, Priority.ALWAYS);
        LibraryPanel library = new LibraryPanel(model, files);
        VBox side = new VBox(8, library, lint);
        VBox.setVgrow(library, Priority.ALWAYS);
        side.getStyleClass().add("journeys-side");
        setLeft(side);

        canvas.setId("journey-canvas");
        canvas.journeyProperty().bind(model.journeyProperty());
        canvas.selectedNodeProperty().bindBidirectional(model.selectedNodeProperty());
        Bindings.bindContent(canvas.findings(), model.findings());
        Bindings.bindContent(canvas.selection(), model.selection());
        canvas.setEdits(model);

        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        NodePalette palette = new NodePalette(canvas, overlay, model::addNode);
        // A version opened from the Versions tab is drawn read-only over the editing canvas, under a banner.
        versionCanvas.setId("journey-version-canvas");
        versionCanvas.journeyProperty().bind(Bindings.createObjectBinding(() -> {
            var viewed = model.viewedVersionProperty().get();
            return viewed == null ? null : viewed.journey();
        }, model.viewedVersionProperty()));
        VBox versionView = new VBox(versionBanner(), versionCanvas);
        versionView.getStyleClass().add("journey-version-view");
        VBox.setVgrow(versionCanvas, Priority.ALWAYS);
        versionView.visibleProperty().bind(model.viewedVersionProperty().isNotNull());
        VBox compareView = compareView();
        palette.disableProperty().bind(model.viewedVersionProperty().isNotNull()
                .or(model.comparedVersionProperty().isNotNull()));
        StackPane canvasArea = new StackPane(canvas, versionView, compareView);
        // The banners' buttons keep their width; the canvas gives way, down to a size still worth drawing on.
        canvasArea.setMinWidth(COMPACT_CANVAS_MIN_WIDTH);
        // In a short window the palette scrolls rather than push the section's foot out of it.
        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Room for the palette and, in a short window, the scroll bar beside it.
        paletteScroll.setPrefWidth(PALETTE_SCROLL_WIDTH);
        paletteScroll.setMinWidth(Region.USE_PREF_SIZE);
        paletteScroll.getStyleClass().addAll("journey-palette-scroll", Tweaks.EDGE_TO_EDGE);
        HBox work = new HBox(paletteScroll, canvasArea);
        HBox.setHgrow(canvasArea, Priority.ALWAYS);
        VBox.setVgrow(work, Priority.ALWAYS);

        propertiesArea.setId("journey-properties");
        propertiesArea.getStyleClass().add("journey-properties");
        Tab inspect = new Tab("Properties", new InspectorPane(model, FieldCatalogue.standard()));
        inspect.setId("journey-tab-properties");
        Tab history = new Tab("Versions", new VersionsPane(model, ZoneId.systemDefault()));
        history.setId("journey-tab-versions");
        Runnable count = () -> history.setText(model.versions().isEmpty() ? "Versions"
                : "Versions (" + model.versions().size() + ")");
        model.versions().addListener((javafx.collections.ListChangeListener<VersionRow>) change -> count.run());
        count.run();
        // Reviews are decided in Approvals & export: the states are read again whenever the tab is shown.
        history.setOnSelectionChanged(e -> {
            if (history.isSelected()) {
                model.reloadVersions();
            }
        });
        TabPane tabs = new TabPane(inspect, history);
        tabs.setId("journey-inspector-tabs");
        tabs.getStyleClass().add("journey-inspector-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        propertiesArea.getChildren().add(tabs);

        BorderPane editor = new BorderPane();
        editor.setTop(new VBox(header(), toolbar(), message));
        editor.setCenter(work);
        editor.setRight(propertiesArea);

        StartPane start = new StartPane(model);
        StackPane centre = new StackPane(editor, start, overlay);
        Runnable empty = () -> {
            boolean none = model.journeyProperty().get() == null;
            editor.setVisible(!none);
            start.setVisible(none);
            // Without a journey there is nothing to check.
            lint.setVisible(!none);
            lint.setManaged(!none);
        };
        model.journeyProperty().addListener((observable, before, after) -> empty.run());
        empty.run();
        setCenter(centre);
        // Below a width the properties panel narrows, so the canvas keeps room to work in a 1024-pixel window.
        widthProperty().addListener((observable, before, now) -> pseudoClassStateChanged(COMPACT,
                now.doubleValue() > 0 && now.doubleValue() < COMPACT_BELOW_WIDTH));
        addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        acceptDroppedJourneyFiles();
    }

    /** Journey files dropped anywhere on the section are imported as new drafts. */
    private void acceptDroppedJourneyFiles() {
        setOnDragOver(event -> {
            if (event.getGestureSource() == null && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                model.importFiles(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private HBox versionBanner() {
        Label text = new Label();
        text.setId("journey-version-banner-text");
        text.setGraphic(new FontIcon(Material2OutlinedAL.HISTORY));
        text.setMinWidth(0);
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            var viewed = model.viewedVersionProperty().get();
            return viewed == null ? "" : "Version " + viewed.number() + " · " + viewed.reviewState() + " · read-only";
        }, model.viewedVersionProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button restore = new Button("Restore as draft", new FontIcon(Material2OutlinedMZ.RESTORE));
        restore.setId("journey-version-banner-restore");
        restore.getStyleClass().add("small");
        restore.setOnAction(e -> {
            var viewed = model.viewedVersionProperty().get();
            if (viewed != null) {
                model.restoreAsDraft(viewed.number());
            }
        });
        Button back = new Button("Back to draft", new FontIcon(Material2OutlinedAL.EDIT));
        back.setId("journey-version-banner-back");
        back.getStyleClass().addAll("small", "accent");
        back.setOnAction(e -> model.viewDraft());
        restore.setMinWidth(Region.USE_PREF_SIZE);
        back.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(8, text, gap, restore, back);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("journey-version-banner");
        return banner;
    }

    /**
     * A version compared with the draft from the Versions tab: the version left, the draft right, the change lines
     * beside them, under a banner with the way back; drawn over the editing canvas.
     */
    private VBox compareView() {
        JourneyComparePane pane = new JourneyComparePane("journey-compare-version", "journey-compare-draft",
                "journey-compare-changes");
        Runnable show = () -> {
            JourneyVersion compared = model.comparedVersionProperty().get();
            Journey draft = model.journeyProperty().get();
            if (compared == null || draft == null) {
                pane.clear();
                return;
            }
            JourneyDiff diff = JourneyDiff.between(compared.journey(), draft);
            pane.show(Optional.of(compared.journey()), "Version " + compared.number() + " · " + compared.reviewState(),
                    draft, "Draft", JourneyStructureDiff.of(compared.journey(), draft, diff), diff.changes());
        };
        model.comparedVersionProperty().addListener((observable, before, after) -> show.run());
        model.journeyProperty().addListener((observable, before, after) -> show.run());
        Label text = new Label();
        text.setId("journey-compare-banner-text");
        text.setGraphic(new FontIcon(Material2OutlinedAL.COMPARE_ARROWS));
        text.setMinWidth(0);
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            var compared = model.comparedVersionProperty().get();
            return compared == null ? "" : "Version " + compared.number() + " compared with the draft · read-only";
        }, model.comparedVersionProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = new Button("Back to draft", new FontIcon(Material2OutlinedAL.EDIT));
        back.setId("journey-compare-back");
        back.getStyleClass().addAll("small", "accent");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> model.viewDraft());
        HBox banner = new HBox(8, text, gap, back);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("journey-version-banner");
        pane.setPadding(new javafx.geometry.Insets(8));
        VBox view = new VBox(banner, pane);
        view.setId("journey-compare-view");
        view.getStyleClass().add("journey-version-view");
        VBox.setVgrow(pane, Priority.ALWAYS);
        view.visibleProperty().bind(model.comparedVersionProperty().isNotNull());
        return view;
    }

    /** The canvas a version opened from the Versions tab is drawn on, read-only. */
    public JourneyCanvasView versionCanvas() {
        return versionCanvas;
    }

    /** The editor's canvas. */
    public JourneyCanvasView canvas() {
        return canvas;
    }

    private void shortcut(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || model.journeyProperty().get() == null) {
            return;
        }
        if (model.viewedVersionProperty().get() != null || model.comparedVersionProperty().get() != null) {
            // A version is shown read-only: no shortcut may change the draft hidden behind it; Esc goes back to it.
            if (event.getCode() == KeyCode.ESCAPE) {
                model.viewDraft();
                event.consume();
            }
            return;
        }
        KeyCode code = event.getCode();
        boolean mod = event.isShortcutDown();
        boolean handled = true;
        if (!mod && (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE)) {
            model.deleteSelection();
        } else if (mod && code == KeyCode.Z) {
            if (event.isShiftDown()) {
                model.redo();
            } else {
                model.undo();
            }
        } else if (mod && code == KeyCode.Y) {
            model.redo();
        } else if (mod && code == KeyCode.C) {
            model.copySelection();
        } else if (mod && code == KeyCode.X) {
            model.copySelection();
            model.deleteSelection();
        } else if (mod && code == KeyCode.V) {
            model.paste();
        } else if (mod && code == KeyCode.A) {
            model.selectAll(model.journeyProperty().get().nodes().stream().map(n -> n.id()).toList(), false);
        } else if (mod && (code == KeyCode.EQUALS || code == KeyCode.PLUS || code == KeyCode.ADD)) {
            canvas.zoomIn();
        } else if (mod && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            canvas.zoomOut();
        } else if (mod && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            canvas.fit();
        } else if (mod && code == KeyCode.L) {
            tidyAndFit();
        } else if (!mod && code.isArrowKey() && canvas.isFocusWithin() && !model.selection().isEmpty()) {
            // Nudge the selection by 8 canvas units, 40 with Shift.
            double step = event.isShiftDown() ? 40 : 8;
            double dx = code == KeyCode.LEFT || code == KeyCode.KP_LEFT ? -step
                    : code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT ? step : 0;
            double dy = code == KeyCode.UP || code == KeyCode.KP_UP ? -step
                    : code == KeyCode.DOWN || code == KeyCode.KP_DOWN ? step : 0;
            model.moveBy(java.util.Set.copyOf(model.selection()), dx, dy);
        } else if (!mod && code == KeyCode.ESCAPE) {
            model.clearSelection();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private VBox header() {
        Label name = new Label();
        name.setId("journey-title");
        name.getStyleClass().add("journey-name");
        name.setMinWidth(0);
        Label description = new Label();
        description.getStyleClass().add("journey-description");
        description.setTextOverrun(OverrunStyle.ELLIPSIS);
        Tooltip descriptionTip = new Tooltip();
        descriptionTip.setWrapText(true);
        descriptionTip.setMaxWidth(480);
        descriptionTip.textProperty().bind(description.textProperty());
        description.setTooltip(descriptionTip);
        FlowPane facts = new FlowPane(6, 6);
        facts.getStyleClass().add("journey-facts");
        Label entry = new Label();
        entry.getStyleClass().add("journey-entry");
        entry.setGraphic(new FontIcon(Material2OutlinedAL.LOGIN));
        entry.setMinWidth(0);
        entry.setTextOverrun(OverrunStyle.ELLIPSIS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(12, name, gap, entry);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, titleRow, description, facts);
        header.getStyleClass().add("journey-header");
        Runnable show = () -> {
            Journey j = model.journeyProperty().get();
            name.setText(j == null ? "" : j.name());
            description.setText(j == null ? "" : j.description());
            entry.setText(j == null ? "" : j.entry().describe());
            facts.getChildren().clear();
            if (j != null) {
                model.facts(j).forEach(fact -> {
                    Label chip = new Label(fact);
                    chip.getStyleClass().add("journey-fact");
                    facts.getChildren().add(chip);
                });
            }
        };
        model.journeyProperty().addListener((observable, before, after) -> show.run());
        show.run();
        return header;
    }

    private HBox toolbar() {
        Button undo = tool("journey-undo", Material2OutlinedMZ.UNDO, "Undo (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = tool("journey-redo", Material2OutlinedMZ.REDO, "Redo (Ctrl+Shift+Z or Ctrl+Y)", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button copy = tool("journey-copy", Material2OutlinedAL.CONTENT_COPY, "Copy the selected steps (Ctrl+C)",
                model::copySelection);
        copy.disableProperty().bind(model.hasSelectionProperty().not());
        Button paste = tool("journey-paste", Material2OutlinedAL.CONTENT_PASTE, "Paste (Ctrl+V)", model::paste);
        paste.disableProperty().bind(model.canPasteProperty().not());
        Button delete = tool("journey-delete", Material2OutlinedAL.DELETE_OUTLINE,
                "Delete the selected steps and their connections (Delete)", model::deleteSelection);
        delete.disableProperty().bind(model.hasSelectionProperty().not());
        Button tidy = tool("journey-tidy", Material2OutlinedAL.ACCOUNT_TREE,
                "Tidy: lay the journey out top to bottom (Ctrl+L)", this::tidyAndFit);
        tidy.setText("Tidy");
        tidy.getStyleClass().remove("button-icon");

        // Under the toolbar, wrapped: a refusal (a personal price, a journey with errors) is read whole, not cut
        // short beside the buttons with the rest in a tooltip.
        message.setId("journey-message");
        message.getStyleClass().add("journey-message");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        Tooltip messageTip = new Tooltip();
        messageTip.setWrapText(true);
        messageTip.setMaxWidth(480);
        messageTip.textProperty().bind(model.messageProperty());
        message.setTooltip(messageTip);
        FontIcon messageIcon = new FontIcon();
        message.setGraphic(messageIcon);
        Runnable tone = () -> {
            boolean problem = model.messageIsProblemProperty().get();
            message.getStyleClass().removeAll("problem", "done");
            message.getStyleClass().add(problem ? "problem" : "done");
            messageIcon.setIconCode(problem ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedAL.CHECK_CIRCLE);
            message.setVisible(!model.messageProperty().get().isEmpty());
            message.setManaged(message.isVisible());
        };
        model.messageProperty().addListener((observable, before, after) -> tone.run());
        model.messageIsProblemProperty().addListener((observable, before, after) -> tone.run());
        tone.run();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button saveVersion = new Button("Save version", new FontIcon(Material2OutlinedMZ.SAVE));
        saveVersion.setId("journey-save-version");
        saveVersion.getStyleClass().add("small");
        saveVersion.setTooltip(new Tooltip("Freeze this journey as its next version. Your edits are saved as you "
                + "make them either way."));
        saveVersion.setOnAction(e -> model.saveVersion());
        Button submit = new Button("Submit for review", new FontIcon(Material2OutlinedMZ.SEND));
        submit.setId("journey-submit");
        submit.getStyleClass().addAll("small", "accent");
        submit.setTooltip(new Tooltip("Freeze a version and ask a reviewer to approve it; a journey with errors "
                + "cannot be submitted"));
        submit.setOnAction(e -> model.submitForReview());
        // When a change could not be saved (someone else saved the draft meanwhile): take theirs, or keep this one
        // as a copy.
        Button reload = new Button("Reload");
        reload.setId("journey-reload");
        reload.getStyleClass().add("small");
        reload.setTooltip(new Tooltip("Open the stored draft again, dropping the changes that were not saved"));
        reload.setOnAction(e -> model.reload());
        Button saveCopy = new Button("Save as a copy");
        saveCopy.setId("journey-save-copy");
        saveCopy.getStyleClass().add("small");
        saveCopy.setTooltip(new Tooltip("Keep this journey, with the changes that were not saved, as a new draft"));
        saveCopy.setOnAction(e -> model.duplicate());
        for (Button offer : List.of(reload, saveCopy)) {
            offer.visibleProperty().bind(model.unsavedProperty());
            offer.managedProperty().bind(model.unsavedProperty());
            offer.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The commands keep their width in a narrow window.
        tidy.setMinWidth(Region.USE_PREF_SIZE);
        saveVersion.setMinWidth(Region.USE_PREF_SIZE);
        submit.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(2, undo, redo, separator(), copy, paste, delete, separator(), tidy, gap,
                reload, saveCopy, saveVersion, submit);
        bar.setSpacing(4);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("journey-toolbar");
        return bar;
    }

    /** Tidies the journey and shows all of it: the tidy layout moves steps out of the view the user had. */
    private void tidyAndFit() {
        model.tidy();
        canvas.fit();
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("journey-toolbar-separator");
        return separator;
    }

    private static Button tool(String id, Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}

package com.retailstudio.designer.ui;

import atlantafx.base.theme.Tweaks;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.library.JourneyVersion;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import com.retailstudio.designer.model.JourneyStructureDiff;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.section.SectionFrame;
import java.io.File;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Journeys section, the editor marketers work in: the library with the journey's checks on the left; the open
 * journey's summary, toolbar, palette and canvas in the middle; the selected step on the right
 * (properties and versions). It sits in the kit's {@link SectionFrame}, whose empty state ({@link StartPane}) offers
 * the templates and a blank journey while no journey is open; what the last command did shows in the kit's feedback
 * line ({@link JourneyMessageLine}); journey files are asked for through the {@link DialogService}.
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

    /** The section shown alone (previews, benchmarks), whose Import and Export ask no one. */
    public JourneysView(JourneysViewModel model) {
        this(model, DialogService.none());
    }

    /** The section; {@code dialogs} asks the user which journey file to import or where to export one. */
    public JourneysView(JourneysViewModel model, DialogService dialogs) {
        this.model = model;
        getStyleClass().add("journeys-view");
        getStylesheets().add(JourneysView.class.getResource("journeys.css").toExternalForm());

        LintPanel lint = new LintPanel(model.editor());
        VBox.setVgrow(lint, Priority.ALWAYS);
        LibraryPanel library = new LibraryPanel(model, dialogs);
        VBox side = new VBox(8, library, lint);
        VBox.setVgrow(library, Priority.ALWAYS);
        side.getStyleClass().add("journeys-side");
        setLeft(side);

        canvas.setId("journey-canvas");
        canvas.journeyProperty().bind(model.editor().journeyProperty());
        canvas.selectedNodeProperty().bindBidirectional(model.editor().selectedNodeProperty());
        Bindings.bindContent(canvas.findings(), model.editor().findings());
        Bindings.bindContent(canvas.selection(), model.editor().selection());
        canvas.setEdits(model.editor());

        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        NodePalette palette = new NodePalette(canvas, overlay, model.editor()::addNode);
        // A version opened from the Versions tab is drawn read-only over the editing canvas, under a banner.
        versionCanvas.setId("journey-version-canvas");
        versionCanvas.journeyProperty().bind(Bindings.createObjectBinding(() -> {
            var viewed = model.versions().viewedVersionProperty().get();
            return viewed == null ? null : viewed.journey();
        }, model.versions().viewedVersionProperty()));
        VBox versionView = new VBox(versionBanner(), versionCanvas);
        versionView.getStyleClass().add("journey-version-view");
        VBox.setVgrow(versionCanvas, Priority.ALWAYS);
        versionView.visibleProperty().bind(model.versions().viewedVersionProperty().isNotNull());
        VBox compareView = compareView();
        palette.disableProperty().bind(model.versions().viewedVersionProperty().isNotNull()
                .or(model.versions().comparedVersionProperty().isNotNull()));
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
        Tab inspect = new Tab("Properties", new InspectorPane(model.editor(), FieldCatalogue.standard()));
        inspect.setId("journey-tab-properties");
        Tab history = new Tab("Versions", new VersionsPane(model.versions(), ZoneId.systemDefault()));
        history.setId("journey-tab-versions");
        Runnable count = () -> history.setText(model.versions().rows().isEmpty() ? "Versions"
                : "Versions (" + model.versions().rows().size() + ")");
        model.versions().rows().addListener((ListChangeListener<VersionRow>) change -> count.run());
        count.run();
        // Reviews are decided in Approvals & export: the states are read again whenever the tab is shown.
        history.setOnSelectionChanged(e -> {
            if (history.isSelected()) {
                model.versions().reloadVersions();
            }
        });
        TabPane tabs = new TabPane(inspect, history);
        tabs.setId("journey-inspector-tabs");
        tabs.getStyleClass().add("journey-inspector-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        propertiesArea.getChildren().add(tabs);

        BorderPane editor = new BorderPane();
        editor.setTop(new VBox(header(), new JourneyToolbar(model, this::tidyAndFit),
                JourneyMessageLine.of(model, "journey-message")));
        editor.setCenter(work);
        editor.setRight(propertiesArea);

        SectionFrame frame = new SectionFrame(editor);
        frame.emptyStateProperty().set(new StartPane(model));
        frame.emptyProperty().bind(model.editor().journeyProperty().isNull());
        // Without a journey there is nothing to check.
        lint.visibleProperty().bind(frame.emptyProperty().not());
        lint.managedProperty().bind(lint.visibleProperty());
        StackPane centre = new StackPane(frame, overlay);
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
                model.files().importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
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
            var viewed = model.versions().viewedVersionProperty().get();
            return viewed == null ? "" : "Version " + viewed.number() + " · " + viewed.reviewState() + " · read-only";
        }, model.versions().viewedVersionProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button restore = new Button("Restore as draft", new FontIcon(Material2OutlinedMZ.RESTORE));
        restore.setId("journey-version-banner-restore");
        restore.getStyleClass().add("small");
        restore.setOnAction(e -> {
            var viewed = model.versions().viewedVersionProperty().get();
            if (viewed != null) {
                model.versions().restoreAsDraft(viewed.number());
            }
        });
        Button back = new Button("Back to draft", new FontIcon(Material2OutlinedAL.EDIT));
        back.setId("journey-version-banner-back");
        back.getStyleClass().addAll("small", "accent");
        back.setOnAction(e -> model.versions().viewDraft());
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
            JourneyVersion compared = model.versions().comparedVersionProperty().get();
            Journey draft = model.editor().journeyProperty().get();
            if (compared == null || draft == null) {
                pane.clear();
                return;
            }
            JourneyDiff diff = JourneyDiff.between(compared.journey(), draft);
            pane.show(Optional.of(compared.journey()), "Version " + compared.number() + " · " + compared.reviewState(),
                    draft, "Draft", JourneyStructureDiff.of(compared.journey(), draft, diff), diff.changes());
        };
        model.versions().comparedVersionProperty().addListener((observable, before, after) -> show.run());
        model.editor().journeyProperty().addListener((observable, before, after) -> show.run());
        Label text = new Label();
        text.setId("journey-compare-banner-text");
        text.setGraphic(new FontIcon(Material2OutlinedAL.COMPARE_ARROWS));
        text.setMinWidth(0);
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            var compared = model.versions().comparedVersionProperty().get();
            return compared == null ? "" : "Version " + compared.number() + " compared with the draft · read-only";
        }, model.versions().comparedVersionProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = new Button("Back to draft", new FontIcon(Material2OutlinedAL.EDIT));
        back.setId("journey-compare-back");
        back.getStyleClass().addAll("small", "accent");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> model.versions().viewDraft());
        HBox banner = new HBox(8, text, gap, back);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("journey-version-banner");
        pane.setPadding(new Insets(8));
        VBox view = new VBox(banner, pane);
        view.setId("journey-compare-view");
        view.getStyleClass().add("journey-version-view");
        VBox.setVgrow(pane, Priority.ALWAYS);
        view.visibleProperty().bind(model.versions().comparedVersionProperty().isNotNull());
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
        if (event.getTarget() instanceof TextInputControl || model.editor().journeyProperty().get() == null) {
            return;
        }
        if (model.versions().viewedVersionProperty().get() != null || model.versions().comparedVersionProperty().get() != null) {
            // A version is shown read-only: no shortcut may change the draft hidden behind it; Esc goes back to it.
            if (event.getCode() == KeyCode.ESCAPE) {
                model.versions().viewDraft();
                event.consume();
            }
            return;
        }
        KeyCode code = event.getCode();
        boolean mod = event.isShortcutDown();
        boolean handled = true;
        if (!mod && (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE)) {
            model.editor().deleteSelection();
        } else if (mod && code == KeyCode.Z) {
            if (event.isShiftDown()) {
                model.editor().redo();
            } else {
                model.editor().undo();
            }
        } else if (mod && code == KeyCode.Y) {
            model.editor().redo();
        } else if (mod && code == KeyCode.C) {
            model.editor().copySelection();
        } else if (mod && code == KeyCode.X) {
            model.editor().copySelection();
            model.editor().deleteSelection();
        } else if (mod && code == KeyCode.V) {
            model.editor().paste();
        } else if (mod && code == KeyCode.A) {
            model.editor().selectAll(model.editor().journeyProperty().get().nodes().stream().map(n -> n.id()).toList(), false);
        } else if (mod && (code == KeyCode.EQUALS || code == KeyCode.PLUS || code == KeyCode.ADD)) {
            canvas.zoomIn();
        } else if (mod && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            canvas.zoomOut();
        } else if (mod && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            canvas.fit();
        } else if (mod && code == KeyCode.L) {
            tidyAndFit();
        } else if (!mod && code.isArrowKey() && canvas.isFocusWithin() && !model.editor().selection().isEmpty()) {
            // Nudge the selection by 8 canvas units, 40 with Shift.
            double step = event.isShiftDown() ? 40 : 8;
            double dx = code == KeyCode.LEFT || code == KeyCode.KP_LEFT ? -step
                    : code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT ? step : 0;
            double dy = code == KeyCode.UP || code == KeyCode.KP_UP ? -step
                    : code == KeyCode.DOWN || code == KeyCode.KP_DOWN ? step : 0;
            model.editor().moveBy(Set.copyOf(model.editor().selection()), dx, dy);
        } else if (!mod && code == KeyCode.ESCAPE) {
            model.editor().clearSelection();
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
        JourneyMessageLine.tipWithWholeText(description);
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
            Journey j = model.editor().journeyProperty().get();
            name.setText(j == null ? "" : j.name());
            description.setText(j == null ? "" : j.description());
            entry.setText(j == null ? "" : j.entry().describe());
            facts.getChildren().clear();
            if (j != null) {
                model.editor().facts(j).forEach(fact -> {
                    Label chip = new Label(fact);
                    chip.getStyleClass().add("journey-fact");
                    facts.getChildren().add(chip);
                });
            }
        };
        model.editor().journeyProperty().addListener((observable, before, after) -> show.run());
        show.run();
        return header;
    }

    /** Tidies the journey and shows all of it: the tidy layout moves steps out of the view the user had. */
    private void tidyAndFit() {
        model.editor().tidy();
        canvas.fit();
    }
}

package com.retailstudio.layout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.dialog.FileType;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.FxTaskExecutor;
import com.retailstudio.ui.task.RunningTask;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import com.retailstudio.data.model.Zone;
import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.WalkingPaths;
import com.retailstudio.layout.model.WhatIfResult;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Store layouts view on a 1280×800 stage over the bundled sample, its analytics running on background threads as
 * in the application: a recommendation's highlight, the zone choropleth, and Export PNG by button and by Ctrl+E.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class StoreLayoutViewUiTest {

    private final List<String> asked = new ArrayList<>();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private StoreLayoutViewModel model;
    private Scene scene;
    private Path exportTo;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path sample = Files.createTempDirectory("layout-ui");
        BundledSample.extractTo(sample);
        exportTo = Files.createTempDirectory("layout-export").resolve("plan.png");
        model = new StoreLayoutViewModel(tasks);
        StoreLayoutView view = new StoreLayoutView(model, new DialogService() {
            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
                asked.add(suggestedName);
                return Optional.of(exportTo);
            }
        });
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
        model.load(sample);
    }

    @Test
    void selectingTheFirstRecommendationHighlightsBothZonesAndTheMove(FxRobot robot) throws Exception {
        awaitAnalytics();
        assertNull(model.highlightProperty().get(), "nothing is highlighted before a selection");
        ListView<?> list = robot.lookup("#layout-recommendations").queryAs(ListView.class);
        assertFalse(list.getItems().isEmpty(), "the sample plants high-lift pairs that sit far apart");
        AdjacencyRecommendation first = model.recommendations().get(0);

        robot.interact(() -> list.getSelectionModel().select(0));

        assertEquals(first, model.selectedRecommendationProperty().get());
        RecommendationHighlight highlight = model.highlightProperty().get();
        assertNotNull(highlight);
        assertEquals(first.zoneA(), highlight.zoneA());
        assertEquals(first.zoneB(), highlight.zoneB());
        assertEquals(first.move().category(), highlight.movedCategory());
        assertEquals(first.move().fromZoneId(), highlight.moveFromZoneId());
        assertEquals(first.move().toZoneId(), highlight.moveToZoneId());
        assertTrue(highlight.outlinedZones().containsAll(Set.of(first.zoneA(), first.zoneB(),
                first.move().toZoneId())), highlight.toString());
        writeScreenshot(robot, "layouts-recommendation.png");

        robot.interact(() -> model.overlayProperty().set(StoreLayoutViewModel.Overlay.ZONES));
        assertFalse(model.metricByZone().isEmpty());
        assertEquals(highlight, model.highlightProperty().get(), "switching the overlay keeps the selection");
        writeScreenshot(robot, "layouts-zones.png");
    }

    @Test
    void theBandwidthSliderSharpensTheHeatmapAndAutoRestoresScottsRule(FxRobot robot) throws Exception {
        awaitAnalytics();
        Slider slider = robot.lookup("#layout-bandwidth").queryAs(Slider.class);
        Label value = robot.lookup("#layout-bandwidth-value")
                .queryAs(Label.class);
        Button auto = robot.lookup("#layout-bandwidth-auto")
                .queryAs(Button.class);
        LayoutSnapshot scott = model.snapshotProperty().get();
        assertTrue(slider.getParent().isVisible(), "shown with the heatmap overlay");
        assertEquals("Auto (Scott's rule: " + scott.scottBandwidth().label() + ")", value.getText());
        assertEquals(scott.scottBandwidth().meanM(), slider.getValue(), 1e-9, "the slider starts at the rule's value");
        assertTrue(auto.isDisabled(), "nothing to reset while on auto");
        assertNull(model.filter().bandwidthProperty().get());
        writeScreenshot(robot, "layouts-bandwidth-auto.png");

        // the keyboard moves the slider a quarter metre and the heatmap is recomputed with it
        robot.clickOn(slider);
        awaitAnalytics();
        robot.interact(slider::requestFocus);
        robot.interact(() -> slider.setValue(scott.scottBandwidth().meanM()));
        robot.type(KeyCode.RIGHT);
        awaitAnalytics();
        double wider = Math.round((scott.scottBandwidth().meanM() + 0.25) * 20) / 20.0;
        assertEquals(wider, model.filter().bandwidthProperty().get(), 1e-9);
        assertEquals(wider, model.snapshotProperty().get().density().bandwidthX(), 1e-9);

        robot.interact(() -> slider.setValue(0.75));
        awaitAnalytics();
        assertEquals(0.75, model.filter().bandwidthProperty().get(), 1e-9);
        LayoutSnapshot sharp = model.snapshotProperty().get();
        assertEquals(0.75, sharp.density().bandwidthY(), 1e-9);
        assertTrue(sharp.density().max() > scott.density().max(), "a narrower kernel gives a higher peak");
        assertEquals("0.8 m", value.getText());
        assertFalse(auto.isDisabled());
        FloorPlanCanvas floor = robot.lookup("#layout-floor").queryAs(FloorPlanCanvas.class);
        assertEquals(sharp.density(), floor.picture().density(), "the plan draws the sharper surface");
        writeScreenshot(robot, "layouts-bandwidth.png");

        robot.interact(() -> model.overlayProperty().set(StoreLayoutViewModel.Overlay.ZONES));
        assertFalse(slider.getParent().isVisible(), "only with the heatmap");
        robot.interact(() -> model.overlayProperty().set(StoreLayoutViewModel.Overlay.HEATMAP));

        robot.clickOn(auto);
        awaitAnalytics();
        assertNull(model.filter().bandwidthProperty().get());
        assertEquals(scott.density().bandwidthX(), model.snapshotProperty().get().density().bandwidthX(), 1e-12);
        assertEquals("Auto (Scott's rule: " + scott.scottBandwidth().label() + ")", value.getText());
        assertEquals(scott.scottBandwidth().meanM(), slider.getValue(), 1e-9);
    }

    @Test
    void cancellingAnAnalysisLeavesThePlanAsItWasAndTheNextOneShows(FxRobot robot) throws Exception {
        awaitAnalytics();
        LayoutSnapshot shown = model.snapshotProperty().get();
        List<Daypart> published = new ArrayList<>();
        robot.interact(() -> {
            model.snapshotProperty().addListener((o, before, now) -> published.add(now.filter().daypart()));
            model.filter().daypartProperty().set(Daypart.SATURDAY);
            assertTrue(model.busyProperty().get());
            // as the status bar's Cancel does, before the analysis can have finished
            List.copyOf(tasks.running()).forEach(RunningTask::cancel);
        });
        assertFalse(model.busyProperty().get());
        assertEquals("Cancelled; the plan shows the last results.", model.feedbackProperty().get().text());
        assertSame(shown, model.snapshotProperty().get());

        robot.interact(() -> model.filter().daypartProperty().set(Daypart.SUNDAY));
        awaitAnalytics();
        assertEquals(List.of(Daypart.SUNDAY), published, "the cancelled analysis is never shown");
    }

    @Test
    void exportPngWritesThePlanWithItsLegendWhereTheUserChose(FxRobot robot) throws Exception {
        awaitAnalytics();
        robot.interact(() -> model.overlayProperty().set(StoreLayoutViewModel.Overlay.ZONES));

        robot.clickOn("#layout-export");
        awaitExport();

        assertEquals(List.of("layout-S001-all-zones-conversion.png"), asked);
        Node plate = robot.lookup("#layout-plate").query();
        BufferedImage png = ImageIO.read(exportTo.toFile());
        assertNotNull(png, "a readable PNG");
        assertEquals((int) Math.ceil(plate.getLayoutBounds().getWidth()), png.getWidth());
        assertEquals((int) Math.ceil(plate.getLayoutBounds().getHeight()), png.getHeight());
        assertTrue(png.getWidth() > 800 && png.getHeight() > 600, png.getWidth() + "×" + png.getHeight());
        assertEquals(Feedback.success("Saved plan.png"), model.feedbackProperty().get());
    }

    @Test
    void ctrlEExportsToo(FxRobot robot) throws Exception {
        awaitAnalytics();
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        awaitExport();
        assertEquals(List.of("layout-S001-all-heatmap.png"), asked);
        assertNotNull(ImageIO.read(exportTo.toFile()));
    }

    @Test
    void zoomKeysScaleThePlanAndHoverStillFindsTheZoneUnderThePointer(FxRobot robot) throws Exception {
        awaitAnalytics();
        FloorPlanCanvas floor = robot.lookup("#layout-floor").queryAs(FloorPlanCanvas.class);
        double fitScale = floor.mapping().scale();
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        assertEquals(Math.pow(PlanViewport.STEP, 3), model.viewport().zoom(), 1e-9);
        assertEquals(fitScale * Math.pow(PlanViewport.STEP, 3), floor.mapping().scale(), 1e-6);

        // centre the cheese zone: the canvas centre pixel must then hover it
        Zone cheese = model.snapshotProperty().get().plan().zoneOfCategory("cheese").orElseThrow();
        robot.interact(() -> model.viewport().centreOn(StorePlan.centreX(cheese), StorePlan.centreY(cheese)));
        robot.moveTo(floor.localToScreen(floor.getWidth() / 2, floor.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cheese.zoneId(), model.hover().hoveredZoneProperty().get());
        assertTrue(model.hover().text().startsWith("cheese · " + cheese.zoneId()), model.hover().text());
        writeScreenshot(robot, "layouts-zoomed.png");

        // dragging 120 px to the right moves the plan with the pointer: the centre goes 120 px worth of metres left
        double scale = floor.mapping().scale();
        double centreBefore = model.viewport().centreX();
        robot.drag(MouseButton.PRIMARY).moveBy(120, 0).drop();
        assertEquals(centreBefore - 120 / scale, model.viewport().centreX(), 2 / scale);

        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1, model.viewport().zoom());
        assertEquals(fitScale, floor.mapping().scale(), 1e-9);
    }

    @Test
    void compareShowsTwoDaypartsSideBySideOnOneScaleWithDifferencesOnHover(FxRobot robot) throws Exception {
        awaitAnalytics();
        robot.interact(() -> model.filter().daypartProperty().set(Daypart.WEEKDAY_EVENING));
        awaitAnalytics();
        robot.clickOn("#layout-compare");
        awaitAnalytics();
        assertEquals(Daypart.SATURDAY, model.compareSnapshotProperty().get().filter().daypart());
        assertEquals(Daypart.WEEKDAY_EVENING, model.snapshotProperty().get().filter().daypart());
        LayoutSnapshot other = model.compareSnapshotProperty().get();
        assertNotNull(other);
        FloorPlanCanvas left = robot.lookup("#layout-floor").queryAs(FloorPlanCanvas.class);
        FloorPlanCanvas right = robot.lookup("#layout-floor-compare").queryAs(FloorPlanCanvas.class);
        assertTrue(right.isVisible() && right.getWidth() > 300, "the second plan takes half the space");
        assertEquals(left.mapping().scale(), right.mapping().scale(), 1e-9, "both plans at the same scale");
        float peak = Math.max(model.snapshotProperty().get().density().max(), other.density().max());
        assertTrue(model.snapshotProperty().get().density().max() != other.density().max());
        assertEquals(peak, left.picture().heatPeak(), "one colour scale: the larger peak of the two");
        assertEquals(peak, right.picture().heatPeak());

        Zone checkout = model.snapshotProperty().get().plan().zones().stream()
                .filter(z -> z.zoneId().equals("Z02")).findFirst().orElseThrow();
        robot.moveTo(right.localToScreen(right.mapping().toPixelX(StorePlan.centreX(checkout)),
                right.mapping().toPixelY(StorePlan.centreY(checkout))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Z02", model.hover().hoveredZoneProperty().get(), "hovering the second plan hovers the zone");
        GridPane table = robot.lookup("#layout-zone-comparison")
                .queryAs(GridPane.class);
        assertTrue(table.isVisible());
        Zone cheese = model.snapshotProperty().get().plan().zoneOfCategory("cheese").orElseThrow();
        robot.moveTo(left.localToScreen(left.mapping().toPixelX(StorePlan.centreX(cheese)),
                left.mapping().toPixelY(StorePlan.centreY(cheese))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, model.hover().comparison().size(), "a category zone has all five figures");
        assertEquals(6 * 4, table.getChildren().size(), "a heading row and five figures, four columns each");
        writeScreenshot(robot, "layouts-compare.png");

        robot.clickOn("#layout-export");
        awaitExport();
        assertEquals(List.of("layout-S001-weekday-evening-vs-saturday-heatmap.png"), asked);
        BufferedImage png = ImageIO.read(exportTo.toFile());
        Node plate = robot.lookup("#layout-plate").query();
        assertEquals((int) Math.ceil(plate.getLayoutBounds().getWidth()), png.getWidth(), "both plans are exported");

        robot.interact(() -> model.overlayProperty().set(StoreLayoutViewModel.Overlay.ZONES));
        robot.interact(() -> model.metricProperty().set(ZoneMetric.VISITS));
        double busiest = Math.max(model.metricByZone(model.snapshotProperty().get()).values().stream()
                .mapToDouble(Double::doubleValue).max().orElseThrow(), model.metricByZone(other).values().stream()
                .mapToDouble(Double::doubleValue).max().orElseThrow());
        assertEquals(busiest, left.picture().choroplethMax());
        assertEquals(busiest, right.picture().choroplethMax());
        writeScreenshot(robot, "layouts-compare-zones.png");
    }

    @Test
    void compareCanShowTheSameDaypartOverTwoPeriods(FxRobot robot) throws Exception {
        awaitAnalytics();
        robot.interact(() -> {
            model.filter().fromDateProperty().set(LocalDate.of(2026, 6, 1));
            model.filter().toDateProperty().set(LocalDate.of(2026, 6, 14));
            model.filter().compareDaypartProperty().set(Daypart.ALL);
            model.overlayProperty().set(StoreLayoutViewModel.Overlay.PATHS);
        });
        robot.clickOn("#layout-compare");
        awaitAnalytics();
        DatePicker from = robot.lookup("#layout-compare-from")
                .queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#layout-compare-to")
                .queryAs(DatePicker.class);
        assertTrue(from.isVisible(), "the right plan's dates show while comparing");
        robot.interact(() -> {
            from.setValue(LocalDate.of(2026, 6, 15));
            to.setValue(LocalDate.of(2026, 6, 28));
        });
        awaitAnalytics();
        Label right = robot.lookup("#layout-compare-title")
                .queryAs(Label.class);
        LayoutSnapshot other = model.compareSnapshotProperty().get();
        assertEquals(String.format(Locale.ROOT, "All week · 15 Jun–28 Jun · %,d visits · %,d baskets",
                other.visits(), other.baskets()), right.getText());
        writeScreenshot(robot, "layouts-compare-dates.png");
    }

    @Test
    void thePathsOverlayDrawsTheMostCommonMovesAsWideAsTheirVisitors(FxRobot robot) throws Exception {
        awaitAnalytics();
        robot.clickOn("#layout-overlay-paths");
        assertEquals(StoreLayoutViewModel.Overlay.PATHS, model.overlayProperty().get());
        WalkingPaths paths = model.snapshotProperty().get().paths();
        assertEquals(StoreLayoutViewModel.WALKING_FLOWS, paths.flows().size());
        assertTrue(paths.moves() > paths.flows().size());
        for (int i = 1; i < paths.flows().size(); i++) {
            assertTrue(paths.flows().get(i - 1).visitors() >= paths.flows().get(i).visitors(), "busiest first");
        }
        String legend = robot.lookup(".heatmap-legend").queryAs(HBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n)
                        .getText()).reduce("", String::concat);
        assertTrue(legend.contains("widest " + paths.maxVisitors()), legend);
        writeScreenshot(robot, "layouts-paths.png");
    }

    @Test
    void draggingACategoryOntoAnotherZoneShowsTheWhatIfAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        awaitAnalytics();
        FloorPlanCanvas floor = robot.lookup("#layout-floor").queryAs(FloorPlanCanvas.class);
        StorePlan plan = model.snapshotProperty().get().plan();
        // the move the first recommendation suggests, made by hand
        WhatIfResult suggested = model.recommendations().get(0).move();
        Zone target = plan.zones().stream().filter(z -> z.zoneId().equals(suggested.toZoneId())).findFirst()
                .orElseThrow();
        double[] chip = floor.chipCentre(suggested.fromZoneId());
        assertNotNull(chip);

        robot.drag(floor.localToScreen(chip[0], chip[1]), MouseButton.PRIMARY)
                .moveTo(floor.localToScreen(floor.mapping().toPixelX(StorePlan.centreX(target)),
                        floor.mapping().toPixelY(StorePlan.centreY(target))))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();

        WhatIfResult shown = model.moves().whatIfProperty().get();
        assertNotNull(shown, "dropping the label tries the move");
        assertEquals(suggested, shown, "the same estimate as the recommendation's");
        WhatIfResult expected = shown;
        assertTrue(shown.coPurchaseDelta() > 0);
        Label figures = robot.lookup("#layout-what-if-figures")
                .queryAs(Label.class);
        assertTrue(figures.getText().contains(String.format(Locale.ROOT, "(%+.1f)",
                expected.coPurchaseDelta())), figures.getText());
        Label assumptions = robot.lookup("#layout-what-if-assumptions")
                .queryAs(Label.class);
        assertTrue(assumptions.getText().contains("Shoppers, baskets and each category's own sales stay the same"));
        assertEquals(0, model.viewport().centreX() - plan.store().widthM() / 2, 1e-9, "dragging a label does not pan");
        writeScreenshot(robot, "layouts-what-if.png");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertNull(model.moves().whatIfProperty().get(), "Ctrl+Z resets the move");
        assertTrue(robot.lookup("#layout-what-if-figures").tryQuery().isEmpty());
    }

    @Test
    void customHoursAndADateRangeNextToTheDaypartFilterTheAnalysis(FxRobot robot) throws Exception {
        awaitAnalytics();
        int allVisits = model.snapshotProperty().get().visits();
        robot.clickOn("#layout-daypart");
        robot.clickOn("Custom hours…");
        awaitAnalytics();
        assertEquals(Daypart.hours(10, 14), model.filter().daypartProperty().get(), "custom hours start at 10–14");
        RangeSlider hours = robot.lookup("#layout-daypart-hours").queryAs(RangeSlider.class);
        robot.interact(() -> hours.adjustHighValue(18));
        awaitAnalytics();
        assertEquals(Daypart.hours(10, 18), model.snapshotProperty().get().filter().daypart());

        DatePicker from = robot.lookup("#layout-from")
                .queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.of(2026, 6, 15)));
        awaitAnalytics();
        assertEquals(Optional.of(LocalDate.of(2026, 6, 15)), model.snapshotProperty().get().filter().from());
        assertTrue(model.snapshotProperty().get().visits() < allVisits);
        writeScreenshot(robot, "layouts-custom-hours.png");

        robot.clickOn("#layout-all-dates");
        awaitAnalytics();
        assertEquals(Optional.empty(), model.snapshotProperty().get().filter().from());
    }

    @Test
    void whileAnalysingTheListSaysSoAndFewVisitsBringASmallSampleWarning(FxRobot robot) throws Exception {
        awaitAnalytics();
        Label placeholder = robot.lookup("#layout-recommendations-placeholder")
                .queryAs(Label.class);
        Label warning = robot.lookup("#layout-small-sample")
                .queryAs(Label.class);
        assertFalse(warning.isVisible(), "all dates: enough visits");
        // The moment a store is being analysed: no results yet, and the list must not claim there are no pairs.
        robot.interact(() -> {
            model.recommendations().clear();
            model.busyProperty().set(true);
        });
        assertEquals("Analysing the store…", placeholder.getText());
        assertTrue(placeholder.isVisible());
        write(robot, "layouts-analysing.png");
        robot.interact(() -> model.busyProperty().set(false));
        assertEquals("No high-lift pair sits far apart.", placeholder.getText());

        // one day's visits: the date range as the toolbar's pickers set it
        LocalDate day = LocalDate.of(2026, 6, 15);
        robot.interact(() -> model.filter().fromDateProperty().set(day));
        robot.interact(() -> model.filter().toDateProperty().set(day));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.busyProperty().get() && day.equals(
                model.snapshotProperty().get().filter().to().orElse(null)));
        WaitForAsyncUtils.waitForFxEvents();
        int visits = model.snapshotProperty().get().visits();
        assertTrue(visits < StoreLayoutViewModel.SMALL_SAMPLE_VISITS, "one day: " + visits);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().startsWith("Small sample: only " + visits + " visit"), warning.getText());
        writeScreenshot(robot, "layouts-small-sample.png");
    }

    @Test
    void zonesModeDrawsItsFloorInTheThemesColoursLightAndDark(FxRobot robot) throws Exception {
        awaitAnalytics();
        robot.interact(() -> model.overlayProperty().set(StoreLayoutViewModel.Overlay.ZONES));
        WaitForAsyncUtils.waitForFxEvents();
        FloorPlanCanvas floor = robot.lookup("#layout-floor").queryAs(FloorPlanCanvas.class);

        assertTrue(floorBetweenZones(robot, floor).getBrightness() > 0.8, "a light floor in the light theme");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(floorBetweenZones(robot, floor).getBrightness() < 0.25, "a dark floor in the dark theme");
            write(robot, "store-layout-zones-floor-dark.png");
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The colour drawn at a point of the floor that no zone covers, well inside the store's walls. */
    private Color floorBetweenZones(FxRobot robot, FloorPlanCanvas floor) {
        StorePlan plan = model.snapshotProperty().get().plan();
        double margin = 0.4;
        for (double y = 1; y < plan.store().depthM() - 1; y += 0.25) {
            for (double x = 1; x < plan.store().widthM() - 1; x += 0.25) {
                double px = x;
                double py = y;
                boolean free = plan.zones().stream().noneMatch(z -> px > z.xM() - margin
                        && px < z.xM() + z.widthM() + margin && py > z.yM() - margin
                        && py < z.yM() + z.depthM() + margin);
                if (free) {
                    WritableImage[] image = new WritableImage[1];
                    robot.interact(() -> image[0] = floor.snapshot(null, null));
                    return image[0].getPixelReader().getColor((int) floor.mapping().toPixelX(px),
                            (int) floor.mapping().toPixelY(py));
                }
            }
        }
        throw new AssertionError("the sample's store has no floor outside its zones");
    }

    private void awaitAnalytics() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.snapshotProperty().get() != null && !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitExport() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> exportTo.equals(model.export().lastExportProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Leaves a picture under target/screenshots for a person to look at, in the light and the dark theme. */
    private void writeScreenshot(FxRobot robot, String name) throws IOException {
        write(robot, name);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, name.replace(".png", "-dark.png"));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String name) throws IOException {
        WritableImage image = Screenshots.write(robot, scene.getRoot(), name);
        // nothing may stick out of the 1280×800 window
        assertEquals(1280, (int) image.getWidth(), name);
        assertEquals(800, (int) image.getHeight(), name);
    }
}

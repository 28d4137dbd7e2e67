package com.retailstudio.layout.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import com.retailstudio.ui.task.ProgressReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import com.retailstudio.layout.model.WhatIfResult;
import com.retailstudio.layout.model.ZoneMetrics;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model runs without a stage: work and publishing run on the test thread. */
class StoreLayoutViewModelTest {

    @TempDir
    static Path sample;

    @BeforeAll
    static void extract() throws IOException {
        BundledSample.extractTo(sample);
    }

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final StoreLayoutViewModel model = new StoreLayoutViewModel(tasks);

    @Test
    void followingTheActiveDataSetLoadsItsStoresAndAnalysesTheFirst() {
        SimpleObjectProperty<Path> active = new SimpleObjectProperty<>();
        model.follow(active, path -> path);
        assertTrue(model.stores().isEmpty(), "nothing to load before a data set is active");
        active.set(sample);
        assertEquals(3, model.stores().size());
        assertEquals("S001", model.storeProperty().get().storeId());
        LayoutSnapshot snapshot = model.snapshotProperty().get();
        assertNotNull(snapshot);
        assertEquals("S001", snapshot.plan().storeId());
        assertEquals(12, snapshot.zones().size());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of("Reading store layouts", "Analysing store S001"), tasks.titles());
    }

    @Test
    void switchingDaypartRecomputesWithTheSameStore() {
        model.load(sample);
        int allVisits = model.snapshotProperty().get().visits();
        model.filter().daypartProperty().set(Daypart.SATURDAY);
        LayoutSnapshot saturday = model.snapshotProperty().get();
        assertEquals(Daypart.SATURDAY, saturday.filter().daypart());
        assertTrue(saturday.visits() > 0 && saturday.visits() < allVisits);
        assertTrue(model.feedbackProperty().get().text().startsWith(saturday.visits() + " visits"),
                model.feedbackProperty().get().text());
    }

    @Test
    void switchingStoreAnalysesTheNewOneAndHoverDescribesAZone() {
        model.load(sample);
        model.storeProperty().set(model.stores().get(1));
        assertEquals("S002", model.snapshotProperty().get().plan().storeId());
        model.hover().hoveredZoneProperty().set("Z01");
        assertTrue(model.hover().text().startsWith("entrance · Z01"), model.hover().text());
        model.metricProperty().set(ZoneMetric.CONVERSION);
        assertEquals(10, model.metricByZone().size(), "conversion only for the ten category zones");
        model.metricProperty().set(ZoneMetric.VISITS);
        assertEquals(12, model.metricByZone().size());
    }

    @Test
    void aDateRangeKeepsTheVisitsWhoseFirstReadingFallsOnThoseLocalDates() throws IOException {
        model.load(sample);
        model.filter().fromDateProperty().set(LocalDate.of(2026, 6, 8));
        model.filter().toDateProperty().set(LocalDate.of(2026, 6, 14));
        LayoutSnapshot week = model.snapshotProperty().get();
        assertEquals(Optional.of(LocalDate.of(2026, 6, 8)), week.filter().from());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 14)), week.filter().to());
        assertEquals(visitsStartingBetween("S001", LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 14), 0, 24),
                week.visits());
        assertTrue(week.visits() > 0);

        model.filter().daypartProperty().set(Daypart.hours(10, 14));
        assertEquals(visitsStartingBetween("S001", LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 14), 10, 14),
                model.snapshotProperty().get().visits());
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsRefusedWithTheReasonAndKeepsTheLastResults() {
        model.load(sample);
        LayoutSnapshot before = model.snapshotProperty().get();
        model.filter().toDateProperty().set(LocalDate.of(2026, 6, 1));
        model.filter().fromDateProperty().set(LocalDate.of(2026, 6, 10));
        assertEquals("The date range ends (2026-06-01) before it starts (2026-06-10).", model.feedbackProperty().get().text());
        assertEquals(LocalDate.of(2026, 6, 1), model.snapshotProperty().get().filter().to().orElseThrow(),
                "the last valid filter's results stay");
        model.filter().toDateProperty().set(null);
        assertEquals(Optional.empty(), model.snapshotProperty().get().filter().to());
        assertTrue(model.snapshotProperty().get().visits() < before.visits());
    }

    @Test
    void comparingShowsTheSecondDaypartForTheSameStoreAndDatesWithZoneDifferences() {
        model.load(sample);
        assertNull(model.compareSnapshotProperty().get());
        model.filter().compareDaypartProperty().set(Daypart.SATURDAY);
        model.filter().compareProperty().set(true);
        LayoutSnapshot all = model.snapshotProperty().get();
        LayoutSnapshot saturday = model.compareSnapshotProperty().get();
        assertNotNull(saturday);
        assertEquals(Daypart.ALL, all.filter().daypart());
        assertEquals(Daypart.SATURDAY, saturday.filter().daypart());
        assertEquals(all.plan(), saturday.plan());
        assertTrue(saturday.visits() > 0 && saturday.visits() < all.visits());

        ZoneMetrics entranceAll = all.zone("Z01").orElseThrow();
        ZoneMetrics entranceSaturday = saturday.zone("Z01").orElseThrow();
        model.hover().hoveredZoneProperty().set("Z01");
        List<ZoneHover.ZoneComparison> rows = model.hover().comparison();
        assertEquals("Visits", rows.get(0).figure());
        assertEquals(String.valueOf(entranceAll.visits()), rows.get(0).left());
        assertEquals(String.valueOf(entranceSaturday.visits()), rows.get(0).right());
        assertEquals(String.format(Locale.ROOT, "%+d", entranceSaturday.visits() - entranceAll.visits()),
                rows.get(0).difference());
        assertEquals(List.of("Visits", "Capture rate", "Median dwell"),
                rows.stream().map(ZoneHover.ZoneComparison::figure).toList(),
                "conversion and revenue only for category zones");

        model.filter().compareProperty().set(false);
        assertNull(model.compareSnapshotProperty().get());
        assertTrue(model.hover().comparison().isEmpty());
    }

    @Test
    void theComparedPlanCanCoverOtherDatesAndOtherwiseTakesTheMainPlansDates() throws IOException {
        model.load(sample);
        model.filter().fromDateProperty().set(LocalDate.of(2026, 6, 1));
        model.filter().toDateProperty().set(LocalDate.of(2026, 6, 7));
        model.filter().compareDaypartProperty().set(Daypart.ALL);
        model.filter().compareProperty().set(true);
        LayoutSnapshot other = model.compareSnapshotProperty().get();
        assertEquals(model.snapshotProperty().get().filter(), other.filter(), "same dates and daypart until told");

        model.filter().compareFromDateProperty().set(LocalDate.of(2026, 6, 8));
        model.filter().compareToDateProperty().set(LocalDate.of(2026, 6, 14));
        LayoutSnapshot first = model.snapshotProperty().get();
        LayoutSnapshot second = model.compareSnapshotProperty().get();
        assertEquals(Optional.of(LocalDate.of(2026, 6, 1)), first.filter().from());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 8)), second.filter().from());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 14)), second.filter().to());
        assertEquals(visitsStartingBetween("S001", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7), 0, 24),
                first.visits());
        assertEquals(visitsStartingBetween("S001", LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 14), 0, 24),
                second.visits());

        model.filter().compareToDateProperty().set(LocalDate.of(2026, 6, 2));
        assertEquals("The date range ends (2026-06-02) before it starts (2026-06-08).", model.feedbackProperty().get().text());
    }

    @Test
    void movingACategoryShowsTheWhatIfAndUndoTakesTheMovesBackOneByOne() {
        model.load(sample);
        LayoutSnapshot s = model.snapshotProperty().get();
        String cheeseZone = s.plan().zoneOfCategory("cheese").orElseThrow().zoneId();
        String wineZone = s.plan().zoneOfCategory("wine").orElseThrow().zoneId();
        String pastaZone = s.plan().zoneOfCategory("pasta").orElseThrow().zoneId();

        model.moveCategory("cheese", pastaZone);
        WhatIfResult first = model.moves().whatIfProperty().get();
        assertEquals("cheese", first.category());
        assertEquals(cheeseZone, first.fromZoneId());
        assertEquals(Optional.of("pasta"), first.swappedCategory());
        model.moveCategory("sauces", wineZone);
        assertEquals("sauces", model.moves().whatIfProperty().get().category());
        assertEquals(4, model.assumptions().size());

        assertTrue(model.undoMove());
        assertEquals(first, model.moves().whatIfProperty().get(), "the move before shows again");
        assertTrue(model.undoMove());
        assertNull(model.moves().whatIfProperty().get());
        assertFalse(model.undoMove(), "nothing left to undo");
    }

    @Tag("slow") // a what-if analysis per recommendation; fast: the rest of this class
    @Test
    void everyRecommendationOffersMoreBasketsAndMoreRevenue() {
        model.load(sample);
        int seen = 0;
        for (var store : List.copyOf(model.stores())) {
            model.storeProperty().set(store);
            for (Daypart daypart : Daypart.named()) {
                model.filter().daypartProperty().set(daypart);
                for (var r : model.recommendations()) {
                    seen++;
                    assertTrue(r.move().coPurchaseDelta() >= 0.05, r.summary());
                    assertTrue(r.move().revenueDelta() > 0, r.summary());
                    assertFalse(r.summary().contains("+0.0 co-purchase"), r.summary());
                }
            }
        }
        assertTrue(seen > 0, "some moves are worth recommending");
    }

    @Test
    void recommendationsFromFewVisitsCarryASmallSampleWarning() {
        model.load(sample);
        LayoutSnapshot all = model.snapshotProperty().get();
        assertTrue(all.visits() >= StoreLayoutViewModel.SMALL_SAMPLE_VISITS, "all week: " + all.visits());
        assertEquals("", model.sampleWarningProperty().get().text());

        LocalDate day = firstVisitDay(model.storeProperty().get().storeId());
        model.filter().fromDateProperty().set(day);
        model.filter().toDateProperty().set(day);
        LayoutSnapshot oneDay = model.snapshotProperty().get();
        assertTrue(oneDay.visits() > 0 && oneDay.visits() < StoreLayoutViewModel.SMALL_SAMPLE_VISITS,
                "one day: " + oneDay.visits());
        assertEquals(String.format(Locale.ROOT, "Small sample: only %,d %s in this period and daypart "
                + "(fewer than %d), so treat any recommendation as a hint to check, not a finding.", oneDay.visits(),
                oneDay.visits() == 1 ? "visit" : "visits", StoreLayoutViewModel.SMALL_SAMPLE_VISITS),
                model.sampleWarningProperty().get().text());
    }

    @Test
    void aSelectedRecommendationAndAWhatIfAreNeverShownTogether() {
        model.load(sample);
        var recommendation = model.recommendations().get(0);
        String pastaZone = model.snapshotProperty().get().plan().zoneOfCategory("pasta").orElseThrow().zoneId();

        model.selectedRecommendationProperty().set(recommendation);
        model.moveCategory("cheese", pastaZone);
        assertNotNull(model.moves().whatIfProperty().get());
        assertNull(model.selectedRecommendationProperty().get(), "trying a move puts the recommendation away");

        model.selectedRecommendationProperty().set(recommendation);
        assertNull(model.moves().whatIfProperty().get(), "showing a recommendation puts the store back as it is");
        assertFalse(model.undoMove(), "the moves tried are gone with it");
    }

    /** The London date of the store's earliest foot-traffic reading. */
    private static LocalDate firstVisitDay(String store) {
        try (Stream<String> lines = Files.lines(sample.resolve("foot_traffic.csv"))) {
            return lines.skip(1).map(l -> l.split(",")).filter(f -> f[0].equals(store))
                    .map(f -> Instant.parse(f[2]).atZone(ZoneId.of("Europe/London")).toLocalDate())
                    .min(LocalDate::compareTo).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aMoveOntoAZoneWithoutACategoryIsRefusedWithTheReason() {
        model.load(sample);
        model.moveCategory("cheese", "Z01");
        assertNull(model.moves().whatIfProperty().get());
        assertEquals(Feedback.danger("Zone Z01 is not a category zone of store S001."), model.feedbackProperty().get());
    }

    @Test
    void aMoveBeingTriedIsReestimatedWhenTheDaypartChanges() {
        model.load(sample);
        String pastaZone = model.snapshotProperty().get().plan().zoneOfCategory("pasta").orElseThrow().zoneId();
        model.moveCategory("cheese", pastaZone);
        WhatIfResult allWeek = model.moves().whatIfProperty().get();
        model.filter().daypartProperty().set(Daypart.SATURDAY);
        WhatIfResult saturday = model.moves().whatIfProperty().get();
        assertEquals(model.snapshotProperty().get().advisor().whatIf("cheese", pastaZone), saturday);
        assertTrue(saturday.coPurchasesBefore() < allWeek.coPurchasesBefore(), "fewer baskets on Saturdays");

        model.storeProperty().set(model.stores().get(1));
        assertNull(model.moves().whatIfProperty().get(), "another store starts from its own layout");
    }

    /** Counts from the raw CSV: visits of the store whose first reading is on those London dates and hours. */
    private static int visitsStartingBetween(String store, LocalDate from, LocalDate to, int fromHour, int toHour)
            throws IOException {
        Map<String, Instant> first = new HashMap<>();
        try (Stream<String> lines = Files.lines(sample.resolve("foot_traffic.csv"))) {
            lines.skip(1).map(l -> l.split(",")).filter(f -> f[0].equals(store))
                    .forEach(f -> first.merge(f[1], Instant.parse(f[2]), (a, b) -> a.isBefore(b) ? a : b));
        }
        return (int) first.values().stream().map(t -> t.atZone(ZoneId.of("Europe/London")))
                .filter(t -> !t.toLocalDate().isBefore(from) && !t.toLocalDate().isAfter(to))
                .filter(t -> t.getHour() >= fromHour && t.getHour() < toHour).count();
    }

    @Test
    void aCancelledAnalysisPublishesNothingAndStopsBeingBusy() {
        AtomicBoolean cancelled = new AtomicBoolean();
        StoreLayoutViewModel cancellable = new StoreLayoutViewModel(new CurrentThreadTaskExecutor(cancelledWhen(
                cancelled)));
        cancellable.load(sample);
        LayoutSnapshot shown = cancellable.snapshotProperty().get();
        List<AdjacencyRecommendation> recommended = List.copyOf(cancellable.recommendations());
        List<LayoutSnapshot> published = new ArrayList<>();
        cancellable.snapshotProperty().addListener((o, before, now) -> published.add(now));
        cancellable.compareSnapshotProperty().addListener((o, before, now) -> published.add(now));

        cancelled.set(true);
        cancellable.filter().daypartProperty().set(Daypart.SATURDAY);
        assertFalse(cancellable.busyProperty().get());
        assertEquals(Feedback.warning("Cancelled; the plan shows the last results."),
                cancellable.feedbackProperty().get());
        assertNull(cancellable.runningProperty().get(), "nothing left to cancel");
        cancellable.filter().compareProperty().set(true);
        cancellable.storeProperty().set(cancellable.stores().get(1));

        assertEquals(List.of(), published, "nothing computed under a cancel is shown");
        assertSame(shown, cancellable.snapshotProperty().get());
        assertEquals(recommended, cancellable.recommendations());
        assertFalse(cancellable.busyProperty().get());

        cancelled.set(false);
        cancellable.filter().daypartProperty().set(Daypart.SUNDAY);
        assertEquals(Daypart.SUNDAY, cancellable.snapshotProperty().get().filter().daypart(), "the next run shows");
    }

    @Test
    void aCancelledReadLeavesTheSectionEmpty() {
        StoreLayoutViewModel cancellable = new StoreLayoutViewModel(new CurrentThreadTaskExecutor(cancelledWhen(
                new AtomicBoolean(true))));
        cancellable.load(sample);
        assertTrue(cancellable.stores().isEmpty());
        assertNull(cancellable.snapshotProperty().get());
        assertNull(cancellable.folderProperty().get());
        assertFalse(cancellable.busyProperty().get());
        assertEquals("Cancelled; the plan shows the last results.", cancellable.feedbackProperty().get().text());
    }

    /** A reporter that tells the work it is cancelled while {@code cancelled} holds true. */
    private static ProgressReporter cancelledWhen(AtomicBoolean cancelled) {
        return new ProgressReporter() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Test
    void anUnreadableFolderSaysSoAndStopsBeingBusy(@TempDir Path empty) {
        model.load(empty);
        assertFalse(model.busyProperty().get());
        assertTrue(model.feedbackProperty().get().text().startsWith("The data set cannot be read"),
                model.feedbackProperty().get().text());
        assertEquals(Feedback.Severity.DANGER, model.feedbackProperty().get().severity());
    }

    @Test
    void aWiderBandwidthGivesASmootherHeatmapOnBothPlansAndAutoRestoresScottsRule() {
        model.load(sample);
        LayoutSnapshot auto = model.snapshotProperty().get();
        double scottX = auto.scottBandwidth().xM();
        double scottY = auto.scottBandwidth().yM();
        assertEquals(scottX, auto.density().bandwidthX(), 1e-12, "by default the heatmap uses Scott's rule");
        assertEquals(scottY, auto.density().bandwidthY(), 1e-12);
        assertTrue(scottX > 0.25 && scottY > 0.25, "the rule gives more than one cell on the sample");
        assertEquals("Auto (Scott's rule: " + auto.scottBandwidth().label() + ")", model.bandwidthText());
        int tasksBefore = tasks.titles().size();

        model.filter().bandwidthProperty().set(0.5);
        LayoutSnapshot sharp = model.snapshotProperty().get();
        assertEquals(tasksBefore + 1, tasks.titles().size(), "recomputed through the task executor");
        assertEquals(0.5, sharp.density().bandwidthX(), 1e-12);
        assertEquals(0.5, sharp.density().bandwidthY(), 1e-12);
        assertEquals("0.5 m", model.bandwidthText());
        model.filter().bandwidthProperty().set(3.0);
        LayoutSnapshot smooth = model.snapshotProperty().get();
        assertEquals(3.0, smooth.density().bandwidthX(), 1e-12);
        assertTrue(smooth.density().max() < sharp.density().max() * 0.5,
                "a six times wider kernel spreads the peak: " + smooth.density().max() + " vs "
                        + sharp.density().max());
        assertEquals(sharp.density().readings(), smooth.density().readings(), "the same readings, smoothed more");
        double massSharp = 0;
        double massSmooth = 0;
        for (int i = 0; i < sharp.density().values().length; i++) {
            massSharp += sharp.density().values()[i];
            massSmooth += smooth.density().values()[i];
        }
        assertTrue(massSmooth < massSharp && massSmooth > 0.8 * massSharp,
                "the total stays about the same (a little leaks over the walls): " + massSmooth + " / " + massSharp);
        assertEquals(scottX, smooth.scottBandwidth().xM(), 1e-12, "Scott's rule is still reported for the reset");

        // kept across a daypart switch and a store switch, and applied to both plans when comparing
        model.filter().daypartProperty().set(Daypart.SATURDAY);
        model.filter().compareProperty().set(true);
        model.filter().compareDaypartProperty().set(Daypart.SUNDAY);
        assertEquals(3.0, model.snapshotProperty().get().density().bandwidthX(), 1e-12);
        assertEquals(3.0, model.compareSnapshotProperty().get().density().bandwidthY(), 1e-12);
        model.storeProperty().set(model.stores().get(1));
        assertEquals("S002", model.snapshotProperty().get().plan().storeId());
        assertEquals(3.0, model.snapshotProperty().get().density().bandwidthX(), 1e-12);
        assertEquals(3.0, model.compareSnapshotProperty().get().density().bandwidthX(), 1e-12);

        model.storeProperty().set(model.stores().get(0));
        model.filter().compareProperty().set(false);
        model.filter().daypartProperty().set(Daypart.ALL);
        model.filter().resetBandwidth();
        LayoutSnapshot reset = model.snapshotProperty().get();
        assertNull(model.filter().bandwidthProperty().get());
        assertEquals(scottX, reset.density().bandwidthX(), 1e-12);
        assertEquals(scottY, reset.density().bandwidthY(), 1e-12);
        assertTrue(Arrays.equals(auto.density().values(), reset.density().values()),
                "auto gives the same surface as before");
        assertEquals("Auto (Scott's rule: " + auto.scottBandwidth().label() + ")", model.bandwidthText());
    }
}

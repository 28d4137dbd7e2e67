package com.retailstudio.data.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.quality.DataQualityChecker;
import com.retailstudio.data.quality.DataQualityReport;
import com.retailstudio.data.quality.Freshness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report an import keeps, judged at a later time, equals the quality checker's own pass over the same files at
 * that time: row counts, completeness, consent coverage, warnings, freshness and its "stale" warning.
 */
class KeptQualityTest {

    @TempDir
    static Path temp;
    static Path source;
    static ColumnarDataSet imported;
    static Instant newestEvent;

    @BeforeAll
    static void importGeneratedDataSet() throws IOException {
        source = temp.resolve("csv");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(800).withDays(21).withStores(2), source,
                GenerationProgress.NONE);
        imported = ColumnarImport.importFolder(source, temp.resolve("datasets"), () -> "cd".repeat(32),
                ImportListener.NONE, Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC));
        newestEvent = DataQualityChecker.check(source, Instant.now()).freshness().newestEvent().orElseThrow();
    }

    @Test
    void aFreshReportEqualsTheCheckersPassAtTheSameTime() {
        Instant aDayLater = newestEvent.plus(Duration.ofDays(1));
        DataQualityReport kept = KeptQuality.of(imported).orElseThrow();

        DataQualityReport judged = new DataQualityChecker(DataQualityChecker.DEFAULT_PROBLEMS_KEPT,
                DataQualityChecker.DEFAULT_STALE_AFTER).judgedAt(kept, aDayLater);
        assertEquals(DataQualityChecker.check(source, aDayLater), judged);
        assertFalse(judged.freshness().stale());
    }

    @Test
    void aStaleReportGetsTheStaleWarningAsTheCheckerGivesIt() {
        Instant aMonthLater = newestEvent.plus(Duration.ofDays(30));
        DataQualityReport judged = new DataQualityChecker(DataQualityChecker.DEFAULT_PROBLEMS_KEPT,
                DataQualityChecker.DEFAULT_STALE_AFTER).judgedAt(KeptQuality.of(imported).orElseThrow(), aMonthLater);

        DataQualityReport checked = DataQualityChecker.check(source, aMonthLater);
        assertTrue(checked.freshness().stale());
        assertEquals(checked, judged);
        assertEquals(1L, judged.problems().byKind().get(ProblemKind.STALE_DATA));
    }

    @Test
    void theKeptReportItselfDoesNotJudgeTheAgeAndAgainGivesItBack() {
        DataQualityReport kept = KeptQuality.of(imported).orElseThrow();
        assertFalse(kept.freshness().judged());
        assertEquals(newestEvent, kept.freshness().newestEvent().orElseThrow());
        DataQualityChecker notJudging = new DataQualityChecker(DataQualityChecker.DEFAULT_PROBLEMS_KEPT,
                Freshness.NOT_JUDGED);
        Instant later = newestEvent.plus(Duration.ofDays(400));
        assertEquals(notJudging.report(source, later), notJudging.judgedAt(kept, later));
        // judging a stale report again as not judged takes the warning away
        DataQualityReport stale = DataQualityChecker.check(source, later);
        assertEquals(notJudging.report(source, later), notJudging.judgedAt(stale, later));
    }

    @Test
    void aCopyWithoutAKeptReportHasNoneUntilTheSameFilesAreImportedAgain() throws IOException {
        Path other = temp.resolve("other-datasets");
        ColumnarDataSet copy = ColumnarImport.importFolder(source, other, () -> "ef".repeat(32), ImportListener.NONE,
                Clock.systemUTC());
        Files.delete(copy.folder().resolve(KeptQuality.FILE_NAME));
        assertEquals(List.of(), KeptQuality.of(copy).stream().toList());

        ColumnarDataSet again = ColumnarImport.importFolder(source, other, () -> "ef".repeat(32), ImportListener.NONE,
                Clock.systemUTC());
        assertEquals(copy.folder(), again.folder());
        assertTrue(KeptQuality.of(again).isPresent(), "the same files imported again keep their report");
    }
}

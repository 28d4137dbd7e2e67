package com.retailstudio.data.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.SampleFolder;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report kept as JSON reads back equal to the report checked: every file, column, purpose and problem. */
class DataQualityJsonReaderTest {

    private static final Instant CHECKED = Instant.parse("2026-03-05T10:00:00.123456789Z");

    @TempDir
    Path folder;

    @Test
    void aCleanReportReadsBackEqual() {
        DataQualityReport report = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), CHECKED);
        assertTrue(report.usable());

        assertEquals(report, DataQualityReport.fromJson(report.toJson()));
    }

    @Test
    void aReportWithErrorsWarningsAndRejectedReferencesReadsBackEqual() {
        Path broken = SampleFolder.valid()
                .withLine(DataFile.CUSTOMERS, 4, "C3,2025-02-28,US,America/New_York,SILVER,65+,0,web,-1,1948-02-29")
                .withExtraLine(DataFile.PRODUCTS, "P1,Linen shirt again,shirts,49.99,18.00,2026-03-01,2026-08-31,0.2,12")
                .withLine(DataFile.EVENTS, 4, "E3,2026-03-01T10:00:00Z,C9,product_view,web,,,P1,")
                .without(DataFile.BASKETS)
                .writeTo(folder);
        DataQualityReport report = DataQualityChecker.check(broken, CHECKED.plusSeconds(40 * 86_400));
        assertFalse(report.usable());
        assertTrue(report.problems().warnings() > 0 && !report.problems().rejectedReferences().isEmpty(),
                report::toText);

        DataQualityReport read = DataQualityReport.fromJson(report.toJson());
        assertEquals(report, read);
        assertEquals(report.toText(), read.toText());
    }

    @Test
    void aReportWhoseAgeIsNotJudgedReadsBackNotJudged() {
        DataQualityReport report = new DataQualityChecker(DataQualityChecker.DEFAULT_PROBLEMS_KEPT,
                Freshness.NOT_JUDGED).report(SampleFolder.valid().writeTo(folder), CHECKED.plusSeconds(400 * 86_400));
        DataQualityReport read = DataQualityReport.fromJson(report.toJson());
        assertEquals(report, read);
        assertFalse(read.freshness().judged());
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        String json = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), CHECKED).toJson()
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
        assertThrows(IllegalArgumentException.class, () -> DataQualityReport.fromJson(json));
        assertThrows(IllegalArgumentException.class, () -> DataQualityReport.fromJson("not json"));
    }
}

package com.retailstudio.data.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.io.SampleFolder;
import com.retailstudio.data.model.ConsentPurpose;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataQualityCheckerTest {

    private static final Instant THREE_DAYS_AFTER_NEWEST_EVENT = Instant.parse("2026-03-05T10:00:00Z");

    @TempDir
    Path folder;

    private static double completeness(DataQualityReport report, DataFile file, String column) {
        return report.file(file.fileName()).orElseThrow().columns().stream()
                .filter(c -> c.column().equals(column)).findFirst().orElseThrow().share();
    }

    private static ConsentCoverage coverage(DataQualityReport report, ConsentPurpose purpose) {
        return report.consentCoverage().stream().filter(c -> c.purpose() == purpose).findFirst().orElseThrow();
    }

    private static List<String> locations(DataQualityReport report) {
        return report.problems().first().stream().map(DataProblem::location).toList();
    }

    @Test
    void validDataSetIsUsableWithRowCountsPerFile() {
        DataQualityReport report = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), THREE_DAYS_AFTER_NEWEST_EVENT);

        assertTrue(report.usable(), report::toText);
        assertEquals(0, report.problems().total(), report::toText);
        assertEquals(3, report.file("customers.csv").orElseThrow().rows());
        assertEquals(4, report.file("events.csv").orElseThrow().validRows());
        assertEquals(3, report.file("foot_traffic.csv").orElseThrow().rows());
        assertEquals(9, report.files().size());
    }

    @Test
    void measuresCompletenessAsShareOfRowsWithAValue() {
        DataQualityReport report = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), THREE_DAYS_AFTER_NEWEST_EVENT);

        assertEquals(1.0, completeness(report, DataFile.EVENTS, "customer_id"));
        assertEquals(0.5, completeness(report, DataFile.EVENTS, "product_id"));
        assertEquals(0.25, completeness(report, DataFile.EVENTS, "value"));
        assertEquals(0.75, completeness(report, DataFile.EVENTS, "message_kind"));
        assertEquals(2.0 / 3, completeness(report, DataFile.BASKETS, "customer_id"), 1e-12);
        assertEquals(1.0 / 3, completeness(report, DataFile.ZONES, "category"), 1e-12);
    }

    @Test
    void measuresConsentCoverageAsShareOfCustomersGranting() {
        DataQualityReport report = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), THREE_DAYS_AFTER_NEWEST_EVENT);

        assertEquals(new ConsentCoverage(ConsentPurpose.EMAIL_MARKETING, 2, 3, 2.0 / 3), coverage(report, ConsentPurpose.EMAIL_MARKETING));
        assertEquals(new ConsentCoverage(ConsentPurpose.PUSH_MARKETING, 1, 3, 1.0 / 3), coverage(report, ConsentPurpose.PUSH_MARKETING));
        assertEquals(0.0, coverage(report, ConsentPurpose.SMS_MARKETING).share());
        assertEquals(ConsentPurpose.values().length, report.consentCoverage().size());
    }

    @Test
    void reportsNewestEventAndItsAgeRelativeToTheGivenInstant() {
        DataQualityReport report = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), THREE_DAYS_AFTER_NEWEST_EVENT);

        assertEquals(Optional.of(Instant.parse("2026-03-02T10:00:00Z")), report.freshness().newestEvent());
        assertEquals(Optional.of(Duration.ofDays(3)), report.freshness().age());
        assertFalse(report.freshness().stale());
    }

    @Test
    void reportsTheSpanOfEachDatedFileAndNoneForFilesWithoutDates() {
        DataQualityReport report = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), THREE_DAYS_AFTER_NEWEST_EVENT);

        DateRange events = report.file("events.csv").orElseThrow().dates().orElseThrow();
        assertEquals(new DateRange(Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-02T10:00:00Z")), events);
        assertEquals(2, events.days());
        assertEquals(Optional.of(new DateRange(Instant.parse("2024-01-15T00:00:00Z"), Instant.parse("2025-02-28T00:00:00Z"))),
                report.file("customers.csv").orElseThrow().dates());
        assertEquals(Optional.of(new DateRange(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z"))),
                report.file("sales_weekly.csv").orElseThrow().dates());
        assertEquals(Instant.parse("2026-03-02T12:30:00Z"),
                report.file("baskets.csv").orElseThrow().dates().orElseThrow().latest());
        assertEquals(Optional.empty(), report.file("stores.csv").orElseThrow().dates());
        assertEquals(Optional.empty(), report.file("products.csv").orElseThrow().dates());
    }

    @Test
    void staleDataIsAWarningThatLeavesTheDataSetUsable() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

        DataQualityReport report = DataQualityChecker.check(SampleFolder.valid().writeTo(folder), clock);

        assertTrue(report.freshness().stale());
        assertTrue(report.usable());
        assertEquals(1, report.problems().count(ProblemKind.STALE_DATA));
        assertEquals(1, report.problems().warnings());
        assertEquals("events.csv:timestamp", locations(report).get(0));
    }

    @Test
    void collectsEveryErrorWithFileLineAndColumnAndMarksTheDataSetUnusable() {
        SampleFolder.valid()
                .withLine(DataFile.CUSTOMERS, 4, "C3,2025-02-28,US,America/New_York,SILVER,65+,0,web,-1,1948-02-29")
                .withExtraLine(DataFile.PRODUCTS, "P1,Linen shirt again,shirts,49.99,18.00,2026-03-01,2026-08-31,0.2,12")
                .withLine(DataFile.EVENTS, 4, "E3,2026-03-01T10:00:00Z,C9,product_view,web,,,P1,")
                .withLine(DataFile.SALES_WEEKLY, 3, "S1,P1,2026-03-10,39.99,12,33")
                .writeTo(folder);

        DataQualityReport report = DataQualityChecker.check(folder, THREE_DAYS_AFTER_NEWEST_EVENT);

        assertFalse(report.usable());
        // C3 is rejected for its negative lifetime value, so its consent row then refers to a rejected customer: a
        // consequence, listed after the causes.
        assertEquals(List.of(
                "products.csv:4:product_id",
                "customers.csv:4:lifetime_value",
                "events.csv:4:customer_id",
                "sales_weekly.csv:3:week_start",
                "consents.csv:5:customer_id"), locations(report));
        assertEquals(5, report.problems().errors());
        assertEquals(1, report.problems().count(ProblemKind.DUPLICATE_KEY));
        assertEquals(1, report.problems().count(ProblemKind.UNKNOWN_REFERENCE));
        assertEquals(1, report.problems().count(ProblemKind.REJECTED_REFERENCE));
        assertEquals(2, report.file("customers.csv").orElseThrow().validRows());
        assertEquals(3, report.file("customers.csv").orElseThrow().rows());
        assertEquals(new ConsentCoverage(ConsentPurpose.EMAIL_MARKETING, 2, 2, 1.0), coverage(report, ConsentPurpose.EMAIL_MARKETING));
    }

    @Test
    void keepsOnlyTheFirstProblemsButCountsThemAll() {
        SampleFolder sample = SampleFolder.valid();
        for (int i = 0; i < 5; i++) {
            sample.withExtraLine(DataFile.FOOT_TRAFFIC, "S1,W" + i + ",2026-03-02T11:00:00Z,21,1");
        }
        sample.writeTo(folder);

        DataQualityReport report = new DataQualityChecker(2, Duration.ofDays(7)).report(folder, THREE_DAYS_AFTER_NEWEST_EVENT);

        assertEquals(5, report.problems().errors());
        assertEquals(List.of("foot_traffic.csv:5:x_m", "foot_traffic.csv:6:x_m"), locations(report));
    }

    @Test
    void missingFileAndMissingRequiredColumnAreErrors() {
        SampleFolder.valid()
                .without(DataFile.BASKETS)
                .with(DataFile.STORES, "store_id,name,city,width_m,depth_m,price_cluster\nS1,Leeds,Leeds,20,10,north\n")
                .writeTo(folder);

        DataQualityReport report = DataQualityChecker.check(folder, THREE_DAYS_AFTER_NEWEST_EVENT);

        assertFalse(report.usable());
        assertEquals(1, report.problems().count(ProblemKind.MISSING_FILE));
        assertEquals(1, report.problems().count(ProblemKind.MISSING_COLUMN));
        assertTrue(locations(report).contains("stores.csv:1:timezone"));
        FileQuality baskets = report.file("baskets.csv").orElseThrow();
        assertFalse(baskets.found());
        assertFalse(baskets.readable());
        FileQuality stores = report.file("stores.csv").orElseThrow();
        assertTrue(stores.found());
        assertFalse(stores.readable());
    }

    @Test
    void optionalColumnMissingFromHeaderIsOnlyAWarning() {
        SampleFolder.valid().with(DataFile.BASKETS, """
                transaction_id,store_id,timestamp,product_id,quantity,unit_price
                T1,S1,2026-03-02T11:00:00Z,P1,2,49.99
                """).writeTo(folder);

        DataQualityReport report = DataQualityChecker.check(folder, THREE_DAYS_AFTER_NEWEST_EVENT);

        assertTrue(report.usable(), report::toText);
        assertEquals(1, report.problems().count(ProblemKind.MISSING_OPTIONAL_COLUMN));
        assertEquals(List.of("baskets.csv:1:customer_id"), locations(report));
        assertEquals(0.0, completeness(report, DataFile.BASKETS, "customer_id"));
    }

    @Test
    void aBirthDateOutsideTheAgeBandOnTheNewestEventsDayIsOneWarningCountingTheCustomers() {
        // C1 (25-34) turns 35 on 2026-03-01, the day before the newest event; C2 (45-54) is 44 until 2026-03-03
        SampleFolder.valid().with(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value,birth_date
                C1,2024-01-15,GB,Europe/London,GOLD,25-34,0.3,email,1250.50,1991-03-01
                C2,2024-06-01,DE,Europe/Berlin,NONE,45-54,0.8,app,80,1981-03-03
                C3,2025-02-28,US,America/New_York,SILVER,65+,0,web,0,1948-02-29
                """).writeTo(folder);

        DataQualityReport report = DataQualityChecker.check(folder, THREE_DAYS_AFTER_NEWEST_EVENT);

        assertTrue(report.usable(), report::toText);
        assertEquals(1, report.problems().count(ProblemKind.AGE_BAND_MISMATCH));
        assertEquals(List.of("customers.csv:birth_date"), locations(report));
        assertTrue(report.toText().contains("2 customers' birth_date puts them outside their age_band on 2026-03-02, "
                + "the newest event's day (1 younger, 1 older than their band)"), report::toText);
    }

    @Test
    void aDataSetWithoutBirthDatesWarnsOnlyThatTheOptionalColumnIsMissing() {
        SampleFolder.valid().with(DataFile.CUSTOMERS, """
                customer_id,signup_date,country,timezone,loyalty_tier,age_band,price_sensitivity,preferred_channel,lifetime_value
                C1,2024-01-15,GB,Europe/London,GOLD,25-34,0.3,email,1250.50
                C2,2024-06-01,DE,Europe/Berlin,NONE,45-54,0.8,app,80
                C3,2025-02-28,US,America/New_York,SILVER,65+,0,web,0
                """).writeTo(folder);

        DataQualityReport report = DataQualityChecker.check(folder, THREE_DAYS_AFTER_NEWEST_EVENT);

        assertTrue(report.usable(), report::toText);
        assertEquals(List.of("customers.csv:1:birth_date"), locations(report));
        assertEquals(1, report.problems().count(ProblemKind.MISSING_OPTIONAL_COLUMN));
    }
}

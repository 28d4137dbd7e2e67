package com.retailstudio.designer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionValueTextTest {
    private final FieldCatalogue catalogue = FieldCatalogue.standard();

    private Field field(String path) {
        return catalogue.lookup(path).orElseThrow();
    }

    private static ConditionValue value(ConditionValueText.Reading reading) {
        assertTrue(reading.problem().isEmpty(), reading.toString());
        return reading.value().orElseThrow();
    }

    private static String problem(ConditionValueText.Reading reading) {
        assertTrue(reading.value().isEmpty(), reading.toString());
        return reading.problem().orElseThrow();
    }

    @Test
    void typedDurationsAcceptUnitWordsButNotMisspellings() {
        assertEquals(Optional.of(Duration.ofDays(2)), DurationText.read("2 days"));
        assertEquals(Optional.of(Duration.ofDays(2)), DurationText.read(" 2d "));
        assertEquals(Optional.of(Duration.ofDays(7)), DurationText.read("1 Week"));
        assertEquals(Optional.of(Duration.ofHours(4)), DurationText.read("4 hrs"));
        assertEquals(Optional.of(Duration.ofMinutes(30)), DurationText.read("30 minutes"));
        assertEquals(Optional.empty(), DurationText.read("3 dyas"));
        assertEquals(Optional.empty(), DurationText.read("three days"));
        assertEquals(Optional.empty(), DurationText.read(""));
    }

    @Test
    void numbersAreReadWithinTheFieldsRange() {
        assertEquals(new ConditionValue.NumberValue(0.7),
                value(ConditionValueText.read(field("price_sensitivity"), Operator.AT_LEAST, "0.7")));
        assertEquals("must be between 0 and 1",
                problem(ConditionValueText.read(field("price_sensitivity"), Operator.AT_LEAST, "1.5")));
        assertEquals("needs a number, not \"lots\"",
                problem(ConditionValueText.read(field("price_sensitivity"), Operator.AT_LEAST, "lots")));
        assertEquals("must be 0 or more",
                problem(ConditionValueText.read(field("events.purchase.count_30d"), Operator.AT_LEAST, "-1")));
    }

    @Test
    void enumCodesAreReadInAnyCaseAndListsSplitOnCommas() {
        Field tier = field("loyalty_tier");
        assertEquals(new ConditionValue.TextValue("GOLD"), value(ConditionValueText.read(tier, Operator.EQUALS, "gold")));
        assertEquals(new ConditionValue.ListValue(List.of(new ConditionValue.TextValue("GOLD"),
                new ConditionValue.TextValue("PLATINUM"))),
                value(ConditionValueText.read(tier, Operator.IN, "GOLD, platinum,")));
        assertTrue(problem(ConditionValueText.read(tier, Operator.EQUALS, "DIAMOND")).startsWith("\"DIAMOND\" is not one of"));
        assertEquals("needs at least one value", problem(ConditionValueText.read(tier, Operator.IN, " , ")));
    }

    @Test
    void yesNoDatesAndDurationsAreReadByTheirType() {
        assertEquals(new ConditionValue.BooleanValue(true),
                value(ConditionValueText.read(field("consent.email_marketing"), Operator.EQUALS, "Yes")));
        assertEquals("needs yes or no, not \"maybe\"",
                problem(ConditionValueText.read(field("consent.email_marketing"), Operator.EQUALS, "maybe")));
        assertEquals(new ConditionValue.TextValue("30d"),
                value(ConditionValueText.read(field("events.purchase.since_last"), Operator.AT_LEAST, "30 days")));
        assertTrue(problem(ConditionValueText.read(field("events.purchase.since_last"), Operator.AT_LEAST, "3 dyas"))
                .startsWith("needs a duration"));
        Field date = catalogue.fields().stream().filter(f -> f.type() == FieldType.DATE).findFirst().orElseThrow();
        assertEquals(new ConditionValue.TextValue("2026-03-01"),
                value(ConditionValueText.read(date, Operator.AT_LEAST, "2026-03-01")));
        assertEquals("needs a date written yyyy-MM-dd, not \"01/03/2026\"",
                problem(ConditionValueText.read(date, Operator.AT_LEAST, "01/03/2026")));
    }

    @Test
    void operatorsTheTypeDoesNotAllowAreRefused() {
        assertEquals("\"is one of\" does not apply to a number field",
                problem(ConditionValueText.read(field("price_sensitivity"), Operator.IN, "1")));
    }

    @Test
    void typeProblemsAreTheOnesLintReports() {
        assertEquals(Optional.of("needs a number"),
                ConditionValueText.typeProblem(field("lifetime_value"), new ConditionValue.TextValue("high")));
        assertEquals(Optional.empty(),
                ConditionValueText.typeProblem(field("lifetime_value"), new ConditionValue.NumberValue(10)));
    }
}

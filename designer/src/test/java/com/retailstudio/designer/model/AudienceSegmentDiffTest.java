package com.retailstudio.designer.model;

import static com.retailstudio.designer.TestJourneys.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A journey whose audience segment changes version: one readable change, not the conditions of both in full. */
class AudienceSegmentDiffTest {

    private static final Condition.Comparison GOLD = tier(Operator.EQUALS, "GOLD");
    private static final Condition.Comparison EMAIL = new Condition.Comparison("consent.email_marketing",
            Operator.EQUALS, new ConditionValue.BooleanValue(true));
    private static final Condition.Comparison SENSITIVE = new Condition.Comparison("price_sensitivity",
            Operator.AT_LEAST, new ConditionValue.NumberValue(0.6));

    private static Condition.Comparison tier(Operator operator, String... codes) {
        return new Condition.Comparison("loyalty_tier", operator, codes.length == 1
                ? new ConditionValue.TextValue(codes[0]) : new ConditionValue.ListValue(
                Arrays.stream(codes).<ConditionValue>map(ConditionValue.TextValue::new).toList()));
    }

    private static Journey withSegment(int version, String name, Condition.Group conditions) {
        return clean().withAudienceSegment(new SegmentReference("gold-email", version, name), conditions);
    }

    private static List<String> lines(Journey a, Journey b) {
        return List.of(JourneyDiff.between(a, b).toText().split("\n"));
    }

    @Test
    void aNewerVersionOfTheSameSegmentIsOneChangeNamingBothVersions() {
        Journey v2 = withSegment(2, "Gold e-mail", Condition.Group.all(GOLD, EMAIL));
        Journey v3 = withSegment(3, "Gold e-mail", Condition.Group.all(tier(Operator.IN, "GOLD", "PLATINUM"), EMAIL,
                SENSITIVE));
        assertEquals(List.of("~ The audience segment gold-email v2 → v3 (\"Gold e-mail\"): 1 condition added, "
                + "1 condition changed."), lines(v2, v3));
        JourneyDiff.Change change = JourneyDiff.between(v2, v3).changes().get(0);
        assertEquals(JourneyDiff.Subject.JOURNEY, change.subject());
        assertTrue(JourneyStructureDiff.between(v2, v3).isEmpty(), "no step of the canvas is marked for it");
    }

    @Test
    void aNewerVersionWithTheSameConditionsIsStillSaid() {
        Journey v2 = withSegment(2, "Gold", Condition.Group.all(GOLD));
        Journey v3 = withSegment(3, "Gold customers", Condition.Group.all(GOLD));
        assertEquals(List.of("~ The audience segment gold-email v2 → v3 (\"Gold customers\", was \"Gold\"): "
                + "the same conditions."), lines(v2, v3));
    }

    @Test
    void anotherSegmentIsNamedWithItsId() {
        Journey gold = withSegment(2, "Gold e-mail", Condition.Group.all(GOLD, EMAIL));
        Journey vip = clean().withAudienceSegment(new SegmentReference("vip", 1, "VIP"), Condition.Group.all(
                tier(Operator.EQUALS, "PLATINUM")));
        assertEquals(List.of("~ The audience segment gold-email v2 → vip v1 (\"VIP\"): 1 condition removed, "
                + "1 condition changed."), lines(gold, vip));
    }

    @Test
    void movingBetweenWrittenConditionsAndASegmentIsOneChangeEitherWay() {
        Journey written = clean().withAudience(Condition.Group.all(GOLD, EMAIL));
        Journey segment = withSegment(1, "Gold e-mail", Condition.Group.all(GOLD, EMAIL));
        assertEquals(List.of("~ The audience is now the segment gold-email v1 (\"Gold e-mail\"), no longer written "
                + "in the journey: the same conditions."), lines(written, segment));
        assertEquals(List.of("~ The audience is now written in the journey: loyalty_tier is GOLD and "
                + "consent.email_marketing is yes (was the segment gold-email v1)."), lines(segment, written));
    }

    @Test
    void theSameSegmentVersionComparesTheConditionsItCarries() {
        Journey v2 = withSegment(2, "Gold", Condition.Group.all(GOLD));
        assertTrue(JourneyDiff.between(v2, v2.withVersion(5)).isEmpty());
    }

    @Test
    void conditionDiffMatchesEqualConditionsWhereverTheyStand() {
        List<ConditionDiff.Line> lines = ConditionDiff.between(Condition.Group.all(GOLD, EMAIL, SENSITIVE),
                Condition.Group.all(SENSITIVE, tier(Operator.IN, "GOLD", "SILVER")));
        assertEquals(List.of("~ loyalty_tier is one of GOLD, SILVER (was: loyalty_tier is GOLD).",
                "- consent.email_marketing is yes."), lines.stream().map(ConditionDiff.Line::toText).toList());
        assertEquals(List.of("~ Matches any of its conditions (was all)."),
                ConditionDiff.between(Condition.Group.all(GOLD, EMAIL), Condition.Group.any(EMAIL, GOLD)).stream()
                        .map(ConditionDiff.Line::toText).toList());
    }
}

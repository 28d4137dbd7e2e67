package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.AudienceBreakdown;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AudienceCounterTest {

    private static Condition.Comparison is(String field, Operator op, ConditionValue value) {
        return new Condition.Comparison(field, op, value);
    }

    private static BasketLine line(String transaction, String store, String customer) {
        return new BasketLine(transaction, store, Instant.parse("2026-03-01T10:00:00Z"), Optional.ofNullable(customer),
                "P1", 1, 2.0);
    }

    private static AudienceData threeCustomers() {
        CustomerData customers = new Cases()
                .customer("C1", "Europe/London", LoyaltyTier.GOLD, true)
                .customer("C2", "Europe/London", LoyaltyTier.NONE, false)
                .consent("C2", ConsentPurpose.EMAIL_MARKETING)
                .customer("C3", "Europe/London", LoyaltyTier.GOLD, false)
                .purchase("C1", "2026-03-01T10:00:00Z", 40)
                .purchase("C1", "2026-03-25T10:00:00Z", 40)
                .purchase("C3", "2026-01-01T10:00:00Z", 40)
                .event("C2", "2026-03-30T10:00:00Z", EventType.PAGE_VIEW)
                .data();
        // C1: two transactions in S2, one in S1 (two lines); C3 none; an anonymous basket counts for nobody
        List<BasketLine> baskets = List.of(line("T1", "S1", "C1"), line("T1", "S1", "C1"), line("T2", "S2", "C1"),
                line("T3", "S2", "C1"), line("T4", "S1", "C2"), line("T5", "S1", null));
        return AudienceData.of(customers, List.of("S1", "S2"), baskets);
    }

    @Test
    void countsWhoMeetsTheConditionsAtTheEndOfTheDataWithTheirBreakdown() {
        AudienceData data = threeCustomers();
        AudienceBreakdown gold = AudienceCounter.count(data, Condition.Group.all(
                is("loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue("GOLD"))));

        assertEquals(2, gold.size());
        assertEquals(3, gold.customers());
        assertEquals(Instant.parse("2026-03-30T10:00:00Z"), gold.asOf());
        assertEquals(Map.of("S1", 0, "S2", 1, AudienceBreakdown.NO_STORE, 1), gold.byStore());
        assertEquals(List.of("S1", "S2", AudienceBreakdown.NO_STORE), List.copyOf(gold.byStore().keySet()));
        assertEquals(Map.of("GB", 2), gold.byRegion());
        assertEquals(1, gold.byConsent().get("email_marketing"));
        assertEquals(1, gold.byConsent().get("sms_marketing"));
        assertEquals(2, gold.byAgeBand().get("25-34"));
        assertEquals(0, gold.byAgeBand().get("65+"));
    }

    @Test
    void behaviourWindowsEndAtTheDataLastEvent() {
        AudienceData data = threeCustomers();
        // at 2026-03-30 only C1's purchase of 03-25 is within 7 days; both of C1's within 30; C3's is 88 days old
        assertEquals(1, AudienceCounter.count(data, Condition.Group.all(
                is("events.purchase.count_7d", Operator.AT_LEAST, new ConditionValue.NumberValue(1)))).size());
        assertEquals(1, AudienceCounter.count(data, Condition.Group.all(
                is("events.purchase.count_30d", Operator.AT_LEAST, new ConditionValue.NumberValue(2)))).size());
        assertEquals(2, AudienceCounter.count(data, Condition.Group.all(
                is("events.purchase.count_90d", Operator.AT_LEAST, new ConditionValue.NumberValue(1)))).size());
        // never purchased is infinitely long ago, so C2 has not purchased within 30 days, nor has C3
        assertEquals(2, AudienceCounter.count(data, Condition.Group.all(
                is("events.purchase.since_last", Operator.GREATER_THAN, new ConditionValue.TextValue("30d"))))
                .size());
    }

    @Test
    void anEmptyGroupIsEveryoneAndConsentIsAsGranted() {
        AudienceData data = threeCustomers();
        assertEquals(3, AudienceCounter.count(data, Condition.Group.always()).size());
        AudienceBreakdown emailable = AudienceCounter.count(data, Condition.Group.all(
                is("consent.email_marketing", Operator.EQUALS, new ConditionValue.BooleanValue(true))));
        assertEquals(2, emailable.size());
        assertEquals(Map.of("S1", 1, "S2", 1, AudienceBreakdown.NO_STORE, 0), emailable.byStore());
    }

    @Test
    void aJourneyHistoryFieldIsRefusedAndATriggerEventFieldHoldsForNobody() {
        AudienceData data = threeCustomers();
        assertThrows(IllegalArgumentException.class, () -> AudienceCounter.count(data, Condition.Group.all(
                is("journey.email-1.sent", Operator.EQUALS, new ConditionValue.BooleanValue(true)))));
        assertEquals(0, AudienceCounter.count(data, Condition.Group.all(
                is("event.value", Operator.AT_LEAST, new ConditionValue.NumberValue(0)))).size());
    }

    @Test
    void onTheSampleEveryTemplateAudienceCountsWhomTheSimulatorFindsEligibleAtTheEnd() {
        AudienceData data = AudienceData.of(SampleData.dataSet());
        CustomerData customers = data.customers();
        ResponseModel model = ResponseModelFitter.fit(customers);
        int nonTrivial = 0;
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(name).orElseThrow();
            DecisionProbe probe = new DecisionProbe(JourneyPlan.compile(journey), customers, model);
            int eligible = 0;
            for (int c = 0; c < customers.size(); c++) {
                if (probe.eligible(probe.at(c, customers.horizonEnd()))) {
                    eligible++;
                }
            }
            AudienceBreakdown counted = AudienceCounter.count(data, journey.audience());
            assertEquals(eligible, counted.size(), name);
            assertEquals(counted.size(), counted.byAgeBand().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(counted.size(), counted.byStore().values().stream().mapToInt(Integer::intValue).sum());
            if (eligible > 0 && eligible < customers.size()) {
                nonTrivial++;
            }
        }
        assertTrue(nonTrivial >= 2, "templates whose audience splits the sample: " + nonTrivial);
    }
}

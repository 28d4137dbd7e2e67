package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.lint.Finding;
import com.retailstudio.designer.lint.Lint;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.WaitUntil;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JourneyTemplatesTest {

    /** Warnings each template is known to carry, on purpose. None today: any new one must be added here knowingly. */
    private static final Map<String, List<String>> DELIBERATE_WARNINGS = Map.of();

    static List<String> names() {
        return JourneyTemplates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void templateRoundTripsByteIdentical(String name) throws Exception {
        String shipped = JourneyTemplates.json(name).orElseThrow();
        Journey journey = JourneyJson.parse(shipped);
        assertEquals(name, journey.id());
        assertEquals(shipped, JourneyJson.toJson(journey));
        assertEquals(journey, JourneyJson.parse(JourneyJson.toJson(journey)));
    }

    @ParameterizedTest
    @MethodSource("names")
    void templatePassesLintWithOnlyItsDeliberateWarnings(String name) {
        Journey journey = JourneyTemplates.load(name).orElseThrow();
        List<String> findings = Lint.check(journey).stream().map(Finding::toLine).toList();
        assertEquals(DELIBERATE_WARNINGS.getOrDefault(name, List.of()), findings);
        assertTrue(Lint.canSubmit(journey));
    }

    @Test
    void clearanceOfferPersonalisesPromotionsNeverPrices() {
        Journey journey = JourneyTemplates.load("clearance-offer").orElseThrow();
        List<Offer> offers = journey.messages().stream().flatMap(m -> m.offer().stream()).toList();
        assertEquals(List.of(new Offer.Bundle(2, 1), new Offer.PercentOff(20)), offers);
        assertTrue(journey.audience().describe().contains("price_sensitivity is at least 0.6"));
    }

    @Test
    void winbackArbitratesAtTheBestHourAgainstAControlPath() {
        Journey journey = JourneyTemplates.load("winback").orElseThrow();
        assertTrue(journey.nodes().stream().anyMatch(n -> n instanceof JourneyNode.NextBestAction nba
                && nba.sendAtBestHour() && nba.candidates().size() == 3));
        assertTrue(journey.nodes().stream().anyMatch(n -> n instanceof JourneyNode.RandomSplit));
    }

    @Test
    void birthdayWaitsForThreeDaysBeforeTheBirthDateAndPersonalisesThePromotionNeverThePrice() {
        Journey journey = JourneyTemplates.load("birthday").orElseThrow();
        assertTrue(journey.nodes().stream().anyMatch(n -> n instanceof JourneyNode.Wait w
                && w.until().equals(Optional.of(new WaitUntil.DateAttribute("birth_date", -3, LocalTime.of(9, 0),
                true)))));
        assertEquals(List.of(new Offer.PercentOff(15)),
                journey.messages().stream().flatMap(m -> m.offer().stream()).toList());
        assertTrue(journey.guardrails().quietHours().orElseThrow().channels().contains(JourneyChannel.EMAIL));
    }

    @Test
    void anUnknownTemplateIsEmpty() {
        assertEquals(Optional.empty(), JourneyTemplates.load("black-friday"));
    }
}

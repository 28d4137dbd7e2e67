package com.retailstudio.designer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.ConsentPurpose;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void durationsReadAndWriteInMarketerUnits() {
        assertEquals(Optional.of(Duration.ofDays(3)), DurationText.parse("3d"));
        assertEquals(Optional.of(Duration.ofDays(14)), DurationText.parse("2w"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), DurationText.parse("90m"));
        assertEquals(Optional.empty(), DurationText.parse("3 days"));
        assertEquals(Optional.empty(), DurationText.parse("P3D"));
        assertEquals("2w", DurationText.format(Duration.ofDays(14)));
        assertEquals("36h", DurationText.format(Duration.ofHours(36)));
        assertEquals("1 week", DurationText.words(Duration.ofDays(7)));
        assertEquals("3 days", DurationText.words(Duration.ofDays(3)));
    }

    @Property
    void writtenDurationsReadBackEqual(@ForAll @LongRange(min = 0, max = 500_000) long minutes) {
        Duration d = Duration.ofMinutes(minutes);
        assertEquals(Optional.of(d), DurationText.parse(DurationText.format(d)));
    }

    @Test
    void quietHoursSpanningMidnightHoldLateEveningAndEarlyMorning() {
        QuietHours q = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), List.of(JourneyChannel.SMS));
        assertTrue(q.contains(LocalTime.of(21, 0)));
        assertTrue(q.contains(LocalTime.of(2, 30)));
        assertFalse(q.contains(LocalTime.of(8, 0)));
        assertFalse(q.contains(LocalTime.of(12, 0)));
        assertTrue(q.covers(JourneyChannel.SMS));
        assertFalse(q.covers(JourneyChannel.EMAIL));
    }

    @Test
    void channelsNeedTheConsentPurposesOfThePolicy() {
        assertEquals(Optional.of(ConsentPurpose.EMAIL_MARKETING), JourneyChannel.EMAIL.requiredConsent());
        assertEquals(Optional.of(ConsentPurpose.PUSH_MARKETING), JourneyChannel.APP_PUSH.requiredConsent());
        assertEquals(Optional.of(ConsentPurpose.SMS_MARKETING), JourneyChannel.SMS.requiredConsent());
        assertEquals(Optional.of(ConsentPurpose.PAID_MEDIA_AUDIENCES), JourneyChannel.PAID_MEDIA.requiredConsent());
        assertEquals(Optional.of(ConsentPurpose.IN_STORE_RECOGNITION), JourneyChannel.STORE_ASSOCIATE.requiredConsent());
        assertEquals(Optional.empty(), JourneyChannel.WEB.requiredConsent());
        assertEquals(Optional.of(ConsentPurpose.PERSONALISED_OFFERS), ConsentRules.standard().personalisedPromotions());
    }

    @Test
    void journeyChannelsMapToTheDataContractsChannels() {
        assertEquals(Channel.APP, JourneyChannel.APP_PUSH.dataChannel());
        assertEquals(Channel.STORE, JourneyChannel.DIGITAL_SIGNAGE.dataChannel());
        assertEquals(Channel.STORE, JourneyChannel.STORE_ASSOCIATE.dataChannel());
        assertEquals(Channel.PAID_MEDIA, JourneyChannel.PAID_MEDIA.dataChannel());
    }

    @Test
    void arbitrationPicksTheHighestPositiveScoreAfterTheFatiguePenalty() {
        assertEquals(0.3 * 40 * 1.5 - 0.5 * 2, Arbitration.score(0.3, 40, 1.5, 0.5, 2), 1e-12);
        JourneyNode.Candidate small = new JourneyNode.Candidate("small",
                Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "a"), 10, 1);
        JourneyNode.Candidate big = new JourneyNode.Candidate("big",
                Message.of(JourneyChannel.EMAIL, MessageKind.LOYALTY_REWARD, "b"), 50, 1);
        JourneyNode.NextBestAction nba = new JourneyNode.NextBestAction("n", "NBA", new Position(0, 0),
                List.of(small, big), 1, true);
        assertEquals(Optional.of(big), Arbitration.choose(nba, c -> c == small ? 0.5 : 0.2, 0));
        // 0.5×10−3 = 2 and 0.2×50−3 = 7: still big; with 10 recent messages nobody scores above zero.
        assertEquals(Optional.of(big), Arbitration.choose(nba, c -> c == small ? 0.5 : 0.2, 3));
        assertEquals(Optional.empty(), Arbitration.choose(nba, c -> c == small ? 0.5 : 0.2, 10));
    }

    @Test
    void nodesNameTheirPorts() {
        Position p = new Position(0, 0);
        assertEquals(List.of("next"), new JourneyNode.Wait("w", "", p, Duration.ofDays(1), Optional.empty()).outputPorts());
        assertEquals(List.of("event", "timeout"),
                new JourneyNode.Wait("w", "", p, Duration.ofDays(1), Optional.of("purchase")).outputPorts());
        assertEquals(List.of("gold", "else"), new JourneyNode.ConditionSplit("s", "", p, List.of(
                new JourneyNode.Branch("gold", "Gold", Condition.Group.always()))).outputPorts());
        assertEquals(List.of("a", "b"), new JourneyNode.RandomSplit("r", "", p, List.of(new JourneyNode.Path("a", "A", 50),
                new JourneyNode.Path("b", "B", 50))).outputPorts());
        assertEquals(List.of(), new JourneyNode.Exit("x", "", p).outputPorts());
    }

    @Test
    void aJourneyRefusesTwoNodesWithOneId() {
        Position p = new Position(0, 0);
        assertThrows(IllegalArgumentException.class, () -> new Journey("j", "J", "", 1,
                new Goal("purchase", Duration.ofDays(1)), new EntryTrigger.EventTrigger("purchase", Condition.Group.always()),
                Condition.Group.always(), ReEntryPolicy.once(),
                List.of(new JourneyNode.Exit("x", "", p), new JourneyNode.Exit("x", "", p)), List.of(),
                new Guardrails(List.of(), Optional.empty(), ConsentRules.standard(), 0), ObjectiveWeights.balanced()));
    }

    @Test
    void promotionsCannotBeFreeOrNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Offer.PercentOff(100));
        assertThrows(IllegalArgumentException.class, () -> new Offer.PercentOff(0));
        assertEquals("15 % off", new Offer.PercentOff(15).describe());
        assertEquals("buy 2, get 1 free", new Offer.Bundle(2, 1).describe());
    }
}

package com.retailstudio.designer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.WaitUntil;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Every journey the model can hold survives the file format: equal after reading, byte-identical after rewriting. */
@Tag("slow")
class JourneyJsonPropertiesTest {

    @Property(tries = 300)
    void anyJourneyRoundTripsEqualAndByteStable(@ForAll("journeys") Journey journey) throws Exception {
        String json = JourneyJson.toJson(journey);
        Journey read = JourneyJson.parse(json);
        assertEquals(journey, read);
        assertEquals(json, JourneyJson.toJson(read));
    }

    @Property(tries = 200)
    void anyWrittenJourneyPassesThePublishedSchema(@ForAll("journeys") Journey journey) {
        assertEquals(List.of(), PublishedSchema.problems(JourneyJson.toJson(journey)));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(12);
    }

    private static Arbitrary<String> id() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_').ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<Double> number() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-100_000, 100_000).map(i -> (double) i),
                Arbitraries.doubles().between(-1e6, 1e6));
    }

    private static Arbitrary<Position> position() {
        return Combinators.combine(number(), number()).as(Position::new);
    }

    private static Arbitrary<Duration> duration() {
        return Arbitraries.longs().between(0, 200_000).map(Duration::ofMinutes);
    }

    private static Arbitrary<ConditionValue> value() {
        Arbitrary<ConditionValue> scalar = Arbitraries.oneOf(
                number().map(ConditionValue.NumberValue::new),
                text().map(ConditionValue.TextValue::new),
                Arbitraries.of(true, false).map(ConditionValue.BooleanValue::new));
        return Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(ConditionValue.ListValue::new));
    }

    private static Arbitrary<Condition.Group> group(int depth) {
        Arbitrary<Condition> comparison = Combinators.combine(id(), Arbitraries.of(Operator.class), value())
                .as(Condition.Comparison::new);
        Arbitrary<Condition> item = depth == 0 ? comparison
                : Arbitraries.oneOf(comparison, group(depth - 1).map(g -> (Condition) g));
        return Combinators.combine(Arbitraries.of(Condition.Combinator.class), item.list().ofMaxSize(3))
                .as(Condition.Group::new);
    }

    private static Arbitrary<Message> message() {
        Arbitrary<Optional<Offer>> offer = Arbitraries.oneOf(
                Arbitraries.just(Optional.empty()),
                Arbitraries.doubles().between(0.5, 99.5).map(p -> Optional.of((Offer) new Offer.PercentOff(p))),
                Arbitraries.integers().between(1, 9).map(b -> Optional.of((Offer) new Offer.Bundle(b, 1))),
                Arbitraries.integers().between(1, 5000).map(p -> Optional.of((Offer) new Offer.Points(p))),
                number().map(p -> Optional.of((Offer) new Offer.PriceOverride(p))));
        return Combinators.combine(Arbitraries.of(JourneyChannel.class), Arbitraries.of(MessageKind.class), id(), offer,
                Arbitraries.of(false, true)).as(Message::new);
    }

    private static Arbitrary<LocalTime> minuteOfDay() {
        return Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    }

    private static Arbitrary<WaitUntil> waitUntil() {
        return Arbitraries.<WaitUntil>oneOf(
                minuteOfDay().map(WaitUntil.TimeOfDay::new),
                Combinators.combine(Arbitraries.of(DayOfWeek.class), minuteOfDay().optional())
                        .as(WaitUntil.Weekday::new),
                Combinators.combine(id(), Arbitraries.integers().between(-WaitUntil.MAX_OFFSET_DAYS,
                        WaitUntil.MAX_OFFSET_DAYS), minuteOfDay(), Arbitraries.of(false, true))
                        .as(WaitUntil.DateAttribute::new));
    }

    private static Arbitrary<List<ExitCriterion>> exitCriteria() {
        return Arbitraries.<ExitCriterion>oneOf(id().map(ExitCriterion.OnEvent::new),
                group(1).map(ExitCriterion.WhenCondition::new)).list().ofMaxSize(2);
    }

    private static Arbitrary<JourneyNode> node(String nodeId) {
        return Arbitraries.oneOf(
                Combinators.combine(text(), position()).as((t, p) -> (JourneyNode) new JourneyNode.Entry(nodeId, t, p)),
                Combinators.combine(text(), position()).as((t, p) -> (JourneyNode) new JourneyNode.Exit(nodeId, t, p)),
                Combinators.combine(text(), position(), duration(), id().optional(), waitUntil().optional())
                        .as((t, p, d, e, u) -> (JourneyNode) new JourneyNode.Wait(nodeId, t, p,
                                u.isPresent() ? Duration.ZERO : d, e, u)),
                Combinators.combine(text(), position(), Combinators.combine(id(), text(), group(1))
                                .as(JourneyNode.Branch::new).list().ofMaxSize(3).uniqueElements(JourneyNode.Branch::id))
                        .as((t, p, b) -> (JourneyNode) new JourneyNode.ConditionSplit(nodeId, t, p, b)),
                Combinators.combine(text(), position(), Combinators.combine(id(), text(),
                                Arbitraries.doubles().between(0, 100)).as(JourneyNode.Path::new).list().ofMaxSize(3)
                                .uniqueElements(JourneyNode.Path::id))
                        .as((t, p, paths) -> (JourneyNode) new JourneyNode.RandomSplit(nodeId, t, p, paths)),
                Combinators.combine(text(), position(), message(), Arbitraries.of(false, true))
                        .as((t, p, m, b) -> (JourneyNode) new JourneyNode.Action(nodeId, t, p, m, b)),
                Combinators.combine(text(), position(), Combinators.combine(id(), message(),
                                Arbitraries.doubles().between(0, 1000), Arbitraries.doubles().between(0, 5))
                                .as(JourneyNode.Candidate::new).list().ofMaxSize(3).uniqueElements(JourneyNode.Candidate::id),
                        Arbitraries.doubles().between(0, 10), Arbitraries.of(true, false))
                        .as((t, p, c, f, b) -> (JourneyNode) new JourneyNode.NextBestAction(nodeId, t, p, c, f, b)));
    }

    @Provide
    Arbitrary<Journey> journeys() {
        Arbitrary<List<JourneyNode>> nodes = Arbitraries.integers().between(0, 6).flatMap(n -> {
            List<Arbitrary<JourneyNode>> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(node("n" + i));
            }
            return Combinators.combine(parts).as(list -> list);
        });
        Arbitrary<List<Edge>> edges = Combinators.combine(id(), id(), id()).as(Edge::new).list().ofMaxSize(5);
        return Combinators.combine(nodes, edges, group(2), text(), Arbitraries.integers().between(1, 99),
                        exitCriteria())
                .as((n, e, audience, name, version, exits) -> {
                    Journey base = TestJourneys.everything();
                    return new Journey(base.id(), name.isBlank() ? "x" : name, name, version, base.goal(), base.entry(),
                            audience, base.reEntry(), n, e, base.guardrails(), base.objectives()).withExitCriteria(exits);
                });
    }
}

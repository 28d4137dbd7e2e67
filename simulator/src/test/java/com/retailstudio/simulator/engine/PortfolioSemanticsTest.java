package com.retailstudio.simulator.engine;

import static com.retailstudio.simulator.engine.Cases.AT;
import static com.retailstudio.simulator.engine.Cases.constant;
import static com.retailstudio.simulator.engine.Cases.entry;
import static com.retailstudio.simulator.engine.Cases.exit;
import static com.retailstudio.simulator.engine.Cases.none;
import static com.retailstudio.simulator.engine.Cases.onEvent;
import static com.retailstudio.simulator.engine.Cases.silent;
import static com.retailstudio.simulator.engine.Cases.tracing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.ObjectiveWeights;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.designer.model.ReEntryPolicy;
import com.retailstudio.designer.model.SegmentReference;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortfolioSemanticsTest {
    private static final FrequencyCap ONE_A_DAY = FrequencyCap.global(1, Duration.ofDays(1));

    /** Entry on {@code trigger}, one email, done: the smallest journey that sends. */
    static Journey emailJourney(String id, String trigger, boolean transactional) {
        Message message = Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, id + "-email")
                .withTransactional(transactional);
        List<JourneyNode> nodes = List.of(entry(), new JourneyNode.Action("email", "Email", AT, message),
                exit("done"));
        List<Edge> edges = List.of(new Edge("entry", "next", "email"), new Edge("email", "next", "done"));
        return new Journey(id, id, "", 1, new Goal("purchase", Duration.ofDays(7)), onEvent(trigger),
                Condition.Group.always(), new ReEntryPolicy(false, Duration.ZERO, 1), nodes, edges, none(),
                ObjectiveWeights.balanced());
    }

    static PortfolioRules rules(List<FrequencyCap> caps, double control, List<String> priority) {
        return new PortfolioRules("test", "Test", caps, control, priority, List.of(), Set.of());
    }

    static PortfolioResults run(List<Journey> journeys, PortfolioRules rules, CustomerData data, ResponseModel model,
            SimulationSettings settings) {
        return new PortfolioSimulator(journeys.stream().map(JourneyPlan::compile).toList(), rules, data, model,
                settings).run(1, 1);
    }

    private static int index(PortfolioResults r, String journey) {
        return r.journeyIds().indexOf(journey);
    }

    private static List<TraceStep> steps(PortfolioResults r, String journey, String customer) {
        return r.journey(index(r, journey)).traces().getOrDefault(customer, List.of());
    }

    @Test
    void aCustomerCappedAcrossJourneysGetsTheHigherPriorityJourneysMessage() {
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        List<Journey> both = List.of(emailJourney("a-low", "cart_abandon", false),
                emailJourney("b-high", "cart_abandon", false));
        PortfolioResults r = run(both, rules(List.of(ONE_A_DAY), 0, List.of("b-high", "a-low")), data, silent(),
                tracing("C1"));

        assertEquals(List.of("b-high", "a-low"), r.journeyIds());
        assertEquals(1, r.sent(index(r, "b-high")));
        assertEquals(0, r.sent(index(r, "a-low")));
        assertEquals(1, r.suppressed(index(r, "a-low"), SuppressionReason.LOST_TO_PRIORITY));
        TraceStep lost = steps(r, "a-low", "C1").stream()
                .filter(s -> s.decision().equals("suppressed: lost_to_priority")).findFirst().orElseThrow();
        assertTrue(lost.reason().startsWith("lost to a higher-priority journey: b-high sent within the portfolio "
                + "cap at most 1 message per day across all channels"), lost.reason());

        // Traced again alone, the customer shows the same steps in each journey.
        PortfolioSimulator simulator = new PortfolioSimulator(both.stream().map(JourneyPlan::compile).toList(),
                rules(List.of(ONE_A_DAY), 0, List.of("b-high", "a-low")), data, silent(), SimulationSettings.defaults(7));
        assertEquals(steps(r, "a-low", "C1"), simulator.trace("C1").orElseThrow().get("a-low"));
        assertEquals(List.of("b-high", "a-low"), List.copyOf(simulator.trace("C1").orElseThrow().keySet()));

        // The order is the priority's, not the ids': reversed, the other journey wins.
        PortfolioResults reversed = run(both, rules(List.of(ONE_A_DAY), 0, List.of("a-low", "b-high")), data,
                silent(), tracing("C1"));
        assertEquals(1, reversed.sent(index(reversed, "a-low")));
        assertEquals(1, reversed.suppressed(index(reversed, "b-high"), SuppressionReason.LOST_TO_PRIORITY));
    }

    @Test
    void atEqualPriorityTheHigherExpectedValueWinsThenTheJourneyId() {
        // Two unlisted journeys: same rank. Email purchase probability is open × click × buy, SMS buys directly.
        CustomerData data = new Cases().customer("C1", "Europe/London")
                .event("C1", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        Journey email = emailJourney("a-email", "cart_abandon", false);
        Journey sms = withChannel(emailJourney("b-sms", "cart_abandon", false), JourneyChannel.SMS);
        PortfolioResults r = run(List.of(email, sms), rules(List.of(ONE_A_DAY), 0, List.of()), data,
                constant(0.5, 0.5), tracing("C1"));
        assertEquals(1, r.sent(index(r, "b-sms")));
        assertEquals(1, r.suppressed(index(r, "a-email"), SuppressionReason.PORTFOLIO_CAP));

        Journey twin = emailJourney("b-email", "cart_abandon", false);
        PortfolioResults tie = run(List.of(twin, email), rules(List.of(ONE_A_DAY), 0, List.of()), data,
                constant(0.5, 0.5), tracing("C1"));
        assertEquals(1, tie.sent(index(tie, "a-email")));
        assertEquals(1, tie.suppressed(index(tie, "b-email"), SuppressionReason.PORTFOLIO_CAP));
    }

    private static Journey withChannel(Journey journey, JourneyChannel channel) {
        List<JourneyNode> nodes = journey.nodes().stream().map(n -> n instanceof JourneyNode.Action a
                ? (JourneyNode) new JourneyNode.Action(a.id(), a.title(), a.position(),
                        Message.of(channel, MessageKind.REMINDER, a.message().contentId()))
                : n).toList();
        return journey.withNodes(nodes, journey.edges());
    }

    @Test
    void theGlobalControlReceivesNoMarketingFromAnyJourneyButTransactionalMessagesGo() {
        PortfolioRules rules = rules(List.of(), 30, List.of());
        Cases cases = new Cases();
        List<String> ids = IntStream.range(0, 60).mapToObj(i -> "C" + i).toList();
        for (String id : ids) {
            cases.customer(id, "Europe/London").event(id, "2026-06-01T10:00:00Z", EventType.CART_ABANDON);
        }
        List<String> control = ids.stream().filter(rules::inGlobalControl).toList();
        assertTrue(control.size() > 5 && control.size() < 40, control.toString());
        List<Journey> journeys = List.of(emailJourney("one", "cart_abandon", false),
                emailJourney("two", "cart_abandon", false), emailJourney("receipt", "cart_abandon", true));
        PortfolioResults r = run(journeys, rules, cases.data(), silent(),
                SimulationSettings.defaults(7).withTrace(Set.copyOf(ids), 0));

        for (String journey : List.of("one", "two")) {
            assertEquals(ids.size() - control.size(), r.sent(index(r, journey)));
            assertEquals(control.size(), r.suppressed(index(r, journey), SuppressionReason.GLOBAL_CONTROL));
            for (String id : control) {
                assertTrue(steps(r, journey, id).stream().noneMatch(s -> s.decision().equals("sent")), id);
                assertTrue(steps(r, journey, id).stream().anyMatch(s -> s.decision().equals(
                        "suppressed: global_control") && s.reason().contains("no marketing message from any journey")));
            }
        }
        assertEquals(ids.size(), r.sent(index(r, "receipt")));
        assertEquals(control.size(), r.uplift().holdout());
        assertEquals(ids.size() - control.size(), r.uplift().treated());
    }

    @Test
    void suppressedCustomersAndSegmentsReceiveNothing() {
        Condition.Group silver = Condition.Group.all(new Condition.Comparison("loyalty_tier", Operator.EQUALS,
                new ConditionValue.TextValue("SILVER")));
        PortfolioRules rules = new PortfolioRules("test", "Test", List.of(), 0, List.of(),
                List.of(new PortfolioRules.SuppressedSegment(new SegmentReference("silver", 1, "Silver"), silver)),
                Set.of("C-listed"));
        CustomerData data = new Cases().customer("C-listed", "Europe/London")
                .customer("C-silver", "Europe/London", LoyaltyTier.SILVER, true)
                .customer("C-free", "Europe/London")
                .event("C-listed", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C-silver", "2026-06-01T10:00:00Z", EventType.CART_ABANDON)
                .event("C-free", "2026-06-01T10:00:00Z", EventType.CART_ABANDON).data();
        PortfolioResults r = run(List.of(emailJourney("one", "cart_abandon", false),
                emailJourney("two", "cart_abandon", false)), rules, data, silent(),
                tracing("C-listed", "C-silver", "C-free"));
        for (int j = 0; j < 2; j++) {
            assertEquals(1, r.sent(j));
            assertEquals(2, r.suppressed(j, SuppressionReason.SUPPRESSED));
        }
        assertTrue(steps(r, "one", "C-free").stream().anyMatch(s -> s.decision().equals("sent")));
        assertTrue(steps(r, "two", "C-silver").stream().anyMatch(s -> s.decision().equals("suppressed: suppressed")
                && s.reason().contains("suppression list")));
    }

    /** {@code n} customers with one event each of {@code type}, ids {@code prefix0..}. */
    private static void customers(Cases cases, String prefix, int n, EventType type) {
        for (int i = 0; i < n; i++) {
            cases.customer(prefix + i, "Europe/London").event(prefix + i, "2026-06-01T10:00:00Z", type)
                    .event(prefix + i, "2026-06-20T10:00:00Z", EventType.PAGE_VIEW);
        }
    }

    @Test
    void twoJourneysOnTheSameCustomersUnderAShared1PerDayCapCannibalise() {
        Cases cases = new Cases();
        customers(cases, "C", 400, EventType.CART_ABANDON);
        // Every email is opened and clicked, and half the clicks buy: each journey alone converts about half.
        PortfolioResults r = run(List.of(emailJourney("first", "cart_abandon", false),
                emailJourney("second", "cart_abandon", false)), rules(List.of(ONE_A_DAY), 50, List.of("first")),
                cases.data(), purchaseAfterClick(0.5), SimulationSettings.defaults(7));

        assertEquals(0, r.sent(index(r, "second")));
        double alone = r.aloneIncrementalConversions(0) + r.aloneIncrementalConversions(1);
        assertTrue(r.aloneIncrementalConversions(1) > 50, "second alone " + r.aloneIncrementalConversions(1));
        assertEquals(r.aloneIncrementalConversions(0), r.incrementalConversions(), 1e-9);
        assertEquals(alone - r.incrementalConversions(), r.cannibalisation(), 1e-9);
        assertTrue(r.cannibalisation() > 50, "cannibalisation " + r.cannibalisation());
        // Against the same customers without marketing: the first journey's conversions are all the second loses.
        assertEquals(r.aloneSimulatedIncrementalConversions(1), r.simulatedCannibalisation());
        assertTrue(r.simulatedCannibalisation() > 50, "simulated " + r.simulatedCannibalisation());
    }

    @Test
    void journeysOnDisjointCustomersDoNotCannibalise() {
        Cases cases = new Cases();
        customers(cases, "A", 200, EventType.CART_ABANDON);
        customers(cases, "B", 200, EventType.ADD_TO_CART);
        PortfolioResults r = run(List.of(emailJourney("carts", "cart_abandon", false),
                emailJourney("wishes", "add_to_cart", false)), rules(List.of(ONE_A_DAY), 50, List.of()),
                cases.data(), purchaseAfterClick(0.5), SimulationSettings.defaults(7));

        assertTrue(r.incrementalConversions() > 50, "incremental " + r.incrementalConversions());
        assertEquals(0.0, r.cannibalisation());
        assertTrue(r.simulatedIncrementalConversions() > 50, "simulated " + r.simulatedIncrementalConversions());
        assertEquals(0.0, r.simulatedCannibalisation());
    }

    /** Every message is opened and clicked; a click buys with probability {@code p}. */
    private static ResponseModel purchaseAfterClick(double p) {
        ResponseModel all = constant(1, 1);
        return new ResponseModel(all.a, all.h, all.m, 1, p, p, all.unsubscribePerSend,
                all.purchaseValue);
    }

    @Test
    void aPortfolioOfOneJourneyWithoutRulesGivesTheJourneysOwnResults() {
        CustomerData data = SampleData.data();
        ResponseModel model = constant(1, 1);
        Journey journey = BenchmarkJourney.cartRecovery();
        // Every figure but the traces, whose steps of one instant a portfolio writes in another order.
        SimulationSettings settings = SimulationSettings.defaults(42).withTrace(Set.of(), 0);
        SimulationResults alone = new Simulator(JourneyPlan.compile(journey), data, model, settings).run(1, 1);
        PortfolioResults portfolio = run(List.of(journey), PortfolioRules.none("none"), data, model, settings);
        assertEquals(alone.fingerprint(), portfolio.journey(0).fingerprint());
    }
}

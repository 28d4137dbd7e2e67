package com.retailstudio.designer.lint;

import static com.retailstudio.designer.TestJourneys.adding;
import static com.retailstudio.designer.TestJourneys.at;
import static com.retailstudio.designer.TestJourneys.clean;
import static com.retailstudio.designer.TestJourneys.editingEdges;
import static com.retailstudio.designer.TestJourneys.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.Condition.Comparison;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.ConditionValue.NumberValue;
import com.retailstudio.designer.model.ConditionValue.TextValue;
import com.retailstudio.designer.model.ConsentRules;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Goal;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.ReEntryPolicy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LintTest {

    private static List<String> found(Journey journey) {
        return Lint.check(journey).stream().map(f -> f.severity() + " " + f.code() + " " + f.nodeId().orElse("-"))
                .collect(Collectors.toList());
    }

    private static void assertFinds(Journey journey, String expected) {
        List<String> findings = found(journey);
        assertTrue(findings.contains(expected), "expected " + expected + " in " + findings);
    }

    private static void assertNoCode(Journey journey, String code) {
        List<String> findings = found(journey);
        assertTrue(findings.stream().noneMatch(f -> f.contains(" " + code + " ")), findings.toString());
    }

    private static Comparison cmp(String field, Operator op, ConditionValue value) {
        return new Comparison(field, op, value);
    }

    private static Journey withBranches(Journey base, JourneyNode.Branch... branches) {
        Journey j = adding(base, List.of(new JourneyNode.ConditionSplit("split", "Who?", at(0, 200), List.of(branches))),
                List.of());
        return editingEdges(j, edges -> {
            edges.removeIf(e -> e.from().equals("entry"));
            edges.add(new Edge("entry", "next", "split"));
            for (JourneyNode.Branch b : branches) {
                edges.add(new Edge("split", b.id(), "email"));
            }
            edges.add(new Edge("split", "else", "end"));
            return edges;
        });
    }

    private static Journey withAudience(Condition... conditions) {
        return clean().withAudience(Condition.Group.all(conditions));
    }

    @Test
    void theCleanJourneyHasNoFindingsAndCanBeSubmitted() {
        assertEquals(List.of(), Lint.check(clean()));
        assertTrue(Lint.canSubmit(clean()));
    }

    @Test
    void anyErrorBlocksSubmittingButWarningsDoNot() {
        Journey warnedOnly = clean().withGuardrails(new Guardrails(List.of(
                FrequencyCap.of(JourneyChannel.EMAIL, 2, Duration.ofDays(7)), FrequencyCap.global(3, Duration.ofDays(7))),
                TestJourneys.guardrails().quietHours(), ConsentRules.standard(), 10));
        assertEquals(List.of("WARNING FREQUENCY_CAP_MISSING push"), found(warnedOnly));
        assertTrue(Lint.canSubmit(warnedOnly));
        Journey broken = editingEdges(clean(), e -> {
            e.removeIf(x -> x.from().equals("push"));
            return e;
        });
        assertFalse(Lint.canSubmit(broken));
    }

    @Test
    void findingsSpeakPlainLanguageAndNameTheStep() {
        Journey j = editingEdges(clean(), e -> {
            e.removeIf(x -> x.from().equals("push"));
            return e;
        });
        Finding f = Lint.check(j).get(0);
        assertEquals(new Finding(Severity.ERROR, "DEAD_END", "Nothing follows \"Push nudge\": customers would be "
                + "stuck there. Connect it to the next step or to an Exit.", Optional.of("push")), f);
    }

    @Nested
    class Graph {
        @Test
        void unreachableNodeIsAnError() {
            Journey j = adding(clean(), List.of(new JourneyNode.Exit("orphan", "Orphan", at(0, 400))), List.of());
            assertFinds(j, "ERROR UNREACHABLE_NODE orphan");
            assertNoCode(clean(), "UNREACHABLE_NODE");
        }

        @Test
        void nonExitNodeWithoutOutgoingEdgeIsADeadEnd() {
            Journey j = editingEdges(clean(), e -> {
                e.removeIf(x -> x.from().equals("push"));
                return e;
            });
            assertFinds(j, "ERROR DEAD_END push");
            assertNoCode(clean(), "DEAD_END");
        }

        @Test
        void anUnconnectedTimeoutIsAnEmptyPath() {
            Journey j = editingEdges(clean(), e -> {
                e.removeIf(x -> x.port().equals("timeout"));
                return e;
            });
            List<String> findings = found(j);
            assertTrue(findings.contains("ERROR UNCONNECTED_PORT wait"), findings.toString());
            assertNoCode(clean(), "UNCONNECTED_PORT");
        }

        @Test
        void loopWithoutAWaitIsAnErrorButALoopThroughAWaitIsNot() {
            Journey fast = editingEdges(clean(), e -> {
                e.removeIf(x -> x.from().equals("push"));
                e.add(new Edge("push", "next", "email"));
                e.removeIf(x -> x.from().equals("email"));
                e.add(new Edge("email", "next", "push"));
                return e;
            });
            assertFinds(fast, "ERROR LOOP_WITHOUT_WAIT email");
            Journey paced = editingEdges(clean(), e -> {
                e.removeIf(x -> x.from().equals("push"));
                e.add(new Edge("push", "next", "email"));
                return e;
            });
            assertNoCode(paced, "LOOP_WITHOUT_WAIT");
        }

        @Test
        void aSelfLoopIsALoopWithoutWait() {
            Journey j = editingEdges(clean(), e -> {
                e.removeIf(x -> x.from().equals("push"));
                e.add(new Edge("push", "next", "push"));
                return e;
            });
            assertFinds(j, "ERROR LOOP_WITHOUT_WAIT push");
        }

        @Test
        void edgesToMissingNodesOrPortsAreBroken() {
            Journey j = editingEdges(clean(), e -> {
                e.add(new Edge("email", "timeout", "done"));
                e.add(new Edge("push", "next", "nowhere"));
                return e;
            });
            List<String> findings = found(j);
            assertTrue(findings.contains("ERROR BROKEN_EDGE email"), findings.toString());
            assertTrue(findings.contains("ERROR BROKEN_EDGE push"), findings.toString());
            assertNoCode(clean(), "BROKEN_EDGE");
        }

        @Test
        void aJourneyNeedsExactlyOneEntry() {
            Journey none = clean().withNodes(clean().nodes().subList(1, clean().nodes().size()),
                    clean().edges().subList(1, clean().edges().size()));
            assertFinds(none, "ERROR ENTRY_MISSING -");
            Journey two = adding(clean(), List.of(new JourneyNode.Entry("entry2", "Again", at(0, 300))),
                    List.of(new Edge("entry2", "next", "email")));
            assertFinds(two, "ERROR ENTRY_DUPLICATE entry2");
        }
    }

    @Nested
    class Splits {
        @Test
        void randomSplitWeightsMustSumTo100() {
            JourneyNode.RandomSplit bad = new JourneyNode.RandomSplit("ab", "A/B", at(0, 0),
                    List.of(new JourneyNode.Path("a", "A", 50), new JourneyNode.Path("b", "B", 40)));
            Journey j = adding(clean(), List.of(bad), List.of());
            j = editingEdges(j, e -> {
                e.removeIf(x -> x.from().equals("entry"));
                e.add(new Edge("entry", "next", "ab"));
                e.add(new Edge("ab", "a", "email"));
                e.add(new Edge("ab", "b", "end"));
                return e;
            });
            assertFinds(j, "ERROR SPLIT_WEIGHTS_NOT_100 ab");
            assertTrue(Lint.check(j).stream().anyMatch(f -> f.message().contains("share 90 %")));
            Journey good = replacing(j, new JourneyNode.RandomSplit("ab", "A/B", at(0, 0),
                    List.of(new JourneyNode.Path("a", "A", 50.5), new JourneyNode.Path("b", "B", 49.5))));
            assertEquals(List.of(), found(good));
        }

        @Test
        void aBranchWithoutConditionsIsAnError() {
            Journey empty = withBranches(clean(), new JourneyNode.Branch("all", "Everyone", Condition.Group.always()));
            assertFinds(empty, "ERROR EMPTY_BRANCH split");
            Journey real = withBranches(clean(), new JourneyNode.Branch("gold", "Gold", Condition.Group.all(
                    cmp("loyalty_tier", Operator.EQUALS, new TextValue("GOLD")))));
            assertEquals(List.of(), found(real));
        }

        @Test
        void aSplitWithNoBranchesIsAnError() {
            Journey j = withBranches(clean());
            assertFinds(j, "ERROR EMPTY_SPLIT split");
        }
    }

    @Nested
    class Guardrails_ {
        @Test
        void aChannelWithoutItsConsentRuleIsAnError() {
            Map<JourneyChannel, ConsentPurpose> rules = new EnumMap<>(ConsentRules.standard().channels());
            rules.remove(JourneyChannel.EMAIL);
            Journey j = clean().withGuardrails(new Guardrails(clean().guardrails().frequencyCaps(),
                    clean().guardrails().quietHours(), new ConsentRules(rules, Optional.of(ConsentPurpose.PERSONALISED_OFFERS)), 10));
            assertEquals(List.of("ERROR CONSENT_MISSING email"), found(j));
        }

        @Test
        void aPromotionNeedsPersonalisedOffersConsent() {
            Journey promo = replacing(clean(), new JourneyNode.Action("email", "Offer", at(0, 0), new Message(
                    JourneyChannel.EMAIL, MessageKind.PROMOTION, "promo", Optional.of(new Offer.PercentOff(10)))));
            assertEquals(List.of(), found(promo));
            Journey j = promo.withGuardrails(new Guardrails(clean().guardrails().frequencyCaps(),
                    clean().guardrails().quietHours(), new ConsentRules(ConsentRules.standard().channels(), Optional.empty()), 10));
            assertEquals(List.of("ERROR CONSENT_MISSING email"), found(j));
        }

        @Test
        void aChannelWithNoCapAtAllIsAnError() {
            Journey j = clean().withGuardrails(new Guardrails(List.of(FrequencyCap.of(JourneyChannel.EMAIL, 2,
                    Duration.ofDays(7))), clean().guardrails().quietHours(), ConsentRules.standard(), 0));
            assertEquals(List.of("ERROR FREQUENCY_CAP_MISSING push"), found(j));
        }

        @Test
        void pushOrSmsWithoutQuietHoursIsAnError() {
            Journey j = clean().withGuardrails(new Guardrails(clean().guardrails().frequencyCaps(), Optional.empty(),
                    ConsentRules.standard(), 10));
            assertEquals(List.of("ERROR QUIET_HOURS_MISSING push"), found(j));
            Journey emailOnly = replacing(j, new JourneyNode.Action("push", "Second email", at(0, 0),
                    Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "second")));
            assertEquals(List.of(), found(emailOnly));
        }

        @Test
        void reEntryWithoutCooldownIsAWarning() {
            Journey j = clean();
            Journey again = new Journey(j.id(), j.name(), j.description(), 1, j.goal(), j.entry(), j.audience(),
                    new ReEntryPolicy(true, Duration.ZERO, 3), j.nodes(), j.edges(),
                    j.guardrails(), j.objectives());
            assertEquals(List.of("WARNING REENTRY_WITHOUT_COOLDOWN -"), found(again));
            Journey paced = new Journey(j.id(), j.name(), j.description(), 1, j.goal(), j.entry(), j.audience(),
                    new ReEntryPolicy(true, Duration.ofDays(7), 3), j.nodes(), j.edges(),
                    j.guardrails(), j.objectives());
            assertEquals(List.of(), found(paced));
        }

        @Test
        void aPromotionWithoutAnOfferIsAWarning() {
            Journey j = replacing(clean(), new JourneyNode.Action("email", "Offer", at(0, 0),
                    Message.of(JourneyChannel.EMAIL, MessageKind.PROMOTION, "promo")));
            assertEquals(List.of("WARNING PROMOTION_WITHOUT_OFFER email"), found(j));
        }

        @Test
        void personalisingTheBasePriceIsAnErrorEvenInsideANextBestAction() {
            Message price = new Message(JourneyChannel.EMAIL, MessageKind.PROMOTION, "vip-price",
                    Optional.of(new Offer.PriceOverride(19.99)));
            Journey j = replacing(clean(), new JourneyNode.NextBestAction("email", "Best offer", at(0, 0), List.of(
                    new JourneyNode.Candidate("price", price, 20, 1)), 0.5, false));
            j = editingEdges(j, e -> {
                e.add(new Edge("email", "none", "done"));
                return e;
            });
            assertEquals(List.of("ERROR BASE_PRICE_PERSONALISED email"), found(j));
            Message percent = new Message(JourneyChannel.EMAIL, MessageKind.PROMOTION, "vip-offer",
                    Optional.of(new Offer.PercentOff(15)));
            Journey ok = replacing(clean(), new JourneyNode.NextBestAction("email", "Best offer", at(0, 0), List.of(
                    new JourneyNode.Candidate("pct", percent, 20, 1)), 0.5, false));
            ok = editingEdges(ok, e -> {
                e.add(new Edge("email", "none", "done"));
                return e;
            });
            assertEquals(List.of(), found(ok));
        }
    }

    @Nested
    class Goals {
        @Test
        void anUnknownGoalEventCanNeverHappen() {
            assertEquals(List.of("ERROR GOAL_IMPOSSIBLE -"), found(clean().withGoal(new Goal("buy", Duration.ofDays(7)))));
            assertEquals(List.of(), found(clean().withGoal(new Goal("add_to_cart", Duration.ofDays(7)))));
        }

        @Test
        void aGoalOfMessageSentOrUnsubscribeIsNotAConversion() {
            assertEquals(List.of("ERROR GOAL_IMPOSSIBLE -"),
                    found(clean().withGoal(new Goal("message_sent", Duration.ofDays(7)))));
            assertEquals(List.of("ERROR GOAL_IMPOSSIBLE -"),
                    found(clean().withGoal(new Goal("unsubscribe", Duration.ofDays(7)))));
        }

        @Test
        void anEmailClickGoalNeedsAnEmailInTheJourney() {
            Journey noEmail = replacing(clean(), new JourneyNode.Action("email", "Push", at(0, 0),
                    Message.of(JourneyChannel.APP_PUSH, MessageKind.REMINDER, "p")));
            assertEquals(List.of("ERROR GOAL_IMPOSSIBLE -"),
                    found(noEmail.withGoal(new Goal("email_click", Duration.ofDays(7)))));
            assertEquals(List.of(), found(clean().withGoal(new Goal("email_click", Duration.ofDays(7)))));
        }

        @Test
        void waitingForAnUnknownEventIsAnError() {
            Journey j = replacing(clean(), new JourneyNode.Wait("wait", "Wait", at(0, 0), Duration.ofDays(3),
                    Optional.of("purchased")));
            assertEquals(List.of("ERROR UNKNOWN_EVENT wait"), found(j));
        }
    }

    @Nested
    class Conditions {
        @Test
        void contradictoryNumberBoundsAreAnError() {
            Journey j = withAudience(cmp("price_sensitivity", Operator.GREATER_THAN, new NumberValue(0.8)),
                    cmp("price_sensitivity", Operator.LESS_THAN, new NumberValue(0.2)));
            assertEquals(List.of("ERROR CONDITION_CONTRADICTION entry"), found(j));
            Journey possible = withAudience(cmp("price_sensitivity", Operator.GREATER_THAN, new NumberValue(0.2)),
                    cmp("price_sensitivity", Operator.LESS_THAN, new NumberValue(0.8)));
            assertEquals(List.of(), found(possible));
        }

        @Test
        void aBoundOutsideTheFieldsRangeIsAContradiction() {
            assertEquals(List.of("ERROR CONDITION_CONTRADICTION entry"),
                    found(withAudience(cmp("price_sensitivity", Operator.GREATER_THAN, new NumberValue(1)))));
            assertEquals(List.of(),
                    found(withAudience(cmp("price_sensitivity", Operator.AT_LEAST, new NumberValue(1)))));
        }

        @Test
        void anOrGroupOfDisjointBoundsIsNotAContradiction() {
            Journey j = clean().withAudience(Condition.Group.any(
                    cmp("price_sensitivity", Operator.GREATER_THAN, new NumberValue(0.8)),
                    cmp("price_sensitivity", Operator.LESS_THAN, new NumberValue(0.2))));
            assertEquals(List.of(), found(j));
        }

        @Test
        void contradictionsAreFoundThroughNestedAndGroupsAndExplained() {
            Journey j = clean().withAudience(Condition.Group.all(
                    cmp("price_sensitivity", Operator.GREATER_THAN, new NumberValue(0.8)),
                    Condition.Group.all(cmp("price_sensitivity", Operator.LESS_THAN, new NumberValue(0.2)))));
            List<Finding> findings = Lint.check(j);
            assertEquals(1, findings.size(), findings.toString());
            assertEquals("In the journey's audience, no customer can match all of the conditions on "
                    + "\"price_sensitivity\" (its values lie between 0 and 1, is more than 0.8, is less than 0.2). "
                    + "Check the numbers.", findings.get(0).message());
        }

        @Test
        void aBranchTheAudienceRulesOutIsAWarning() {
            Journey j = withBranches(clean(), new JourneyNode.Branch("bargain", "Bargain hunters", Condition.Group.all(
                    cmp("price_sensitivity", Operator.AT_LEAST, new NumberValue(0.7)))));
            assertEquals(List.of(), found(j));
            Journey premium = j.withAudience(Condition.Group.all(
                    cmp("price_sensitivity", Operator.LESS_THAN, new NumberValue(0.3))));
            assertEquals(List.of("WARNING BRANCH_NEVER_TAKEN split"), found(premium));
            assertTrue(Lint.canSubmit(premium));
        }

        @Test
        void aFieldEqualToTwoValuesIsAContradiction() {
            Journey j = withAudience(cmp("loyalty_tier", Operator.EQUALS, new TextValue("GOLD")),
                    cmp("loyalty_tier", Operator.EQUALS, new TextValue("SILVER")));
            assertEquals(List.of("ERROR CONDITION_CONTRADICTION entry"), found(j));
        }

        @Test
        void typeErrorsAreFoundAndNamed() {
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("shoe_size", Operator.EQUALS, new NumberValue(42)))));
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("loyalty_tier", Operator.GREATER_THAN, new TextValue("GOLD")))));
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("lifetime_value", Operator.AT_LEAST, new TextValue("lots")))));
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("loyalty_tier", Operator.EQUALS, new TextValue("DIAMOND")))));
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("events.purchase.since_last", Operator.GREATER_THAN, new TextValue("a month")))));
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("consent.email_marketing", Operator.EQUALS, new TextValue("yes")))));
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("loyalty_tier", Operator.IN, new TextValue("GOLD")))));
        }

        @Test
        void wellTypedConditionsPass() {
            Journey j = withAudience(
                    cmp("loyalty_tier", Operator.IN, new ConditionValue.ListValue(List.of(new TextValue("GOLD"),
                            new TextValue("PLATINUM")))),
                    cmp("lifetime_value", Operator.AT_LEAST, new NumberValue(250)),
                    cmp("events.purchase.count_30d", Operator.AT_MOST, new NumberValue(0)),
                    cmp("events.purchase.since_last", Operator.GREATER_THAN, new TextValue("60d")),
                    cmp("consent.email_marketing", Operator.EQUALS, new ConditionValue.BooleanValue(true)),
                    cmp("signup_date", Operator.LESS_THAN, new TextValue("2026-01-01")),
                    cmp("journey.email.sent", Operator.EQUALS, new ConditionValue.BooleanValue(false)));
            assertEquals(List.of(), found(j));
        }

        @Test
        void triggerEventFieldsOnlyWorkInTheEntryFilter() {
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("event.value", Operator.AT_LEAST, new NumberValue(50)))));
        }

        @Test
        void journeyHistoryMustReferToAMessageStep() {
            assertEquals(List.of("ERROR CONDITION_TYPE entry"),
                    found(withAudience(cmp("journey.wait.sent", Operator.EQUALS, new ConditionValue.BooleanValue(true)))));
        }

        @Test
        void branchConditionsAreCheckedAtTheirSplit() {
            Journey j = withBranches(clean(), new JourneyNode.Branch("vip", "VIP", Condition.Group.all(
                    cmp("lifetime_value", Operator.CONTAINS, new NumberValue(1)))));
            assertEquals(List.of("ERROR CONDITION_TYPE split"), found(j));
        }
    }

    @Nested
    class Transactional {
        private Journey withEmail(Message message) {
            return replacing(clean(), new JourneyNode.Action("email", "Order update", at(240, 0), message));
        }

        @Test
        void aTransactionalNoticeIsClean() {
            Journey j = withEmail(Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "back-in-stock")
                    .withTransactional(true));
            assertEquals(List.of(), found(j));
        }

        @Test
        void aTransactionalPromotionIsAnErrorThatSaysWhy() {
            Journey j = withEmail(Message.of(JourneyChannel.EMAIL, MessageKind.PROMOTION, "sale")
                    .withTransactional(true));
            assertFinds(j, "ERROR TRANSACTIONAL_PROMOTION email");
            Finding f = Lint.check(j).stream().filter(x -> x.code().equals("TRANSACTIONAL_PROMOTION")).findFirst()
                    .orElseThrow();
            assertEquals("\"Order update\" is marked transactional but is a promotion. Only notices the customer "
                    + "asked for, such as an order update or a back-in-stock alert, may skip frequency caps; remove "
                    + "the offer or clear the transactional mark.", f.message());
            assertNoCode(withEmail(Message.of(JourneyChannel.EMAIL, MessageKind.PROMOTION, "sale")),
                    "TRANSACTIONAL_PROMOTION");
        }

        @Test
        void aTransactionalMessageCarryingAnOfferIsAnErrorWhateverItsKind() {
            Journey j = withEmail(new Message(JourneyChannel.EMAIL, MessageKind.LOYALTY_REWARD, "points",
                    Optional.of(new Offer.Points(200)), true));
            assertFinds(j, "ERROR TRANSACTIONAL_PROMOTION email");
            assertTrue(Lint.check(j).stream().anyMatch(f -> f.code().equals("TRANSACTIONAL_PROMOTION")
                    && f.message().contains("carries an offer (200 bonus points)")), Lint.check(j).toString());
            assertFalse(Lint.canSubmit(j));
        }

        @Test
        void aTransactionalCandidateOfANextBestActionIsAnError() {
            Message notice = Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "order-shipped")
                    .withTransactional(true);
            Message tip = Message.of(JourneyChannel.EMAIL, MessageKind.RECOMMENDATION, "tip");
            Journey j = replacing(clean(), new JourneyNode.NextBestAction("email", "Best message", at(0, 0), List.of(
                    new JourneyNode.Candidate("notice", notice, 10, 1), new JourneyNode.Candidate("tip", tip, 5, 1)),
                    0.5, false));
            j = editingEdges(j, e -> {
                e.add(new Edge("email", "none", "done"));
                return e;
            });
            assertEquals(List.of("ERROR TRANSACTIONAL_IN_ARBITRATION email"), found(j));
            assertTrue(Lint.check(j).get(0).message().startsWith("The option \"notice\" of \"Best message\" is "
                    + "marked transactional. A next best action chooses between marketing messages"),
                    Lint.check(j).get(0).message());
        }

        @Test
        void aChannelUsedOnlyByTransactionalMessagesNeedsNoCap() {
            Journey noEmailCap = clean().withGuardrails(new Guardrails(List.of(FrequencyCap.of(JourneyChannel.APP_PUSH,
                    1, Duration.ofDays(1))), clean().guardrails().quietHours(), ConsentRules.standard(), 10));
            assertEquals(List.of("ERROR FREQUENCY_CAP_MISSING email"), found(noEmailCap));
            Journey transactional = replacing(noEmailCap, new JourneyNode.Action("email", "Order update",
                    at(240, 0), Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "order").withTransactional(true)));
            assertEquals(List.of(), found(transactional));
        }
    }
}

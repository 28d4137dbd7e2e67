package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Offer;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The step inspector's view-models, without a stage. */
class NodePropertiesModelTest {
    private final FieldCatalogue catalogue = FieldCatalogue.standard();
    private final Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();
    private final Journey winback = JourneyTemplates.load("winback").orElseThrow();
    private final Journey clearance = JourneyTemplates.load("clearance-offer").orElseThrow();

    private <T extends NodeEditorModel> T editor(Journey journey, String nodeId, Class<T> type) {
        NodePropertiesModel model = new NodePropertiesModel(catalogue);
        model.show(journey, journey.node(nodeId).orElseThrow());
        return assertInstanceOf(type, model.editorProperty().get());
    }

    private static <T extends JourneyNode> T committed(NodeEditorModel editor, Class<T> type) {
        Optional<JourneyNode> node = editor.commit();
        assertTrue(node.isPresent(), "a valid edit commits");
        return assertInstanceOf(type, node.get());
    }

    private static String firstOfType(Journey journey, Class<? extends JourneyNode> type) {
        return journey.nodes().stream().filter(type::isInstance).findFirst().orElseThrow().id();
    }

    @Test
    void noStepShowsNoEditorAndCommitsNothing() {
        NodePropertiesModel model = new NodePropertiesModel(catalogue);
        model.show(cart, null);
        assertNull(model.editorProperty().get());
        assertEquals(Optional.empty(), model.commit());
    }

    @Test
    void editingAWaitsDurationToTwoDaysProducesAWaitOfTwoDays() {
        WaitModel wait = editor(cart, firstOfType(cart, JourneyNode.Wait.class), WaitModel.class);
        JourneyNode.Wait before = (JourneyNode.Wait) wait.current();
        wait.duration().textProperty().set("2 days");
        JourneyNode.Wait after = committed(wait, JourneyNode.Wait.class);
        assertEquals(Duration.ofDays(2), after.duration());
        assertEquals(before.id(), after.id());
        assertEquals(before.position(), after.position());
        assertEquals(before.untilEvent(), after.untilEvent());
        assertEquals("", wait.duration().problem());
    }

    @Test
    void aMisspeltDurationProducesNoChangeAndSaysWhy() {
        WaitModel wait = editor(cart, firstOfType(cart, JourneyNode.Wait.class), WaitModel.class);
        JourneyNode before = wait.current();
        wait.duration().textProperty().set("3 dyas");
        assertEquals(Optional.empty(), wait.commit());
        assertEquals(before, wait.current());
        assertTrue(wait.duration().problem().contains("\"3 dyas\" is not a duration"), wait.duration().problem());
        wait.duration().textProperty().set("3 days");
        assertEquals(Duration.ofDays(3), committed(wait, JourneyNode.Wait.class).duration());
        assertEquals("", wait.duration().problem());
    }

    @Test
    void aWaitCanListenForAnEventOrJustWait() {
        WaitModel wait = editor(cart, firstOfType(cart, JourneyNode.Wait.class), WaitModel.class);
        wait.untilEventProperty().set(true);
        wait.eventProperty().set("email_click");
        assertEquals(Optional.of("email_click"), committed(wait, JourneyNode.Wait.class).untilEvent());
        wait.untilEventProperty().set(false);
        assertEquals(Optional.empty(), committed(wait, JourneyNode.Wait.class).untilEvent());
    }

    @Test
    void anUnchangedStepCommitsNothing() {
        WaitModel wait = editor(cart, firstOfType(cart, JourneyNode.Wait.class), WaitModel.class);
        assertEquals(Optional.empty(), wait.commit());
        EndpointModel exit = editor(cart, firstOfType(cart, JourneyNode.Exit.class), EndpointModel.class);
        exit.title().textProperty().set("  ");
        assertEquals(Optional.empty(), exit.commit());
        assertEquals("Give the step a name.", exit.title().problem());
        exit.title().textProperty().set("Bought it");
        assertEquals("Bought it", committed(exit, JourneyNode.Exit.class).title());
    }

    @Test
    void randomSplitWeightsSummingTo90FlagAnInlineErrorAndCommitNothing() {
        RandomSplitModel split = editor(winback, firstOfType(winback, JourneyNode.RandomSplit.class),
                RandomSplitModel.class);
        assertEquals("Total 100 %", split.totalProperty().get());
        assertEquals("", split.totalProblemProperty().get());
        split.paths().get(0).weight().textProperty().set("40");
        // The total follows typing, before any commit.
        assertEquals("Total 90 %", split.totalProperty().get());
        assertEquals("The weights add up to 90 %; they must total 100 %.", split.totalProblemProperty().get());
        assertEquals(Optional.empty(), split.commit());
        split.paths().get(1).weight().textProperty().set("sixty");
        assertEquals("Total —", split.totalProperty().get());
        assertEquals(Optional.empty(), split.commit());
        assertTrue(split.paths().get(1).weight().problem().startsWith("\"sixty\" is not a number"));
        split.paths().get(1).weight().textProperty().set("60");
        JourneyNode.RandomSplit after = committed(split, JourneyNode.RandomSplit.class);
        assertEquals(List.of(40.0, 60.0), after.paths().stream().map(JourneyNode.Path::weight).toList());
        assertEquals("", split.totalProblemProperty().get());
    }

    @Test
    void aNewPathStartsAtZeroSoTheSplitStillAddsUp() {
        RandomSplitModel split = editor(winback, firstOfType(winback, JourneyNode.RandomSplit.class),
                RandomSplitModel.class);
        RandomSplitModel.PathModel added = split.addPath();
        assertEquals("a", added.id());
        JourneyNode.RandomSplit after = committed(split, JourneyNode.RandomSplit.class);
        assertEquals(3, after.paths().size());
        assertEquals(0.0, after.paths().get(2).weight());
        split.remove(added);
        assertEquals(2, committed(split, JourneyNode.RandomSplit.class).paths().size());
    }

    @Test
    void removingABranchYieldsAConditionSplitWithoutIt() {
        String splitId = firstOfType(cart, JourneyNode.ConditionSplit.class);
        JourneyNode.ConditionSplit before = (JourneyNode.ConditionSplit) cart.node(splitId).orElseThrow();
        ConditionSplitModel split = editor(cart, splitId, ConditionSplitModel.class);
        ConditionSplitModel.BranchModel first = split.branches().get(0);
        split.remove(first);
        JourneyNode.ConditionSplit after = committed(split, JourneyNode.ConditionSplit.class);
        assertEquals(before.branches().subList(1, before.branches().size()), after.branches());
        assertFalse(after.outputPorts().contains(first.id()));
        assertTrue(after.outputPorts().contains(JourneyNode.ELSE));
    }

    @Test
    void branchesAreAddedWithAConditionToFillAndReordered() {
        String splitId = firstOfType(clearance, JourneyNode.ConditionSplit.class);
        ConditionSplitModel split = editor(clearance, splitId, ConditionSplitModel.class);
        ConditionSplitModel.BranchModel added = split.addBranch();
        // The new branch's condition has no field yet: nothing is saved and the row says what is missing.
        assertEquals(Optional.empty(), split.commit());
        ComparisonModel row = (ComparisonModel) added.condition().rows().get(0);
        assertEquals("Choose a field.", row.problemProperty().get());
        Field ltv = catalogue.lookup("lifetime_value").orElseThrow();
        row.fieldProperty().set(ltv);
        assertEquals(List.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.GREATER_THAN, Operator.AT_LEAST,
                Operator.LESS_THAN, Operator.AT_MOST), row.operators());
        row.operatorProperty().set(Operator.AT_LEAST);
        row.valueProperty().set("500");
        split.move(added, -1);
        JourneyNode.ConditionSplit after = committed(split, JourneyNode.ConditionSplit.class);
        assertEquals(List.of(added.id(), "members", JourneyNode.ELSE), after.outputPorts());
        assertEquals(Condition.Group.all(new Condition.Comparison("lifetime_value", Operator.AT_LEAST,
                new ConditionValue.NumberValue(500))), after.branches().get(0).condition());
    }

    @Test
    void aConditionValueOfTheWrongTypeIsShownAndNotSaved() {
        String splitId = firstOfType(clearance, JourneyNode.ConditionSplit.class);
        ConditionSplitModel split = editor(clearance, splitId, ConditionSplitModel.class);
        ComparisonModel tier = (ComparisonModel) split.branches().get(0).condition().rows().get(0);
        assertEquals("loyalty_tier", tier.fieldProperty().get().path());
        assertEquals(List.of("GOLD", "PLATINUM"), tier.chosenCodes());
        tier.valueProperty().set("GOLD, DIAMOND");
        assertEquals(Optional.empty(), split.commit());
        assertTrue(tier.problemProperty().get().startsWith("loyalty_tier \"DIAMOND\" is not one of"),
                tier.problemProperty().get());
        // Another field of another type: the operator and value follow the type.
        tier.fieldProperty().set(catalogue.lookup("consent.email_marketing").orElseThrow());
        assertEquals(List.of(Operator.EQUALS, Operator.NOT_EQUALS), tier.operators());
        assertEquals(Operator.EQUALS, tier.operatorProperty().get());
        assertEquals("yes", tier.valueProperty().get());
        tier.valueProperty().set("perhaps");
        assertEquals(Optional.empty(), split.commit());
        assertEquals("consent.email_marketing needs yes or no, not \"perhaps\".", tier.problemProperty().get());
        tier.valueProperty().set("no");
        JourneyNode.ConditionSplit after = committed(split, JourneyNode.ConditionSplit.class);
        assertEquals(new Condition.Comparison("consent.email_marketing", Operator.EQUALS,
                new ConditionValue.BooleanValue(false)), after.branches().get(0).condition().conditions().get(0));
    }

    @Test
    void groupsNestAndCombineWithAndOr() {
        String splitId = firstOfType(clearance, JourneyNode.ConditionSplit.class);
        ConditionSplitModel split = editor(clearance, splitId, ConditionSplitModel.class);
        ConditionGroupModel branch = split.branches().get(0).condition();
        ConditionGroupModel nested = branch.addGroup();
        assertEquals(Condition.Combinator.OR, nested.combinatorProperty().get());
        ComparisonModel first = (ComparisonModel) nested.rows().get(0);
        first.fieldProperty().set(catalogue.lookup("events.purchase.count_90d").orElseThrow());
        first.operatorProperty().set(Operator.AT_LEAST);
        first.valueProperty().set("2");
        ComparisonModel second = nested.addComparison();
        second.fieldProperty().set(catalogue.lookup("events.purchase.since_last").orElseThrow());
        assertEquals(List.of(Operator.GREATER_THAN, Operator.AT_LEAST, Operator.LESS_THAN, Operator.AT_MOST),
                second.operators());
        second.operatorProperty().set(Operator.LESS_THAN);
        second.valueProperty().set("2 weeks");
        JourneyNode.ConditionSplit after = committed(split, JourneyNode.ConditionSplit.class);
        Condition.Group condition = after.branches().get(0).condition();
        assertEquals(Condition.Combinator.AND, condition.combinator());
        assertEquals(Condition.Group.any(
                new Condition.Comparison("events.purchase.count_90d", Operator.AT_LEAST,
                        new ConditionValue.NumberValue(2)),
                new Condition.Comparison("events.purchase.since_last", Operator.LESS_THAN,
                        new ConditionValue.TextValue("2w"))), condition.conditions().get(1));
    }

    @Test
    void branchFieldsOfferJourneyHistoryButNotTheTriggeringEvent() {
        FieldChoices choices = FieldChoices.of(catalogue, cart, false);
        assertTrue(choices.find("journey.reminder.opened").isPresent());
        assertTrue(choices.inGroup(Field.Group.TRIGGER_EVENT).isEmpty());
        assertFalse(FieldChoices.of(catalogue, cart, true).inGroup(Field.Group.TRIGGER_EVENT).isEmpty());
        long actions = cart.nodes().stream().filter(n -> n instanceof JourneyNode.Action
                || n instanceof JourneyNode.NextBestAction).count();
        assertEquals(3 * actions, choices.inGroup(Field.Group.JOURNEY_HISTORY).size());
    }

    @Test
    void anActionsOfferIsEditedAsPercentBundleOrPoints() {
        String bundleId = "bundle";
        ActionModel action = editor(clearance, bundleId, ActionModel.class);
        MessageModel message = action.message();
        assertEquals(MessageModel.OfferChoice.BUNDLE, message.offerProperty().get());
        assertTrue(message.offerShownProperty().get());
        message.offerProperty().set(MessageModel.OfferChoice.PERCENT_OFF);
        message.percent().textProperty().set("25");
        message.channelProperty().set(JourneyChannel.APP_PUSH);
        JourneyNode.Action after = committed(action, JourneyNode.Action.class);
        assertEquals(new Message(JourneyChannel.APP_PUSH, MessageKind.PROMOTION, "clearance-bundle",
                Optional.of(new Offer.PercentOff(25))), after.message());
        message.percent().textProperty().set("100");
        assertEquals(Optional.empty(), action.commit());
        assertEquals("Percent off must be more than 0 and less than 100.", message.percent().problem());
        message.offerProperty().set(MessageModel.OfferChoice.POINTS);
        message.points().textProperty().set("2.5");
        assertEquals(Optional.empty(), action.commit());
        assertEquals("Use a whole number, e.g. 2.", message.points().problem());
        message.points().textProperty().set("250");
        assertEquals(Optional.of(new Offer.Points(250)), committed(action, JourneyNode.Action.class).message().offer());
        message.contentId().textProperty().set("");
        assertEquals(Optional.empty(), action.commit());
        assertEquals("Give the content id of the creative to show.", message.contentId().problem());
    }

    @Test
    void aPersonalPriceIsNeverOfferedNorSavedAndMustBeReplaced() {
        assertEquals(List.of("NONE", "PERCENT_OFF", "BUNDLE", "POINTS"),
                Arrays.stream(MessageModel.OfferChoice.values()).map(Enum::name).toList());
        JourneyNode.Action priced = new JourneyNode.Action("bundle", "Personal price", new Position(0, 0),
                new Message(JourneyChannel.EMAIL, MessageKind.PROMOTION, "x", Optional.of(new Offer.PriceOverride(9.99))));
        List<JourneyNode> nodes = new ArrayList<>(clearance.nodes());
        nodes.replaceAll(n -> n.id().equals("bundle") ? priced : n);
        Journey journey = clearance.withNodes(nodes, clearance.edges());
        ActionModel action = editor(journey, "bundle", ActionModel.class);
        assertNull(action.message().offerProperty().get());
        assertTrue(action.message().offerProblemProperty().get().startsWith("This message sets a personal price"));
        action.title().textProperty().set("Renamed");
        assertEquals(Optional.empty(), action.commit(), "a personal price is never passed on");
        action.message().offerProperty().set(MessageModel.OfferChoice.NONE);
        JourneyNode.Action after = committed(action, JourneyNode.Action.class);
        assertEquals(Optional.empty(), after.message().offer());
        assertEquals("", action.message().offerProblemProperty().get());
    }

    @Test
    void aReminderCanBeMarkedTransactionalAndTheMarkIsSavedAndLoaded() {
        ActionModel action = editor(cart, "reminder", ActionModel.class);
        MessageModel message = action.message();
        assertFalse(message.transactionalProperty().get());
        assertFalse(message.transactionalDisabledProperty().get());
        assertEquals("Not limited by frequency caps. Only for notices the customer asked for, such as an order "
                + "update or a back-in-stock alert.", message.transactionalHintProperty().get());
        message.transactionalProperty().set(true);
        JourneyNode.Action after = committed(action, JourneyNode.Action.class);
        assertTrue(after.message().transactional());
        List<JourneyNode> nodes = new ArrayList<>(cart.nodes());
        nodes.replaceAll(n -> n.id().equals("reminder") ? after : n);
        ActionModel again = editor(cart.withNodes(nodes, cart.edges()), "reminder", ActionModel.class);
        assertTrue(again.message().transactionalProperty().get());
        again.message().transactionalProperty().set(false);
        assertFalse(committed(again, JourneyNode.Action.class).message().transactional());
    }

    @Test
    void promotionsAndOffersCannotBeMarkedTransactionalAndSayWhy() {
        MessageModel promo = editor(cart, "promo", ActionModel.class).message();
        assertTrue(promo.transactionalDisabledProperty().get());
        assertEquals("Promotions cannot be transactional: frequency caps limit every message that sells.",
                promo.transactionalHintProperty().get());
        MessageModel reminder = editor(cart, "reminder", ActionModel.class).message();
        reminder.offerProperty().set(MessageModel.OfferChoice.POINTS);
        assertTrue(reminder.transactionalDisabledProperty().get());
        assertEquals("A message with an offer cannot be transactional: frequency caps limit every message that "
                + "sells.", reminder.transactionalHintProperty().get());
        reminder.offerProperty().set(MessageModel.OfferChoice.NONE);
        assertFalse(reminder.transactionalDisabledProperty().get());
        // A file that marks a promotion transactional (lint's TRANSACTIONAL_PROMOTION) keeps the box usable to clear it.
        JourneyNode.Action marked = (JourneyNode.Action) cart.node("promo").orElseThrow();
        List<JourneyNode> nodes = new ArrayList<>(cart.nodes());
        nodes.replaceAll(n -> n.id().equals("promo") ? new JourneyNode.Action(marked.id(), marked.title(),
                marked.position(), marked.message().withTransactional(true)) : n);
        ActionModel wrong = editor(cart.withNodes(nodes, cart.edges()), "promo", ActionModel.class);
        assertTrue(wrong.message().transactionalProperty().get());
        assertFalse(wrong.message().transactionalDisabledProperty().get());
        wrong.message().transactionalProperty().set(false);
        assertTrue(wrong.message().transactionalDisabledProperty().get());
        assertFalse(committed(wrong, JourneyNode.Action.class).message().transactional());
    }

    @Test
    void nextBestActionOptionsAreNeverTransactional() {
        NextBestActionModel nba = editor(winback, firstOfType(winback, JourneyNode.NextBestAction.class),
                NextBestActionModel.class);
        for (NextBestActionModel.CandidateModel c : nba.candidates()) {
            assertTrue(c.message().transactionalDisabledProperty().get(), c.id());
            assertEquals("A next best action chooses between marketing messages, so its options cannot be "
                    + "transactional.", c.message().transactionalHintProperty().get());
        }
    }

    @Test
    void nextBestActionCandidatesValuesWeightsAndFatigueAreEdited() {
        String nbaId = firstOfType(winback, JourneyNode.NextBestAction.class);
        NextBestActionModel nba = editor(winback, nbaId, NextBestActionModel.class);
        JourneyNode.NextBestAction before = (JourneyNode.NextBestAction) nba.current();
        nba.candidates().get(0).value().textProperty().set("60");
        nba.candidates().get(1).weight().textProperty().set("-1");
        assertEquals(Optional.empty(), nba.commit());
        assertEquals("Use a number 0 or more.", nba.candidates().get(1).weight().problem());
        nba.candidates().get(1).weight().textProperty().set("1.5");
        nba.fatiguePenalty().textProperty().set("3");
        nba.bestHourProperty().set(!before.sendAtBestHour());
        NextBestActionModel.CandidateModel added = nba.addCandidate();
        JourneyNode.NextBestAction after = committed(nba, JourneyNode.NextBestAction.class);
        assertEquals(60.0, after.candidates().get(0).value());
        assertEquals(1.5, after.candidates().get(1).weight());
        assertEquals(3.0, after.fatiguePenalty());
        assertEquals(!before.sendAtBestHour(), after.sendAtBestHour());
        assertEquals(before.candidates().size() + 1, after.candidates().size());
        assertEquals(added.id(), after.candidates().get(after.candidates().size() - 1).id());
        nba.remove(added);
        assertEquals(before.candidates().size(), committed(nba, JourneyNode.NextBestAction.class).candidates().size());
    }

    @Test
    void theShownStepIsKeptWhenTheJourneyComesBackWithOurOwnEdit() {
        NodePropertiesModel model = new NodePropertiesModel(catalogue);
        String waitId = firstOfType(cart, JourneyNode.Wait.class);
        model.show(cart, cart.node(waitId).orElseThrow());
        WaitModel wait = (WaitModel) model.editorProperty().get();
        wait.duration().textProperty().set("5 days");
        JourneyNode edited = model.commit().orElseThrow();
        List<JourneyNode> nodes = new ArrayList<>(cart.nodes());
        nodes.replaceAll(n -> n.id().equals(waitId) ? edited : n);
        Journey after = cart.withNodes(nodes, cart.edges());
        assertTrue(model.keep(after, edited));
        assertEquals(after, model.journey());
        assertFalse(model.keep(after, cart.nodes().get(0)));
    }
}

package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.edit.JourneyEdits;
import com.retailstudio.designer.edit.NodeKind;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.Position;
import com.retailstudio.designer.model.ReEntryPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The journey settings view-model, without a stage. */
class JourneySettingsModelTest {
    private final FieldCatalogue catalogue = FieldCatalogue.standard();

    private JourneySettingsModel shown(String template) {
        JourneySettingsModel model = new JourneySettingsModel(catalogue);
        model.show(JourneyTemplates.load(template).orElseThrow());
        return model;
    }

    @Test
    void everyTemplateReadsBackUnchanged() {
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(name).orElseThrow();
            JourneySettingsModel model = new JourneySettingsModel(catalogue);
            model.show(journey);
            assertEquals(Optional.of(journey), model.read(), name);
            assertEquals(Optional.empty(), model.commit(), name + " has no change to commit");
        }
    }

    @Test
    void aStepMovedOnTheCanvasKeepsTheFormAndAnEditAfterItKeepsTheMove() {
        JourneySettingsModel model = shown("cart-abandonment");
        Journey moved = JourneyEdits.moveBy(model.current(),
                List.of("wait-1d"), 40, 20);
        assertTrue(model.keep(moved), "moving a step changes no setting");
        model.name().textProperty().set("Cart rescue");
        Journey after = model.commit().orElseThrow();
        assertEquals(moved.nodes(), after.nodes(), "the settings edit is made on the moved journey");
    }

    @Test
    void aNewMessageStepReloadsTheFormSoJourneyHistoryCanNameIt() {
        JourneySettingsModel model = shown("cart-abandonment");
        Journey withAction = JourneyEdits.addNode(model.current(),
                NodeKind.ACTION, new Position(0, 0));
        assertFalse(model.keep(withAction), "a new message step changes the fields conditions may name");
    }

    @Test
    void nameGoalAndHoldoutEditsProduceANewJourneyKeepingItsSteps() {
        JourneySettingsModel model = shown("cart-abandonment");
        Journey before = model.current();
        model.name().textProperty().set("Cart rescue");
        model.goalEventProperty().set("add_to_cart");
        model.goalWindow().textProperty().set("10 days");
        model.guardrails().holdout().textProperty().set("15");
        Journey after = model.commit().orElseThrow();
        assertEquals("Cart rescue", after.name());
        assertEquals("add_to_cart", after.goal().event());
        assertEquals(Duration.ofDays(10), after.goal().window());
        assertEquals(15.0, after.guardrails().holdoutPercent());
        assertEquals(before.nodes(), after.nodes());
        assertEquals(before.edges(), after.edges());
        assertEquals(before.id(), after.id());
    }

    @Test
    void badNumbersAndDurationsAreRefusedWithAReason() {
        JourneySettingsModel model = shown("cart-abandonment");
        model.guardrails().holdout().textProperty().set("120");
        model.goalWindow().textProperty().set("a week");
        model.conversions().textProperty().set("x");
        assertEquals(Optional.empty(), model.commit());
        assertEquals("Use a number from 0 to 100.", model.guardrails().holdout().problem());
        assertTrue(model.goalWindow().problem().startsWith("\"a week\" is not a duration"));
        assertEquals("\"x\" is not a number, 0 or more.", model.conversions().problem());
        model.name().textProperty().set("");
        assertEquals(Optional.empty(), model.commit());
        assertEquals("Give the journey a name.", model.name().problem());
    }

    @Test
    void theEntryTriggerSwitchesBetweenEventAudienceAndSchedule() {
        JourneySettingsModel model = shown("cart-abandonment");
        ComparisonModel filter = model.entryFilter().addComparison();
        filter.fieldProperty().set(catalogue.lookup("event.value").orElseThrow());
        filter.operatorProperty().set(Operator.AT_LEAST);
        filter.valueProperty().set("50");
        EntryTrigger.EventTrigger event = (EntryTrigger.EventTrigger) model.commit().orElseThrow().entry();
        assertEquals(Condition.Group.all(new Condition.Comparison("event.value", Operator.AT_LEAST,
                new ConditionValue.NumberValue(50))), event.filter());

        model.entryKindProperty().set(JourneySettingsModel.EntryKind.SCHEDULE);
        model.scheduleStart().textProperty().set("2026-12-01");
        model.scheduleAt().textProperty().set("9:30");
        model.scheduleRepeatProperty().set(EntryTrigger.Repeat.WEEKLY);
        assertEquals(new EntryTrigger.ScheduleTrigger(LocalDate.of(2026, 12, 1), LocalTime.of(9, 30),
                EntryTrigger.Repeat.WEEKLY), model.commit().orElseThrow().entry());

        model.entryKindProperty().set(JourneySettingsModel.EntryKind.AUDIENCE);
        model.audienceName().textProperty().set("Lapsed VIPs");
        assertEquals(Optional.empty(), model.commit(), "an audience of everyone is refused");
        assertEquals("Add at least one condition that says who joins the audience.", model.audienceName().problem());
        ComparisonModel tier = model.entryAudience().addComparison();
        tier.fieldProperty().set(catalogue.lookup("loyalty_tier").orElseThrow());
        tier.valueProperty().set("GOLD");
        assertEquals(new EntryTrigger.AudienceTrigger("Lapsed VIPs", Condition.Group.all(new Condition.Comparison(
                "loyalty_tier", Operator.EQUALS, new ConditionValue.TextValue("GOLD")))),
                model.commit().orElseThrow().entry());
    }

    @Test
    void guardrailsCapsQuietHoursConsentAndReEntryAreEdited() {
        JourneySettingsModel model = shown("cart-abandonment");
        int caps = model.guardrails().caps().size();
        GuardrailsModel.CapModel cap = model.guardrails().addCap();
        cap.channelProperty().set(Optional.of(JourneyChannel.PAID_MEDIA));
        cap.max().textProperty().set("1");
        cap.window().textProperty().set("3 days");
        model.guardrails().quietHoursProperty().set(true);
        model.guardrails().quietFrom().textProperty().set("22:00");
        model.guardrails().quietTo().textProperty().set("07:30");
        model.guardrails().quietChannel(JourneyChannel.EMAIL).set(true);
        model.guardrails().consent(JourneyChannel.WEB).set(ConsentPurpose.PERSONALISED_OFFERS);
        model.reEntryAllowedProperty().set(true);
        model.reEntryCooldown().textProperty().set("30 days");
        model.reEntryMax().textProperty().set("4");
        Journey after = model.commit().orElseThrow();
        assertEquals(caps + 1, after.guardrails().frequencyCaps().size());
        assertEquals(FrequencyCap.of(JourneyChannel.PAID_MEDIA, 1, Duration.ofDays(3)),
                after.guardrails().frequencyCaps().get(caps));
        assertEquals(LocalTime.of(22, 0), after.guardrails().quietHours().orElseThrow().from());
        assertEquals(LocalTime.of(7, 30), after.guardrails().quietHours().orElseThrow().to());
        assertTrue(after.guardrails().quietHours().orElseThrow().covers(JourneyChannel.EMAIL));
        assertEquals(Optional.of(ConsentPurpose.PERSONALISED_OFFERS), after.guardrails().consent()
                .forChannel(JourneyChannel.WEB));
        assertEquals(new ReEntryPolicy(true, Duration.ofDays(30), 4), after.reEntry());

        model.guardrails().quietHoursProperty().set(false);
        assertEquals(Optional.empty(), model.commit().orElseThrow().guardrails().quietHours());
        model.guardrails().removeCap(cap);
        assertEquals(caps, model.commit().orElseThrow().guardrails().frequencyCaps().size());
    }

    @Test
    void twoGlobalCapsAreRefused() {
        JourneySettingsModel model = shown("cart-abandonment");
        model.guardrails().addCap().channelProperty().set(Optional.empty());
        model.guardrails().addCap().channelProperty().set(Optional.empty());
        assertEquals(Optional.empty(), model.commit());
        assertEquals("Keep one cap across all channels; merge the others into it.", model.guardrails().capsProblemProperty().get());
    }

    @Test
    void audienceConditionsAreTypeChecked() {
        JourneySettingsModel model = shown("clearance-offer");
        ComparisonModel sensitivity = (ComparisonModel) model.audience().rows().get(0);
        assertEquals("price_sensitivity", sensitivity.fieldProperty().get().path());
        sensitivity.valueProperty().set("1.4");
        assertEquals(Optional.empty(), model.commit());
        assertEquals("price_sensitivity must be between 0 and 1.", sensitivity.problemProperty().get());
        sensitivity.valueProperty().set("0.7");
        assertEquals(new ConditionValue.NumberValue(0.7), ((Condition.Comparison) model.commit().orElseThrow()
                .audience().conditions().get(0)).value());
        assertFalse(model.audience().choices().inGroup(Field.Group.PROFILE).isEmpty());
    }
}

package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.WaitUntil;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inspector's editors of local-time waits, best-hour sends and exit criteria, without a stage. */
class TimingEditorsModelTest {
    private final FieldCatalogue catalogue = FieldCatalogue.standard();
    private final Journey cart = JourneyTemplates.load("cart-abandonment").orElseThrow();

    private <T extends NodeEditorModel> T editor(Journey journey, Class<? extends JourneyNode> kind, Class<T> type) {
        NodePropertiesModel model = new NodePropertiesModel(catalogue);
        JourneyNode node = journey.nodes().stream().filter(kind::isInstance).findFirst().orElseThrow();
        model.show(journey, node);
        return assertInstanceOf(type, model.editorProperty().get());
    }

    private static JourneyNode.Wait committedWait(WaitModel wait) {
        Optional<JourneyNode> node = wait.commit();
        assertTrue(node.isPresent(), "a valid edit commits");
        return assertInstanceOf(JourneyNode.Wait.class, node.get());
    }

    @Test
    void aWaitBecomesAWaitUntilTheNextTimeOfDayAndBack() {
        WaitModel wait = editor(cart, JourneyNode.Wait.class, WaitModel.class);
        wait.untilEventProperty().set(false);
        wait.atLocalTimeProperty().set(true);
        wait.at().textProperty().set("9:30");
        JourneyNode.Wait local = committedWait(wait);
        assertEquals(Optional.of(new WaitUntil.TimeOfDay(LocalTime.of(9, 30))), local.until());
        assertEquals(Duration.ZERO, local.duration());
        assertEquals("Until next 09:30 local", local.summary());
        wait.atLocalTimeProperty().set(false);
        wait.duration().textProperty().set("2 days");
        JourneyNode.Wait plain = committedWait(wait);
        assertEquals(Optional.empty(), plain.until());
        assertEquals(Duration.ofDays(2), plain.duration());
    }

    @Test
    void aWeekdayWaitMayLeaveTheTimeBlank() {
        WaitModel wait = editor(cart, JourneyNode.Wait.class, WaitModel.class);
        wait.untilEventProperty().set(false);
        wait.atLocalTimeProperty().set(true);
        wait.localKindProperty().set(WaitModel.LocalKind.WEEKDAY);
        wait.dayProperty().set(DayOfWeek.SATURDAY);
        wait.at().textProperty().set("");
        assertEquals(Optional.of(new WaitUntil.Weekday(DayOfWeek.SATURDAY, Optional.empty())),
                committedWait(wait).until());
        wait.at().textProperty().set("25:00");
        assertEquals(Optional.empty(), wait.commit());
        assertTrue(wait.at().problem().contains("hours:minutes"), wait.at().problem());
    }

    @Test
    void aDateWaitCountsDaysFromAProfileDateAndRefusesMoreThanAYear() {
        WaitModel wait = editor(cart, JourneyNode.Wait.class, WaitModel.class);
        wait.untilEventProperty().set(false);
        wait.atLocalTimeProperty().set(true);
        wait.localKindProperty().set(WaitModel.LocalKind.DATE);
        assertEquals(List.of("signup_date", "birth_date"), WaitModel.PROFILE_DATES);
        wait.offsetDays().textProperty().set("-3");
        wait.at().textProperty().set("09:00");
        JourneyNode.Wait before = committedWait(wait);
        assertEquals(Optional.of(new WaitUntil.DateAttribute("signup_date", -3, LocalTime.of(9, 0), true)),
                before.until());
        assertEquals("Until 3 days before the anniversary of signup_date, 09:00 local", before.summary());
        wait.offsetDays().textProperty().set("400");
        assertEquals(Optional.empty(), wait.commit());
        assertTrue(!wait.offsetDays().problem().isEmpty());
    }

    @Test
    void aLocalWaitReadsBackUnchanged() {
        JourneyNode.Wait local = new JourneyNode.Wait("w", "Saturday", cart.nodes().get(0).position(), Duration.ZERO,
                Optional.of("purchase"), Optional.of(new WaitUntil.Weekday(DayOfWeek.SATURDAY,
                        Optional.of(LocalTime.of(10, 0)))));
        WaitModel wait = new WaitModel(local);
        assertEquals(Optional.of(local), wait.read());
        assertTrue(wait.atLocalTimeProperty().get() && wait.untilEventProperty().get());
    }

    @Test
    void anActionIsSetToSendAtTheBestHour() {
        ActionModel action = editor(cart, JourneyNode.Action.class, ActionModel.class);
        action.sendAtBestHourProperty().set(true);
        JourneyNode.Action after = assertInstanceOf(JourneyNode.Action.class, action.commit().orElseThrow());
        assertTrue(after.sendAtBestHour());
        assertTrue(after.summary().endsWith(" · at best hour"), after.summary());
    }

    @Test
    void exitCriteriaAreAddedAsEventsOrConditionsAndRemoved() {
        JourneySettingsModel settings = new JourneySettingsModel(catalogue);
        settings.show(cart);
        ExitCriteriaModel exits = settings.exitCriteria();
        exits.add();
        ExitCriteriaModel.CriterionModel visits = exits.add();
        visits.kindProperty().set(ExitCriteriaModel.Kind.CONDITION);
        ComparisonModel comparison = visits.condition().addComparison();
        comparison.fieldProperty().set(catalogue.lookup("events.store_visit.count_7d").orElseThrow());
        comparison.operatorProperty().set(Operator.AT_LEAST);
        comparison.valueProperty().set("2");
        Journey changed = settings.commit().orElseThrow();
        assertEquals(2, changed.exitCriteria().size());
        assertEquals(new ExitCriterion.OnEvent("unsubscribe"), changed.exitCriteria().get(0));
        Condition.Group condition = ((ExitCriterion.WhenCondition) changed.exitCriteria().get(1)).condition();
        assertEquals("events.store_visit.count_7d", ((Condition.Comparison) condition.conditions().get(0)).field());
        exits.remove(exits.criteria().get(0));
        assertEquals(1, settings.commit().orElseThrow().exitCriteria().size());
    }

    @Test
    void aJourneyWithExitCriteriaReadsBackUnchanged() {
        Journey withExits = cart.withExitCriteria(List.of(new ExitCriterion.OnEvent("store_visit")));
        JourneySettingsModel settings = new JourneySettingsModel(catalogue);
        settings.show(withExits);
        assertEquals(Optional.of(withExits), settings.read());
    }
}

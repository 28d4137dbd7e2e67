package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.WaitUntil;
import java.time.DayOfWeek;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The inspector's Wait section: for a set time, until an event or a time-out, or until a moment on the customer's
 * clock (the next time of day, the next weekday, a date of their profile ± days), then or on an event before it.
 */
final class WaitSection {
    private WaitSection() {
    }

    static VBox of(WaitModel wait, Runnable commit) {
        ToggleGroup mode = new ToggleGroup();
        RadioButton time = new RadioButton("For a set time");
        time.setId("wait-for-time");
        RadioButton event = new RadioButton("Until an event, or a time-out");
        event.setId("wait-until-event");
        RadioButton local = new RadioButton("Until a time on the customer's clock");
        local.setId("wait-until-local");
        for (RadioButton r : List.of(time, event, local)) {
            r.setToggleGroup(mode);
        }
        (wait.atLocalTimeProperty().get() ? local : wait.untilEventProperty().get() ? event : time).setSelected(true);
        ComboBox<String> events = InspectorForm.combo(wait.eventProperty(), WaitModel.EVENTS, e -> e, "wait-event",
                commit);
        VBox eventField = InspectorForm.labelled("Event", events);
        Label durationLabel = new Label();
        durationLabel.getStyleClass().add("inspector-field-label");
        VBox duration = new VBox(3, durationLabel, InspectorForm.input(wait.duration(), "wait-duration",
                "e.g. 3 days, 12 hours", commit));
        VBox localFields = localFields(wait, commit);
        // A moment on the customer's clock may also end early on an event, as a file may say (until + untilEvent).
        CheckBox earlier = new CheckBox("…or until an event before then");
        earlier.setId("wait-local-until-event");
        earlier.selectedProperty().bindBidirectional(wait.untilEventProperty());
        earlier.setOnAction(e -> commit.run());
        Label ports = InspectorForm.hint("");
        Runnable sync = () -> {
            boolean atLocal = wait.atLocalTimeProperty().get();
            boolean until = wait.untilEventProperty().get();
            earlier.setVisible(atLocal);
            earlier.setManaged(atLocal);
            show(eventField, until);
            show(duration, !atLocal);
            show(localFields, atLocal);
            durationLabel.setText(until ? "Give up after" : "Wait for");
            String zone = "In each customer's own time zone; 09:00 stays 09:00 across a clock change.";
            ports.setText(until && atLocal ? "Customers who do it before then leave by ✓ "
                    + wait.eventProperty().get() + "; the others by the time-out path at that time. " + zone
                    : until ? "Customers who do it in time leave by ✓ " + wait.eventProperty().get()
                    + "; the others by the time-out path." : atLocal
                    ? zone + " Then every customer goes on to the next step."
                    : "Then every customer goes on to the next step.");
        };
        mode.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                before.setSelected(true);
                return;
            }
            choose(wait, after, event, local);
            sync.run();
            commit.run();
        });
        wait.eventProperty().addListener((observable, before, after) -> sync.run());
        wait.untilEventProperty().addListener((observable, before, after) -> sync.run());
        sync.run();
        return InspectorForm.section("Wait", time, event, local, localFields, earlier, eventField, duration, ports);
    }

    /**
     * The wait the chosen mode stands for. On the customer's clock the event is kept as it was (the check box says
     * it), so a wait until an event moved to a local time keeps its ✓ path and what it leads to.
     */
    private static void choose(WaitModel wait, Toggle chosen, Toggle event, Toggle local) {
        wait.atLocalTimeProperty().set(chosen == local);
        if (chosen != local) {
            wait.untilEventProperty().set(chosen == event);
        }
    }

    private static VBox localFields(WaitModel wait, Runnable commit) {
        ComboBox<WaitModel.LocalKind> kind = InspectorForm.combo(wait.localKindProperty(),
                List.of(WaitModel.LocalKind.values()), WaitModel.LocalKind::label, "wait-local-kind", commit);
        ComboBox<DayOfWeek> day = InspectorForm.combo(wait.dayProperty(), List.of(DayOfWeek.values()),
                WaitUntil.Weekday::dayName, "wait-day", commit);
        VBox dayField = InspectorForm.labelled("Day", day);
        ComboBox<String> field = InspectorForm.combo(wait.dateFieldProperty(), WaitModel.PROFILE_DATES, f -> f,
                "wait-date-field", commit);
        VBox offset = InspectorForm.labelled("Days after the date (negative: before)",
                InspectorForm.input(wait.offsetDays(), "wait-offset-days", "e.g. -3", commit));
        CheckBox yearly = new CheckBox("Every year (next anniversary)");
        yearly.setId("wait-yearly");
        yearly.selectedProperty().bindBidirectional(wait.yearlyProperty());
        yearly.selectedProperty().addListener((observable, before, after) -> commit.run());
        VBox dateFields = new VBox(6, InspectorForm.labelled("Date", field), offset, yearly);
        Label atLabel = new Label();
        atLabel.getStyleClass().add("inspector-field-label");
        VBox at = new VBox(3, atLabel, InspectorForm.input(wait.at(), "wait-at", "e.g. 09:00", commit));
        Runnable sync = () -> {
            WaitModel.LocalKind k = wait.localKindProperty().get();
            show(dayField, k == WaitModel.LocalKind.WEEKDAY);
            show(dateFields, k == WaitModel.LocalKind.DATE);
            atLabel.setText(k == WaitModel.LocalKind.WEEKDAY ? "At (local; blank: from the start of the day)"
                    : "At (local time)");
        };
        wait.localKindProperty().addListener((observable, before, after) -> sync.run());
        sync.run();
        return new VBox(6, InspectorForm.labelled("Until", kind), dayField, dateFields, at);
    }

    private static void show(VBox box, boolean visible) {
        box.setVisible(visible);
        box.setManaged(visible);
    }
}

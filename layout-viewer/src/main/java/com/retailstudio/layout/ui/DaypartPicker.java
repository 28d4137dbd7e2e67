package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.Daypart;
import com.retailstudio.ui.range.WholeRangeSlider;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * A daypart chooser: the named dayparts, or "Custom hours" with a range slider of whole hours (every day, local time,
 * from 0:00 to 24:00, at least an hour wide) that appears next to the list when it is picked.
 */
final class DaypartPicker extends HBox {

    /** The list entry that stands for the hour range of the slider. */
    private static final Daypart CUSTOM = new Daypart("custom", EnumSet.allOf(DayOfWeek.class), 0, 24);

    private final ObjectProperty<Daypart> value = new SimpleObjectProperty<>(this, "value", Daypart.ALL);
    private final ComboBox<Daypart> choice = new ComboBox<>();
    private final WholeRangeSlider hours;
    private boolean syncing;

    /** @param width preferred width of the list, pixels */
    DaypartPicker(String id, double width) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        List<Daypart> items = new ArrayList<>(Daypart.named());
        items.add(CUSTOM);
        choice.getItems().setAll(items);
        choice.setId(id);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Daypart d) {
                return describe(d);
            }

            @Override
            public Daypart fromString(String text) {
                return null;
            }
        });
        choice.setPrefWidth(width);
        choice.setMinWidth(120);
        choice.setValue(Daypart.ALL);
        hours = new WholeRangeSlider(id + "-hours", 0, 24, 6, 1, DaypartPicker::clock, DaypartPicker::clock);
        hours.setHelp("Local hours every day: from the first hour included to the first hour no longer included. "
                + "Arrow keys move the focused end by an hour; Tab moves to the other end.");
        hours.slider().setPrefWidth(150);
        hours.show(10, 14);
        hours.visibleProperty().bind(choice.valueProperty().isEqualTo(CUSTOM));
        hours.managedProperty().bind(hours.visibleProperty());
        getChildren().addAll(choice, hours);

        choice.valueProperty().addListener((o, before, now) -> push());
        hours.onSettled((from, to) -> push());
        value.addListener((o, before, now) -> pull(now));
    }

    /** How a daypart reads in the list and in messages. */
    static String describe(Daypart d) {
        if (d == null) {
            return "";
        }
        if (d == CUSTOM) {
            return "Custom hours…";
        }
        return switch (d.name()) {
            case "all" -> "All week";
            case "weekday-morning" -> "Weekday morning (8–12)";
            case "weekday-lunch" -> "Weekday lunch (12–14)";
            case "weekday-evening" -> "Weekday evening (17–21)";
            case "saturday" -> "Saturday";
            case "sunday" -> "Sunday";
            default -> d.days().size() == 7 ? String.format("Every day %d–%d h", d.fromHour(), d.toHour()) : d.name();
        };
    }

    /** As {@link #describe} without the hours in brackets, for narrow column headings. */
    static String shortName(Daypart d) {
        String text = describe(d);
        int bracket = text.indexOf(" (");
        return bracket < 0 ? text : text.substring(0, bracket);
    }

    /** "09:00", "24:00": an hour of the day as the slider's ends read. */
    private static String clock(double hour) {
        return String.format(Locale.ROOT, "%02d:00", Math.round(hour));
    }

    /** The chosen daypart (never the list's "Custom hours" entry itself). */
    ObjectProperty<Daypart> valueProperty() {
        return value;
    }

    ComboBox<Daypart> choice() {
        return choice;
    }

    private void push() {
        if (syncing || choice.getValue() == null) {
            return;
        }
        int from = (int) hours.slider().getLowValue();
        int to = (int) hours.slider().getHighValue();
        if (choice.getValue() != CUSTOM) {
            value.set(choice.getValue());
        } else if (to > from) {
            value.set(Daypart.hours(from, to));
        }
    }

    private void pull(Daypart d) {
        if (d == null) {
            return;
        }
        syncing = true;
        try {
            if (Daypart.named().contains(d)) {
                choice.setValue(d);
            } else {
                hours.show(d.fromHour(), d.toHour());
                choice.setValue(CUSTOM);
            }
        } finally {
            syncing = false;
        }
    }
}

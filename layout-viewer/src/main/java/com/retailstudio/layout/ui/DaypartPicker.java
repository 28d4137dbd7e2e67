package com.retailstudio.layout.ui;

import com.retailstudio.layout.model.Daypart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.time.DayOfWeek;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * A daypart chooser: the named dayparts, or "Custom hours" with a from and to hour (every day, local time) that
 * appear next to the list when it is picked.
 */
final class DaypartPicker extends HBox {

    /** The list entry that stands for the hour range of the two spinners. */
    private static final Daypart CUSTOM = new Daypart("custom", EnumSet.allOf(DayOfWeek.class), 0, 24);

    private final ObjectProperty<Daypart> value = new SimpleObjectProperty<>(this, "value", Daypart.ALL);
    private final ComboBox<Daypart> choice = new ComboBox<>();
    private final Spinner<Integer> fromHour = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 23, 10));
    private final Spinner<Integer> toHour = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 24, 14));
    private final HBox hours;
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
        for (Spinner<Integer> s : List.of(fromHour, toHour)) {
            s.setPrefWidth(72);
            // arrows and the keyboard only: typed text would need its own error handling
            s.setEditable(false);
        }
        fromHour.setId(id + "-from-hour");
        toHour.setId(id + "-to-hour");
        fromHour.setTooltip(new Tooltip("First local hour included"));
        toHour.setTooltip(new Tooltip("First local hour no longer included"));
        hours = new HBox(4, fromHour, new Label("–"), toHour, new Label("h"));
        hours.setAlignment(Pos.CENTER_LEFT);
        hours.visibleProperty().bind(choice.valueProperty().isEqualTo(CUSTOM));
        hours.managedProperty().bind(hours.visibleProperty());
        getChildren().addAll(choice, hours);

        choice.valueProperty().addListener((o, before, now) -> push());
        fromHour.valueProperty().addListener((o, before, now) -> {
            if (!syncing && now >= toHour.getValue()) {
                toHour.getValueFactory().setValue(now + 1);
            }
            push();
        });
        toHour.valueProperty().addListener((o, before, now) -> {
            if (!syncing && now <= fromHour.getValue()) {
                fromHour.getValueFactory().setValue(now - 1);
            }
            push();
        });
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
        int from = fromHour.getValue();
        int to = toHour.getValue();
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
                fromHour.getValueFactory().setValue(d.fromHour());
                toHour.getValueFactory().setValue(d.toHour());
                choice.setValue(CUSTOM);
            }
        } finally {
            syncing = false;
        }
    }
}

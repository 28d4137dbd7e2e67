package com.retailstudio.designer.model;

import com.retailstudio.data.io.ColumnSpec;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.Range;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields conditions may test, generated from the data contract ({@link DataFile}'s column specs and the model
 * enums) so that a condition can only name data the simulator and production actually have:
 * <ul>
 *   <li>profile attributes: the columns of {@code customers.csv} except ids, e.g. {@code loyalty_tier};</li>
 *   <li>consent per purpose: {@code consent.email_marketing} (yes/no);</li>
 *   <li>behaviour: {@code events.<event_type>.count_7d|count_30d|count_90d} (number) and
 *       {@code events.<event_type>.since_last} (duration since the last such event);</li>
 *   <li>the triggering event: {@code event.channel}, {@code event.product_id}, {@code event.value}, ...;</li>
 *   <li>journey history: {@code journey.<action node id>.sent|opened|clicked} (yes/no), resolved per journey.</li>
 * </ul>
 */
public final class FieldCatalogue {
    /** Windows over which event counts are kept. */
    public static final List<String> COUNT_WINDOWS = List.of("7d", "30d", "90d");
    /** What journey history records per action node. */
    public static final List<String> HISTORY_FACTS = List.of("sent", "opened", "clicked");

    private static final Set<String> NOT_CONDITIONS = Set.of("customer_id", "event_id", "timestamp", "message_id");
    private static final Pattern HISTORY = Pattern.compile("journey\\.([A-Za-z0-9_-]+)\\.(sent|opened|clicked)");
    private static final FieldCatalogue STANDARD = build();

    private final Map<String, Field> fields;

    private FieldCatalogue(Map<String, Field> fields) {
        this.fields = fields;
    }

    public static FieldCatalogue standard() {
        return STANDARD;
    }

    /** The fixed fields (journey history fields are resolved by {@link #lookup}). */
    public Collection<Field> fields() {
        return fields.values();
    }

    /** The field a path names; journey history paths resolve for any node id (lint checks the node exists). */
    public Optional<Field> lookup(String path) {
        Field field = fields.get(path);
        if (field != null) {
            return Optional.of(field);
        }
        Matcher m = HISTORY.matcher(path);
        if (m.matches()) {
            return Optional.of(new Field(path, FieldType.BOOLEAN, Field.Group.JOURNEY_HISTORY, List.of(),
                    Optional.empty(), Optional.empty(), "whether this journey's message " + m.group(1) + " was "
                    + m.group(2)));
        }
        return Optional.empty();
    }

    /** The date fields of the customer profile, e.g. {@code signup_date}: the dates a wait may count from. */
    public List<String> profileDates() {
        return fields.values().stream().filter(f -> f.group() == Field.Group.PROFILE && f.type() == FieldType.DATE)
                .map(Field::path).toList();
    }

    /** The action node a journey history path refers to, e.g. {@code email-1} for {@code journey.email-1.sent}. */
    public static Optional<String> historyNode(String path) {
        Matcher m = HISTORY.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static FieldCatalogue build() {
        Map<String, Field> map = new LinkedHashMap<>();
        for (ColumnSpec column : DataFile.CUSTOMERS.columns()) {
            if (!NOT_CONDITIONS.contains(column.name())) {
                put(map, fromColumn(column.name(), column, Field.Group.PROFILE));
            }
        }
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            put(map, new Field("consent." + purpose.csv(), FieldType.BOOLEAN, Field.Group.CONSENT, List.of(),
                    Optional.empty(), Optional.empty(), "whether the customer granted " + purpose.csv()));
        }
        for (EventType type : EventType.values()) {
            for (String window : COUNT_WINDOWS) {
                put(map, new Field("events." + type.csv() + ".count_" + window, FieldType.NUMBER,
                        Field.Group.BEHAVIOUR, List.of(), Optional.of(0.0), Optional.empty(),
                        "number of " + type.csv() + " events in the last " + window));
            }
            put(map, new Field("events." + type.csv() + ".since_last", FieldType.DURATION, Field.Group.BEHAVIOUR,
                    List.of(), Optional.empty(), Optional.empty(), "time since the last " + type.csv() + " event"));
        }
        for (ColumnSpec column : DataFile.EVENTS.columns()) {
            if (!NOT_CONDITIONS.contains(column.name()) && !column.name().equals("event_type")) {
                put(map, fromColumn("event." + column.name(), column, Field.Group.TRIGGER_EVENT));
            }
        }
        return new FieldCatalogue(Collections.unmodifiableMap(map));
    }

    private static void put(Map<String, Field> map, Field field) {
        map.put(field.path(), field);
    }

    private static Field fromColumn(String path, ColumnSpec column, Field.Group group) {
        FieldType type = switch (column.type()) {
            case DECIMAL, INTEGER -> FieldType.NUMBER;
            case DATE, TIMESTAMP -> FieldType.DATE;
            case BOOLEAN -> FieldType.BOOLEAN;
            case CODE -> FieldType.ENUM;
            case TEXT, COUNTRY, TIMEZONE -> FieldType.TEXT;
        };
        Optional<Double> min = column.range().map(Range::min).filter(Double::isFinite);
        Optional<Double> max = column.range().map(Range::max).filter(Double::isFinite);
        return new Field(path, type, group, new ArrayList<>(column.allowedValues()), min, max, column.meaning());
    }

}

package com.retailstudio.designer.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A saved audience: who belongs to it, as structured conditions on the customer over the journeys' field catalogue
 * (profile, consent and behaviour fields; never the triggering event or a journey's history, which a segment has
 * not got). Versioned in the workspace; a journey's audience can be one of its versions ({@link SegmentReference}).
 *
 * @param id          stable id, unique in the workspace ignoring case, e.g. {@code gold-email}
 * @param conditions  who is in it; an empty group is everyone
 */
public record Segment(String id, String name, String description, Condition.Group conditions) {

    /** What an id may be: a letter or digit, then letters, digits, {@code -} and {@code _}, at most 200 in all. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,199}");

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(conditions, "conditions");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a segment id: use letters, digits, - and _ "
                    + "(starting with a letter or digit, at most 200)");
        }
    }

    /** The id a name suggests: lower case, words joined by {@code -}, e.g. {@code Gold, e-mail} → {@code gold-e-mail}. */
    public static String idFor(String name) {
        String id = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            return "segment";
        }
        return id.length() > 200 ? id.substring(0, 200) : id;
    }

    public Segment withConditions(Condition.Group newConditions) {
        return new Segment(id, name, description, newConditions);
    }
}

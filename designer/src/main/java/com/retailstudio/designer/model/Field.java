package com.retailstudio.designer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field conditions may test, from the {@link FieldCatalogue}.
 *
 * @param path          the name used in conditions, e.g. {@code loyalty_tier}, {@code events.purchase.count_30d}
 * @param allowedValues the codes of an {@link FieldType#ENUM} field, empty otherwise
 * @param min           smallest possible value of a number field, if bounded
 * @param max           largest possible value of a number field, if bounded
 */
public record Field(String path, FieldType type, Group group, List<String> allowedValues, Optional<Double> min,
        Optional<Double> max, String description) {
    public Field {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(group, "group");
        allowedValues = List.copyOf(allowedValues);
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(description, "description");
    }

    /** Where a field's value comes from. */
    public enum Group {
        PROFILE("Profile"),
        CONSENT("Consent"),
        BEHAVIOUR("Behaviour"),
        TRIGGER_EVENT("Triggering event"),
        JOURNEY_HISTORY("Journey history");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

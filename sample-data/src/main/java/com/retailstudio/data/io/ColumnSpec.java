package com.retailstudio.data.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of the data contract: name, type, presence and constraints, plus the words the documentation uses.
 *
 * @param name          header name, e.g. {@code customer_id}
 * @param type          value type
 * @param presence      whether the column must hold a value
 * @param range         the allowed interval of a numeric column
 * @param allowedValues the spellings allowed in a {@link ColumnType#CODE} column, in contract order; empty otherwise
 * @param references    the entity whose id this column holds, checked across files
 * @param unit          unit of the value (e.g. {@code metres}), empty when it has none
 * @param meaning       one phrase saying what the value means
 */
public record ColumnSpec(
        String name,
        ColumnType type,
        Presence presence,
        Optional<Range> range,
        List<String> allowedValues,
        Optional<Reference> references,
        String unit,
        String meaning) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(range, "range");
        allowedValues = List.copyOf(allowedValues);
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(meaning, "meaning");
        if ((type == ColumnType.CODE) == allowedValues.isEmpty()) {
            throw new IllegalArgumentException(name + ": allowed values go with CODE columns and only with them");
        }
    }

    public static ColumnSpec required(String name, ColumnType type, String meaning) {
        return new ColumnSpec(name, type, Presence.REQUIRED, Optional.empty(), List.of(), Optional.empty(), "", meaning);
    }

    public static ColumnSpec optional(String name, ColumnType type, String meaning) {
        return new ColumnSpec(name, type, Presence.OPTIONAL, Optional.empty(), List.of(), Optional.empty(), "", meaning);
    }

    public static ColumnSpec conditional(String name, ColumnType type, String meaning) {
        return new ColumnSpec(name, type, Presence.CONDITIONAL, Optional.empty(), List.of(), Optional.empty(), "", meaning);
    }

    public static ColumnSpec code(String name, Presence presence, List<String> allowedValues, String meaning) {
        return new ColumnSpec(name, ColumnType.CODE, presence, Optional.empty(), allowedValues, Optional.empty(), "", meaning);
    }

    public ColumnSpec withRange(Range allowed) {
        return new ColumnSpec(name, type, presence, Optional.of(allowed), allowedValues, references, unit, meaning);
    }

    public ColumnSpec referencing(Reference entity) {
        return new ColumnSpec(name, type, presence, range, allowedValues, Optional.of(entity), unit, meaning);
    }

    public ColumnSpec inUnit(String newUnit) {
        return new ColumnSpec(name, type, presence, range, allowedValues, references, newUnit, meaning);
    }

    public boolean required() {
        return presence == Presence.REQUIRED;
    }

    /** Parses a non-empty field and checks range and allowed values; the result's class depends on {@link #type()}. */
    Object parse(String raw) throws InvalidValue {
        Object value = type.parse(raw);
        if (type == ColumnType.CODE && !allowedValues.contains(raw)) {
            throw new InvalidValue(ProblemKind.NOT_ALLOWED,
                    ColumnType.quote(raw) + " is not one of the allowed values (" + String.join(", ", allowedValues) + ")");
        }
        if (range.isPresent() && value instanceof Number number && !range.get().contains(number.doubleValue())) {
            throw new InvalidValue(ProblemKind.OUT_OF_RANGE,
                    ColumnType.quote(raw) + " is out of range (must be " + range.get().describe() + ")");
        }
        return value;
    }
}

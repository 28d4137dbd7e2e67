package com.retailstudio.designer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two condition groups, one line per condition a reader would point at: a comparison added or
 * removed, a comparison of the same field whose operator or value changed, a nested group added or removed, and the
 * group's all/any. Equal conditions are matched wherever they stand, so reordering is no change.
 */
public final class ConditionDiff {

    /** One changed condition, in plain words. */
    public record Line(JourneyDiff.Kind kind, String description) {
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
        }

        /** {@code + }, {@code - } or {@code ~ } and the description. */
        public String toText() {
            return switch (kind) {
                case ADDED -> "+ ";
                case REMOVED -> "- ";
                case CHANGED -> "~ ";
            } + description;
        }
    }

    private ConditionDiff() {
    }

    /** The changes from {@code before} to {@code after}; empty when they hold for the same conditions. */
    public static List<Line> between(Condition.Group before, Condition.Group after) {
        List<Line> lines = new ArrayList<>();
        if (before.combinator() != after.combinator() && before.conditions().size() + after.conditions().size() > 2) {
            lines.add(new Line(JourneyDiff.Kind.CHANGED, "Matches " + matches(after) + " of its conditions (was "
                    + matches(before) + ")."));
        }
        List<Condition> removed = new ArrayList<>(before.conditions());
        List<Condition> added = new ArrayList<>();
        for (Condition condition : after.conditions()) {
            if (!removed.remove(condition)) {
                added.add(condition);
            }
        }
        for (Condition gone : removed) {
            Condition.Comparison replacement = sameField(gone, added);
            if (replacement != null) {
                added.remove(replacement);
                lines.add(new Line(JourneyDiff.Kind.CHANGED, replacement.describe() + " (was: " + gone.describe()
                        + ")."));
            } else {
                lines.add(new Line(JourneyDiff.Kind.REMOVED, describe(gone) + "."));
            }
        }
        for (Condition fresh : added) {
            lines.add(new Line(JourneyDiff.Kind.ADDED, describe(fresh) + "."));
        }
        return List.copyOf(lines);
    }

    /** "2 conditions changed", "1 condition added", or a list of counts, for a one-line summary. */
    public static String summary(List<Line> lines) {
        List<String> parts = new ArrayList<>();
        for (JourneyDiff.Kind kind : JourneyDiff.Kind.values()) {
            long n = lines.stream().filter(l -> l.kind() == kind).count();
            if (n > 0) {
                parts.add(n + (n == 1 ? " condition " : " conditions ") + switch (kind) {
                    case ADDED -> "added";
                    case REMOVED -> "removed";
                    case CHANGED -> "changed";
                });
            }
        }
        return parts.isEmpty() ? "the same conditions" : String.join(", ", parts);
    }

    private static Condition.Comparison sameField(Condition gone, List<Condition> candidates) {
        if (!(gone instanceof Condition.Comparison old)) {
            return null;
        }
        return candidates.stream().filter(c -> c instanceof Condition.Comparison n && n.field().equals(old.field()))
                .map(Condition.Comparison.class::cast).findFirst().orElse(null);
    }

    private static String describe(Condition condition) {
        return condition instanceof Condition.Group g ? "the group \"" + g.describe() + "\"" : condition.describe();
    }

    private static String matches(Condition.Group group) {
        return group.combinator() == Condition.Combinator.AND ? "all" : "any";
    }
}

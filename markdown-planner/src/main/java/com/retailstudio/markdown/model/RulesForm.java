package com.retailstudio.markdown.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Markdown rules as a merchandiser types them: percentages, cents and week numbers as text, blank for "none" or "the
 * product's own". {@link #check(int)} turns the text into {@link MarkdownRules} or says, field by field, why it cannot:
 * a value that does not parse or is out of range, and rules that together allow no markdown at all (a maximum depth
 * below the first ladder step, a minimum gap longer than the season, …). Rules with a problem are never applied.
 *
 * @param ladder                discounts in percent off full price, comma-separated, starting at 0
 * @param priceEndings          allowed cent endings, comma-separated; blank = any cent
 * @param maxDepth              deepest discount in percent
 * @param firstMarkdownMinDepth the first markdown of the season goes at least this deep, in percent; 0 = any step
 * @param minWeeksBetween       weeks from one markdown to the next
 * @param maxMarkdowns          markdowns in a season, counting those taken
 * @param noMarkdownBeforeWeek  week of the season (0 = launch week) before which no markdown takes effect
 * @param exitWeek              week of the season at which the product exits; blank = its own season end
 * @param salvage               value of a unit left at exit in percent of unit cost; blank = the product's own rate
 * @param sellThroughTarget     share of today's stock to sell by exit, in percent; blank = none
 * @param markdownBudget        most markdown cost of one product's path in its store or price cluster, in currency;
 *                              blank = none
 * @param clusterPricing        whether the stores of a price cluster share one price
 */
public record RulesForm(String ladder, String priceEndings, String maxDepth, String firstMarkdownMinDepth,
                        String minWeeksBetween, String maxMarkdowns, String noMarkdownBeforeWeek, String exitWeek,
                        String salvage, String sellThroughTarget, String markdownBudget, boolean clusterPricing) {

    /** The editor's name of the plan-wide markdown budget (a rule of the whole rule book, not of a category). */
    public static final String PLAN_BUDGET = "Markdown budget per plan";

    /**
     * The plan's markdown budget as typed: blank is none (NaN), else an amount of money of 0 or more; a problem is an
     * {@link IllegalArgumentException} whose message is a sentence naming the field.
     */
    public static double planBudget(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(t.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PLAN_BUDGET + ": \"" + t + "\" is not an amount of money.");
        }
        if (!(value >= 0 && value < 1e12)) {
            throw new IllegalArgumentException(PLAN_BUDGET + " must be 0 or more, not " + t + ".");
        }
        return value;
    }

    /** The outcome of {@link #check(int)}: the rules when every field is fine, else the problems in field order. */
    public record Checked(Optional<MarkdownRules> rules, List<RuleProblem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The first problem with a field, if any. */
        public Optional<RuleProblem> problemWith(RuleField field) {
            return problems.stream().filter(p -> p.field() == field).findFirst();
        }
    }

    public RulesForm {
        ladder = text(ladder);
        priceEndings = text(priceEndings);
        maxDepth = text(maxDepth);
        firstMarkdownMinDepth = text(firstMarkdownMinDepth);
        minWeeksBetween = text(minWeeksBetween);
        maxMarkdowns = text(maxMarkdowns);
        noMarkdownBeforeWeek = text(noMarkdownBeforeWeek);
        exitWeek = text(exitWeek);
        salvage = text(salvage);
        sellThroughTarget = text(sellThroughTarget);
        markdownBudget = text(markdownBudget);
    }

    /** The form showing existing rules. */
    public static RulesForm of(MarkdownRules r) {
        return new RulesForm(r.ladder().stream().map(RulesForm::percent).collect(Collectors.joining(", ")),
                r.priceEndings().stream().map(e -> String.format(Locale.ROOT, "%02d", e))
                        .collect(Collectors.joining(", ")),
                percent(r.maxDepth()), percent(r.firstMarkdownMinDepth()), Integer.toString(r.minWeeksBetween()),
                Integer.toString(r.maxMarkdowns()), Integer.toString(r.noMarkdownBeforeWeek()),
                r.exitWeek() < 0 ? "" : Integer.toString(r.exitWeek()),
                Double.isNaN(r.salvageRate()) ? "" : percent(r.salvageRate()),
                r.hasSellThroughTarget() ? percent(r.sellThroughTarget()) : "",
                r.hasMarkdownBudget() ? amount(r.markdownBudget()) : "", r.clusterPricing());
    }

    /** The text of a field ("true"/"false" for the cluster switch). */
    public String text(RuleField field) {
        return switch (field) {
            case LADDER -> ladder;
            case PRICE_ENDINGS -> priceEndings;
            case MAX_DEPTH -> maxDepth;
            case FIRST_MARKDOWN_MIN_DEPTH -> firstMarkdownMinDepth;
            case MIN_WEEKS_BETWEEN -> minWeeksBetween;
            case MAX_MARKDOWNS -> maxMarkdowns;
            case NO_MARKDOWN_BEFORE_WEEK -> noMarkdownBeforeWeek;
            case EXIT_WEEK -> exitWeek;
            case SALVAGE -> salvage;
            case SELL_THROUGH_TARGET -> sellThroughTarget;
            case MARKDOWN_BUDGET -> markdownBudget;
            case CLUSTER_PRICING -> Boolean.toString(clusterPricing);
        };
    }

    /** A copy with one field's text replaced. */
    public RulesForm with(RuleField field, String value) {
        Map<RuleField, String> fields = new EnumMap<>(RuleField.class);
        for (RuleField f : RuleField.values()) {
            fields.put(f, text(f));
        }
        fields.put(field, value);
        return new RulesForm(fields.get(RuleField.LADDER), fields.get(RuleField.PRICE_ENDINGS),
                fields.get(RuleField.MAX_DEPTH), fields.get(RuleField.FIRST_MARKDOWN_MIN_DEPTH),
                fields.get(RuleField.MIN_WEEKS_BETWEEN), fields.get(RuleField.MAX_MARKDOWNS),
                fields.get(RuleField.NO_MARKDOWN_BEFORE_WEEK), fields.get(RuleField.EXIT_WEEK),
                fields.get(RuleField.SALVAGE), fields.get(RuleField.SELL_THROUGH_TARGET),
                fields.get(RuleField.MARKDOWN_BUDGET), Boolean.parseBoolean(fields.get(RuleField.CLUSTER_PRICING).strip()));
    }

    /**
     * Parses and checks the form.
     *
     * @param seasonWeeks the longest season the rules will apply to, in weeks; 0 or less when not known (then the
     *                    checks against the season's length are skipped)
     */
    public Checked check(int seasonWeeks) {
        Parser in = new Parser();
        List<Double> steps = in.percentList(RuleField.LADDER, ladder);
        List<Integer> endings = in.endings(priceEndings);
        Double depth = in.percent(RuleField.MAX_DEPTH, maxDepth, false);
        Double firstDepth = in.percent(RuleField.FIRST_MARKDOWN_MIN_DEPTH, firstMarkdownMinDepth.isEmpty() ? "0"
                : firstMarkdownMinDepth, false);
        Integer gap = in.count(RuleField.MIN_WEEKS_BETWEEN, minWeeksBetween, 0, 104);
        Integer most = in.count(RuleField.MAX_MARKDOWNS, maxMarkdowns, 0, 52);
        Integer notBefore = in.count(RuleField.NO_MARKDOWN_BEFORE_WEEK, noMarkdownBeforeWeek, 0, 104);
        Integer exit = exitWeek.isEmpty() ? Integer.valueOf(-1) : in.count(RuleField.EXIT_WEEK, exitWeek, 1, 104);
        Double salvageRate = salvage.isEmpty() ? Double.valueOf(Double.NaN)
                : in.percent(RuleField.SALVAGE, salvage, true);
        Double target = sellThroughTarget.isEmpty() ? Double.valueOf(Double.NaN)
                : in.percent(RuleField.SELL_THROUGH_TARGET, sellThroughTarget, true);
        Double budget = markdownBudget.isEmpty() ? Double.valueOf(Double.NaN)
                : in.amount(RuleField.MARKDOWN_BUDGET, markdownBudget);

        if (steps != null && depth != null) {
            if (steps.size() < 2) {
                in.problem(RuleField.LADDER, "The discount ladder has no step above 0 %, so no markdown could be "
                        + "taken.");
            } else if (depth < steps.get(1) - 1e-9) {
                in.problem(RuleField.MAX_DEPTH, "Maximum depth " + percent(depth) + " % is below the first ladder "
                        + "step (" + percent(steps.get(1)) + " %), so no markdown could be taken.");
            }
        }
        if (steps != null && depth != null && firstDepth != null && firstDepth > 0) {
            if (firstDepth > depth + 1e-9) {
                in.problem(RuleField.FIRST_MARKDOWN_MIN_DEPTH, "First markdown at least " + percent(firstDepth)
                        + " % is deeper than the maximum depth (" + percent(depth) + " %).");
            } else if (steps.stream().noneMatch(s -> s >= firstDepth - 1e-9 && s <= depth + 1e-9)) {
                in.problem(RuleField.FIRST_MARKDOWN_MIN_DEPTH, "No ladder step lies between the first markdown's "
                        + percent(firstDepth) + " % and the maximum depth of " + percent(depth) + " %.");
            }
        }
        if (seasonWeeks > 0) {
            if (gap != null && gap > seasonWeeks) {
                in.problem(RuleField.MIN_WEEKS_BETWEEN, "Minimum weeks between markdowns (" + gap + ") is longer "
                        + "than the season (" + seasonWeeks + " weeks).");
            }
            if (notBefore != null && notBefore >= seasonWeeks) {
                in.problem(RuleField.NO_MARKDOWN_BEFORE_WEEK, "No markdown before week " + notBefore + " leaves no "
                        + "week for one: the season has " + seasonWeeks + " weeks.");
            }
            if (exit != null && exit > seasonWeeks) {
                in.problem(RuleField.EXIT_WEEK, "Exit week " + exit + " is after the end of the season (week "
                        + seasonWeeks + ").");
            }
        }
        if (exit != null && exit >= 0 && notBefore != null && exit <= notBefore) {
            in.problem(RuleField.EXIT_WEEK, "Exit week " + exit + " leaves no week for a markdown: none may be "
                    + "taken before week " + notBefore + ".");
        }
        if (!in.problems.isEmpty()) {
            in.problems.sort(Comparator.comparing(RuleProblem::field));
            return new Checked(Optional.empty(), in.problems);
        }
        return new Checked(Optional.of(new MarkdownRules(steps, endings, depth, gap, most, notBefore, exit,
                salvageRate, target, clusterPricing, firstDepth, budget)), List.of());
    }

    /** "10", "12.5": a share as a percentage without needless decimals. */
    public static String percent(double share) {
        return new BigDecimal(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** "250", "99.5": an amount of money without needless decimals. */
    public static String amount(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Reads values and collects what is wrong with them. */
    private static final class Parser {
        private final List<RuleProblem> problems = new ArrayList<>();

        void problem(RuleField field, String message) {
            if (problems.stream().noneMatch(p -> p.field() == field)) {
                problems.add(new RuleProblem(field, message));
            }
        }

        Double percent(RuleField field, String text, boolean hundredAllowed) {
            if (text.isEmpty()) {
                problem(field, field.label() + " is required.");
                return null;
            }
            double value;
            try {
                value = Double.parseDouble(stripPercent(text));
            } catch (NumberFormatException e) {
                problem(field, field.label() + ": \"" + text + "\" is not a percentage.");
                return null;
            }
            double top = hundredAllowed ? 100 : 99;
            if (!(value >= 0 && value <= top)) {
                problem(field, field.label() + " must be between 0 and " + (int) top + " %, not " + text + ".");
                return null;
            }
            return value / 100;
        }

        Double amount(RuleField field, String text) {
            double value;
            try {
                value = Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException e) {
                problem(field, field.label() + ": \"" + text + "\" is not an amount of money.");
                return null;
            }
            if (!(value >= 0 && value < 1e12)) {
                problem(field, field.label() + " must be 0 or more, not " + text + ".");
                return null;
            }
            return value;
        }

        Integer count(RuleField field, String text, int min, int max) {
            if (text.isEmpty()) {
                problem(field, field.label() + " is required.");
                return null;
            }
            try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    problem(field, field.label() + " must be a whole number from " + min + " to " + max + ", not "
                            + value + ".");
                    return null;
                }
                return value;
            } catch (NumberFormatException e) {
                problem(field, field.label() + ": \"" + text + "\" is not a whole number.");
                return null;
            }
        }

        List<Double> percentList(RuleField field, String text) {
            List<Double> out = new ArrayList<>();
            for (String part : text.split("[,;\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                double value;
                try {
                    value = Double.parseDouble(stripPercent(part));
                } catch (NumberFormatException e) {
                    problem(field, field.label() + ": \"" + part + "\" is not a percentage.");
                    return null;
                }
                if (!(value >= 0 && value < 100)) {
                    problem(field, field.label() + ": every step must be from 0 to 99 %, not " + part + ".");
                    return null;
                }
                if (!out.isEmpty() && value <= out.get(out.size() - 1) * 100 + 1e-9) {
                    problem(field, field.label() + ": steps must go up, but " + part + " follows "
                            + RulesForm.percent(out.get(out.size() - 1)) + ".");
                    return null;
                }
                out.add(value / 100);
            }
            if (out.isEmpty() || out.get(0) != 0.0) {
                problem(field, field.label() + " must start at 0 % (today's price).");
                return null;
            }
            if (out.size() > 100) {
                problem(field, field.label() + " has more than 100 steps.");
                return null;
            }
            return out;
        }

        List<Integer> endings(String text) {
            List<Integer> out = new ArrayList<>();
            for (String part : text.split("[,;\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                String digits = part.startsWith(".") ? part.substring(1) : part;
                try {
                    int cents = Integer.parseInt(digits);
                    if (cents < 0 || cents > 99 || digits.length() > 2) {
                        throw new NumberFormatException();
                    }
                    if (!out.contains(cents)) {
                        out.add(cents);
                    }
                } catch (NumberFormatException e) {
                    problem(RuleField.PRICE_ENDINGS, "Price endings: \"" + part + "\" is not a cent ending from 00 "
                            + "to 99.");
                    return null;
                }
            }
            return out;
        }

        private static String stripPercent(String text) {
            String t = text.strip();
            return t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
        }
    }
}

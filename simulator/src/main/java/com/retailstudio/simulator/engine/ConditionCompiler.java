package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Operator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Compiles the designer's structured conditions into predicates, resolving every field name once. */
final class ConditionCompiler {
    private static final Pattern COUNT = Pattern.compile("events\\.([a-z_]+)\\.count_(\\d+)d");
    private static final Pattern SINCE = Pattern.compile("events\\.([a-z_]+)\\.since_last");
    private static final Pattern HISTORY = Pattern.compile("journey\\.([A-Za-z0-9_-]+)\\.(sent|opened|clicked)");
    private static final List<String> FACTS = List.of("sent", "opened", "clicked");

    private static final LoyaltyTier[] TIERS = LoyaltyTier.values();
    private static final AgeBand[] AGE_BANDS = AgeBand.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final MessageKind[] KINDS = MessageKind.values();

    private final Function<String, Integer> nodeIndex;

    /** @param nodeIndex the plan index of a node id, or -1 */
    ConditionCompiler(Function<String, Integer> nodeIndex) {
        this.nodeIndex = nodeIndex;
    }

    CompiledCondition compile(Condition condition) {
        if (condition instanceof Condition.Group g) {
            List<CompiledCondition> parts = g.conditions().stream().map(this::compile).toList();
            if (parts.isEmpty()) {
                return CompiledCondition.ALWAYS;
            }
            CompiledCondition[] array = parts.toArray(CompiledCondition[]::new);
            if (g.combinator() == Condition.Combinator.AND) {
                return in -> {
                    for (CompiledCondition c : array) {
                        if (!c.test(in)) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            return in -> {
                for (CompiledCondition c : array) {
                    if (c.test(in)) {
                        return true;
                    }
                }
                return false;
            };
        }
        Condition.Comparison c = (Condition.Comparison) condition;
        String field = c.field();
        Function<ConditionInputs, String> text = textField(field);
        if (text != null) {
            return compileText(text, c.operator(), c.value(), field);
        }
        ToDoubleFunction<ConditionInputs> number = numberField(field);
        if (number == null) {
            throw new IllegalArgumentException("the simulator does not know the field " + field);
        }
        return compileNumber(number, c.operator(), toNumber(c.value(), field), field);
    }

    Function<ConditionInputs, String> textField(String field) {
        return switch (field) {
            case "country" -> in -> in.data().country(in.customer());
            case "timezone" -> in -> in.data().zone(in.customer()).getId();
            case "loyalty_tier" -> in -> TIERS[in.data().tier(in.customer())].csv();
            case "age_band" -> in -> AGE_BANDS[in.data().ageBand(in.customer())].csv();
            case "preferred_channel" -> in -> CHANNELS[in.data().preferredChannel(in.customer())].csv();
            case "event.channel" -> in -> in.triggerEvent() < 0 ? null
                    : CHANNELS[in.data().channel(in.triggerEvent())].csv();
            case "event.message_kind" -> in -> in.triggerEvent() < 0 || in.data().kind(in.triggerEvent()) < 0 ? null
                    : KINDS[in.data().kind(in.triggerEvent())].csv();
            case "event.product_id" -> in -> in.triggerEvent() < 0 ? null
                    : in.data().productId(in.triggerEvent());
            default -> null;
        };
    }

    ToDoubleFunction<ConditionInputs> numberField(String field) {
        switch (field) {
            case "price_sensitivity":
                return in -> in.data().priceSensitivity(in.customer());
            case "lifetime_value":
                return in -> in.data().lifetimeValue(in.customer());
            case "signup_date":
                return in -> in.data().signupDay(in.customer());
            case "birth_date":
                return in -> {
                    int day = in.data().birthDay(in.customer());
                    return day == ProfileColumns.NO_DATE ? Double.NaN : day;
                };
            case "event.value":
                return in -> in.triggerEvent() < 0 ? Double.NaN : in.data().value(in.triggerEvent());
            default:
                break;
        }
        if (field.startsWith("consent.")) {
            ConsentPurpose purpose = ConsentPurpose.fromCsv(field.substring("consent.".length()))
                    .orElseThrow(() -> new IllegalArgumentException("unknown consent purpose in " + field));
            int bit = 1 << purpose.ordinal();
            return in -> (in.consentBits() & bit) != 0 ? 1 : 0;
        }
        Matcher m = COUNT.matcher(field);
        if (m.matches()) {
            int type = eventType(m.group(1), field);
            long window = Long.parseLong(m.group(2)) * 86_400L;
            return in -> in.countEvents(type, window);
        }
        m = SINCE.matcher(field);
        if (m.matches()) {
            int type = eventType(m.group(1), field);
            return in -> in.secondsSinceLast(type);
        }
        m = HISTORY.matcher(field);
        if (m.matches()) {
            int node = nodeIndex.apply(m.group(1));
            if (node < 0) {
                throw new IllegalArgumentException(field + " names no node of the journey");
            }
            int fact = FACTS.indexOf(m.group(2));
            return in -> in.history(node, fact) ? 1 : 0;
        }
        return null;
    }

    private static int eventType(String spelling, String field) {
        return EventType.fromCsv(spelling).orElseThrow(
                () -> new IllegalArgumentException("unknown event type in " + field)).ordinal();
    }

    private static double toNumber(ConditionValue value, String field) {
        if (value instanceof ConditionValue.NumberValue n) {
            return n.value();
        }
        if (value instanceof ConditionValue.BooleanValue b) {
            return b.value() ? 1 : 0;
        }
        if (value instanceof ConditionValue.TextValue t) {
            if (ProfileDates.isDate(field)) {
                return LocalDate.parse(t.value()).toEpochDay();
            }
            if (field.endsWith(".since_last")) {
                return DurationText.parse(t.value()).orElseThrow(
                        () -> new IllegalArgumentException(t.value() + " is not a duration")).toSeconds();
            }
            return Double.parseDouble(t.value());
        }
        throw new IllegalArgumentException(field + " compares with a list, which needs in or not_in on a text field");
    }

    private static CompiledCondition compileNumber(ToDoubleFunction<ConditionInputs> get, Operator op, double v,
            String field) {
        return switch (op) {
            case EQUALS -> in -> get.applyAsDouble(in) == v;
            case NOT_EQUALS -> in -> {
                double x = get.applyAsDouble(in);
                return !Double.isNaN(x) && x != v;
            };
            case GREATER_THAN -> in -> get.applyAsDouble(in) > v;
            case AT_LEAST -> in -> get.applyAsDouble(in) >= v;
            case LESS_THAN -> in -> get.applyAsDouble(in) < v;
            case AT_MOST -> in -> get.applyAsDouble(in) <= v;
            default -> throw new IllegalArgumentException(op.json() + " does not apply to the number field " + field);
        };
    }

    private static CompiledCondition compileText(Function<ConditionInputs, String> get, Operator op,
            ConditionValue value, String field) {
        if (op.takesList()) {
            Set<String> values = value instanceof ConditionValue.ListValue l
                    ? l.values().stream().map(ConditionValue::display).collect(Collectors.toUnmodifiableSet())
                    : Set.of(value.display());
            boolean wanted = op == Operator.IN;
            return in -> {
                String x = get.apply(in);
                return x != null && values.contains(x) == wanted;
            };
        }
        String v = value.display();
        return switch (op) {
            case EQUALS -> in -> v.equals(get.apply(in));
            case NOT_EQUALS -> in -> {
                String x = get.apply(in);
                return x != null && !v.equals(x);
            };
            case CONTAINS -> in -> {
                String x = get.apply(in);
                return x != null && x.contains(v);
            };
            default -> throw new IllegalArgumentException(op.json() + " does not apply to the text field " + field);
        };
    }
}

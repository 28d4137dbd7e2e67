package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.TraceReason;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a question typed into the trace search, such as "a customer suppressed by quiet hours who converted", as the
 * reasons it asks for; a customer id asks for none.
 */
final class TraceQuestion {
    /**
     * Words that name a reason, in the order they are tried, each taken out of the question once found: the
     * portfolio's first, so "the global control group" is not also the holdout and "a portfolio cap" not also a
     * journey's frequency cap.
     */
    private static final List<Map.Entry<String, TraceReason>> WORDS = List.of(
            Map.entry("global control", TraceReason.GLOBAL_CONTROL),
            Map.entry("portfolio cap", TraceReason.PORTFOLIO_CAP),
            Map.entry("shared cap", TraceReason.PORTFOLIO_CAP),
            Map.entry("suppression list", TraceReason.SUPPRESSED),
            Map.entry("priority", TraceReason.LOST_TO_PRIORITY),
            Map.entry("quiet", TraceReason.QUIET_HOURS),
            Map.entry("cap", TraceReason.FREQUENCY_CAP),
            Map.entry("frequency", TraceReason.FREQUENCY_CAP),
            Map.entry("consent", TraceReason.NO_CONSENT),
            Map.entry("holdout", TraceReason.HOLDOUT),
            Map.entry("held out", TraceReason.HOLDOUT),
            Map.entry("control group", TraceReason.HOLDOUT),
            Map.entry("convert", TraceReason.CONVERTED),
            Map.entry("goal", TraceReason.CONVERTED),
            Map.entry("purchase", TraceReason.CONVERTED),
            Map.entry("bought", TraceReason.CONVERTED),
            Map.entry("unsubscribe", TraceReason.UNSUBSCRIBED),
            Map.entry("opted out", TraceReason.UNSUBSCRIBED),
            Map.entry("received", TraceReason.SENT),
            Map.entry("was sent", TraceReason.SENT),
            Map.entry("got a message", TraceReason.SENT),
            Map.entry("exit criteri", TraceReason.EXIT_CRITERION),
            Map.entry("left early", TraceReason.EXIT_CRITERION));

    private TraceQuestion() {
    }

    /** The reasons the text names; empty when it names none (then it is taken as a customer id). */
    static Set<TraceReason> reasons(String text) {
        String q = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Set<TraceReason> reasons = EnumSet.noneOf(TraceReason.class);
        for (Map.Entry<String, TraceReason> word : WORDS) {
            if (q.contains(word.getKey())) {
                reasons.add(word.getValue());
                q = q.replace(word.getKey(), " ");
            }
        }
        return reasons;
    }
}

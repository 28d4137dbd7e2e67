package com.retailstudio.simulator.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Something that happened to a customer in a run, by which the trace search finds an example: a customer may have
 * several (held out and converted, capped and deferred by quiet hours, …).
 */
public enum TraceReason {
    CONVERTED("converted", "reached the goal"),
    HOLDOUT("holdout", "in the holdout group"),
    SENT("sent", "received a message"),
    NO_CONSENT("no_consent", "suppressed for missing consent"),
    QUIET_HOURS("quiet_hours", "held or dropped by quiet hours"),
    FREQUENCY_CAP("frequency_cap", "suppressed by a frequency cap"),
    UNSUBSCRIBED("unsubscribed", "unsubscribed after a message"),
    GLOBAL_CONTROL("global_control", "in the portfolio's global control group"),
    SUPPRESSED("suppressed", "on a portfolio suppression list"),
    PORTFOLIO_CAP("portfolio_cap", "suppressed by a portfolio cap"),
    LOST_TO_PRIORITY("lost_to_priority", "lost a send to a higher-priority journey");

    /** The reasons a journey simulated on its own can give; single-journey reports list only these. */
    public static final Set<TraceReason> JOURNEY = EnumSet.range(CONVERTED, UNSUBSCRIBED);

    private final String json;
    private final String description;

    TraceReason(String json, String description) {
        this.json = json;
        this.description = description;
    }

    public String json() {
        return json;
    }

    /** The words the search offers, completing "a customer who …". */
    public String description() {
        return description;
    }

    public int bit() {
        return 1 << ordinal();
    }

    /** The reasons whose bits are set in {@code mask}. */
    public static Set<TraceReason> of(int mask) {
        Set<TraceReason> set = EnumSet.noneOf(TraceReason.class);
        for (TraceReason r : values()) {
            if ((mask & r.bit()) != 0) {
                set.add(r);
            }
        }
        return set;
    }

    /** The mask of a set of reasons. */
    public static int mask(Set<TraceReason> reasons) {
        int mask = 0;
        for (TraceReason r : reasons) {
            mask |= r.bit();
        }
        return mask;
    }
}

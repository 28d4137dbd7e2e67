package com.retailstudio.simulator.model;

import java.util.EnumSet;
import java.util.Set;

/** Why a send did not go out; {@link #json()} is the spelling in reports. */
public enum SuppressionReason {
    HOLDOUT("holdout"),
    NO_CONSENT("no_consent"),
    QUIET_HOURS("quiet_hours"),
    FREQUENCY_CAP("frequency_cap"),
    /** The customer is in the portfolio's global control group. */
    GLOBAL_CONTROL("global_control"),
    /** The customer is on the portfolio's suppression list or in a suppressed segment. */
    SUPPRESSED("suppressed"),
    /** A portfolio cap was reached by sends of journeys of the same or lower priority. */
    PORTFOLIO_CAP("portfolio_cap"),
    /** A portfolio cap was reached and a higher-priority journey's send is among those it counted. */
    LOST_TO_PRIORITY("lost_to_priority");

    /** The reasons a journey simulated on its own can give; single-journey reports list only these. */
    public static final Set<SuppressionReason> JOURNEY = EnumSet.of(HOLDOUT, NO_CONSENT, QUIET_HOURS, FREQUENCY_CAP);

    private final String json;

    SuppressionReason(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}

package com.retailstudio.simulator.model;

/** Why a send did not go out; {@link #json()} is the spelling in reports. */
public enum SuppressionReason {
    HOLDOUT("holdout"),
    NO_CONSENT("no_consent"),
    QUIET_HOURS("quiet_hours"),
    FREQUENCY_CAP("frequency_cap");

    private final String json;

    SuppressionReason(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}

package com.retailstudio.simulator.engine;

/** What a compiled condition may read about the customer at the instant it is evaluated. */
interface ConditionInputs {
    CustomerData data();

    int customer();

    /** The position ({@link CustomerData}) of the event that brought the customer into the journey, or -1. */
    int triggerEvent();

    /** Granted consent purposes as bits ({@code 1 << ordinal}), after simulated unsubscribes. */
    int consentBits();

    /** The customer's data events of a type in the window ending now (inclusive). */
    int countEvents(int eventType, long windowSeconds);

    /** Seconds since the customer's last data event of a type, or {@link Double#POSITIVE_INFINITY}. */
    double secondsSinceLast(int eventType);

    /** Whether this entry's action node {@code node} sent (0), was opened (1) or clicked (2). */
    boolean history(int node, int fact);
}

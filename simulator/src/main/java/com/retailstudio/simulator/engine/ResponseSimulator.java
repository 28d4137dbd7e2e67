package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Simulates a customer's response to a message sent to them, from the {@link ResponseModel}: opens, clicks and a
 * purchase become {@link SimulatedEvents} after fixed delays, and an unsubscribe is drawn per send. The draws come
 * from one stable random stream per customer, four per send, so a customer responds the same way however the
 * customers are partitioned.
 */
final class ResponseSimulator {
    static final int EMAIL_OPEN = EventType.EMAIL_OPEN.ordinal();
    static final int EMAIL_CLICK = EventType.EMAIL_CLICK.ordinal();
    static final int PUSH_OPEN = EventType.PUSH_OPEN.ordinal();
    static final int PURCHASE = EventType.PURCHASE.ordinal();
    private static final int EMAIL = Channel.EMAIL.ordinal();
    private static final int APP = Channel.APP.ordinal();
    private static final long OPEN_DELAY = 3600;
    private static final long CLICK_DELAY = 5400;
    private static final long PURCHASE_DELAY = 86_400;

    private final ResponseModel model;
    private final CustomerData data;
    private final long seed;
    private final int[] dataChannel;
    private final int[] kind;
    private final SimulatedEvents simulated;
    /** The name of the customers' random streams: one per journey in a portfolio run, so journeys draw apart. */
    private String stream = "responses";

    // per customer
    private int customer;
    private String customerId;
    private ZoneId zone;
    /** Seeded at the customer's first send, since most customers receive nothing. */
    private SplittableRandom random;

    ResponseSimulator(ResponseModel model, CustomerData data, long seed, ActionColumns actions,
            SimulatedEvents simulated) {
        this.model = model;
        this.data = data;
        this.seed = seed;
        this.dataChannel = actions.dataChannel;
        this.kind = actions.kind;
        this.simulated = simulated;
    }

    /** Draws from a stream of the journey's own, as each journey of a portfolio run does. */
    void streamOfJourney(String journeyId) {
        stream = "responses/" + journeyId;
    }

    void reset(int c, String id, ZoneId timeZone) {
        customer = c;
        customerId = id;
        zone = timeZone;
        random = null;
    }

    /** Queues the responses to action {@code slot} sent at {@code t}; returns whether the customer unsubscribes. */
    boolean respond(int slot, long t) {
        if (random == null) {
            random = new SplittableRandom(StableHash.hash(seed, stream, customerId));
        }
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        double u3 = random.nextDouble();
        double u4 = random.nextDouble();
        int c = dataChannel[slot];
        double p = model.primary(c, kind[slot], data.ageBand(customer), LocalClock.localHour(zone, t),
                data.priceSensitivity(customer), data.tier(customer));
        double value = model.purchaseValue[c];
        if (c == EMAIL) {
            if (u1 < p) {
                simulated.add(t + OPEN_DELAY, EMAIL_OPEN, slot, 0);
                if (u2 < model.clickGivenOpen) {
                    simulated.add(t + CLICK_DELAY, EMAIL_CLICK, slot, 0);
                    if (u3 < model.purchaseGivenClick) {
                        simulated.add(t + PURCHASE_DELAY, PURCHASE, slot, value);
                    }
                }
            }
        } else if (c == APP) {
            if (u1 < p) {
                simulated.add(t + OPEN_DELAY, PUSH_OPEN, slot, 0);
                if (u2 < model.purchaseGivenPushOpen) {
                    simulated.add(t + PURCHASE_DELAY, PURCHASE, slot, value);
                }
            }
        } else if (u1 < p) {
            simulated.add(t + PURCHASE_DELAY, PURCHASE, slot, value);
        }
        return u4 < model.unsubscribePerSend[c];
    }
}

package com.retailstudio.simulator.engine;

import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.time.ZoneId;
import java.util.List;

/**
 * Runs one customer at a time through several journeys together (docs/journey-semantics.md, "Portfolio"): one
 * {@link CustomerRun} per journey (a lane, in priority order), stepped in time order over the customer's data events,
 * which are read once for all lanes. The sends each journey's own guardrails allow are decided at the end of their
 * instant, highest priority first, then higher expected value, then journey id: the global control and suppressed
 * customers receive no marketing, then the portfolio's caps count every journey's sends. One instance per partition
 * and portfolio (the whole portfolio, or one journey alone under the same rules), reused for every customer.
 */
final class PortfolioCustomerRun implements PortfolioGate {
    private static final long NEVER = EntrySchedule.NEVER;

    /** What a run is for, and where its customers' outcomes go. */
    enum Role {
        /** All the journeys together: the portfolio's figures. */
        PORTFOLIO,
        /** One journey alone under the same rules: the journey's figures alone. */
        ALONE,
        /**
         * All the journeys with every customer kept from marketing, as the global control is: what the same
         * customers would have done without it, which the other runs are paired with. Records nothing itself.
         */
        WITHOUT_MARKETING
    }

    private final CustomerRun[] lanes;
    /** Each lane's journey in the results' order, and its priority rank. */
    private final int[] journey;
    private final int[] rank;
    private final PortfolioMembership membership;
    private final PortfolioCaps caps;
    private final CustomerData data;
    private final ResponseModel model;
    private final PortfolioResults results;
    private final Role role;
    /** The run of the same customer without marketing, run before this one; null for that run itself. */
    private final PortfolioCustomerRun withoutMarketing;
    private final long horizonEnd;
    private final PortfolioSends sends = new PortfolioSends();
    /** The same journeys recording every step, run again for the customers kept as examples; null: none kept. */
    private PortfolioCustomerRun examples;
    /** Whether {@link #examples} has run the current customer. */
    private boolean examplesRan;
    private final LocalInstants clock = new LocalInstants();
    /**
     * Each lane's {@link CustomerRun#nextOwnTime()}, asked again only after what may change it: an event the lane
     * took, its own step, another lane's purchase (every lane's), the instant's sends decided. Most data events are
     * none of a lane's business, and asking five lanes at each was a third of the portfolio's time.
     */
    private final long[] ownTime;
    /** Each lane's {@link CustomerRun#interest()}, asked again when its {@link #ownTime} is. */
    private final int[] interest;
    /** Whether the lane stepped last told the others of a purchase, which may change their next own times. */
    private boolean purchaseShared;

    /** The offers of the current instant. */
    private final InstantOffers offers;

    // per customer
    private int customer;
    private ZoneId zone;
    private boolean inControl;
    private boolean suppressed;
    /** Whether a message delivered in this run made the customer withdraw a consent. */
    private boolean consentWithdrawn;
    /** The journeys (bit j for journey j) whose goal the customer reached in this run. */
    private int convertedJourneys;
    /**
     * The lanes (bit l) another lane may have swayed in this run: a portfolio cap refused one of its sends, another
     * lane's message brought a purchase after its entry or withdrew a consent. Alone, the others would do the same.
     */
    private int swayed;
    /** Whether a marketing (not transactional) message was delivered to the customer in this run. */
    private boolean marketingDelivered;

    /**
     * @param lanes   the journeys' runs in priority order, each recording into its own results
     * @param journey each lane's journey index in {@code results}
     * @param withoutMarketing the run without marketing each customer is run through first, or null for that one
     */
    PortfolioCustomerRun(CustomerRun[] lanes, int[] journey, int[] rank, PortfolioMembership membership,
            PortfolioCaps caps, CustomerData data, ResponseModel model, PortfolioResults results, Role role,
            PortfolioCustomerRun withoutMarketing, long horizonEnd) {
        this.lanes = lanes;
        this.journey = journey;
        this.rank = rank;
        this.membership = membership;
        this.caps = caps;
        this.data = data;
        this.model = model;
        this.results = results;
        this.role = role;
        this.withoutMarketing = withoutMarketing;
        this.horizonEnd = horizonEnd;
        this.ownTime = new long[lanes.length];
        this.interest = new int[lanes.length];
        this.offers = new InstantOffers(rank);
        for (int l = 0; l < lanes.length; l++) {
            // The first journey draws responses as it would alone; the others from streams of their own, so that
            // journeys respond apart and a journey alone draws as it does in the portfolio.
            lanes[l].joinPortfolio(this, l, journey[l] > 0);
        }
    }

    /**
     * Keeps example traces by running the customers kept as examples again through {@code recording}: the same
     * journeys in the same lanes, each a {@link CustomerRun#recording} run.
     */
    void recordExamplesWith(PortfolioCustomerRun recording) {
        examples = recording;
    }

    /** Runs customer {@code c} through every lane from the horizon's start to its end. */
    void run(int c) {
        walk(c);
        finish();
    }

    /**
     * Whether customer {@code c}, after {@link #walk}, entered any journey. One who entered none got nothing from any
     * journey, so they enter none without marketing nor in any journey alone either (only data events decide an entry
     * until a first one), and those runs would record nothing for them.
     */
    boolean enteredAny() {
        for (CustomerRun lane : lanes) {
            if (lane.entered()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether customer {@code c}, after {@link #walk}, may enter the journey of lane {@code l} when it runs alone: when
     * they entered it here, or when a message here made them withdraw a consent. Otherwise they enter it alone no
     * more than here: until a first entry only their data and their consents decide one.
     */
    boolean mayEnterAlone(int l) {
        return lanes[l].entered() || consentWithdrawn;
    }

    /**
     * Whether the customer, after {@link #walk}, was delivered no marketing message (as in the global control): every
     * journey's marketing was refused them at every instant as in the run without marketing, and a refusal moves the
     * journey on whatever its reason, so that run would walk them as this one did.
     */
    boolean deliveredNoMarketing() {
        return !marketingDelivered;
    }

    /** Instead of running the customer: takes the goals reached in {@code same}'s walk, which this run would repeat. */
    void finishAs(PortfolioCustomerRun same) {
        convertedJourneys = 0;
        for (int l = 0; l < same.lanes.length; l++) {
            CustomerRun lane = same.lanes[l];
            if (lane.entered() && !lane.walk().heldOut() && lane.firstConversion() != SimulationResults.NOT_CONVERTED) {
                convertedJourneys |= 1 << same.journey[l];
            }
        }
    }

    /**
     * Whether lane {@code l}'s walk of the customer, after {@link #finish}, is the one it would walk alone under the
     * same rules: no other lane swayed it, so it drew the same responses to the same sends at the same times (a cap
     * it never reached counts fewer sends alone, and so is not reached alone either).
     */
    boolean walkedAsAlone(int l) {
        return (swayed & 1 << l) == 0;
    }

    /** Records lane {@code l}'s outcome as its run alone would: see {@link #walkedAsAlone}. */
    void finishAsAlone(int l) {
        CustomerRun lane = lanes[l];
        if (lane.entered() && !lane.walk().heldOut() && !suppressed) {
            int bit = 1 << journey[l];
            results.aloneCustomer(journey[l], inControl, lane.firstConversion() != SimulationResults.NOT_CONVERTED,
                    lane.goalRevenue(), withoutMarketing != null && (withoutMarketing.convertedJourneys & bit) != 0);
        }
    }

    /**
     * Walks customer {@code c} through every lane from the horizon's start to its end; {@link #finish} then records
     * them, once the run without marketing they are paired with has walked them.
     */
    void walk(int c) {
        customer = c;
        examplesRan = false;
        zone = data.zone(c);
        sends.clear();
        offers.clear();
        consentWithdrawn = false;
        swayed = 0;
        marketingDelivered = false;
        for (CustomerRun lane : lanes) {
            lane.begin(c);
        }
        inControl = role == Role.WITHOUT_MARKETING || membership.inGlobalControl(data.id(c));
        suppressed = membership.suppressed(data.id(c), lanes[0]);
        int pos = data.firstEvent(c);
        int end = data.endEvent(c);
        refreshOwnTimes();
        while (true) {
            long tData = pos < end ? data.time(pos) : NEVER;
            int next = -1;
            long tOwn = NEVER;
            for (int l = 0; l < ownTime.length; l++) {
                if (ownTime[l] < tOwn) {
                    tOwn = ownTime[l];
                    next = l;
                }
            }
            long t = Math.min(tData, tOwn);
            if (offers.undecidedBefore(t)) {
                // The instant is over: its sends are decided, and their responses may come before t.
                decideOffers();
                refreshOwnTimes();
                continue;
            }
            if (t == NEVER || t > horizonEnd) {
                break;
            }
            if (tData == t) {
                // A lane skipped is one whose dataEventAt would return at once: its clock stays at the instant of
                // its last step, which nothing reads before its next step sets it again.
                int type = 1 << data.type(pos);
                for (int l = 0; l < lanes.length; l++) {
                    if ((interest[l] & type) != 0 && lanes[l].dataEventAt(pos)) {
                        refresh(l);
                    }
                }
                pos++;
            } else {
                // A step changes only its own lane, unless it was a purchase, which every lane sees (#purchased).
                purchaseShared = false;
                lanes[next].stepOwn();
                if (purchaseShared) {
                    refreshOwnTimes();
                } else {
                    refresh(next);
                }
            }
        }
    }

    private void refreshOwnTimes() {
        for (int l = 0; l < lanes.length; l++) {
            refresh(l);
        }
    }

    private void refresh(int l) {
        ownTime[l] = lanes[l].nextOwnTime();
        interest[l] = lanes[l].interest();
    }

    /** Records the customer {@link #walk} walked: each journey's outcome, paired with the run without marketing. */
    void finish() {
        int entered = 0;
        double revenue = 0;
        convertedJourneys = 0;
        for (int l = 0; l < lanes.length; l++) {
            CustomerRun lane = lanes[l];
            if (lane.entered() && inControl && role != Role.WITHOUT_MARKETING) {
                lane.addReason(TraceReason.GLOBAL_CONTROL);
            }
            if (lane.entered() && suppressed) {
                lane.addReason(TraceReason.SUPPRESSED);
            }
            lane.finish();
            if (!lane.entered() || lane.walk().heldOut()) {
                continue;
            }
            int bit = 1 << journey[l];
            boolean laneConverted = lane.firstConversion() != SimulationResults.NOT_CONVERTED;
            entered |= bit;
            convertedJourneys |= laneConverted ? bit : 0;
            revenue += lane.goalRevenue();
            // Suppressed customers are nobody's to treat, so they are left out of both sides of every comparison.
            if (!suppressed && role != Role.WITHOUT_MARKETING) {
                boolean before = withoutMarketing != null && (withoutMarketing.convertedJourneys & bit) != 0;
                if (role == Role.ALONE) {
                    results.aloneCustomer(journey[l], inControl, laneConverted, lane.goalRevenue(), before);
                } else {
                    results.journeyCustomer(journey[l], inControl, laneConverted, lane.goalRevenue(), before);
                }
            }
        }
        if (role == Role.PORTFOLIO && !suppressed && entered != 0) {
            results.portfolioCustomer(entered, inControl, (convertedJourneys & entered) != 0, revenue,
                    withoutMarketing != null && (withoutMarketing.convertedJourneys & entered) != 0);
        }
    }

    // ---- the gate ----

    @Override
    public void offer(int lane, int slot, long t, int mark) {
        offers.add(lane, slot, t, mark, expectedValue(lanes[lane].actions(), slot, t));
    }

    @Override
    public void purchased(int lane, long t, double value) {
        purchaseShared = true;
        for (int l = 0; l < lanes.length; l++) {
            if (l != lane) {
                // before its entry a purchase is nothing to a journey (no goal, no wait)
                swayed |= lanes[l].entered() ? 1 << l : 0;
                lanes[l].sharedPurchase(t, value);
            }
        }
    }

    @Override
    public List<TraceStep> traced(int lane, int c) {
        if (examples == null) {
            throw new IllegalStateException("this portfolio run keeps no example traces");
        }
        // Customers are independent, so the customer's steps again are those of this run; one run for every lane.
        if (!examplesRan) {
            examples.run(c);
            examplesRan = true;
        }
        return examples.lanes[lane].recordedSteps();
    }

    /** P(purchase) of the message for this customer at this hour × the message's value (1 for a plain action). */
    private double expectedValue(ActionColumns actions, int slot, long t) {
        return model.purchase(actions.dataChannel[slot], actions.kind[slot], data.ageBand(customer),
                LocalClock.hourOfLocalSecond(t + clock.offsetSeconds(zone, t)), data.priceSensitivity(customer), data.tier(customer))
                * actions.value[slot];
    }

    /** Decides the instant's offers in their order ({@link InstantOffers}). */
    private void decideOffers() {
        int count = offers.takeInOrder();
        for (int i = 0; i < count; i++) {
            decide(offers.lane(i), offers.slot(i), offers.mark(i), offers.time());
        }
    }

    private void decide(int l, int slot, int mark, long t) {
        CustomerRun lane = lanes[l];
        JourneyWalk walk = lane.walk();
        ActionColumns actions = lane.actions();
        boolean transactional = actions.transactional[slot];
        int channel = actions.journeyChannel[slot];
        if (!transactional && inControl) {
            walk.refuse(slot, t, mark, SuppressionReason.GLOBAL_CONTROL, TraceReason.GLOBAL_CONTROL,
                    "global control group: receives no marketing message from any journey");
            return;
        }
        if (!transactional && suppressed) {
            walk.refuse(slot, t, mark, SuppressionReason.SUPPRESSED, TraceReason.SUPPRESSED,
                    "on the portfolio's suppression list: receives no marketing message");
            return;
        }
        int cap = transactional ? -1 : caps.reached(channel, t, zone, sends);
        if (cap >= 0) {
            swayed |= 1 << l;
            int winner = sends.higherPriorityLane(caps.channel(cap), caps.since(), rank[l]);
            String limit = "portfolio cap " + caps.describe(cap) + " reached";
            if (winner >= 0) {
                walk.refuse(slot, t, mark, SuppressionReason.LOST_TO_PRIORITY, TraceReason.LOST_TO_PRIORITY,
                        "lost to a higher-priority journey: " + lanes[winner].plan().journeyId + " sent within the "
                                + limit);
            } else {
                walk.refuse(slot, t, mark, SuppressionReason.PORTFOLIO_CAP, TraceReason.PORTFOLIO_CAP, limit);
            }
            return;
        }
        sends.add(t, channel, transactional, rank[l], l);
        marketingDelivered |= !transactional;
        if (walk.deliver(slot, t)) {
            // An unsubscribe is the customer's: no journey may use the channel's consent any more.
            int withdrawn = walk.channelConsent(slot);
            consentWithdrawn = true;
            swayed |= ~(1 << l);
            for (CustomerRun other : lanes) {
                other.walk().withdrawConsent(withdrawn);
            }
        }
    }
}

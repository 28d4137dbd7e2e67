package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.AudienceBreakdown;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts who meets an audience's conditions at the end of the data's events, with the breakdown by home store,
 * region, consent per purpose and age band. The conditions are compiled by the simulator's {@link ConditionCompiler},
 * the one evaluator of conditions, so an audience counted here is the audience the simulator lets into a journey at
 * that instant. Conditions on the triggering event ({@code event.*}) are false here, as for a scheduled entry; a
 * journey's message history names no node and is refused.
 */
public final class AudienceCounter {
    private static final AgeBand[] AGE_BANDS = AgeBand.values();
    private static final ConsentPurpose[] PURPOSES = ConsentPurpose.values();

    private AudienceCounter() {
    }

    /**
     * @throws IllegalArgumentException when a condition cannot be evaluated (a field the simulator does not know, a
     *                                  journey history field, a value of the wrong kind)
     */
    public static AudienceBreakdown count(AudienceData data, Condition.Group conditions) {
        CompiledCondition test = new ConditionCompiler(node -> -1).compile(conditions);
        CustomerData customers = data.customers();
        Snapshot in = new Snapshot(data);
        List<String> stores = data.stores();
        List<String> regions = data.regions();
        int[] byStore = new int[stores.size()];
        int[] byRegion = new int[regions.size()];
        int[] byAge = new int[AGE_BANDS.length];
        int[] byConsent = new int[PURPOSES.length];
        int size = 0;
        for (int c = 0; c < customers.size(); c++) {
            in.moveTo(c);
            if (!test.test(in)) {
                continue;
            }
            size++;
            byStore[data.homeStore(c)]++;
            byRegion[data.region(c)]++;
            byAge[customers.ageBand(c)]++;
            int bits = customers.consentBits(c);
            for (int p = 0; p < byConsent.length; p++) {
                if ((bits & 1 << p) != 0) {
                    byConsent[p]++;
                }
            }
        }
        Map<String, Integer> consent = new LinkedHashMap<>();
        for (ConsentPurpose purpose : PURPOSES) {
            consent.put(purpose.csv(), byConsent[purpose.ordinal()]);
        }
        Map<String, Integer> age = new LinkedHashMap<>();
        for (AgeBand band : AGE_BANDS) {
            age.put(band.csv(), byAge[band.ordinal()]);
        }
        return new AudienceBreakdown(size, customers.size(), Instant.ofEpochSecond(data.asOf()),
                named(stores, byStore), named(regions, byRegion), consent, age);
    }

    private static Map<String, Integer> named(List<String> names, int[] counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put(names.get(i), counts[i]);
        }
        return map;
    }

    /** One customer at the end of the data: behaviour fields read from the data's kept columns. */
    private static final class Snapshot extends OutsideARun {
        private final AudienceData audience;

        Snapshot(AudienceData audience) {
            super(audience.customers(), 0);
            this.audience = audience;
        }

        @Override
        public int countEvents(int eventType, long windowSeconds) {
            return audience.counts(eventType, windowSeconds)[customer()];
        }

        @Override
        public double secondsSinceLast(int eventType) {
            return audience.sinceLast(eventType)[customer()];
        }
    }
}

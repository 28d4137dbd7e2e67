package com.retailstudio.layout.engine;

import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One store's foot-traffic readings in columnar form, grouped by visit (readings of visit v are rows
 * {@code visitStart[v]} .. {@code visitStart[v+1]-1}, in time order), with each reading's zone and each visit's
 * local day and hour of the week worked out once, so filtering by date and daypart is a cheap array scan.
 */
public final class StoreTraffic {

    private final StorePlan plan;
    private final String[] visitIds;
    private final int[] visitStart;
    private final long[] epochSecond;
    private final double[] x;
    private final double[] y;
    private final short[] zone;
    private final long[] visitEpochDay;
    private final short[] visitWeekHour;

    private StoreTraffic(StorePlan plan, Builder b) {
        this.plan = plan;
        int visits = b.visitIds.size();
        this.visitIds = new String[visits];
        b.visitIds.forEach((id, index) -> visitIds[index] = id);
        this.visitStart = new int[visits + 1];
        for (int i = 0; i < b.size; i++) {
            visitStart[b.visit[i] + 1]++;
        }
        for (int v = 0; v < visits; v++) {
            visitStart[v + 1] += visitStart[v];
        }
        int[] next = Arrays.copyOf(visitStart, visits);
        epochSecond = new long[b.size];
        x = new double[b.size];
        y = new double[b.size];
        zone = new short[b.size];
        // a stable counting sort keeps each visit's readings in file order, which the contract says is time order
        for (int i = 0; i < b.size; i++) {
            int row = next[b.visit[i]]++;
            epochSecond[row] = b.epochSecond[i];
            x[row] = b.x[i];
            y[row] = b.y[i];
            zone[row] = (short) plan.zoneIndexAt(b.x[i], b.y[i]);
        }
        ZoneId tz = plan.store().timezone();
        visitEpochDay = new long[visits];
        visitWeekHour = new short[visits];
        for (int v = 0; v < visits; v++) {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond[visitStart[v]]), tz);
            visitEpochDay[v] = local.toLocalDate().toEpochDay();
            visitWeekHour[v] = (short) weekHour(local);
        }
    }

    static int weekHour(LocalDateTime local) {
        return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
    }

    public static Builder builder(StorePlan plan) {
        return new Builder(plan);
    }

    public StorePlan plan() {
        return plan;
    }

    public int visitCount() {
        return visitIds.length;
    }

    public int readingCount() {
        return epochSecond.length;
    }

    public String visitId(int visit) {
        return visitIds[visit];
    }

    public int firstReading(int visit) {
        return visitStart[visit];
    }

    /** One past the visit's last reading. */
    public int endReading(int visit) {
        return visitStart[visit + 1];
    }

    public long epochSecond(int reading) {
        return epochSecond[reading];
    }

    public double x(int reading) {
        return x[reading];
    }

    public double y(int reading) {
        return y[reading];
    }

    /** Index in the plan's zone list of the walkable zone holding the reading, or -1. */
    public int zone(int reading) {
        return zone[reading];
    }

    public long lastSecond(int visit) {
        return epochSecond[visitStart[visit + 1] - 1];
    }

    /** Which visits the filter keeps, by the local date and hour of each visit's first reading. */
    public boolean[] visitsIn(TimeFilter filter) {
        boolean[] hours = filter.daypart().weekHourFlags();
        long first = filter.firstEpochDay();
        long last = filter.lastEpochDay();
        boolean[] keep = new boolean[visitIds.length];
        for (int v = 0; v < keep.length; v++) {
            long day = visitEpochDay[v];
            keep[v] = day >= first && day <= last && hours[visitWeekHour[v]];
        }
        return keep;
    }

    /** Collects readings of one store in any order of visits; a visit's readings must come in time order. */
    public static final class Builder {
        private final StorePlan plan;
        private final Map<String, Integer> visitIds = new HashMap<>();
        private int size;
        private int[] visit = new int[1024];
        private long[] epochSecond = new long[1024];
        private double[] x = new double[1024];
        private double[] y = new double[1024];
        private String lastVisitId;
        private int lastVisit;

        private Builder(StorePlan plan) {
            this.plan = plan;
        }

        public Builder add(String visitId, long second, double xM, double yM) {
            if (size == visit.length) {
                int capacity = size + (size >> 1);
                visit = Arrays.copyOf(visit, capacity);
                epochSecond = Arrays.copyOf(epochSecond, capacity);
                x = Arrays.copyOf(x, capacity);
                y = Arrays.copyOf(y, capacity);
            }
            if (!visitId.equals(lastVisitId)) {
                lastVisit = visitIds.computeIfAbsent(visitId, id -> visitIds.size());
                lastVisitId = visitId;
            }
            visit[size] = lastVisit;
            epochSecond[size] = second;
            x[size] = xM;
            y[size] = yM;
            size++;
            return this;
        }

        public Builder add(String visitId, Instant time, double xM, double yM) {
            return add(visitId, time.getEpochSecond(), xM, yM);
        }

        public StoreTraffic build() {
            return new StoreTraffic(plan, this);
        }
    }
}

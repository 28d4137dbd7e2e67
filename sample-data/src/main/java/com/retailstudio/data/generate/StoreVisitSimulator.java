package com.retailstudio.data.generate;

import com.retailstudio.data.generate.StoreLayouts.Store;
import com.retailstudio.data.generate.StoreLayouts.Zone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shoppers in the stores: each visit buys categories from the {@link BasketAffinityModel}, also browses some
 * categories it does not buy (so that each category zone converts at its planted rate), walks from the entrance
 * through the stops to the checkout, and becomes a basket when it bought anything. A share of visits is tracked
 * by the in-store sensors and written to foot_traffic.csv, one reading every few seconds. Visit V<n> and
 * transaction T<n> are the same shopper.
 */
final class StoreVisitSimulator {

    static final int READING_INTERVAL_SECONDS = 5;
    static final double KNOWN_CUSTOMER_SHARE = 0.45;
    private static final double[] STORE_HOUR_CUMULATIVE = RandomDraws.cumulative(new double[] {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1.2, 1.5, 1.8, 1.7, 1.4, 1.4, 1.6, 2.0, 1.9, 1.2, 0.6, 0, 0, 0});
    private static final byte[] STORE_PREFIX = ContractVocabulary.bytes("S");
    private static final byte[] PRODUCT_PREFIX = ContractVocabulary.bytes("P");
    private static final byte[] CUSTOMER_PREFIX = ContractVocabulary.bytes("C");
    private static final byte[] TRANSACTION_PREFIX = ContractVocabulary.bytes("T");
    private static final byte[] VISIT_PREFIX = ContractVocabulary.bytes("V");

    private final GeneratorConfig config;
    private final SeedStreams streams;
    private final WindowClock clock;
    private final ProductCatalog catalog;
    private final SalesHistory sales;
    private final BasketAffinityModel baskets;
    private final List<Store> stores;
    /** Planted conversion per store and category: P(buys in the zone | stops in the zone). */
    private final double[][] zoneConversion;
    /** Probability of stopping in a category zone without buying, derived from the conversion. */
    private final double[][] browseOnly;
    private final int[] storeZone;

    StoreVisitSimulator(GeneratorConfig config, SeedStreams streams, WindowClock clock, ProductCatalog catalog,
                        SalesHistory sales, BasketAffinityModel baskets, List<Store> stores) {
        this.config = config;
        this.streams = streams;
        this.clock = clock;
        this.catalog = catalog;
        this.sales = sales;
        this.baskets = baskets;
        this.stores = stores;
        this.storeZone = new int[stores.size()];
        for (Store s : stores) {
            // registered now, before any thread runs, so the clock is read-only afterwards
            storeZone[s.index()] = clock.zoneIndex(s.timeZone());
        }
        int categories = ProductCatalog.CATEGORIES.size();
        zoneConversion = new double[stores.size()][categories];
        browseOnly = new double[stores.size()][categories];
        for (Store s : stores) {
            SplittableRandom r = streams.stream(SeedStreams.ZONE_CONVERSION, s.index());
            for (int c = 0; c < categories; c++) {
                double buy = baskets.buyProbability(c);
                double rate = RandomDraws.round(RandomDraws.uniform(r, Math.max(0.3, buy + 0.05), 0.85), 3);
                zoneConversion[s.index()][c] = rate;
                browseOnly[s.index()][c] = buy * (1 / rate - 1) / (1 - buy);
            }
        }
    }

    /** "store_id/zone_id" of each category zone and its planted conversion, in store and zone order. */
    Map<String, Double> plantedZoneConversion() {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Store s : stores) {
            for (Zone z : s.zones()) {
                if (z.category() >= 0) {
                    result.put(s.id() + "/" + z.id(), zoneConversion[s.index()][z.category()]);
                }
            }
        }
        return result;
    }

    int visitsPerStoreDay() {
        return Math.max(20, Math.min(3000, config.customers() / (config.stores() * 50)));
    }

    int trackedVisitsPerStoreDay() {
        return Math.max(2, Math.min(60, config.customers() / (config.stores() * 500)));
    }

    void write(CsvLineWriter basketOut, CsvLineWriter trafficOut, Runnable cancellationCheck) {
        long visitNumber = 0;
        double trackedShare = Math.min(1.0, trackedVisitsPerStoreDay() / (double) visitsPerStoreDay());
        List<double[]> path = new ArrayList<>();
        for (Store store : stores) {
            int zone = storeZone[store.index()];
            for (int day = 0; day < clock.days(); day++) {
                cancellationCheck.run();
                SplittableRandom dayStream = streams.stream(SeedStreams.BASKETS, store.index(), day);
                double weekday = CustomerSimulator.STORE_WEEKLY[clock.dayOfWeek(day).getValue() - 1];
                int visits = RandomDraws.poisson(dayStream, visitsPerStoreDay() * weekday * store.sizeFactor());
                for (int v = 0; v < visits; v++) {
                    visitNumber++;
                    SplittableRandom r = dayStream.split();
                    int hour = RandomDraws.fromCumulative(r, STORE_HOUR_CUMULATIVE);
                    int start = clock.toWindowSecond(zone, day, hour * 3600 + r.nextInt(3600));
                    int bought = baskets.drawBoughtCategories(r);
                    int stops = bought;
                    for (int c = 0; c < ProductCatalog.CATEGORIES.size(); c++) {
                        if ((bought & 1 << c) == 0 && r.nextDouble() < browseOnly[store.index()][c]) {
                            stops |= 1 << c;
                        }
                    }
                    boolean tracked = r.nextDouble() < trackedShare;
                    // only tracked visits need their path; the others only need the time they reach the checkout
                    int end = tracked ? walk(r, store, stops, start, path)
                            : start + 90 + Integer.bitCount(stops) * (40 + r.nextInt(50));
                    if (start < 0 || end >= clock.windowSeconds()) {
                        continue;
                    }
                    if (tracked) {
                        int t = start;
                        for (double[] reading : path) {
                            trafficOut.id(STORE_PREFIX, store.index() + 1L, 3).id(VISIT_PREFIX, visitNumber, 8)
                                    .timestamp(clock.startEpochSecond() + t).decimal(reading[0], 2)
                                    .decimal(reading[1], 2);
                            trafficOut.endRow();
                            t += READING_INTERVAL_SECONDS;
                        }
                    }
                    // the price week follows the basket's UTC timestamp, the way a reader joins the two files
                    int week = sales.weekOf(LocalDate.ofEpochDay(
                            Math.floorDiv(clock.startEpochSecond() + end, WindowClock.SECONDS_PER_DAY)));
                    if (bought != 0 && week >= 0) {
                        writeBasket(r, basketOut, store, week, bought, visitNumber, end);
                    }
                }
            }
        }
    }

    private void writeBasket(SplittableRandom r, CsvLineWriter out, Store store, int week, int bought,
                             long visitNumber, int time) {
        boolean known = r.nextDouble() < KNOWN_CUSTOMER_SHARE;
        int customer = known ? r.nextInt(config.customers()) : -1;
        for (int c = 0; c < ProductCatalog.CATEGORIES.size(); c++) {
            if ((bought & 1 << c) == 0) {
                continue;
            }
            int[] candidates = catalog.productsInCategory(c);
            int items = r.nextDouble() < 0.15 && candidates.length > 1 ? 2 : 1;
            int first = -1;
            for (int i = 0; i < items; i++) {
                int product = pickOnSale(r, candidates, store.cluster(), week, first);
                if (product < 0) {
                    break;
                }
                first = product;
                out.id(TRANSACTION_PREFIX, visitNumber, 8).id(STORE_PREFIX, store.index() + 1L, 3)
                        .timestamp(clock.startEpochSecond() + time);
                if (customer >= 0) {
                    out.id(CUSTOMER_PREFIX, customer + 1L, EventFileWriter.CUSTOMER_DIGITS);
                } else {
                    out.empty();
                }
                out.id(PRODUCT_PREFIX, product + 1L, 5).integer(r.nextDouble() < 0.2 ? 2 : 1)
                        .cents(sales.priceCents(store.cluster(), product, week));
                out.endRow();
            }
        }
    }

    /** A product of the category on sale that week in the cluster, other than {@code exclude}, or -1. */
    private int pickOnSale(SplittableRandom r, int[] candidates, int cluster, int week, int exclude) {
        int offset = r.nextInt(candidates.length);
        for (int i = 0; i < candidates.length; i++) {
            int product = candidates[(offset + i) % candidates.length];
            if (product != exclude && sales.priceCents(cluster, product, week) > 0) {
                return product;
            }
        }
        return -1;
    }

    /**
     * Fills {@code path} with the visit's readings: entrance, each stop (left to right, a dwell of several readings
     * near one spot), then the checkout. Walks use the corridor or the middle aisle and enter category zones straight
     * from the aisle, so they never cross a fixture. Returns the time of the last reading.
     */
    private int walk(SplittableRandom r, Store store, int stops, int start, List<double[]> path) {
        path.clear();
        double speed = RandomDraws.uniform(r, 1.0, 1.4) * READING_INTERVAL_SECONDS;
        double[] pos = spotIn(r, store.entrance());
        path.add(pos.clone());
        double[] carry = {0};
        List<Zone> route = new ArrayList<>();
        for (int c = 0; c < ProductCatalog.CATEGORIES.size(); c++) {
            if ((stops & 1 << c) != 0) {
                route.add(store.categoryZone(c));
            }
        }
        route.sort((a, b) -> Double.compare(a.x() * 1000 + a.y(), b.x() * 1000 + b.y()));
        for (Zone z : route) {
            double[] spot = spotIn(r, z);
            walkTo(r, store, pos, spot, speed, carry, path);
            dwell(r, z, spot, 3 + r.nextInt(8), path);
            carry[0] = 0;
        }
        double[] till = spotIn(r, store.checkout());
        walkTo(r, store, pos, till, speed, carry, path);
        dwell(r, store.checkout(), till, 2 + r.nextInt(5), path);
        return start + (path.size() - 1) * READING_INTERVAL_SECONDS;
    }

    private void walkTo(SplittableRandom r, Store store, double[] pos, double[] target, double step, double[] carry,
                        List<double[]> path) {
        double rowsBottom = store.corridorY() - StoreLayouts.CORRIDOR / 2;
        boolean bothInRows = pos[1] < rowsBottom && target[1] < rowsBottom;
        double aisleY = bothInRows ? store.midAisleY() : store.corridorY();
        double[][] waypoints = {{pos[0], aisleY}, {target[0], aisleY}, {target[0], target[1]}};
        for (double[] w : waypoints) {
            double dx = w[0] - pos[0];
            double dy = w[1] - pos[1];
            double length = Math.sqrt(dx * dx + dy * dy);
            double travelled = step - carry[0];
            while (travelled <= length) {
                double f = travelled / length;
                path.add(new double[] {
                        clamp(pos[0] + dx * f + 0.3 * jitter(r), store.width()),
                        clamp(pos[1] + dy * f + 0.3 * jitter(r), store.depth())});
                travelled += step;
            }
            carry[0] = length - (travelled - step);
            pos[0] = w[0];
            pos[1] = w[1];
        }
    }

    private static void dwell(SplittableRandom r, Zone zone, double[] spot, int readings, List<double[]> path) {
        for (int i = 0; i < readings; i++) {
            path.add(new double[] {
                    Math.max(zone.x(), Math.min(zone.x() + zone.width(), spot[0] + 0.6 * jitter(r))),
                    Math.max(zone.y(), Math.min(zone.y() + zone.depth(), spot[1] + 0.6 * jitter(r)))});
        }
    }

    /** Cheap symmetric noise in (-1, 1), triangular, for sensor readings. */
    private static double jitter(SplittableRandom r) {
        return r.nextDouble() + r.nextDouble() - 1;
    }

    private static double[] spotIn(SplittableRandom r, Zone z) {
        double margin = Math.min(0.8, Math.min(z.width(), z.depth()) / 4);
        return new double[] {
                RandomDraws.uniform(r, z.x() + margin, z.x() + z.width() - margin),
                RandomDraws.uniform(r, z.y() + margin, z.y() + z.depth() - margin)};
    }

    private static double clamp(double v, double max) {
        return Math.max(0.05, Math.min(max - 0.05, v));
    }
}

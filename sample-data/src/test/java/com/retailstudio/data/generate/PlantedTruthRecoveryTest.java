package com.retailstudio.data.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Simple, hand-written analyses of a generated data set find the parameters the generator planted. */
@Tag("slow")
class PlantedTruthRecoveryTest {

    @TempDir
    static Path temp;
    static JsonNode truth;
    static CsvTable products;
    static CsvTable sales;
    static CsvTable baskets;
    static CsvTable customers;
    static CsvTable consents;
    static CsvTable events;
    static CsvTable zones;
    static CsvTable traffic;

    @BeforeAll
    static void generate() throws IOException {
        Path data = temp.resolve("data");
        // more stores give each product more sales rows; more customers give more baskets and sends
        GeneratorConfig config = GeneratorConfig.defaults().withCustomers(20_000).withStores(6);
        DataGenerator.generate(config, data, GenerationProgress.NONE);
        truth = new ObjectMapper().readTree(data.resolve("truth.json").toFile());
        products = CsvTable.read(data.resolve("products.csv"));
        sales = CsvTable.read(data.resolve("sales_weekly.csv"));
        baskets = CsvTable.read(data.resolve("baskets.csv"));
        customers = CsvTable.read(data.resolve("customers.csv"));
        consents = CsvTable.read(data.resolve("consents.csv"));
        events = CsvTable.read(data.resolve("events.csv"));
        zones = CsvTable.read(data.resolve("zones.csv"));
        traffic = CsvTable.read(data.resolve("foot_traffic.csv"));
    }

    @Test
    void dwellsInFootTrafficJoinedToBasketsRecoverThePlantedZoneConversion() {
        Map<String, List<double[]>> categoryZones = new HashMap<>();
        Map<String, List<String>> zoneIds = new HashMap<>();
        for (List<String> z : zones.rows()) {
            if (z.get(2).equals("category")) {
                categoryZones.computeIfAbsent(z.get(0), k -> new ArrayList<>()).add(new double[] {
                        Double.parseDouble(z.get(4)), Double.parseDouble(z.get(5)), Double.parseDouble(z.get(6)),
                        Double.parseDouble(z.get(7))});
                zoneIds.computeIfAbsent(z.get(0), k -> new ArrayList<>()).add(z.get(1) + "|" + z.get(3));
            }
        }
        Map<String, String> categoryOf = new HashMap<>();
        for (List<String> p : products.rows()) {
            categoryOf.put(p.get(0), p.get(2));
        }
        // a visit V<n> that bought something became transaction T<n>
        Map<String, Set<String>> boughtByVisit = new HashMap<>();
        for (List<String> b : baskets.rows()) {
            boughtByVisit.computeIfAbsent("V" + b.get(0).substring(1), k -> new HashSet<>())
                    .add(categoryOf.get(b.get(4)));
        }
        // a dwell: three readings in a row less than 2 m apart inside one category zone
        Map<String, int[]> dwellsAndBuys = new TreeMap<>();
        List<List<String>> rows = traffic.rows();
        int start = 0;
        while (start < rows.size()) {
            int end = start;
            while (end < rows.size() && rows.get(end).get(1).equals(rows.get(start).get(1))) {
                end++;
            }
            String store = rows.get(start).get(0);
            Set<String> dwelt = new HashSet<>();
            for (int i = start + 2; i < end; i++) {
                double[] a = point(rows.get(i - 2));
                double[] b = point(rows.get(i - 1));
                double[] c = point(rows.get(i));
                if (distance(a, b) < 2 && distance(b, c) < 2) {
                    List<double[]> rects = categoryZones.get(store);
                    for (int z = 0; z < rects.size(); z++) {
                        double[] r = rects.get(z);
                        if (c[0] >= r[0] && c[0] <= r[0] + r[2] && c[1] >= r[1] && c[1] <= r[1] + r[3]) {
                            dwelt.add(zoneIds.get(store).get(z));
                        }
                    }
                }
            }
            Set<String> bought = boughtByVisit.getOrDefault(rows.get(start).get(1), Set.of());
            for (String zone : dwelt) {
                String[] idAndCategory = zone.split("\\|");
                int[] n = dwellsAndBuys.computeIfAbsent(store + "/" + idAndCategory[0], k -> new int[2]);
                n[0]++;
                n[1] += bought.contains(idAndCategory[1]) ? 1 : 0;
            }
            start = end;
        }
        double sumError = 0;
        int zonesCompared = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, int[]> e : dwellsAndBuys.entrySet()) {
            int[] n = e.getValue();
            if (n[0] < 100) {
                continue;
            }
            double planted = truth.get("zone_conversion").get(e.getKey()).asDouble();
            double observed = n[1] / (double) n[0];
            report.append(e.getKey()).append(" planted ").append(planted).append(" observed ").append(observed)
                    .append(" over ").append(n[0]).append('\n');
            assertEquals(planted, observed, 0.15, e.getKey() + "\n" + report);
            sumError += Math.abs(observed - planted);
            zonesCompared++;
        }
        assertTrue(zonesCompared >= 30, "zones with enough dwells: " + zonesCompared + "\n" + report);
        assertTrue(sumError / zonesCompared < 0.05, "mean absolute error " + sumError / zonesCompared + "\n" + report);
    }

    @Test
    void browsingPeaksInTheLocalEveningAndStoresAreBusiestOnSaturday() {
        Map<String, ZoneId> zoneOf = new HashMap<>();
        for (List<String> c : customers.rows()) {
            zoneOf.put(c.get(0), ZoneId.of(c.get(3)));
        }
        int[] pageViewsByHour = new int[24];
        int[] storeVisitsByDay = new int[8];
        for (List<String> e : events.rows()) {
            var local = Instant.parse(e.get(1)).atZone(zoneOf.get(e.get(2)));
            if (e.get(3).equals("page_view")) {
                pageViewsByHour[local.getHour()]++;
            } else if (e.get(3).equals("store_visit")) {
                storeVisitsByDay[local.getDayOfWeek().getValue()]++;
            }
        }
        int evening = pageViewsByHour[19] + pageViewsByHour[20];
        int night = pageViewsByHour[3] + pageViewsByHour[4];
        assertTrue(evening > 10 * night, "evening " + evening + ", night " + night);
        for (int day = 1; day <= 7; day++) {
            if (day != 6) {
                assertTrue(storeVisitsByDay[6] > storeVisitsByDay[day], "Saturday vs day " + day + ": "
                        + Arrays.toString(storeVisitsByDay));
            }
        }
    }

    @Test
    void activityIsHeavyTailedWithTheTopTenthOfCustomersMakingOverAThirdOfBrowsingEvents() {
        Map<String, Integer> perCustomer = new HashMap<>();
        for (List<String> e : events.rows()) {
            if (e.get(4).equals("web") && !e.get(3).equals("message_sent") || e.get(3).equals("app_session")) {
                perCustomer.merge(e.get(2), 1, Integer::sum);
            }
        }
        List<Integer> counts = new ArrayList<>(perCustomer.values());
        for (int i = perCustomer.size(); i < customers.rows().size(); i++) {
            counts.add(0);
        }
        counts.sort(Comparator.reverseOrder());
        long total = counts.stream().mapToLong(Integer::longValue).sum();
        long top = counts.subList(0, counts.size() / 10).stream().mapToLong(Integer::longValue).sum();
        assertTrue(top > total / 3, "top tenth " + top + " of " + total);
    }

    @Test
    void handCountedLiftFindsThePlantedCategoryPairsOnTopWithTheirPlantedLift() {
        Map<String, String> categoryOf = new HashMap<>();
        for (List<String> p : products.rows()) {
            categoryOf.put(p.get(0), p.get(2));
        }
        Map<String, Set<String>> basketCategories = new TreeMap<>();
        for (List<String> b : baskets.rows()) {
            basketCategories.computeIfAbsent(b.get(0), k -> new HashSet<>()).add(categoryOf.get(b.get(4)));
        }
        double n = basketCategories.size();
        Map<String, Integer> single = new HashMap<>();
        Map<String, Integer> pair = new HashMap<>();
        for (Set<String> cats : basketCategories.values()) {
            List<String> sorted = cats.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                single.merge(sorted.get(i), 1, Integer::sum);
                for (int j = i + 1; j < sorted.size(); j++) {
                    pair.merge(sorted.get(i) + "+" + sorted.get(j), 1, Integer::sum);
                }
            }
        }
        Map<String, Double> lift = new HashMap<>();
        pair.forEach((key, count) -> {
            String[] ab = key.split("\\+");
            lift.put(key, (count / n) / ((single.get(ab[0]) / n) * (single.get(ab[1]) / n)));
        });
        Map<String, Double> planted = new HashMap<>();
        for (JsonNode a : truth.get("category_affinity")) {
            String x = a.get("a").asText();
            String y = a.get("b").asText();
            planted.put(x.compareTo(y) < 0 ? x + "+" + y : y + "+" + x, a.get("lift").asDouble());
        }
        List<String> top = lift.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(planted.size()).map(Map.Entry::getKey).toList();
        assertEquals(planted.keySet(), new HashSet<>(top), "top pairs by lift " + top + ", all " + lift);
        planted.forEach((key, expected) -> assertEquals(expected, lift.get(key), 0.15 * expected,
                "lift of " + key));
    }

    @Test
    void logLogRegressionOnSalesRecoversEachWellSoldProductsPlantedElasticityRoughly() {
        Map<String, List<String>> product = new HashMap<>();
        for (List<String> p : products.rows()) {
            product.put(p.get(0), p);
        }
        // x = log(price / full price), y = log(units), demeaned within store and season (fixed effects);
        // only weeks with a full fixture and stock left, where neither the inventory effect nor a stock-out bites
        Map<String, List<double[]>> byProduct = new TreeMap<>();
        for (List<String> s : sales.rows()) {
            List<String> p = product.get(s.get(1));
            int units = Integer.parseInt(s.get(4));
            int stock = Integer.parseInt(s.get(5));
            if (units == 0 || stock < Integer.parseInt(p.get(8)) || units >= stock) {
                continue;
            }
            boolean previousSeason = LocalDate.parse(s.get(2)).isBefore(LocalDate.parse(p.get(5)));
            double group = s.get(0).hashCode() * 2 + (previousSeason ? 1 : 0);
            double x = Math.log(Double.parseDouble(s.get(3)) / Double.parseDouble(p.get(3)));
            byProduct.computeIfAbsent(s.get(1), k -> new ArrayList<>()).add(new double[] {group, x, Math.log(units)});
        }
        List<Double> errors = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        byProduct.forEach((id, rows) -> {
            double slope = fixedEffectsSlope(rows);
            if (Double.isNaN(slope)) {
                return;
            }
            double planted = truth.get("elasticities").get(id).asDouble();
            errors.add(slope - planted);
            report.append(String.format(Locale.ROOT, "%s planted %.2f estimated %.2f%n", id, planted, slope));
        });
        // the product with the most usable weeks, on its own
        String best = byProduct.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        double bestPlanted = truth.get("elasticities").get(best).asDouble();
        double bestEstimate = fixedEffectsSlope(byProduct.get(best));
        assertEquals(bestPlanted, bestEstimate, 0.75, best + " over " + byProduct.get(best).size() + " weeks");
        errors.sort(Comparator.naturalOrder());
        double median = errors.get(errors.size() / 2);
        double medianAbs = errors.stream().map(Math::abs).sorted().toList().get(errors.size() / 2);
        assertTrue(errors.size() > products.rows().size() / 2, "products estimated: " + errors.size());
        assertTrue(Math.abs(median) < 0.4, "median error " + median + "\n" + report);
        assertTrue(medianAbs < 0.8, "median absolute error " + medianAbs + "\n" + report);
    }

    @Test
    void consentRatesByPurposeAndCountryMatchThePlantedRates() {
        Map<String, String> countryOf = new HashMap<>();
        for (List<String> c : customers.rows()) {
            countryOf.put(c.get(0), c.get(2));
        }
        Map<String, int[]> counts = new TreeMap<>();
        String windowStart = "2026-06-01T00:00:00Z";
        for (List<String> c : consents.rows()) {
            // granted before the window; a withdrawal inside the window (an unsubscribe) still counts as granted
            boolean grantedBefore = c.get(2).equals("true") || c.get(3).compareTo(windowStart) >= 0;
            int[] n = counts.computeIfAbsent(countryOf.get(c.get(0)) + "/" + c.get(1), k -> new int[2]);
            n[0] += grantedBefore ? 1 : 0;
            n[1]++;
        }
        counts.forEach((key, n) -> {
            String[] cp = key.split("/");
            double planted = truth.get("consent_rates").get(cp[0]).get(cp[1]).asDouble();
            double observed = n[0] / (double) n[1];
            double tolerance = 4 * Math.sqrt(planted * (1 - planted) / n[1]);
            assertEquals(planted, observed, tolerance, key + " over " + n[1] + " customers");
        });
        assertTrue(rate(counts, "GB/email_marketing") > rate(counts, "GB/push_marketing") + 0.1,
                "push consent is planted well below email");
        assertTrue(rate(counts, "DE/paid_media_audiences") < rate(counts, "GB/paid_media_audiences") - 0.15,
                "paid media consent is planted much lower in DE");
        assertTrue(rate(counts, "DE/in_store_recognition") < rate(counts, "GB/in_store_recognition") - 0.15,
                "in-store recognition consent is planted much lower in DE");
    }

    @Test
    void emailsSentNearTheSegmentsPreferredLocalHourAreOpenedMoreOften() {
        Map<String, String[]> customer = new HashMap<>();
        for (List<String> c : customers.rows()) {
            customer.put(c.get(0), new String[] {c.get(3), c.get(5)});
        }
        Set<String> opened = new HashSet<>();
        for (List<String> e : events.rows()) {
            if (e.get(3).equals("email_open")) {
                opened.add(e.get(6));
            }
        }
        int[] near = new int[2];
        int[] far = new int[2];
        for (List<String> e : events.rows()) {
            if (!e.get(3).equals("message_sent") || !e.get(4).equals("email")) {
                continue;
            }
            String[] c = customer.get(e.get(2));
            int localHour = Instant.parse(e.get(1)).atZone(ZoneId.of(c[0])).getHour();
            int peak = truth.get("send_hour_peak").get(c[1]).asInt();
            int distance = Math.min(Math.abs(localHour - peak), 24 - Math.abs(localHour - peak));
            int[] bucket = distance <= 1 ? near : distance >= 6 ? far : null;
            if (bucket != null) {
                bucket[0] += opened.contains(e.get(0)) ? 1 : 0;
                bucket[1]++;
            }
        }
        double nearRate = near[0] / (double) near[1];
        double farRate = far[0] / (double) far[1];
        assertTrue(nearRate > 2 * farRate, "open rate near the peak " + nearRate + ", far from it " + farRate);
    }

    private static double[] point(List<String> reading) {
        return new double[] {Double.parseDouble(reading.get(3)), Double.parseDouble(reading.get(4))};
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    private static double rate(Map<String, int[]> counts, String key) {
        int[] n = counts.get(key);
        return n[0] / (double) n[1];
    }

    /** Slope of y on x after removing each group's means; NaN when x hardly varies. */
    private static double fixedEffectsSlope(List<double[]> rows) {
        Map<Double, double[]> sums = new HashMap<>();
        for (double[] r : rows) {
            double[] s = sums.computeIfAbsent(r[0], k -> new double[3]);
            s[0] += r[1];
            s[1] += r[2];
            s[2]++;
        }
        double sxy = 0;
        double sxx = 0;
        for (double[] r : rows) {
            double[] s = sums.get(r[0]);
            double x = r[1] - s[0] / s[2];
            double y = r[2] - s[1] / s[2];
            sxy += x * y;
            sxx += x * x;
        }
        return sxx < 0.05 ? Double.NaN : sxy / sxx;
    }
}

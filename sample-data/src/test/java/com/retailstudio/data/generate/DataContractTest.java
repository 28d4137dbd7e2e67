package com.retailstudio.data.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The generated files follow /work/notes/contract.md: headers, spellings, references and invariants. */
class DataContractTest {

    @TempDir
    static Path temp;
    static Path data;

    static CsvTable customers;
    static CsvTable consents;
    static CsvTable events;
    static CsvTable products;
    static CsvTable stores;
    static CsvTable zones;
    static CsvTable sales;
    static CsvTable baskets;
    static CsvTable traffic;

    @BeforeAll
    static void generate() throws IOException {
        data = temp.resolve("data");
        // six stores, so one is in New York, whose evening visits fall on the next UTC day
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(2_000).withStores(6), data,
                GenerationProgress.NONE);
        customers = CsvTable.read(data.resolve("customers.csv"));
        consents = CsvTable.read(data.resolve("consents.csv"));
        events = CsvTable.read(data.resolve("events.csv"));
        products = CsvTable.read(data.resolve("products.csv"));
        stores = CsvTable.read(data.resolve("stores.csv"));
        zones = CsvTable.read(data.resolve("zones.csv"));
        sales = CsvTable.read(data.resolve("sales_weekly.csv"));
        baskets = CsvTable.read(data.resolve("baskets.csv"));
        traffic = CsvTable.read(data.resolve("foot_traffic.csv"));
    }

    @Test
    void everyFileHasTheContractHeaderInOrder() {
        // spelled out here from the contract rather than taken from DataSetFiles, so a drift there fails
        assertEquals(List.of("customer_id", "signup_date", "country", "timezone", "loyalty_tier", "age_band",
                "price_sensitivity", "preferred_channel", "lifetime_value", "birth_date"), customers.header());
        assertEquals(List.of("customer_id", "purpose", "granted", "updated_at"), consents.header());
        assertEquals(List.of("event_id", "timestamp", "customer_id", "event_type", "channel", "message_kind",
                "message_id", "product_id", "value"), events.header());
        assertEquals(List.of("product_id", "name", "category", "full_price", "unit_cost", "season_start",
                "season_end", "salvage_rate", "fixture_stock"), products.header());
        assertEquals(List.of("store_id", "name", "city", "timezone", "width_m", "depth_m", "price_cluster"),
                stores.header());
        assertEquals(List.of("store_id", "zone_id", "zone_type", "category", "x_m", "y_m", "width_m", "depth_m"),
                zones.header());
        assertEquals(List.of("store_id", "product_id", "week_start", "price", "units_sold", "stock_start"),
                sales.header());
        assertEquals(List.of("transaction_id", "store_id", "timestamp", "customer_id", "product_id", "quantity",
                "unit_price"), baskets.header());
        assertEquals(List.of("store_id", "visit_id", "timestamp", "x_m", "y_m"), traffic.header());
    }

    @Test
    void everyRowHasAsManyFieldsAsItsHeaderAndFilesUseLfLineEnds() throws IOException {
        for (CsvTable t : List.of(customers, consents, events, products, stores, zones, sales, baskets, traffic)) {
            for (List<String> row : t.rows()) {
                assertEquals(t.header().size(), row.size(), "row " + row + " of a file with header " + t.header());
            }
            assertFalse(t.rows().isEmpty(), "no rows under " + t.header());
        }
        for (String file : DataSetFiles.CSV_FILES) {
            assertFalse(Files.readString(data.resolve(file), StandardCharsets.UTF_8).contains("\r"), file);
        }
    }

    @Test
    void valuesUseTheContractSpellings() {
        assertSubset(Set.of("GB", "DE", "FR", "NL", "US"), customers.values("country"));
        assertSubset(Set.of("NONE", "SILVER", "GOLD", "PLATINUM"), customers.values("loyalty_tier"));
        assertSubset(Set.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+"), customers.values("age_band"));
        assertSubset(Set.of("web", "email", "app", "sms", "store", "paid_media"),
                customers.values("preferred_channel"));
        assertSubset(Set.of("email_marketing", "push_marketing", "sms_marketing", "personalised_offers",
                "in_store_recognition", "paid_media_audiences"), consents.values("purpose"));
        assertSubset(Set.of("true", "false"), consents.values("granted"));
        assertEquals(Set.of("page_view", "product_view", "add_to_cart", "cart_abandon", "purchase", "message_sent",
                "email_open", "email_click", "push_open", "app_session", "store_visit", "unsubscribe"),
                new HashSet<>(events.values("event_type")), "every event type occurs");
        assertSubset(Set.of("web", "email", "app", "sms", "store", "paid_media"), events.values("channel"));
        assertSubset(Set.of("", "recommendation", "scarcity", "reminder", "promotion", "loyalty_reward"),
                events.values("message_kind"));
        assertSubset(Set.of("entrance", "checkout", "category", "fixture"), zones.values("zone_type"));
        Map<String, String> zoneOfCountry = Map.of("GB", "Europe/London", "DE", "Europe/Berlin", "FR",
                "Europe/Paris", "NL", "Europe/Amsterdam");
        for (List<String> c : customers.rows()) {
            String country = c.get(2);
            String zone = c.get(3);
            if (country.equals("US")) {
                assertTrue(zone.startsWith("America/"), zone);
            } else {
                assertEquals(zoneOfCountry.get(country), zone);
            }
            ZoneId.of(zone);
            double sensitivity = Double.parseDouble(c.get(6));
            assertTrue(sensitivity >= 0 && sensitivity <= 1, c.toString());
            assertTrue(Double.parseDouble(c.get(8)) >= 0, c.toString());
            assertTrue(LocalDate.parse(c.get(1)).isBefore(LocalDate.of(2026, 6, 1)), c.toString());
        }
    }

    @Test
    void everyBirthDateFitsTheAgeBandOnTheWindowsLastDayAndMakesTheCustomerSixteenOnSignup() {
        LocalDate lastDay = LocalDate.of(2026, 6, 1).plusDays(GeneratorConfig.defaults().days() - 1);
        Map<String, int[]> ages = Map.of("18-24", new int[] {18, 24}, "25-34", new int[] {25, 34},
                "35-44", new int[] {35, 44}, "45-54", new int[] {45, 54}, "55-64", new int[] {55, 64},
                "65+", new int[] {65, 120});
        Set<Integer> birthYears = new HashSet<>();
        for (List<String> c : customers.rows()) {
            LocalDate born = LocalDate.parse(c.get(customers.column("birth_date")));
            int age = java.time.Period.between(born, lastDay).getYears();
            int[] band = ages.get(c.get(customers.column("age_band")));
            assertTrue(age >= band[0] && age <= band[1], age + " on " + lastDay + " in band " + c);
            LocalDate signup = LocalDate.parse(c.get(customers.column("signup_date")));
            assertTrue(java.time.Period.between(born, signup).getYears() >= 16, c.toString());
            birthYears.add(born.getYear());
        }
        assertTrue(birthYears.size() > 50, "birth years spread over the bands: " + birthYears.size());
    }

    @Test
    void idsAreUniqueWhereTheContractSaysSo() {
        assertUnique(customers.values("customer_id"), "customer_id");
        assertUnique(events.values("event_id"), "event_id");
        assertUnique(products.values("product_id"), "product_id");
        assertUnique(stores.values("store_id"), "store_id");
        assertUnique(keys(consents, "customer_id", "purpose"), "consent key");
        assertUnique(keys(zones, "store_id", "zone_id"), "zone key");
        assertUnique(keys(sales, "store_id", "product_id", "week_start"), "sales key");
        assertUnique(keys(baskets, "transaction_id", "product_id"), "basket line key");
        assertEquals(6 * customers.rows().size(), consents.rows().size(), "one consent row per purpose");
    }

    @Test
    void everyReferenceIdExistsInItsFile() {
        Set<String> customerIds = new HashSet<>(customers.values("customer_id"));
        Set<String> productIds = new HashSet<>(products.values("product_id"));
        Set<String> storeIds = new HashSet<>(stores.values("store_id"));
        assertSubset(customerIds, consents.values("customer_id"));
        assertSubset(customerIds, events.values("customer_id"));
        assertSubset(with(productIds, ""), events.values("product_id"));
        assertSubset(storeIds, zones.values("store_id"));
        assertSubset(storeIds, sales.values("store_id"));
        assertSubset(productIds, sales.values("product_id"));
        assertSubset(storeIds, baskets.values("store_id"));
        assertSubset(productIds, baskets.values("product_id"));
        assertSubset(with(customerIds, ""), baskets.values("customer_id"));
        assertSubset(storeIds, traffic.values("store_id"));
        assertTrue(baskets.values("customer_id").contains(""), "some baskets are anonymous");
    }

    @Test
    void eventsAreSortedByTimestampAndLieInsideTheWindow() {
        List<String> times = events.values("timestamp");
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        Instant end = Instant.parse("2026-08-30T00:00:00Z");
        Instant previous = start;
        for (String t : times) {
            assertTrue(t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), t);
            Instant now = Instant.parse(t);
            assertFalse(now.isBefore(previous), "events out of order at " + t);
            assertTrue(now.isBefore(end), t);
            previous = now;
        }
    }

    @Test
    void messageFieldsFollowTheContractAndResponsesAnswerAnEarlierSendOfTheSameChannelAndKind() {
        int id = events.column("event_id");
        int time = events.column("timestamp");
        int type = events.column("event_type");
        int channel = events.column("channel");
        int kind = events.column("message_kind");
        int message = events.column("message_id");
        int value = events.column("value");
        Map<String, List<String>> sends = new HashMap<>();
        for (List<String> e : events.rows()) {
            if (e.get(type).equals("message_sent")) {
                sends.put(e.get(id), e);
            }
        }
        int responses = 0;
        for (List<String> e : events.rows()) {
            String t = e.get(type);
            switch (t) {
                case "message_sent" -> {
                    assertEquals(e.get(id), e.get(message), "a send's message_id is its own id");
                    assertFalse(e.get(kind).isEmpty());
                    assertTrue(Set.of("email", "app", "sms", "web", "paid_media").contains(e.get(channel)));
                }
                case "email_open", "email_click", "push_open" -> {
                    List<String> send = sends.get(e.get(message));
                    assertTrue(send != null, "response without its send: " + e);
                    assertEquals(send.get(kind), e.get(kind));
                    assertEquals(send.get(channel), e.get(channel));
                    assertEquals(t.equals("push_open") ? "app" : "email", e.get(channel));
                    assertTrue(e.get(time).compareTo(send.get(time)) > 0, "response before its send: " + e);
                    responses++;
                }
                case "purchase" -> {
                    assertTrue(Double.parseDouble(e.get(value)) > 0, e.toString());
                    if (!e.get(message).isEmpty()) {
                        List<String> send = sends.get(e.get(message));
                        assertTrue(send != null, "attributed purchase without its send: " + e);
                        assertEquals(send.get(kind), e.get(kind));
                        assertTrue(e.get(time).compareTo(send.get(time)) > 0);
                    } else {
                        assertEquals("", e.get(kind), e.toString());
                    }
                }
                default -> {
                    assertEquals("", e.get(kind), e.toString());
                    assertEquals("", e.get(message), e.toString());
                }
            }
        }
        assertTrue(responses > 100, "responses: " + responses);
    }

    @Test
    void messagesGoOnlyToCustomersWhoConsentedToTheChannelsPurposeAtSendTime() {
        Map<String, String> purposeOf = Map.of("email", "email_marketing", "app", "push_marketing", "sms",
                "sms_marketing", "web", "personalised_offers", "paid_media", "paid_media_audiences");
        Map<String, List<String>> consent = new HashMap<>();
        for (List<String> c : consents.rows()) {
            consent.put(c.get(0) + "/" + c.get(1), c);
        }
        int sends = 0;
        for (List<String> e : events.rows()) {
            if (!e.get(3).equals("message_sent")) {
                continue;
            }
            List<String> c = consent.get(e.get(2) + "/" + purposeOf.get(e.get(4)));
            // granted now, or withdrawn only later (by an unsubscribe after this send)
            boolean consented = c.get(2).equals("true") || c.get(3).compareTo(e.get(1)) > 0;
            assertTrue(consented, "send without consent: " + e + " consent " + c);
            sends++;
        }
        assertTrue(sends > 1000, "sends: " + sends);
    }

    @Test
    void unsubscribedCustomersGetNoLaterSendsOnThatChannel() {
        Map<String, String> unsubscribedAt = new HashMap<>();
        for (List<String> e : events.rows()) {
            String key = e.get(2) + "/" + e.get(4);
            if (e.get(3).equals("unsubscribe")) {
                unsubscribedAt.putIfAbsent(key, e.get(1));
            } else if (e.get(3).equals("message_sent") && unsubscribedAt.containsKey(key)) {
                fail("send after unsubscribe: " + e);
            }
        }
        assertFalse(unsubscribedAt.isEmpty(), "some customers unsubscribe");
    }

    @Test
    void productsHaveSanePricesCostsAndSeasons() {
        for (List<String> p : products.rows()) {
            double full = Double.parseDouble(p.get(3));
            double cost = Double.parseDouble(p.get(4));
            assertTrue(cost > 0 && cost < full, p.toString());
            assertTrue(LocalDate.parse(p.get(6)).isAfter(LocalDate.parse(p.get(5))), p.toString());
            double salvage = Double.parseDouble(p.get(7));
            assertTrue(salvage >= 0 && salvage <= 1, p.toString());
            assertTrue(Integer.parseInt(p.get(8)) > 0, p.toString());
        }
        assertTrue(new HashSet<>(products.values("category")).size() >= 8);
    }

    @Test
    void unitsSoldNeverExceedStockAndStockOnlyFallsByWhatWasSoldWithinASeason() {
        Map<String, int[]> last = new HashMap<>();
        int markdownRows = 0;
        Map<String, Double> fullPrice = new HashMap<>();
        for (List<String> p : products.rows()) {
            fullPrice.put(p.get(0), Double.parseDouble(p.get(3)));
        }
        for (List<String> s : sales.rows()) {
            int units = Integer.parseInt(s.get(4));
            int stock = Integer.parseInt(s.get(5));
            assertTrue(units >= 0 && units <= stock, s.toString());
            assertEquals(DayOfWeek.MONDAY, LocalDate.parse(s.get(2)).getDayOfWeek(), s.toString());
            double price = Double.parseDouble(s.get(3));
            assertTrue(price > 0 && price <= fullPrice.get(s.get(1)), s.toString());
            if (price < fullPrice.get(s.get(1))) {
                markdownRows++;
            }
            String key = s.get(0) + "/" + s.get(1);
            long week = LocalDate.parse(s.get(2)).toEpochDay() / 7;
            int[] previous = last.get(key);
            if (previous != null && previous[0] == week - 1) {
                assertEquals(previous[1] - previous[2], stock, "stock carried over in " + s);
            }
            last.put(key, new int[] {(int) week, stock, units});
        }
        assertTrue(markdownRows > sales.rows().size() / 10, "markdowns in the history: " + markdownRows);
    }

    @Test
    void salesHistoryHoldsTwoSeasonsPerProductOverMoreThanFortyWeeks() {
        List<LocalDate> weeks = sales.values("week_start").stream().map(LocalDate::parse).sorted().toList();
        long span = (weeks.get(weeks.size() - 1).toEpochDay() - weeks.get(0).toEpochDay()) / 7;
        assertTrue(span >= 40, "weeks spanned: " + span);
        Map<String, LocalDate> seasonStart = new HashMap<>();
        for (List<String> p : products.rows()) {
            seasonStart.put(p.get(0), LocalDate.parse(p.get(5)));
        }
        Map<String, Boolean> hasEarlierSeason = new HashMap<>();
        for (List<String> s : sales.rows()) {
            if (LocalDate.parse(s.get(2)).isBefore(seasonStart.get(s.get(1)))) {
                hasEarlierSeason.put(s.get(1), true);
            }
        }
        assertEquals(products.rows().size(), hasEarlierSeason.size(), "every product has a previous season");
    }

    @Test
    void basketUnitPriceIsTheProductsShelfPriceThatWeekInThatStore() {
        Map<String, String> price = new HashMap<>();
        for (List<String> s : sales.rows()) {
            price.put(s.get(0) + "/" + s.get(1) + "/" + s.get(2), s.get(3));
        }
        for (List<String> b : baskets.rows()) {
            LocalDate day = Instant.parse(b.get(2)).atZone(ZoneId.of("UTC")).toLocalDate();
            LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
            assertEquals(price.get(b.get(1) + "/" + b.get(4) + "/" + monday), b.get(6), b.toString());
            assertTrue(Integer.parseInt(b.get(5)) > 0);
        }
    }

    @Test
    void zonesLieInsideTheirStoreAndDoNotOverlap() {
        Map<String, double[]> size = new HashMap<>();
        for (List<String> s : stores.rows()) {
            size.put(s.get(0), new double[] {Double.parseDouble(s.get(4)), Double.parseDouble(s.get(5))});
        }
        Map<String, List<double[]>> byStore = new HashMap<>();
        Map<String, Map<String, Integer>> typeCount = new HashMap<>();
        for (List<String> z : zones.rows()) {
            double[] r = rect(z);
            double[] s = size.get(z.get(0));
            assertTrue(r[0] >= 0 && r[1] >= 0 && r[0] + r[2] <= s[0] + 1e-9 && r[1] + r[3] <= s[1] + 1e-9,
                    "zone outside its store: " + z);
            assertEquals(z.get(2).equals("category"), !z.get(3).isEmpty(), z.toString());
            byStore.computeIfAbsent(z.get(0), k -> new ArrayList<>()).add(r);
            typeCount.computeIfAbsent(z.get(0), k -> new HashMap<>()).merge(z.get(2), 1, Integer::sum);
        }
        for (List<double[]> rects : byStore.values()) {
            for (int i = 0; i < rects.size(); i++) {
                for (int j = i + 1; j < rects.size(); j++) {
                    assertFalse(overlap(rects.get(i), rects.get(j)), "zones " + i + " and " + j + " overlap");
                }
            }
        }
        for (Map<String, Integer> counts : typeCount.values()) {
            assertEquals(1, counts.get("entrance"));
            assertEquals(1, counts.get("checkout"));
            assertTrue(counts.get("category") >= 8 && counts.get("category") <= 12, counts.toString());
            assertTrue(counts.get("fixture") >= 2, counts.toString());
        }
    }

    @Test
    void footTrafficVisitsStartAtTheEntranceEndAtTheCheckoutAndNeverStandInAFixture() {
        Map<String, List<double[]>> fixtures = new HashMap<>();
        Map<String, double[]> entrance = new HashMap<>();
        Map<String, double[]> checkout = new HashMap<>();
        for (List<String> z : zones.rows()) {
            switch (z.get(2)) {
                case "fixture" -> fixtures.computeIfAbsent(z.get(0), k -> new ArrayList<>()).add(rect(z));
                case "entrance" -> entrance.put(z.get(0), rect(z));
                case "checkout" -> checkout.put(z.get(0), rect(z));
                default -> { }
            }
        }
        Map<String, double[]> size = new HashMap<>();
        for (List<String> s : stores.rows()) {
            size.put(s.get(0), new double[] {Double.parseDouble(s.get(4)), Double.parseDouble(s.get(5))});
        }
        String visit = null;
        List<String> previous = null;
        int visits = 0;
        for (List<String> r : traffic.rows()) {
            double x = Double.parseDouble(r.get(3));
            double y = Double.parseDouble(r.get(4));
            double[] s = size.get(r.get(0));
            assertTrue(x >= 0 && x <= s[0] && y >= 0 && y <= s[1], "reading outside the store: " + r);
            for (double[] f : fixtures.get(r.get(0))) {
                assertFalse(x > f[0] && x < f[0] + f[2] && y > f[1] && y < f[1] + f[3], "reading in a fixture: " + r);
            }
            if (!r.get(1).equals(visit)) {
                if (previous != null) {
                    assertTrue(inside(checkout.get(previous.get(0)), previous), "visit ends at checkout: " + previous);
                }
                assertTrue(inside(entrance.get(r.get(0)), r), "visit starts at the entrance: " + r);
                visit = r.get(1);
                visits++;
            } else {
                assertTrue(r.get(2).compareTo(previous.get(2)) > 0, "readings in time order: " + r);
            }
            previous = r;
        }
        assertTrue(inside(checkout.get(previous.get(0)), previous));
        assertTrue(visits > 100, "visits: " + visits);
    }

    @Test
    void truthNamesThePlantedParametersForEveryProductChannelAndZone() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(data.resolve("truth.json").toFile());
        assertEquals(1, truth.get("schemaVersion").asInt());
        assertEquals(2_000, truth.get("config").get("customers").asInt());
        assertEquals("2026-06-01", truth.get("config").get("start_date").asText());
        assertEquals(products.rows().size(), truth.get("elasticities").size());
        truth.get("elasticities").fields().forEachRemaining(e -> {
            double beta = e.getValue().asDouble();
            assertTrue(beta >= -4 && beta <= -1.5, e.toString());
        });
        assertEquals(4, truth.get("category_affinity").size());
        for (String channel : List.of("email", "app", "sms", "web", "paid_media")) {
            for (String kind : List.of("recommendation", "scarcity", "reminder", "promotion", "loyalty_reward")) {
                double p = truth.get("response_propensity").get(channel).get(kind).asDouble();
                assertTrue(p > 0 && p < 1, channel + "/" + kind);
            }
        }
        assertEquals("age_band", truth.get("send_hour_segment").asText());
        for (String band : List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+")) {
            JsonNode hours = truth.get("send_hour_preference").get(band);
            assertEquals(24, hours.size());
            double sum = 0;
            for (JsonNode h : hours) {
                sum += h.asDouble();
            }
            assertEquals(1.0, sum, 1e-4, band);
        }
        Set<String> categoryZones = new HashSet<>();
        for (List<String> z : zones.rows()) {
            if (z.get(2).equals("category")) {
                categoryZones.add(z.get(0) + "/" + z.get(1));
            }
        }
        Set<String> truthZones = new HashSet<>();
        truth.get("zone_conversion").fieldNames().forEachRemaining(truthZones::add);
        assertEquals(categoryZones, truthZones);
    }

    private static boolean inside(double[] zone, List<String> reading) {
        double x = Double.parseDouble(reading.get(3));
        double y = Double.parseDouble(reading.get(4));
        return x >= zone[0] && x <= zone[0] + zone[2] && y >= zone[1] && y <= zone[1] + zone[3];
    }

    private static double[] rect(List<String> z) {
        return new double[] {Double.parseDouble(z.get(4)), Double.parseDouble(z.get(5)), Double.parseDouble(z.get(6)),
                Double.parseDouble(z.get(7))};
    }

    /** Rectangles that share only an edge do not overlap. */
    private static boolean overlap(double[] a, double[] b) {
        double eps = 1e-6;
        return a[0] + eps < b[0] + b[2] && b[0] + eps < a[0] + a[2] && a[1] + eps < b[1] + b[3]
                && b[1] + eps < a[1] + a[3];
    }

    private static List<String> keys(CsvTable t, String... columns) {
        int[] idx = Arrays.stream(columns).mapToInt(t::column).toArray();
        return t.rows().stream().map(r -> {
            StringBuilder sb = new StringBuilder();
            for (int i : idx) {
                sb.append(r.get(i)).append('\u0001');
            }
            return sb.toString();
        }).toList();
    }

    private static void assertUnique(List<String> values, String what) {
        assertEquals(values.size(), new HashSet<>(values).size(), what + " not unique");
    }

    private static void assertSubset(Set<String> allowed, List<String> values) {
        for (String v : new HashSet<>(values)) {
            assertTrue(allowed.contains(v), "unexpected value '" + v + "'");
        }
    }

    private static Set<String> with(Set<String> s, String extra) {
        Set<String> r = new HashSet<>(s);
        r.add(extra);
        return r;
    }
}

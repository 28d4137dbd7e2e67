package com.retailstudio.data.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generated stores and their floor plans. Every plan has the same shape, so paths are easy to walk: an entrance
 * and a checkout along the front wall, a corridor behind them, then two rows of category zones separated by a middle
 * aisle, with shelving (fixture zones) between neighbouring category zones of a row.
 */
final class StoreLayouts {

    private static final String[][] CITIES = {
            {"London", "Europe/London"}, {"Berlin", "Europe/Berlin"}, {"Paris", "Europe/Paris"},
            {"Amsterdam", "Europe/Amsterdam"}, {"New York", "America/New_York"}, {"Manchester", "Europe/London"},
            {"Munich", "Europe/Berlin"}, {"Lyon", "Europe/Paris"}, {"Chicago", "America/Chicago"},
            {"Rotterdam", "Europe/Amsterdam"}};
    private static final String[] CLUSTERS = {"A", "B", "C"};

    static final double FIXTURE_WIDTH = 1.2;
    static final double MID_AISLE = 3.0;
    static final double FRONT_DEPTH = 4.0;
    static final double CORRIDOR = 4.0;
    static final double MARGIN = 1.0;

    enum ZoneType {
        ENTRANCE("entrance"), CHECKOUT("checkout"), CATEGORY("category"), FIXTURE("fixture");

        final String spelling;

        ZoneType(String spelling) {
            this.spelling = spelling;
        }
    }

    /** One rectangle of a floor plan; category is -1 unless the zone shows a category. */
    record Zone(String id, ZoneType type, int category, double x, double y, double width, double depth) {

        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + depth / 2;
        }

        boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + depth;
        }
    }

    /** One store; zones[categoryZoneOf[c]] is the zone showing category c. */
    record Store(int index, String id, String name, String city, ZoneId timeZone, double width, double depth,
                 int cluster, double sizeFactor, List<Zone> zones, int[] categoryZoneOf) {

        String clusterName() {
            return CLUSTERS[cluster];
        }

        Zone entrance() {
            return zones.get(0);
        }

        Zone checkout() {
            return zones.get(1);
        }

        Zone categoryZone(int category) {
            return zones.get(categoryZoneOf[category]);
        }

        /** y of the corridor between the front and the category rows. */
        double corridorY() {
            return depth - MARGIN - FRONT_DEPTH - CORRIDOR / 2;
        }

        /** y of the aisle between the two category rows. */
        double midAisleY() {
            Zone firstCategory = zones.get(2);
            return firstCategory.y() + firstCategory.depth() + MID_AISLE / 2;
        }
    }

    private StoreLayouts() {
    }

    static int clusterCount(int stores) {
        return stores == 1 ? 1 : Math.min(CLUSTERS.length, Math.max(2, stores / 2));
    }

    static List<Store> generate(GeneratorConfig config, SeedStreams streams) {
        int clusters = clusterCount(config.stores());
        List<Store> stores = new ArrayList<>();
        for (int s = 0; s < config.stores(); s++) {
            SplittableRandom r = streams.stream(SeedStreams.STORES, s);
            String[] city = CITIES[s % CITIES.length];
            double width = Math.round(RandomDraws.uniform(r, 40, 70) * 2) / 2.0;
            double depth = Math.round(RandomDraws.uniform(r, 30, 50) * 2) / 2.0;
            String name = "Retail Studio " + city[0] + (s >= CITIES.length ? " " + (s / CITIES.length + 1) : "");
            int[] categoryOrder = new int[ProductCatalog.CATEGORIES.size()];
            for (int i = 0; i < categoryOrder.length; i++) {
                categoryOrder[i] = i;
            }
            RandomDraws.shuffle(r, categoryOrder);
            List<Zone> zones = new ArrayList<>();
            int[] categoryZoneOf = new int[categoryOrder.length];
            layOut(width, depth, categoryOrder, zones, categoryZoneOf);
            stores.add(new Store(s, String.format(Locale.ROOT, "S%03d", s + 1), name, city[0], ZoneId.of(city[1]),
                    width, depth, s % clusters, RandomDraws.uniform(r, 0.7, 1.3), List.copyOf(zones),
                    categoryZoneOf));
        }
        return List.copyOf(stores);
    }

    private static void layOut(double width, double depth, int[] categoryOrder, List<Zone> zones,
                               int[] categoryZoneOf) {
        double frontY = depth - MARGIN - FRONT_DEPTH;
        zones.add(new Zone("Z01", ZoneType.ENTRANCE, -1, MARGIN, frontY, 6, FRONT_DEPTH));
        zones.add(new Zone("Z02", ZoneType.CHECKOUT, -1, width - MARGIN - 12, frontY, 12, FRONT_DEPTH));
        int columns = (categoryOrder.length + 1) / 2;
        double rowsTop = MARGIN;
        double rowsBottom = frontY - CORRIDOR;
        double rowDepth = round2((rowsBottom - rowsTop - MID_AISLE) / 2);
        double columnWidth = round2((width - 2 * MARGIN - (columns - 1) * FIXTURE_WIDTH) / columns);
        List<Zone> fixtures = new ArrayList<>();
        int next = 0;
        for (int row = 0; row < 2; row++) {
            double y = row == 0 ? rowsTop : round2(rowsTop + rowDepth + MID_AISLE);
            for (int col = 0; col < columns && next < categoryOrder.length; col++) {
                double x = round2(MARGIN + col * (columnWidth + FIXTURE_WIDTH));
                categoryZoneOf[categoryOrder[next]] = zones.size();
                zones.add(new Zone(zoneId(zones.size()), ZoneType.CATEGORY, categoryOrder[next], x, y, columnWidth,
                        rowDepth));
                next++;
                if (col < columns - 1) {
                    fixtures.add(new Zone(null, ZoneType.FIXTURE, -1, round2(x + columnWidth), y, FIXTURE_WIDTH,
                            rowDepth));
                }
            }
        }
        for (Zone f : fixtures) {
            zones.add(new Zone(zoneId(zones.size()), f.type(), -1, f.x(), f.y(), f.width(), f.depth()));
        }
    }

    private static String zoneId(int index) {
        return String.format(Locale.ROOT, "Z%02d", index + 1);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static void writeStores(List<Store> stores, Path file) throws IOException {
        try (CsvLineWriter w = CsvLineWriter.create(file, DataSetFiles.STORES_HEADER)) {
            for (Store s : stores) {
                w.text(s.id()).text(s.name()).text(s.city()).text(s.timeZone().getId()).decimal(s.width(), 1)
                        .decimal(s.depth(), 1).text(s.clusterName());
                w.endRow();
            }
        }
    }

    static void writeZones(List<Store> stores, Path file) throws IOException {
        try (CsvLineWriter w = CsvLineWriter.create(file, DataSetFiles.ZONES_HEADER)) {
            for (Store s : stores) {
                for (Zone z : s.zones()) {
                    w.text(s.id()).text(z.id()).text(z.type().spelling);
                    if (z.category() >= 0) {
                        w.text(ProductCatalog.CATEGORIES.get(z.category()));
                    } else {
                        w.empty();
                    }
                    w.decimal(z.x(), 2).decimal(z.y(), 2).decimal(z.width(), 2).decimal(z.depth(), 2);
                    w.endRow();
                }
            }
        }
    }
}

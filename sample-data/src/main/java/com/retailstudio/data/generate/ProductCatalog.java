package com.retailstudio.data.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The generated assortment: products in ten categories, each with its planted price elasticity and seasons. */
final class ProductCatalog {

    /** Categories chosen so that some pairs are natural co-purchases (pasta with sauces, wine with cheese...). */
    static final List<String> CATEGORIES = List.of("pasta", "sauces", "wine", "cheese", "coffee", "biscuits",
            "swimwear", "sun_care", "bread", "toys");

    private static final double[][] PRICE_RANGE = {
            {0.9, 3.5}, {1.5, 4.5}, {5, 25}, {2, 9}, {3, 12}, {1, 4}, {15, 60}, {5, 20}, {1, 4}, {8, 50}};
    private static final String[][] NOUNS = {
            {"Spaghetti", "Penne", "Fusilli", "Tagliatelle", "Rigatoni", "Linguine"},
            {"Tomato & Basil Sauce", "Arrabbiata", "Pesto Genovese", "Bolognese Sauce", "Carbonara Sauce"},
            {"Rioja", "Sauvignon Blanc", "Merlot", "Pinot Grigio", "Malbec", "Prosecco"},
            {"Mature Cheddar", "Brie", "Gouda", "Parmigiano", "Comté", "Manchego"},
            {"Espresso Beans", "Ground Coffee", "Coffee Pods", "Decaf Blend", "Cold Brew"},
            {"Shortbread", "Digestives", "Almond Biscotti", "Oat Cookies", "Wafers"},
            {"Swim Shorts", "Bikini Set", "Swimsuit", "Rash Vest", "Board Shorts"},
            {"Sun Cream SPF 30", "Sun Cream SPF 50", "After Sun", "Kids Sun Spray", "Lip Balm SPF"},
            {"Sourdough", "Baguette", "Rye Loaf", "Ciabatta", "Brioche"},
            {"Building Set", "Plush Bear", "Puzzle 500", "Water Pistol", "Kite"}};
    private static final String[] LINES = {"Classic", "Organic", "Family", "Premium", "Everyday", "Artisan",
            "Studio", "Coastal"};

    /** Weeks between the start of a product's previous season and its current one (longer seasons: their length). */
    static final int SEASON_CYCLE_WEEKS = 26;

    /** One product, with the parameters of its planted demand model. */
    record Product(int index, String id, String name, int category, double fullPrice, double unitCost,
                   LocalDate seasonStart, int seasonWeeks, double salvageRate, int fixtureStock, double elasticity) {

        LocalDate seasonEnd() {
            return seasonStart.plusWeeks(seasonWeeks).minusDays(1);
        }

        /** Start of season 0 (previous) or 1 (current). */
        LocalDate seasonStart(int season) {
            return season == 1 ? seasonStart : seasonStart.minusWeeks(Math.max(SEASON_CYCLE_WEEKS, seasonWeeks));
        }
    }

    private final List<Product> products;
    private final int[][] productsByCategory;

    private ProductCatalog(List<Product> products) {
        this.products = List.copyOf(products);
        this.productsByCategory = new int[CATEGORIES.size()][];
        for (int c = 0; c < CATEGORIES.size(); c++) {
            final int category = c;
            productsByCategory[c] = products.stream().filter(p -> p.category() == category)
                    .mapToInt(Product::index).toArray();
        }
    }

    static ProductCatalog generate(GeneratorConfig config, SeedStreams streams) {
        LocalDate startMonday = config.startDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Product> products = new ArrayList<>(config.products());
        for (int i = 0; i < config.products(); i++) {
            SplittableRandom r = streams.stream(SeedStreams.PRODUCTS, i);
            int category = i % CATEGORIES.size();
            double[] range = PRICE_RANGE[category];
            double raw = RandomDraws.uniform(r, range[0], range[1]);
            // shelf prices end in 9: 2.49, 12.99
            double fullPrice = raw < 10 ? Math.round(raw * 10) / 10.0 - 0.01 : Math.round(raw) - 0.01;
            double unitCost = RandomDraws.round(fullPrice * RandomDraws.uniform(r, 0.35, 0.65), 2);
            int weeksBeforeStart = RandomDraws.uniformInt(r, 0, 6);
            LocalDate seasonStart = startMonday.minusWeeks(weeksBeforeStart);
            // the current season covers the whole event window, so baskets always find products in season
            int windowWeeks = (config.days() + 6) / 7 + 1;
            int seasonWeeks = Math.max(RandomDraws.uniformInt(r, 14, 24), weeksBeforeStart + windowWeeks);
            double salvage = RandomDraws.round(RandomDraws.uniform(r, 0.05, 0.4), 2);
            int fixtureStock = RandomDraws.uniformInt(r, 6, 30);
            // a normal around -2.5 truncated to [-4, -1.5] by redrawing, so no value piles up at a bound
            double beta;
            do {
                beta = -2.5 + 0.6 * RandomDraws.gaussian(r);
            } while (beta < -4.0 || beta > -1.5);
            double elasticity = RandomDraws.round(beta, 3);
            String[] nouns = NOUNS[category];
            String name = LINES[r.nextInt(LINES.length)] + " " + nouns[r.nextInt(nouns.length)];
            products.add(new Product(i, String.format(Locale.ROOT, "P%05d", i + 1), name, category,
                    fullPrice, unitCost, seasonStart, seasonWeeks, salvage, fixtureStock, elasticity));
        }
        return new ProductCatalog(products);
    }

    List<Product> products() {
        return products;
    }

    Product product(int index) {
        return products.get(index);
    }

    int size() {
        return products.size();
    }

    int[] productsInCategory(int category) {
        return productsByCategory[category];
    }

    void write(Path file) throws IOException {
        try (CsvLineWriter w = CsvLineWriter.create(file, DataSetFiles.PRODUCTS_HEADER)) {
            for (Product p : products) {
                w.text(p.id()).text(p.name()).text(CATEGORIES.get(p.category())).decimal(p.fullPrice(), 2)
                        .decimal(p.unitCost(), 2).date(p.seasonStart()).date(p.seasonEnd())
                        .decimal(p.salvageRate(), 2).integer(p.fixtureStock());
                w.endRow();
            }
        }
    }
}

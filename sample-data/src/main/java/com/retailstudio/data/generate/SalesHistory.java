package com.retailstudio.data.generate;

import com.retailstudio.data.generate.ProductCatalog.Product;
import com.retailstudio.data.generate.StoreLayouts.Store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Weekly sales per store and product from the planted demand model
 * units ~ Poisson(base × season(t) × min(1, stock / fixture_stock)^θ × (price / full_price)^β), capped by stock.
 * Each product sells in two seasons (the previous one and the current one, 26 weeks apart or the season length if that
 * is longer), starts each season with a fresh buy and no replenishment, and gets planned markdowns per price cluster
 * at varied weeks and depths, plus sometimes a one-week promotion early in the season, so that the elasticity β is
 * identifiable.
 */
final class SalesHistory {

    /** The planted inventory-effect exponent θ (Smith and Achabal's broken-assortment effect). */
    static final double INVENTORY_THETA = 0.6;

    private final LocalDate firstWeek;
    private final int weeks;
    /** Shelf price in cents by cluster, product and week; 0 when the product is not on sale that week. */
    private final int[][][] priceCents;

    private SalesHistory(LocalDate firstWeek, int weeks, int[][][] priceCents) {
        this.firstWeek = firstWeek;
        this.weeks = weeks;
        this.priceCents = priceCents;
    }

    /**
     * Plans prices for every cluster and product. The history ends with the week of the window's last day and spans
     * at least 52 weeks, which always holds both seasons of every product.
     */
    static SalesHistory plan(GeneratorConfig config, ProductCatalog catalog, int clusters, SeedStreams streams) {
        LocalDate lastWeek = config.startDate().plusDays(config.days() - 1L)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = lastWeek.minusWeeks(51);
        for (Product p : catalog.products()) {
            if (p.seasonStart(0).isBefore(firstWeek)) {
                firstWeek = p.seasonStart(0);
            }
        }
        int weeks = (int) ChronoUnit.WEEKS.between(firstWeek, lastWeek) + 1;
        int[][][] prices = new int[clusters][catalog.size()][weeks];
        for (int c = 0; c < clusters; c++) {
            for (Product p : catalog.products()) {
                for (int season = 0; season < 2; season++) {
                    double[] depths = markdownDepths(streams.stream(SeedStreams.PRICES, c, p.index(), season),
                            p.seasonWeeks());
                    int offset = (int) ChronoUnit.WEEKS.between(firstWeek, p.seasonStart(season));
                    for (int w = 0; w < depths.length; w++) {
                        int week = offset + w;
                        if (week >= 0 && week < weeks) {
                            prices[c][p.index()][week] = (int) Math.round(p.fullPrice() * (1 - depths[w]) * 100);
                        }
                    }
                }
            }
        }
        return new SalesHistory(firstWeek, weeks, prices);
    }

    /** Share off full price per week of a season: maybe a one-week promotion, then one to three markdown steps. */
    private static double[] markdownDepths(SplittableRandom r, int seasonWeeks) {
        double[] depths = new double[seasonWeeks];
        if (RandomDraws.chance(r, 0.6)) {
            int promoWeek = RandomDraws.uniformInt(r, 1, seasonWeeks / 3);
            depths[promoWeek] = RandomDraws.round(RandomDraws.uniform(r, 0.15, 0.3), 2);
        }
        int week = (int) Math.round(seasonWeeks * RandomDraws.uniform(r, 0.35, 0.65));
        int steps = RandomDraws.uniformInt(r, 1, 3);
        double depth = 0;
        for (int s = 0; s < steps && week < seasonWeeks; s++) {
            depth = Math.min(0.7, depth + RandomDraws.round(RandomDraws.uniform(r, s == 0 ? 0.1 : 0.1,
                    s == 0 ? 0.3 : 0.2), 2));
            for (int w = week; w < seasonWeeks; w++) {
                depths[w] = depth;
            }
            week += RandomDraws.uniformInt(r, 2, 4);
        }
        return depths;
    }

    /** The season's shape over its life: a gentle rise and fall around 1. */
    static double seasonFactor(int weekOfSeason, int seasonWeeks) {
        return 0.85 + 0.3 * Math.sin(Math.PI * (weekOfSeason + 0.5) / seasonWeeks);
    }

    int weeks() {
        return weeks;
    }

    LocalDate firstWeek() {
        return firstWeek;
    }

    /** Week index of a date in the history, or -1 when outside it. */
    int weekOf(LocalDate date) {
        long w = Math.floorDiv(ChronoUnit.DAYS.between(firstWeek, date), 7);
        return w < 0 || w >= weeks ? -1 : (int) w;
    }

    /** Shelf price in cents of a product in a cluster in a week, 0 when it is not on sale. */
    int priceCents(int cluster, int product, int week) {
        return priceCents[cluster][product][week];
    }

    void write(List<Store> stores, ProductCatalog catalog, SeedStreams streams, CsvLineWriter w,
               Runnable cancellationCheck) {
        byte[] storePrefix = ContractVocabulary.bytes("S");
        byte[] productPrefix = ContractVocabulary.bytes("P");
        for (Store store : stores) {
            cancellationCheck.run();
            for (Product p : catalog.products()) {
                for (int season = 0; season < 2; season++) {
                    SplittableRandom r = streams.stream(SeedStreams.SALES, store.index(), p.index(), season);
                    int stock = (int) Math.round(p.fixtureStock() * RandomDraws.uniform(r, 3, 6)
                            * store.sizeFactor());
                    double base = stock / (double) p.seasonWeeks() * RandomDraws.uniform(r, 0.55, 0.85);
                    int offset = (int) ChronoUnit.WEEKS.between(firstWeek, p.seasonStart(season));
                    for (int ws = 0; ws < p.seasonWeeks(); ws++) {
                        int week = offset + ws;
                        if (week >= weeks) {
                            break;
                        }
                        int price = week >= 0 ? priceCents[store.cluster()][p.index()][week] : 0;
                        double ratio = price > 0 ? price / (p.fullPrice() * 100) : 1.0;
                        double inventory = stock >= p.fixtureStock() ? 1.0
                                : StrictMath.pow(stock / (double) p.fixtureStock(), INVENTORY_THETA);
                        double mean = base * seasonFactor(ws, p.seasonWeeks()) * inventory
                                * StrictMath.pow(ratio, p.elasticity());
                        int units = Math.min(stock, RandomDraws.poisson(r, mean));
                        if (week >= 0) {
                            w.id(storePrefix, store.index() + 1, 3).id(productPrefix, p.index() + 1, 5)
                                    .date(firstWeek.plusWeeks(week)).cents(price).integer(units)
                                    .integer(stock);
                            w.endRow();
                        }
                        stock -= units;
                    }
                }
            }
        }
    }
}

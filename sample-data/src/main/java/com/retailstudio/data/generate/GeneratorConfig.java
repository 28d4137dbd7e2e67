package com.retailstudio.data.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What to generate: sizes, the seed and the first day of the event window; same config, same bytes. */
public record GeneratorConfig(int customers, int days, int products, int stores, long seed, LocalDate startDate) {

    public static final int DEFAULT_CUSTOMERS = 5_000;
    public static final int DEFAULT_DAYS = 90;
    public static final int DEFAULT_PRODUCTS = 300;
    public static final int DEFAULT_STORES = 3;
    public static final long DEFAULT_SEED = 42L;
    /** A fixed default so output never depends on the day the generator runs. */
    public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2026, 6, 1);

    public static final int MAX_CUSTOMERS = 50_000_000;
    public static final int MAX_DAYS = 366;
    public static final int MAX_PRODUCTS = 5_000;
    public static final int MAX_STORES = 50;
    /** Every category needs at least one product. */
    public static final int MIN_PRODUCTS = ProductCatalog.CATEGORIES.size();

    public GeneratorConfig {
        Objects.requireNonNull(startDate, "startDate must not be null");
        List<String> problems = new ArrayList<>();
        check(problems, "customers", customers, 1, MAX_CUSTOMERS);
        check(problems, "days", days, 1, MAX_DAYS);
        check(problems, "products", products, MIN_PRODUCTS, MAX_PRODUCTS);
        check(problems, "stores", stores, 1, MAX_STORES);
        if (startDate.getYear() < 2000 || startDate.getYear() > 2100) {
            problems.add("startDate must be between 2000-01-01 and 2100-12-31, was " + startDate);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid generator config: " + String.join("; ", problems));
        }
    }

    /** The defaults: 5,000 customers, 90 days, 300 products, 3 stores, seed 42, starting 2026-06-01. */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(DEFAULT_CUSTOMERS, DEFAULT_DAYS, DEFAULT_PRODUCTS, DEFAULT_STORES, DEFAULT_SEED,
                DEFAULT_START_DATE);
    }

    public GeneratorConfig withCustomers(int value) {
        return new GeneratorConfig(value, days, products, stores, seed, startDate);
    }

    public GeneratorConfig withDays(int value) {
        return new GeneratorConfig(customers, value, products, stores, seed, startDate);
    }

    public GeneratorConfig withProducts(int value) {
        return new GeneratorConfig(customers, days, value, stores, seed, startDate);
    }

    public GeneratorConfig withStores(int value) {
        return new GeneratorConfig(customers, days, products, value, seed, startDate);
    }

    public GeneratorConfig withSeed(long value) {
        return new GeneratorConfig(customers, days, products, stores, value, startDate);
    }

    public GeneratorConfig withStartDate(LocalDate value) {
        return new GeneratorConfig(customers, days, products, stores, seed, value);
    }

    private static void check(List<String> problems, String name, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}

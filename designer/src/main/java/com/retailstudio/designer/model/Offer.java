package com.retailstudio.designer.model;

/**
 * What a promotion gives the customer. Promotions are personalised; prices are not: {@link PriceOverride} exists
 * only so that a file attempting it can be read and refused by lint, never executed.
 */
public sealed interface Offer {

    String describe();

    /** A percentage off the shelf price, e.g. 15 % off. */
    record PercentOff(double percent) implements Offer {
        public PercentOff {
            if (!(percent > 0 && percent < 100)) {
                throw new IllegalArgumentException("percent off must be between 0 and 100");
            }
        }

        @Override
        public String describe() {
            return NumberText.format(percent) + " % off";
        }
    }

    /** Buy {@code buy}, get {@code free} more free. */
    record Bundle(int buy, int free) implements Offer {
        public Bundle {
            if (buy < 1 || free < 1) {
                throw new IllegalArgumentException("a bundle buys and gives at least one");
            }
        }

        @Override
        public String describe() {
            return "buy " + buy + ", get " + free + " free";
        }
    }

    /** Extra loyalty points on the next purchase. */
    record Points(int points) implements Offer {
        public Points {
            if (points < 1) {
                throw new IllegalArgumentException("points must be at least 1");
            }
        }

        @Override
        public String describe() {
            return points + " bonus points";
        }
    }

    /** A per-customer base price: never allowed (lint error), kept so that such a file is explained, not crashed on. */
    record PriceOverride(double price) implements Offer {
        @Override
        public String describe() {
            return "a personal price of " + NumberText.format(price);
        }
    }
}

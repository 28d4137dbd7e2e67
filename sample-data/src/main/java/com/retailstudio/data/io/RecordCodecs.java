package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.code;
import static com.retailstudio.data.io.FieldText.date;
import static com.retailstudio.data.io.FieldText.decimal;
import static com.retailstudio.data.io.FieldText.instant;
import static com.retailstudio.data.io.FieldText.integer;
import static com.retailstudio.data.io.FieldText.text;

import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import java.time.DayOfWeek;
import java.time.Instant;

/**
 * The codec of each data file. Column indexes follow the contract order in {@link DataFile}; the writer-reader
 * round-trip test keeps the two in step.
 */
final class RecordCodecs {

    /** Tolerance for rectangles touching the store's edge, so 0.1 + 0.2 style sums do not fail. */
    private static final double EDGE_TOLERANCE_M = 1e-9;

    private RecordCodecs() {
    }

    static RecordCodec<Customer> customers() {
        return new RecordCodec<>() {
            @Override
            public DataFile file() {
                return DataFile.CUSTOMERS;
            }

            @Override
            public Customer read(ParsedRow r) {
                return new Customer(r.text(0), r.date(1), r.text(2), r.zone(3),
                        LoyaltyTier.fromCsv(r.text(4)).orElseThrow(), AgeBand.fromCsv(r.text(5)).orElseThrow(),
                        r.decimal(6), Channel.fromCsv(r.text(7)).orElseThrow(), r.decimal(8));
            }

            @Override
            public String[] write(Customer c) {
                return new String[] {c.customerId(), date(c.signupDate()), c.country(), c.timezone().getId(),
                        code(c.loyaltyTier()), code(c.ageBand()), decimal(c.priceSensitivity()), code(c.preferredChannel()),
                        decimal(c.lifetimeValue())};
            }

            @Override
            public String key(Customer c) {
                return c.customerId();
            }
        };
    }

    static RecordCodec<Consent> consents() {
        return new RecordCodec<>() {
            @Override
            public DataFile file() {
                return DataFile.CONSENTS;
            }

            @Override
            public Consent read(ParsedRow r) {
                return new Consent(r.text(0), ConsentPurpose.fromCsv(r.text(1)).orElseThrow(), r.bool(2), r.instant(3));
            }

            @Override
            public String[] write(Consent c) {
                return new String[] {c.customerId(), code(c.purpose()), Boolean.toString(c.granted()), instant(c.updatedAt())};
            }

            @Override
            public String key(Consent c) {
                return c.customerId() + '\u0000' + c.purpose().csv();
            }
        };
    }

    static RecordCodec<Event> events() {
        return new RecordCodec<>() {
            private Instant previous;

            @Override
            public DataFile file() {
                return DataFile.EVENTS;
            }

            @Override
            public Event read(ParsedRow r) {
                return new Event(r.text(0), r.instant(1), r.text(2), EventType.fromCsv(r.text(3)).orElseThrow(),
                        Channel.fromCsv(r.text(4)).orElseThrow(), r.optionalText(5).map(k -> MessageKind.fromCsv(k).orElseThrow()),
                        r.optionalText(6), r.optionalText(7), r.optionalDecimal(8));
            }

            @Override
            public String[] write(Event e) {
                return new String[] {e.eventId(), instant(e.timestamp()), e.customerId(), code(e.eventType()), code(e.channel()),
                        e.messageKind().map(MessageKind::csv).orElse(""), text(e.messageId()), text(e.productId()), decimal(e.value())};
            }

            @Override
            public String key(Event e) {
                return e.eventId();
            }

            @Override
            public void check(Event e, RowCheck check) {
                EventType type = e.eventType();
                boolean attributedPurchase = type == EventType.PURCHASE && e.messageId().isPresent();
                boolean needsKind = type.alwaysCarriesMessageKind() || attributedPurchase;
                if (needsKind && e.messageKind().isEmpty()) {
                    check.fail("message_kind", ProblemKind.RULE_VIOLATED, "is empty but required for "
                            + (attributedPurchase ? "a purchase attributed to a message (message_id is set)" : type.csv() + " events"));
                } else if (!needsKind && e.messageKind().isPresent()) {
                    check.fail("message_kind", ProblemKind.RULE_VIOLATED, ColumnType.quote(e.messageKind().get().csv())
                            + " must be empty for " + (type == EventType.PURCHASE ? "a purchase without message_id" : type.csv() + " events"));
                }
                if (previous != null && e.timestamp().isBefore(previous)) {
                    check.fail("timestamp", ProblemKind.OUT_OF_ORDER, e.timestamp() + " is earlier than the previous row's "
                            + previous + " (rows must be sorted by timestamp)");
                } else {
                    previous = e.timestamp();
                }
            }
        };
    }

    static RecordCodec<Product> products() {
        return new RecordCodec<>() {
            @Override
            public DataFile file() {
                return DataFile.PRODUCTS;
            }

            @Override
            public Product read(ParsedRow r) {
                return new Product(r.text(0), r.text(1), r.text(2), r.decimal(3), r.decimal(4), r.date(5), r.date(6),
                        r.decimal(7), r.integer(8));
            }

            @Override
            public String[] write(Product p) {
                return new String[] {p.productId(), p.name(), p.category(), decimal(p.fullPrice()), decimal(p.unitCost()),
                        date(p.seasonStart()), date(p.seasonEnd()), decimal(p.salvageRate()), integer(p.fixtureStock())};
            }

            @Override
            public String key(Product p) {
                return p.productId();
            }

            @Override
            public void check(Product p, RowCheck check) {
                if (p.unitCost() >= p.fullPrice()) {
                    check.fail("unit_cost", ProblemKind.RULE_VIOLATED, ColumnType.quote(decimal(p.unitCost()))
                            + " is not below full_price " + decimal(p.fullPrice()));
                }
                if (!p.seasonEnd().isAfter(p.seasonStart())) {
                    check.fail("season_end", ProblemKind.RULE_VIOLATED, ColumnType.quote(date(p.seasonEnd()))
                            + " is not after season_start " + date(p.seasonStart()));
                }
            }
        };
    }

    static RecordCodec<Store> stores() {
        return new RecordCodec<>() {
            @Override
            public DataFile file() {
                return DataFile.STORES;
            }

            @Override
            public Store read(ParsedRow r) {
                return new Store(r.text(0), r.text(1), r.text(2), r.zone(3), r.decimal(4), r.decimal(5), r.text(6));
            }

            @Override
            public String[] write(Store s) {
                return new String[] {s.storeId(), s.name(), s.city(), s.timezone().getId(), decimal(s.widthM()), decimal(s.depthM()),
                        s.priceCluster()};
            }

            @Override
            public String key(Store s) {
                return s.storeId();
            }
        };
    }

    static RecordCodec<Zone> zones() {
        return new RecordCodec<>() {
            @Override
            public DataFile file() {
                return DataFile.ZONES;
            }

            @Override
            public Zone read(ParsedRow r) {
                return new Zone(r.text(0), r.text(1), ZoneType.fromCsv(r.text(2)).orElseThrow(), r.optionalText(3),
                        r.decimal(4), r.decimal(5), r.decimal(6), r.decimal(7));
            }

            @Override
            public String[] write(Zone z) {
                return new String[] {z.storeId(), z.zoneId(), code(z.zoneType()), text(z.category()), decimal(z.xM()), decimal(z.yM()),
                        decimal(z.widthM()), decimal(z.depthM())};
            }

            @Override
            public String key(Zone z) {
                return z.storeId() + '\u0000' + z.zoneId();
            }

            @Override
            public void check(Zone z, RowCheck check) {
                if (z.zoneType() == ZoneType.CATEGORY && z.category().isEmpty()) {
                    check.fail("category", ProblemKind.RULE_VIOLATED, "is empty but required for a category zone");
                } else if (z.zoneType() != ZoneType.CATEGORY && z.category().isPresent()) {
                    check.fail("category", ProblemKind.RULE_VIOLATED, ColumnType.quote(z.category().get())
                            + " must be empty for a " + z.zoneType().csv() + " zone");
                }
                check.references().storeFloor(z.storeId()).ifPresent(floor -> {
                    if (z.xM() + z.widthM() > floor[0] + EDGE_TOLERANCE_M) {
                        check.fail("width_m", ProblemKind.OUT_OF_RANGE, "zone reaches x = " + decimal(z.xM() + z.widthM())
                                + " m, beyond the store's width of " + decimal(floor[0]) + " m");
                    }
                    if (z.yM() + z.depthM() > floor[1] + EDGE_TOLERANCE_M) {
                        check.fail("depth_m", ProblemKind.OUT_OF_RANGE, "zone reaches y = " + decimal(z.yM() + z.depthM())
                                + " m, beyond the store's depth of " + decimal(floor[1]) + " m");
                    }
                });
            }
        };
    }

    static RecordCodec<WeeklySale> weeklySales() {
        return new RecordCodec<>() {
            @Override
            public DataFile file() {
                return DataFile.SALES_WEEKLY;
            }

            @Override
            public WeeklySale read(ParsedRow r) {
                return new WeeklySale(r.text(0), r.text(1), r.date(2), r.decimal(3), r.integer(4), r.integer(5));
            }

            @Override
            public String[] write(WeeklySale s) {
                return new String[] {s.storeId(), s.productId(), date(s.weekStart()), decimal(s.price()), integer(s.unitsSold()),
                        integer(s.stockStart())};
            }

            @Override
            public String key(WeeklySale s) {
                return s.storeId() + '\u0000' + s.productId() + '\u0000' + s.weekStart();
            }

            @Override
            public void check(WeeklySale s, RowCheck check) {
                if (s.weekStart().getDayOfWeek() != DayOfWeek.MONDAY) {
                    check.fail("week_start", ProblemKind.RULE_VIOLATED, ColumnType.quote(date(s.weekStart())) + " is a "
                            + s.weekStart().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                            + ", not a Monday");
                }
                if (s.unitsSold() > s.stockStart()) {
                    check.fail("units_sold", ProblemKind.RULE_VIOLATED, ColumnType.quote(integer(s.unitsSold()))
                            + " is more than stock_start " + s.stockStart());
                }
            }
        };
    }

    static RecordCodec<BasketLine> basketLines() {
        return new RecordCodec<>() {
            @Override
            public DataFile file() {
                return DataFile.BASKETS;
            }

            @Override
            public BasketLine read(ParsedRow r) {
                return new BasketLine(r.text(0), r.text(1), r.instant(2), r.optionalText(3), r.text(4), r.integer(5), r.decimal(6));
            }

            @Override
            public String[] write(BasketLine b) {
                return new String[] {b.transactionId(), b.storeId(), instant(b.timestamp()), text(b.customerId()), b.productId(),
                        integer(b.quantity()), decimal(b.unitPrice())};
            }

            @Override
            public String key(BasketLine b) {
                return b.transactionId() + '\u0000' + b.productId();
            }
        };
    }

    /** Nanoseconds since the epoch; a long holds them from 1677 to 2262, beyond which order is only roughly checked. */
    private static long epochNanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }

    static RecordCodec<TrafficReading> trafficReadings() {
        return new RecordCodec<>() {
            // Last reading time per visit (epoch nanoseconds); grows with the number of visits, not of readings.
            private final FingerprintTable lastReading = new FingerprintTable();

            @Override
            public DataFile file() {
                return DataFile.FOOT_TRAFFIC;
            }

            @Override
            public TrafficReading read(ParsedRow r) {
                return new TrafficReading(r.text(0), r.text(1), r.instant(2), r.decimal(3), r.decimal(4));
            }

            @Override
            public String[] write(TrafficReading t) {
                return new String[] {t.storeId(), t.visitId(), instant(t.timestamp()), decimal(t.xM()), decimal(t.yM())};
            }

            @Override
            public void check(TrafficReading t, RowCheck check) {
                check.references().storeFloor(t.storeId()).ifPresent(floor -> {
                    if (t.xM() > floor[0] + EDGE_TOLERANCE_M) {
                        check.fail("x_m", ProblemKind.OUT_OF_RANGE, ColumnType.quote(decimal(t.xM()))
                                + " is outside the store (width " + decimal(floor[0]) + " m)");
                    }
                    if (t.yM() > floor[1] + EDGE_TOLERANCE_M) {
                        check.fail("y_m", ProblemKind.OUT_OF_RANGE, ColumnType.quote(decimal(t.yM()))
                                + " is outside the store (depth " + decimal(floor[1]) + " m)");
                    }
                });
                String visit = t.storeId() + '\u0000' + t.visitId();
                long now = epochNanos(t.timestamp());
                long before = lastReading.get(visit);
                if (before != FingerprintTable.ABSENT && now < before) {
                    check.fail("timestamp", ProblemKind.OUT_OF_ORDER, t.timestamp() + " is earlier than the previous reading "
                            + Instant.ofEpochSecond(0, before) + " of visit " + t.visitId() + " (a visit's readings must be in time order)");
                } else {
                    lastReading.put(visit, now);
                }
            }
        };
    }
}

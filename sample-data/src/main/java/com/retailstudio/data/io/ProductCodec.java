package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.date;
import static com.retailstudio.data.io.FieldText.decimal;
import static com.retailstudio.data.io.FieldText.integer;

import com.retailstudio.data.model.Product;

/** Maps products.csv rows to {@link Product} records and back, with the file's row rules. */
final class ProductCodec implements RecordCodec<Product> {

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
}

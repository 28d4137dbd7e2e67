package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.date;
import static com.retailstudio.data.io.FieldText.decimal;
import static com.retailstudio.data.io.FieldText.integer;

import com.retailstudio.data.model.WeeklySale;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** Maps sales_weekly.csv rows to {@link WeeklySale} records and back, with the file's row rules. */
final class WeeklySaleCodec implements RecordCodec<WeeklySale> {

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
                    + s.weekStart().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ", not a Monday");
        }
        if (s.unitsSold() > s.stockStart()) {
            check.fail("units_sold", ProblemKind.RULE_VIOLATED, ColumnType.quote(integer(s.unitsSold()))
                    + " is more than stock_start " + s.stockStart());
        }
    }
}

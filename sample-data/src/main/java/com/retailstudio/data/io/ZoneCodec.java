package com.retailstudio.data.io;

import static com.retailstudio.data.io.FieldText.code;
import static com.retailstudio.data.io.FieldText.decimal;
import static com.retailstudio.data.io.FieldText.text;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;

/** Maps zones.csv rows to {@link Zone} records and back, with the file's row rules. */
final class ZoneCodec implements RecordCodec<Zone> {

    // A code column's position among its spellings is the constant's ordinal (CsvCode.spellings lists them in order).
    private static final ZoneType[] ZONE_TYPES = ZoneType.values();

    @Override
    public DataFile file() {
        return DataFile.ZONES;
    }

    @Override
    public Zone read(ParsedRow r) {
        return new Zone(r.text(0), r.text(1), ZONE_TYPES[r.code(2)], r.optionalText(3),
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
            if (z.xM() + z.widthM() > floor[0] + RecordCodecs.EDGE_TOLERANCE_M) {
                check.fail("width_m", ProblemKind.OUT_OF_RANGE, "zone reaches x = " + decimal(z.xM() + z.widthM())
                        + " m, beyond the store's width of " + decimal(floor[0]) + " m");
            }
            if (z.yM() + z.depthM() > floor[1] + RecordCodecs.EDGE_TOLERANCE_M) {
                check.fail("depth_m", ProblemKind.OUT_OF_RANGE, "zone reaches y = " + decimal(z.yM() + z.depthM())
                        + " m, beyond the store's depth of " + decimal(floor[1]) + " m");
            }
        });
    }
}

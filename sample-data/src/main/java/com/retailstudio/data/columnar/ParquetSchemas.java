package com.retailstudio.data.columnar;

import com.retailstudio.data.io.ColumnSpec;
import com.retailstudio.data.io.DataFile;
import java.util.EnumMap;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of each file of the columnar data set: the contract columns of its CSV file in the same order and
 * under the same names, typed as docs/data-format.md maps them, then the extra columns that let a reader skip id
 * lookups and restore CSV order.
 */
public final class ParquetSchemas {

    /** Position of a customer in customers.csv; in customers, consents and events. */
    public static final String CUSTOMER_ROW = "customer_row";
    /** Position of an event's product in products.csv; null when the event has none. */
    public static final String PRODUCT_ROW = "product_row";
    /** 0-based data row of a consent or event in its CSV file. */
    public static final String FILE_ROW = "file_row";

    private static final Map<DataFile, MessageType> SCHEMAS = new EnumMap<>(DataFile.class);

    static {
        for (DataFile file : DataFile.values()) {
            Types.MessageTypeBuilder builder = Types.buildMessage();
            for (ColumnSpec column : file.columns()) {
                builder.addField(contractColumn(column));
            }
            switch (file) {
                case CUSTOMERS -> builder.required(PrimitiveTypeName.INT32).named(CUSTOMER_ROW);
                case CONSENTS -> builder.required(PrimitiveTypeName.INT32).named(CUSTOMER_ROW)
                        .required(PrimitiveTypeName.INT64).named(FILE_ROW);
                case EVENTS -> builder.required(PrimitiveTypeName.INT32).named(CUSTOMER_ROW)
                        .optional(PrimitiveTypeName.INT32).named(PRODUCT_ROW)
                        .required(PrimitiveTypeName.INT64).named(FILE_ROW);
                default -> {
                }
            }
            SCHEMAS.put(file, builder.named(messageName(file)));
        }
    }

    private ParquetSchemas() {
    }

    public static MessageType of(DataFile file) {
        return SCHEMAS.get(file);
    }

    /** The message name: the file name without {@code .csv}. */
    static String messageName(DataFile file) {
        String name = file.fileName();
        return name.substring(0, name.length() - ".csv".length());
    }

    private static Type contractColumn(ColumnSpec column) {
        Types.PrimitiveBuilder<PrimitiveType> builder = switch (column.type()) {
            case TEXT, CODE, COUNTRY, TIMEZONE -> primitive(column, PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType());
            case DATE -> primitive(column, PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType());
            case TIMESTAMP -> primitive(column, PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
            case DECIMAL -> primitive(column, PrimitiveTypeName.DOUBLE);
            case INTEGER -> primitive(column, PrimitiveTypeName.INT32);
            case BOOLEAN -> primitive(column, PrimitiveTypeName.BOOLEAN);
        };
        return builder.named(column.name());
    }

    private static Types.PrimitiveBuilder<PrimitiveType> primitive(ColumnSpec column,
            PrimitiveTypeName type) {
        return column.required() ? Types.required(type) : Types.optional(type);
    }
}

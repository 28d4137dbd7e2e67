package com.retailstudio.data.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An entity other files refer to by id, and the file and column that define its ids. */
public enum Reference {
    CUSTOMER("customers.csv", "customer_id"),
    PRODUCT("products.csv", "product_id"),
    STORE("stores.csv", "store_id");

    private final String fileName;
    private final String idColumn;

    Reference(String fileName, String idColumn) {
        this.fileName = fileName;
        this.idColumn = idColumn;
    }

    public String fileName() {
        return fileName;
    }

    public String idColumn() {
        return idColumn;
    }

    /** The entity whose ids the file defines ({@code products.csv}: products), if it defines any. */
    public static Optional<Reference> definedBy(String fileName) {
        return Arrays.stream(values()).filter(entity -> entity.fileName.equals(fileName)).findFirst();
    }

    /** The entity a referring column names by its id ({@code product_id}: products), if it names one. */
    public static Optional<Reference> namedBy(String column) {
        return Arrays.stream(values()).filter(entity -> entity.idColumn.equals(column)).findFirst();
    }

    /** Lower-case entity name for messages, e.g. {@code customer}. */
    public String noun() {
        return name().toLowerCase(Locale.ROOT);
    }
}

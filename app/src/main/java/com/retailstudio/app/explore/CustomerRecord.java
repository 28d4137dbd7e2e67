package com.retailstudio.app.explore;

import tech.tablesaw.api.Table;

/**
 * Everything a data set holds about one customer, each part a table with its file's columns: the profile row, the
 * consents, the events in time order and the basket lines.
 */
public record CustomerRecord(String customerId, Table profile, Table consents, Table events, Table baskets) {

    public boolean found() {
        return profile.rowCount() > 0;
    }
}

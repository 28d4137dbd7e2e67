package com.retailstudio.data.columnar;

/**
 * Told how an import goes, every few thousand rows; may stop it by throwing (for instance a
 * {@link java.util.concurrent.CancellationException} when the user cancelled), after which the import removes what it
 * wrote.
 */
@FunctionalInterface
public interface ImportListener {

    ImportListener NONE = (stage, rows) -> { };

    /**
     * @param stage what is being done, in words ("Reading events.csv", "Writing consents and events, 3 of 10 partitions written")
     * @param rows  rows read and written so far, all files together (each row is counted once when read and once when
     *              a partitioned file writes it)
     */
    void progress(String stage, long rows);
}

package com.retailstudio.app.workspace;

import java.time.Instant;

/**
 * A data set registered in the workspace: where its files came from and a fingerprint of their content, so a result
 * can say which data it was computed from.
 *
 * @param id          the workspace's id for it
 * @param name        the name the user gave it
 * @param sourcePath  the file or folder it was imported from
 * @param fingerprint SHA-256 over its files, as 64 lowercase hex digits (see {@link DataSetFingerprint})
 * @param importedAt  when it was registered
 * @param active      whether it is the data set the app works on; exactly one registered data set is
 */
public record RegisteredDataSet(long id, String name, String sourcePath, String fingerprint, Instant importedAt,
                      boolean active) {
}

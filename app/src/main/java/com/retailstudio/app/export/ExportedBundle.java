package com.retailstudio.app.export;

import java.nio.file.Path;

/** A bundle written to disk, with its manifest. */
public record ExportedBundle(Path location, BundleManifest manifest) {
}

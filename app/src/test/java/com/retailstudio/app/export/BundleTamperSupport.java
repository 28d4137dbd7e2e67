package com.retailstudio.app.export;

/** Opens the bundle's checksum to tests of other packages, to tamper as anyone could. */
public final class BundleTamperSupport {

    private BundleTamperSupport() {
    }

    public static String sha256(byte[] bytes) {
        return BundleFiles.sha256(bytes);
    }
}

package com.retailstudio.app.export;

/** The human-readable summary at the top of a bundle. */
final class BundleReadme {

    private BundleReadme() {
    }

    static String render(BundleManifest manifest) {
        StringBuilder text = new StringBuilder();
        text.append("# Retail Studio bundle ").append(manifest.bundleId()).append("\n\n");
        text.append("Made ").append(manifest.createdAt()).append(" by ").append(manifest.createdBy())
                .append(" with Retail Studio ").append(manifest.applicationVersion()).append(".\n\n");
        text.append("It holds only approved items; every file's SHA-256 is in `manifest.json`. Check it with\n\n")
                .append("    retail-studio validate <this folder or zip>\n\n");
        text.append("| kind | id | version | author | approved by | approved at | file |\n");
        text.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (BundleManifest.Item item : manifest.items()) {
            text.append("| ").append(item.kind()).append(" | ").append(item.id()).append(" | v")
                    .append(item.version()).append(" | ").append(item.author()).append(" | ")
                    .append(item.approvedBy()).append(" | ").append(item.approvedAt()).append(" | `")
                    .append(item.path()).append("` |\n");
        }
        if (manifest.items().stream().anyMatch(item -> item.kind().equals("journey"))) {
            text.append("\nEach journey's stateless decisions (audience, condition splits, next-best-action) are in ")
                    .append("`decisions/<id>-v<version>.dmn` as DMN 1.3 for a production decision engine; the journey ")
                    .append("files follow `").append(BundleLayout.JOURNEY_SCHEMA).append("`.\n");
        }
        text.append("\nData set the designs were checked against: ")
                .append(manifest.dataSetFingerprint().map(fingerprint -> "`" + fingerprint + "` (SHA-256 of its files)")
                        .orElse("none registered"))
                .append(".\n\nNo customer-level personal data is ever part of a bundle.\n");
        return text.toString();
    }
}

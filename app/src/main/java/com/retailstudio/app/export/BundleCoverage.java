package com.retailstudio.app.export;

import com.retailstudio.app.approval.PortfolioRulesCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every file of a bundle must come from an approved item: its document, a file it derives, or the bundle's README and
 * journey schema (and the portfolio schema beside portfolio rules). A file listed only under {@code files} (e.g. the DMN of a journey nobody approved) is refused, and an
 * item may claim only the files its kind makes, so an approval cannot be stretched over another file.
 */
final class BundleCoverage {

    private BundleCoverage() {
    }

    static List<String> problems(BundleManifest manifest) {
        List<String> problems = new ArrayList<>();
        Set<String> covered = new HashSet<>(List.of(BundleLayout.README, BundleLayout.JOURNEY_SCHEMA));
        if (manifest.items().stream().anyMatch(item -> item.kind().equals(PortfolioRulesCheck.KIND))) {
            covered.add(BundleLayout.PORTFOLIO_SCHEMA);
        }
        for (int i = 0; i < manifest.items().size(); i++) {
            BundleManifest.Item item = manifest.items().get(i);
            String at = BundleLayout.MANIFEST + " /items/" + i;
            String expectedPath = BundleLayout.documentPath(item.kind(), item.id(), item.version());
            if (!item.path().equals(expectedPath)) {
                problems.add(at + "/path is " + item.path() + ", but " + item.describe() + " lives at "
                        + expectedPath + ".");
            }
            covered.add(item.path());
            Set<String> makes = derivable(item);
            for (String derived : item.derivedFiles()) {
                if (makes.contains(derived)) {
                    covered.add(derived);
                } else {
                    problems.add(at + "/derivedFiles names " + derived + ", which " + item.describe()
                            + " does not make.");
                }
            }
        }
        manifest.files().keySet().stream().sorted().filter(path -> !covered.contains(path)).forEach(path ->
                problems.add(path + " is listed in " + BundleLayout.MANIFEST + " but no approved item derives it; "
                        + "only approved items and the files made from them may be in a bundle."));
        return List.copyOf(problems);
    }

    /** The files an item of its kind makes besides its document. */
    private static Set<String> derivable(BundleManifest.Item item) {
        return switch (item.kind()) {
            case "journey" -> Set.of(BundleLayout.decisionsPath(item.id(), item.version()));
            case "markdown_plan" -> Set.of(PriceChangeFiles.CSV, PriceChangeFiles.JSON);
            default -> Set.of();
        };
    }
}

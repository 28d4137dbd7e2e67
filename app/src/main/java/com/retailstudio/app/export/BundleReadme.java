package com.retailstudio.app.export;

import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.simulator.model.Uplift;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable summary at the top of a bundle. */
final class BundleReadme {

    private BundleReadme() {
    }

    /**
     * @param plans       the approved markdown plans in the bundle
     * @param predictions per journey file, what the simulator predicted on the active data set (missing: none made)
     */
    static String render(BundleManifest manifest, List<PriceChangeFiles.ApprovedPlan> plans,
                         Map<String, JourneyForecast.Prediction> predictions) {
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
                    .append(item.approvedBy()).append(item.approverAuthenticated() ? "" : " (not authenticated)")
                    .append(" | ").append(item.approvedAt()).append(" | `")
                    .append(item.path()).append("` |\n");
        }
        if (manifest.items().stream().anyMatch(item -> !item.approverAuthenticated())) {
            text.append("\n*Not authenticated*: approved on a single-person workspace, where the approver's name is ")
                    .append("typed rather than signed in; it was checked to differ from the author's under any ")
                    .append("spelling (case, spaces, invisible characters, look-alike letters), but nothing proves ")
                    .append("who typed it.\n");
        }
        if (manifest.items().stream().anyMatch(item -> item.kind().equals("journey"))) {
            text.append("\nEach journey's stateless decisions (audience, condition splits, next-best-action) are in ")
                    .append("`decisions/<id>-v<version>.dmn` as DMN 1.3 for a production decision engine; the journey ")
                    .append("files follow `").append(BundleLayout.JOURNEY_SCHEMA).append("`.\n");
            journeys(text, manifest, predictions);
        }
        if (!plans.isEmpty()) {
            markdowns(text, plans);
        }
        text.append("\nData set the designs were checked against: ")
                .append(manifest.dataSetFingerprint().map(fingerprint -> "`" + fingerprint + "` (SHA-256 of its files)")
                        .orElse("none registered"))
                .append(".\n\nNo customer-level personal data is ever part of a bundle.\n");
        return text.toString();
    }

    private static void journeys(StringBuilder text, BundleManifest manifest,
                                 Map<String, JourneyForecast.Prediction> predictions) {
        text.append("\n## What the simulation predicted\n\n");
        text.append("Each journey simulated at export time on the active data set (the fingerprint below), seed ")
                .append(JourneyForecast.SEED).append(", default settings; conversion among the customers who ")
                .append("entered, treated against the holdout; incremental revenue is the total over the treated ")
                .append("customers, in the data set's currency.\n\n");
        text.append("| journey | data set | treated | held out | conversion treated | conversion holdout "
                + "| uplift (95 % CI) | incremental revenue, total | messages sent |\n");
        text.append("| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |\n");
        for (BundleManifest.Item item : manifest.items()) {
            if (!item.kind().equals("journey")) {
                continue;
            }
            JourneyForecast.Prediction prediction = predictions.get(item.path());
            text.append("| ").append(item.id()).append(" v").append(item.version()).append(" | ");
            if (prediction == null) {
                text.append("no prediction: no active data set, or the simulator cannot run this journey | | | | | | "
                        + "| |\n");
                continue;
            }
            Uplift u = prediction.uplift();
            text.append(prediction.dataSet()).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d | %,d | %s | %s | %s | %s | %,d |\n", u.treated(),
                            u.holdout(), percent(u.treatedRate()), percent(u.holdoutRate()), uplift(u),
                            prediction.currency().signed(u.incrementalRevenue()), prediction.messagesSent()));
        }
    }

    private static String uplift(Uplift u) {
        if (!Double.isFinite(u.absolute())) {
            return "not defined (no holdout or no treated customers)";
        }
        String figure = String.format(Locale.ROOT, "%+.2f points (%+.2f to %+.2f)", 100 * u.absolute(),
                100 * u.ciLow(), 100 * u.ciHigh());
        return u.ciLow() <= 0 && u.ciHigh() >= 0 ? figure + ", not significant" : figure;
    }

    private static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.2f %%", 100 * share) : "—";
    }

    private static void markdowns(StringBuilder text, List<PriceChangeFiles.ApprovedPlan> plans) {
        text.append("\n## Markdown plans\n\n");
        text.append("Price changes for the store systems: `").append(PriceChangeFiles.CSV).append("` (columns ")
                .append("`store_id,product_id,effective_date,old_price,new_price,discount_pct`) and `")
                .append(PriceChangeFiles.JSON).append("` (the same rows by plan, with who approved each). Figures ")
                .append("are projected under the fitted demand model, against the rule-of-thumb baseline (30 % off ")
                .append("4 weeks before exit, 50 % at 2); that projection flatters the plan.\n\n");
        text.append("| plan | approved by | first week | planned on data set | product-stores | price changes "
                + "| objective vs baseline, keeping prices; holding the price | margin vs baseline "
                + "| sell-through (baseline) | units left at exit (baseline) |\n");
        text.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (PriceChangeFiles.ApprovedPlan approved : plans) {
            PlanSummary s = approved.plan().summary();
            text.append(String.format(Locale.ROOT, "| %s v%d | %s | %s | %s | %,d | %,d | %s %,.2f vs %,.2f, %,.2f; "
                            + "%s | %,.2f vs %,.2f (%+.1f %%) | %.1f %% (%.1f %%) | %,.0f (%,.0f) |\n",
                    approved.item().id(),
                    approved.item().version(), approved.item().approvedBy(), approved.plan().asOfWeek().plusWeeks(1),
                    approved.plan().dataSetFingerprint().map(f -> "`" + f.substring(0, Math.min(12, f.length()))
                            + "…`").orElse("unknown"),
                    s.productStores(), approved.plan().priceChanges().size(), s.objectiveName(), s.objectiveValue(),
                    s.baselineObjective(), s.keepObjective(), s.holdingPrice() < 0 ? "not recorded"
                            : String.format(Locale.ROOT, "%,d", s.holdingPrice()), s.margin(),
                    s.baselineMargin(),
                    s.marginUpliftPct(), 100 * s.sellThrough(), 100 * s.baselineSellThrough(), s.leftoverUnits(),
                    s.baselineLeftoverUnits()));
        }
    }
}

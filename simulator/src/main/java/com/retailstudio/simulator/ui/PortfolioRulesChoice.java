package com.retailstudio.simulator.ui;

import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.library.PortfolioRulesLibrary;
import com.retailstudio.designer.library.PortfolioRulesVersion;
import com.retailstudio.designer.model.PortfolioRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Rules a portfolio run can use: none shared, a portfolio template's, a rule set version saved in the workspace, or a
 * rules file.
 *
 * @param label  the name shown, e.g. "Default portfolio rules · v2"
 * @param detail where it comes from, e.g. "saved version 2 · approved" or the file's path
 * @param rules  the rules
 */
public record PortfolioRulesChoice(String label, String detail, PortfolioRules rules) {

    public PortfolioRulesChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(rules, "rules");
    }

    /** Journeys that share nothing: no caps across them, no global control, no priority, nobody suppressed. */
    public static PortfolioRulesChoice none() {
        return new PortfolioRulesChoice("No shared rules", "each journey's own guardrails only; without a global "
                + "control there is no portfolio uplift", PortfolioRules.none("none"));
    }

    /** A portfolio template's rules ({@link PortfolioTemplates}), shipped with the journey templates they govern. */
    public static PortfolioRulesChoice template(String name) {
        PortfolioRules rules = PortfolioTemplates.rules(name).orElseThrow(() -> new IllegalArgumentException(
                "no portfolio template " + name));
        return new PortfolioRulesChoice(rules.name(), "template · for " + String.join(", ", rules.priority()), rules);
    }

    /** A rule set version saved in the workspace. */
    public static PortfolioRulesChoice saved(PortfolioRules rules, int version, String status) {
        return new PortfolioRulesChoice(rules.name() + " · v" + version, "saved · " + status.replace('_', ' '),
                rules);
    }

    /** A version from the workspace's rules library, with where its review stands. */
    public static PortfolioRulesChoice saved(PortfolioRulesVersion version) {
        return saved(version.rules(), version.number(), version.reviewState() + " · by " + version.author());
    }

    /** Every version of the rule sets {@code ids} in the library, each rule set's newest first. */
    public static List<PortfolioRulesChoice> inLibrary(PortfolioRulesLibrary library, List<String> ids) {
        return ids.stream().flatMap(id -> library.history(id).stream()).map(PortfolioRulesChoice::saved).toList();
    }

    /** Rules read from a file the user chose. */
    public static PortfolioRulesChoice file(PortfolioRules rules, Path file) {
        return new PortfolioRulesChoice(rules.name() + " · " + file.getFileName(), "file · " + file, rules);
    }

    /** Whether the rules have a global control, against which the portfolio's uplift is measured. */
    public boolean measuresUplift() {
        return rules.globalControlPercent() > 0;
    }
}

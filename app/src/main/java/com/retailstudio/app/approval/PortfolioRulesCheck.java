package com.retailstudio.app.approval;

import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.PortfolioRulesReader;
import com.retailstudio.designer.model.PortfolioRules;
import java.util.List;

/**
 * Portfolio rules as workspace documents: the document kind, and the checks a version must pass to be submitted,
 * approved and exported.
 */
public final class PortfolioRulesCheck {

    /** The document kind of portfolio rules (reviews and audit entries name it "portfolio rules"). */
    public static final String KIND = "portfolio_rules";

    private PortfolioRulesCheck() {
    }

    /** For review: rules that do not read cannot go on; each problem one sentence. */
    public static List<String> problems(String json) {
        try {
            PortfolioRulesReader.parse(json);
            return List.of();
        } catch (JourneyFormatException e) {
            return List.of("the portfolio rules cannot be read: " + e.getMessage());
        }
    }

    /**
     * For a bundle: the review's checks, and no customer: a bundle leaves for production and never carries a customer
     * id, so suppression by customer id stays in the workspace (and its simulations); suppressed segments travel.
     */
    public static List<String> bundleProblems(String json) {
        try {
            PortfolioRules rules = PortfolioRulesReader.parse(json);
            int customers = rules.suppressedCustomers().size();
            if (customers == 0) {
                return List.of();
            }
            return List.of(personalData(customers));
        } catch (JourneyFormatException e) {
            return List.of("the portfolio rules cannot be read: " + e.getMessage());
        }
    }

    /** Why rules suppressing {@code customers} customers by id cannot leave in a bundle. */
    public static String personalData(int customers) {
        return "the portfolio rules suppress " + customers + (customers == 1 ? " customer" : " customers")
                + " by id, and a bundle must never carry a customer id; suppress them through a saved segment, or "
                + "keep the do-not-contact list in production, and approve rules without customer ids";
    }
}

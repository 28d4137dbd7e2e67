package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.RuleOfThumbNote;
import com.retailstudio.markdown.model.StorePlan;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Why the rule-of-thumb baseline moves with the maximum depth although it never asks for more than 50 %: at 50 % the
 * ladder's 50 % rung, rounded down to a price ending, is deeper than the maximum and is dropped, so the baseline stops
 * at the deepest rung left. The section says so, and says nothing when the baseline gets its 50 %.
 */
class RuleOfThumbBaselineTest {

    @Test
    void aMaximumDepthOf50PercentDropsTheRoundedFiftyPercentRungAndTheNoteSaysSo() {
        MarkdownPlanner.FittedHistory history = MarkdownPlanner.fit(SampleData.data());
        PlanResult at70 = new MarkdownPlanner(RuleBook.standard()).plan(history, () -> false, v -> { });
        PlanResult at50 = new MarkdownPlanner(RuleBook.standard().withDefaults(MarkdownRules.defaults()
                .withMaxDepth(0.5))).plan(history, () -> false, v -> { });

        assertNotEquals(at70.summary().baselineObjective(), at50.summary().baselineObjective(),
                "the baseline moves with the maximum depth");
        var shortAt70 = RuleOfThumbNote.stoppedShort(at70.plans()).stream().map(StorePlan::key)
                .collect(Collectors.toSet());
        var shortOf = RuleOfThumbNote.stoppedShort(at50.plans());
        assertTrue(shortOf.size() > shortAt70.size(), shortOf.size() + " short at 50 %, " + shortAt70.size()
                + " at 70 % (cheap products whose 50 % price rounds down beyond 70 %)");
        // Each one that stops short only at 50 % does so because its 50 % price, rounded down to a price ending, is
        // deeper than 50 %: that rung is dropped and the ladder has none at 50 %.
        int onlyAt50 = 0;
        for (StorePlan plan : shortOf) {
            if (shortAt70.contains(plan.key())) {
                continue;
            }
            onlyAt50++;
            int full = (int) Math.round(plan.fullPrice() * 100);
            int rounded = PriceLadder.roundDown((int) Math.floor(full * 0.5 + 1e-6), plan.basis().rules());
            assertTrue(1 - rounded / (double) full > 0.5, plan.key() + ": " + rounded + " of " + full);
            for (int rung : plan.basis().rungCents()) {
                assertTrue(1 - rung / (double) full < 0.5, plan.key() + " has no 50 % rung");
            }
        }
        assertTrue(onlyAt50 > 0);
        String note = RuleOfThumbNote.describe(at50.plans());
        assertTrue(note.startsWith("Baseline, the rule of thumb: 30 % off from 4 weeks before exit, 50 % off"), note);
        assertTrue(note.contains(String.format(Locale.ROOT, "On %,d of %,d product-stores",
                shortOf.size(), at50.plans().size())), note);
        assertTrue(note.contains("maximum depth (50 %)"), note);
        assertTrue(note.endsWith("this is why the maximum depth changes the baseline."), note);
        assertTrue(RuleOfThumbNote.describe(at70.plans()).contains(String.format(Locale.ROOT,
                "On %,d of", shortAt70.size())), "at 70 % only the cheapest products stop short");
        assertEquals(RuleOfThumbNote.describe(List.of()).length(), RuleOfThumbNote.describe(
                at70.plans().stream().filter(p -> !shortAt70.contains(p.key())).toList()).length(),
                "nothing to explain where every baseline gets its 50 %");
    }
}

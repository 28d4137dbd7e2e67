package com.retailstudio.markdown.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.RuleBook;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBookJsonTest {

    @Test
    void aRuleBookWithCategoryOverridesSurvivesTheRoundTrip() {
        RuleBook book = RuleBook.standard().withDefaults(MarkdownRules.defaults().withMaxDepth(0.6))
                .withCategory("toys", MarkdownRules.defaults().withLadder(List.of(0.0, 0.25, 0.5))
                        .withPriceEndings(List.of()).withSellThroughTarget(0.85).withSalvageRate(0.1).withExitWeek(20)
                        .withFirstMarkdownMinDepth(0.25).withClusterPricing(false));

        RuleBook back = RuleBookJson.read(RuleBookJson.write(book));

        assertEquals(book.defaults().toString(), back.defaults().toString());
        assertEquals(book.forCategory("toys").toString(), back.forCategory("toys").toString());
        assertEquals(book.byCategory().keySet(), back.byCategory().keySet());
    }

    @Test
    void problemsNameTheField() {
        String good = RuleBookJson.write(RuleBook.standard());
        assertEquals("/defaults/max_depth must be a number, not \"deep\"", assertThrows(IllegalArgumentException.class,
                () -> RuleBookJson.read(good.replaceFirst("\"max_depth\" : [0-9.]+", "\"max_depth\" : \"deep\"")))
                .getMessage());
        assertEquals("/defaults/min_weeks_between is missing", assertThrows(IllegalArgumentException.class,
                () -> RuleBookJson.read(good.replaceFirst("\"min_weeks_between\" : [0-9]+,", ""))).getMessage());
        assertEquals("/schemaVersion must be 1, not 2", assertThrows(IllegalArgumentException.class,
                () -> RuleBookJson.read(good.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"))).getMessage());
        assertEquals("/defaults/max_depth is not a valid rule: maximum depth must be in [0, 1): 1.5", assertThrows(IllegalArgumentException.class,
                () -> RuleBookJson.read(good.replaceFirst("\"max_depth\" : [0-9.]+", "\"max_depth\" : 1.5")))
                .getMessage());
        assertEquals("/categories/toys/first_markdown_min_depth is not a valid rule: first markdown depth must be in "
                + "[0, 1): 1.2", assertThrows(IllegalArgumentException.class, () -> RuleBookJson.read(
                RuleBookJson.write(RuleBook.standard().withCategory("toys",
                        MarkdownRules.defaults().withFirstMarkdownMinDepth(0.2)))
                        .replace("\"first_markdown_min_depth\" : 0.2", "\"first_markdown_min_depth\" : 1.2")))
                .getMessage());
    }

    @Test
    void theObjectiveAndTheMarkdownBudgetSurviveTheRoundTripAndOlderFilesReadAsMarginWithoutBudget() {
        RuleBook book = RuleBook.standard().withObjective(Objective.REVENUE)
                .withDefaults(MarkdownRules.defaults().withMarkdownBudget(400));
        RuleBook back = RuleBookJson.read(RuleBookJson.write(book));
        assertEquals(book, back);
        String older = RuleBookJson.write(RuleBook.standard()).replace("\"objective\" : \"margin\",", "")
                .replace("\"markdown_budget\" : null,", "");
        assertEquals(RuleBook.standard(), RuleBookJson.read(older));
        assertEquals("/objective must be \"margin\" or \"revenue\", not \"profit\"",
                assertThrows(IllegalArgumentException.class, () -> RuleBookJson.read(RuleBookJson.write(book)
                        .replace("\"revenue\"", "\"profit\""))).getMessage());
        assertEquals("/defaults/markdown_budget is not a valid rule: markdown budget must be 0 or more: -1.0",
                assertThrows(IllegalArgumentException.class, () -> RuleBookJson.read(RuleBookJson.write(book)
                        .replace("\"markdown_budget\" : 400.0", "\"markdown_budget\" : -1"))).getMessage());
    }

    @Test
    void thePlansMarkdownBudgetSurvivesTheRoundTripIsCheckedAndOlderFilesHaveNone() {
        RuleBook book = RuleBook.standard().withPlanMarkdownBudget(25_000);
        String json = RuleBookJson.write(book);
        assertEquals(book, RuleBookJson.read(json));
        assertEquals(25_000, RuleBookJson.read(json).planMarkdownBudget());
        // files written before the plan's budget existed have no such field: no budget
        String older = RuleBookJson.write(RuleBook.standard()).replace("\"plan_markdown_budget\" : null,", "");
        assertEquals(false, older.contains("plan_markdown_budget"));
        assertEquals(RuleBook.standard(), RuleBookJson.read(older));
        assertEquals("/plan_markdown_budget must be a number, not \"lots\"", assertThrows(
                IllegalArgumentException.class, () -> RuleBookJson.read(json.replace("25000.0", "\"lots\"")))
                .getMessage());
        assertEquals("/plan_markdown_budget must be 0 or more, not -5", assertThrows(IllegalArgumentException.class,
                () -> RuleBookJson.read(json.replace("25000.0", "-5"))).getMessage());
    }
}

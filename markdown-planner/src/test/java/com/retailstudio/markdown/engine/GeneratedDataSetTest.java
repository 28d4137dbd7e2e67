package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The independent check of issue 12, replayed: a data set made by the seeded generator ({@code generate-data --days
 * 60}, seed 42; customers do not change the sales history), cut into single-product, single-store data sets (so every
 * figure belongs to one product-store), each planned and compared with exhaustive search over every price path the
 * rules allow, scored with the planner's own fitted demand. The P00017 in S001 (50 % off from the first of
 * five weeks, margin 74.91 against 111.95 for keeping the price) came from a data set whose settings were not given;
 * on this one the grid optimiser this replaced earned less than keeping today's price in 2 of the first 70
 * product-stores: P00015 in S002 (4.89 → 4.49 from the first week: 20.58 against 22.98) and P00016 in S003 (a last-week
 * markdown to 2.49: 41.16 against 42.16) — the same mistake, a markdown that the grid's rounding of stock made look
 * better than it is.
 */
class GeneratedDataSetTest {

    private static DataSet data;

    @BeforeAll
    static void generate(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("generated");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(300).withDays(60), out,
                GenerationProgress.NONE);
        data = DataSetLoader.load(out);
    }

    /** The data set cut down to one product in one store. */
    private static DataSet cut(Product product, Store store) {
        return new DataSet(data.customers(), data.consents(), data.events(), List.of(product), List.of(store),
                data.zones(), data.weeklySales().stream().filter(w -> w.productId().equals(product.productId())
                        && w.storeId().equals(store.storeId())).toList(), data.basketLines(), data.footTraffic());
    }

    private static StorePlan planAlone(Product product, Store store) {
        PlanResult result = new MarkdownPlanner(RuleBook.standard()).plan(cut(product, store));
        assertEquals(1, result.plans().size(), product.productId() + " in " + store.storeId());
        return result.plans().get(0);
    }

    @ParameterizedTest
    @CsvSource({"P00015, S002", "P00016, S003"})
    void theP00017StyleCasesHoldTheirPriceOrEarnMoreThanKeepingIt(String productId, String storeId) {
        Product product = data.products().stream().filter(p -> p.productId().equals(productId)).findFirst()
                .orElseThrow();
        Store store = data.stores().stream().filter(s -> s.storeId().equals(storeId)).findFirst().orElseThrow();
        StorePlan plan = planAlone(product, store);
        double keep = plan.noMarkdown().margin();
        assertTrue(plan.holdsPrice() || plan.plan().margin() > keep,
                plan.key() + " " + Arrays.toString(plan.planCents()) + " margin " + plan.plan().margin() + " vs keep "
                        + keep);
        assertTrue(plan.plan().margin() >= keep - 1e-9 * (1 + Math.abs(keep)));
    }

    @Test
    void seventySingleProductStorePlansMatchExhaustiveSearchAndNeverLoseToKeepingThePrice() {
        int checked = 0;
        for (Product product : data.products()) {
            for (Store store : data.stores()) {
                if (checked == 70) {
                    return;
                }
                StorePlan plan = planAlone(product, store);
                PathOracle.Best best = PathOracle.solve(instance(plan));
                double scale = Math.max(1, Math.abs(best.objective()));
                assertEquals(best.objective(), plan.objective(plan.plan()), 1e-9 * scale,
                        () -> plan.key() + " plan " + Arrays.toString(plan.planCents()) + " vs exhaustive "
                                + Arrays.toString(best.cents()));
                double keep = plan.noMarkdown().margin();
                assertTrue(plan.plan().margin() >= keep - 1e-9 * (1 + Math.abs(keep)), plan.key());
                checked++;
            }
        }
    }

    /** The planning unit of a single-store plan, as the oracle takes it: rules, rule state and fitted demand. */
    static PathOracle.Instance instance(StorePlan plan) {
        StorePlan.Basis b = plan.basis();
        MarkdownProblem problem = new MarkdownProblem(b.level(), b.rungCents(), plan.fullPrice(), b.elasticity(),
                b.theta(), b.fixtureStock(), plan.plan().startStock(), plan.unitCost(), b.salvagePerUnit(),
                b.markdownsTaken(), b.weeksSinceLast(), b.firstAllowed(), b.maxMarkdowns(), b.minGap(),
                Double.POSITIVE_INFINITY);
        return new PathOracle.Instance(b.rules(), b.objective(), (int) Math.round(plan.fullPrice() * 100),
                plan.currentCents(), b.seasonWeek(), b.seasonWeeks(), b.markdownsTaken(),
                Math.min(b.weeksSinceLast(), 999), new MarkdownProblem[] {problem});
    }
}

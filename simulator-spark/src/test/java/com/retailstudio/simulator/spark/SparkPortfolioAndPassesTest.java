package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.designer.model.SegmentReference;
import com.retailstudio.simulator.engine.BenchmarkJourney;
import com.retailstudio.simulator.engine.PortfolioRun;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.io.PortfolioReportJson;
import com.retailstudio.simulator.io.SimulationReportJson;
import com.retailstudio.simulator.model.ExperimentDecision;
import com.retailstudio.simulator.model.PortfolioResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark in local[2] mode gives the desktop engine's report byte for byte (up to the run block) for several journeys
 * simulated together under portfolio rules, and for a journey whose experiment picks a winner (the desktop's passes),
 * from a generated data set's CSV folder and its columnar copy.
 */
@Tag("slow")
class SparkPortfolioAndPassesTest {
    private static final SimulationSettings SETTINGS = SimulationSettings.defaults(42).withReasonTraces(2);

    @AutoClose
    private static SparkSession spark;
    private static Path data;
    private static Path columnar;
    private static DataSetCurrency currency;

    @BeforeAll
    static void generateAndStartSpark(@TempDir Path folder) throws Exception {
        data = Files.createDirectory(folder.resolve("csv"));
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(3_000).withDays(45), data,
                GenerationProgress.NONE);
        currency = DataSetCurrency.of(data);
        columnar = ImportedCopy.of(data, Files.createDirectory(folder.resolve("datasets")));
        spark = SparkLocal.session("local[2]");
    }

    /**
     * The shipped portfolio (shared caps, a 20 % global control, priority) with a suppressed segment and suppressed
     * customers added, so every rule must reach the executors.
     */
    static PortfolioRules rules() {
        PortfolioRules shipped = PortfolioTemplates.rules(PortfolioTemplates.SHARED_CAPS).orElseThrow();
        Condition.Group gold = Condition.Group.all(new Condition.Comparison("loyalty_tier", Operator.EQUALS,
                new ConditionValue.TextValue("GOLD")));
        return new PortfolioRules(shipped.id(), shipped.name(), shipped.caps(), shipped.globalControlPercent(),
                shipped.priority(), List.of(new PortfolioRules.SuppressedSegment(
                        new SegmentReference("gold", 2, "Gold"), gold)), Set.of("C00000007", "C00000012", "C00000500"));
    }

    static String desktopPortfolio(Path folder, DataSetCurrency currency) {
        List<Journey> journeys = PortfolioTemplates.journeys(PortfolioTemplates.SHARED_CAPS);
        PortfolioRun run = PortfolioRun.execute(journeys, rules(), folder, SETTINGS, 2, 2);
        return PortfolioReportJson.toJson(SETTINGS, run, currency);
    }

    @ParameterizedTest(name = "{0} Spark partitions")
    @ValueSource(ints = {1, 2, 7})
    void aPortfolioOnSparkGivesTheDesktopReportByteForByte(int partitions) {
        List<Journey> journeys = PortfolioTemplates.journeys(PortfolioTemplates.SHARED_CAPS);
        PortfolioRun run = SparkSimulation.runPortfolio(spark, journeys, rules(), new DriverLoadedCustomers(data),
                SETTINGS, partitions);

        assertEquals(SimulationReportJson.findings(desktopPortfolio(data, currency)),
                SimulationReportJson.findings(PortfolioReportJson.toJson(SETTINGS, run, currency)));
        PortfolioResults r = run.results();
        assertTrue(r.suppressed(SuppressionReason.GLOBAL_CONTROL) > 0 && r.sent() > 0 && r.aloneRun(),
                "the comparison covers sends, the global control and the runs alone");
        assertTrue(r.suppressed(SuppressionReason.SUPPRESSED) > 0, "the suppressed segment reached the tasks");
    }

    @Test
    void aPortfolioFromTheColumnarCopyGivesTheDesktopReport() {
        List<Journey> journeys = PortfolioTemplates.journeys(PortfolioTemplates.SHARED_CAPS);
        ParquetCustomers source = new ParquetCustomers(spark, columnar.toUri().toString());
        PortfolioRun run = SparkSimulation.runPortfolio(spark, journeys, rules(), source, SETTINGS, 3);

        assertFalse(source.loadedOnDriver(), "the driver never collected the rows");
        assertEquals(SimulationReportJson.findings(desktopPortfolio(data, currency)),
                SimulationReportJson.findings(PortfolioReportJson.toJson(SETTINGS, run, currency)));
    }

    /**
     * The cart-recovery journey whose A/B split picks a winner after 20 days: variant a sends the discount e-mail and
     * follows up, variant b leaves at once (a planted difference, found at α 0.2 on this data).
     */
    static Journey pickWinner() {
        Journey cart = BenchmarkJourney.cartRecovery();
        List<JourneyNode> nodes = new ArrayList<>();
        for (JourneyNode node : cart.nodes()) {
            if (node instanceof JourneyNode.RandomSplit split && split.id().equals("ab")) {
                nodes.add(new JourneyNode.RandomSplit(split.id(), split.title(), split.position(), split.paths(),
                        Optional.of(Experiment.pickWinner(20, 0.2))));
            } else if (!node.id().equals("scarcity-push")) {
                nodes.add(node);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge edge : cart.edges()) {
            if (edge.from().equals("ab") && edge.port().equals("b")) {
                edges.add(new Edge("ab", "b", "done"));
            } else if (!edge.from().equals("scarcity-push")) {
                edges.add(edge);
            }
        }
        return cart.withNodes(nodes, edges);
    }

    @ParameterizedTest(name = "{0} Spark partitions")
    @ValueSource(ints = {2, 3})
    void aWinnerIsPickedInPassesAsOnTheDesktop(int partitions) {
        Journey journey = pickWinner();
        SimulationRun desktop = SimulationRun.execute(journey, data, SETTINGS, 2, 2);
        ExperimentDecision decision = desktop.results().experimentDecisions().get(0);
        assertTrue(decision.picked(), "the planted difference is found: " + decision.explanation());

        for (CustomerSource source : List.of(new DriverLoadedCustomers(data),
                new ParquetCustomers(spark, columnar.toUri().toString()))) {
            SimulationRun run = SparkSimulation.run(spark, journey, source, SETTINGS, partitions);
            assertEquals(List.of(decision), run.results().experimentDecisions(), source.describe());
            assertEquals(SimulationReportJson.findings(SimulationReportJson.toJson(journey, SETTINGS, desktop)),
                    SimulationReportJson.findings(SimulationReportJson.toJson(journey, SETTINGS, run)),
                    source.describe());
        }
    }
}

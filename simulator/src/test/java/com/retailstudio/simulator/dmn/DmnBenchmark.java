package com.retailstudio.simulator.dmn;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.DecisionProbe;
import com.retailstudio.simulator.engine.JourneyPlan;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (a main in the test sources): the same stateless decisions — every template journey's audience, condition
 * splits and next-best-action for every customer of the bundled sample at the end of its data window — evaluated by
 * the simulator's compiled conditions and arbitration, then by the Camunda 7 DMN engine on the exported DMN. Prints
 * decisions per second of each and their ratio. The simulator's figure includes reading the inputs from the customer's
 * events; the DMN figure does not (its variables are computed beforehand), which favours the DMN engine.
 * Argument: {@code --rounds R} (default 5).
 */
public final class DmnBenchmark {
    /** The simulator's pass is so short that it is repeated to be measurable. */
    private static final int SIMULATOR_REPEATS = 50;

    private DmnBenchmark() {
    }

    private record Case(Journey journey, DecisionProbe probe, DmnRunner dmn, List<Map<String, Object>> vars) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 5;
        Path tmp = Files.createTempDirectory("dmn-bench");
        BundledSample.extractTo(tmp);
        CustomerData data = CustomerData.of(DataSetLoader.load(tmp));
        ResponseModel model = ResponseModelFitter.fit(data);
        long moment = data.horizonEnd();
        List<Case> cases = new ArrayList<>();
        for (String name : JourneyTemplates.NAMES) {
            Journey journey = JourneyTemplates.load(name).orElseThrow();
            DecisionProbe probe = new DecisionProbe(JourneyPlan.compile(journey), data, model);
            DmnRunner dmn = new DmnRunner(journey);
            List<Map<String, Object>> vars = new ArrayList<>();
            for (int c = 0; c < data.size(); c++) {
                vars.add(dmn.variables(probe, probe.at(c, moment), c % 3));
            }
            cases.add(new Case(journey, probe, dmn, vars));
        }
        for (int round = 1; round <= rounds; round++) {
            long sink = 0;
            long decisions = 0;
            long t0 = System.nanoTime();
            for (int rep = 0; rep < SIMULATOR_REPEATS; rep++) {
            for (Case k : cases) {
                for (int c = 0; c < data.size(); c++) {
                    DecisionProbe.Moment m = k.probe().at(c, moment);
                    sink += k.probe().eligible(m) ? 1 : 0;
                    decisions++;
                    for (JourneyNode node : k.journey().nodes()) {
                        if (node instanceof JourneyNode.ConditionSplit s) {
                            sink += k.probe().branch(s.id(), m).length();
                            decisions++;
                        } else if (node instanceof JourneyNode.NextBestAction n) {
                            sink += k.probe().nextBestAction(n.id(), m, c % 3).map(String::length).orElse(0);
                            decisions++;
                        }
                    }
                }
            }
            }
            long t1 = System.nanoTime();
            for (Case k : cases) {
                for (int c = 0; c < data.size(); c++) {
                    Map<String, Object> v = k.vars().get(c);
                    sink += k.dmn().eligible(v) ? 1 : 0;
                    for (JourneyNode node : k.journey().nodes()) {
                        if (node instanceof JourneyNode.ConditionSplit s) {
                            sink += k.dmn().branch(s.id(), v).length();
                        } else if (node instanceof JourneyNode.NextBestAction n) {
                            sink += k.dmn().nextBestAction(n.id(), v).map(String::length).orElse(0);
                        }
                    }
                }
            }
            long t2 = System.nanoTime();
            long perPass = decisions / SIMULATOR_REPEATS;
            double simPerSecond = decisions / ((t1 - t0) / 1e9);
            double dmnPerSecond = perPass / ((t2 - t1) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: %,d decisions; simulator %,.0f/s, DMN engine %,.0f/s, ratio %.0f×"
                    + " (checksum %d)%n", round, perPass, simPerSecond, dmnPerSecond, simPerSecond / dmnPerSecond,
                    sink);
        }
    }
}

package com.retailstudio.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void aLineReadsBackAsItWasPrinted() {
        ProgressLine line = new ProgressLine(ProgressLine.Phase.SIMULATE, 4, 3, 8);
        assertEquals("retail-studio-progress phase=simulate stage=4 tasks=3/8", line.format());
        assertEquals(Optional.of(line), ProgressLine.parse(line.format()));
        assertEquals(Optional.of(line), ProgressLine.parse("  " + line.format() + "\r"));
    }

    @Test
    void otherLinesAreNoProgress() {
        assertTrue(ProgressLine.parse("Simulated Winback over 2,000 customers").isEmpty());
        assertTrue(ProgressLine.parse("15:02:11 WARN NativeCodeLoader: Unable to load native-hadoop").isEmpty());
        assertTrue(ProgressLine.parse("retail-studio-progress phase=shuffle stage=1 tasks=1/2").isEmpty());
        assertTrue(ProgressLine.parse("retail-studio-progress phase=fit stage=1 tasks=99999999999/2").isEmpty());
    }

    @Test
    void theBarFillsPhaseByPhaseAndNeverPassesTheEnd() {
        double start = ProgressLine.of(ProgressLine.Phase.START).fraction();
        double simulateHalf = new ProgressLine(ProgressLine.Phase.SIMULATE, 3, 4, 8).fraction();
        double simulateDone = new ProgressLine(ProgressLine.Phase.SIMULATE, 3, 8, 8).fraction();
        double write = ProgressLine.of(ProgressLine.Phase.WRITE).fraction();
        assertEquals(0, start);
        assertTrue(new ProgressLine(ProgressLine.Phase.FIT, 2, 8, 8).fraction() < simulateHalf);
        assertTrue(simulateHalf < simulateDone && simulateDone <= write && write <= 1,
                simulateHalf + " " + simulateDone + " " + write);
        assertEquals(simulateDone, new ProgressLine(ProgressLine.Phase.SIMULATE, 3, 9, 8).fraction());
    }

    @Test
    void theUserReadsThePhaseAndTheTasks() {
        assertEquals("Spark (local[2]): simulating the customers, 3 of 8 tasks",
                new ProgressLine(ProgressLine.Phase.SIMULATE, 4, 3, 8).describe("local[2]"));
        assertEquals("Spark (spark://h:7077): starting Spark…",
                ProgressLine.of(ProgressLine.Phase.START).describe("spark://h:7077"));
    }
}

package com.retailstudio.app.workspace;

import com.retailstudio.app.approval.PersonName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints what the audit hash chain and the name comparison cost on an H2 workspace: one append per transaction
 * (head row locked, entry hashed and inserted, head moved), {@code verify} over the whole log, and the first and the
 * following four-eyes name comparisons (the first loads ICU's data). Invocation in {@code docs/benchmarks.md}.
 */
public final class AuditChainBenchmark {

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long start = System.nanoTime();
        boolean same = PersonName.samePerson("alice", "ali\u200Bce");
        System.out.printf(Locale.ROOT, "first name comparison (loads ICU): %.1f ms (%s)%n", ms(System.nanoTime() - start),
                same);
        int comparisons = 100_000;
        start = System.nanoTime();
        for (int i = 0; i < comparisons; i++) {
            PersonName.samePerson("Ana Maria " + (i % 50), "ana\u00A0maria " + (i % 7));
        }
        System.out.printf(Locale.ROOT, "name comparison after that: %.1f µs each%n",
                (System.nanoTime() - start) / 1000.0 / comparisons);

        Path folder = Files.createTempDirectory("audit-chain-benchmark");
        try (Workspace workspace = Workspace.open(folder)) {
            long[] appends = new long[entries];
            Instant at = Instant.parse("2026-12-01T09:00:00Z");
            for (int i = 0; i < entries; i++) {
                AuditEntry entry = AuditEntry.of(at.plusSeconds(i), i % 2 == 0 ? "ana" : "ben", "document.saved",
                        "journey", "journey-" + (i % 100)).withObjectVersion(i / 100 + 1).withComment("status draft");
                long t = System.nanoTime();
                workspace.auditLog().append(entry);
                appends[i] = System.nanoTime() - t;
            }
            Arrays.sort(appends);
            long[] steady = Arrays.copyOfRange(appends, 0, appends.length);
            System.out.printf(Locale.ROOT, "append (own transaction, chained): p50 %.2f ms, p95 %.2f ms, max %.1f ms"
                            + " over %,d entries%n", ms(steady[steady.length / 2]),
                    ms(steady[(int) (steady.length * 0.95)]), ms(steady[steady.length - 1]), entries);
            for (int run = 0; run < 3; run++) {
                start = System.nanoTime();
                AuditVerification result = workspace.auditLog().verify();
                System.out.printf(Locale.ROOT, "verify %,d entries: %.0f ms (intact: %s)%n", result.entries(),
                        ms(System.nanoTime() - start), result.intact());
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

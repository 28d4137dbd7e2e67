package com.retailstudio.app.export;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.SamplePlan;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.SettingsStore;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Prints how long {@code validate} takes on a real bundle (three journeys and the sample's markdown plan, folder and
 * zip) and how long it takes to refuse a folder bundle holding a 1.5 GB or a 3 GB (sparse) file and a zip declaring a
 * 1.5 GB entry. Run from the repository root after {@code ./mvnw -pl app -am test-compile}:
 *
 * <pre>java -cp app/target/test-classes:app/target/classes:$(cat /tmp/app-cp.txt) \
 *     com.retailstudio.app.export.ValidateBenchmark</pre>
 * (with {@code ./mvnw -q -pl app dependency:build-classpath -Dmdep.outputFile=/tmp/app-cp.txt} and the reactor's
 * modules' target/classes folders on the class path; docs/benchmarks.md has the exact line).
 */
public final class ValidateBenchmark {

    private ValidateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("validate-benchmark");
        Path folder = temp.resolve("bundle");
        Path zip = temp.resolve("bundle.zip");
        try (Workspace workspace = Workspace.open(temp.resolve("workspace"))) {
            ReviewWorkflow workflow = new ReviewWorkflow(workspace, DocumentChecks.forReview());
            workspace.settings().put(SettingsStore.DISPLAY_NAME, "ana");
            for (String name : List.of("welcome-series", "cart-abandonment", "winback")) {
                workspace.documents().saveDocument(new DocumentDraft("journey", name, "draft",
                        JourneyTemplates.json(name).orElseThrow()));
                workflow.submit("journey", name, "ana");
                workflow.approve("journey", name, "ben", Optional.empty());
            }
            MarkdownPlans.save(workspace, SamplePlan.document("autumn"), "mia");
            workflow.submit(MarkdownPlanDocument.KIND, "autumn", "mia");
            workflow.approve(MarkdownPlanDocument.KIND, "autumn", "noah", Optional.empty());
            BundleExporter exporter = new BundleExporter(workspace, workflow, Clock.systemUTC(), "bench",
                    JourneyForecast.NONE);
            exporter.export(folder, false, "ben");
            exporter.export(zip, true, "ben");
        }
        BundleValidator validator = new BundleValidator(DocumentChecks.forBundles());
        int changes = SamplePlan.document("autumn").priceChanges().size();
        System.out.printf(Locale.ROOT, "bundle: %,d bytes as zip; markdowns/price-changes.json %,d bytes for %,d price "
                + "changes (%.0f bytes each), the plan document %,d bytes%n", Files.size(zip),
                Files.size(folder.resolve("markdowns/price-changes.json")), changes,
                Files.size(folder.resolve("markdowns/price-changes.json")) / (double) changes,
                Files.size(folder.resolve("markdowns/autumn-v1.json")));
        time("valid folder bundle", 10, () -> validator.validate(folder));
        time("valid zip bundle", 10, () -> validator.validate(zip));

        Path big = temp.resolve("big");
        Files.createDirectories(big);
        Files.copy(folder.resolve("manifest.json"), big.resolve("manifest.json"));
        for (long size : new long[] {3L << 29, 3L << 30}) {
            try (RandomAccessFile file = new RandomAccessFile(big.resolve("README.md").toFile(), "rw")) {
                file.setLength(size);
            }
            time(String.format(Locale.ROOT, "folder with a %.1f GB sparse file, refused", size / (double) (1L << 30)),
                    5, () -> validator.validate(big));
        }
        List<TestZip.Entry> entries = TestZip.entries(Map.of("README.md", new byte[16]));
        entries.get(0).declaredSize = 3L << 29;
        Path declared = temp.resolve("declared.zip");
        Files.write(declared, TestZip.write(entries));
        time("zip declaring a 1.5 GB entry, refused", 5, () -> validator.validate(declared));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used at the end: %,d MiB of %,d MiB max%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static void time(String what, int runs, Callable<List<String>> validate) throws Exception {
        List<Double> millis = new ArrayList<>();
        List<String> problems = List.of();
        for (int i = 0; i < runs + 2; i++) {
            long start = System.nanoTime();
            problems = validate.call();
            if (i >= 2) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-45s median %8.1f ms, best %8.1f ms (%d runs after 2 warm-up); %s%n", what,
                millis.get(millis.size() / 2), millis.get(0), runs,
                problems.isEmpty() ? "valid" : problems.get(0));
    }
}

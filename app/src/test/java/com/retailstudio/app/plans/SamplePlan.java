package com.retailstudio.app.plans;

import com.retailstudio.app.approval.MarkdownPlans;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A plan of the bundled sample under the standard rules, made once per test JVM (planning takes seconds). */
public final class SamplePlan {

    private static DataSet data;
    private static PlanResult result;

    private SamplePlan() {
    }

    public static synchronized DataSet data() {
        if (data == null) {
            try {
                Path folder = Files.createTempDirectory("plans-sample");
                BundledSample.extractTo(folder);
                data = DataSetLoader.load(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    public static synchronized PlanResult result() {
        if (result == null) {
            result = new MarkdownPlanner(RuleBook.standard()).plan(data());
        }
        return result;
    }

    /** The plan as a document with the given id. */
    public static MarkdownPlanDocument document(String id) {
        return MarkdownPlans.document(id, result(), RuleBook.standard(), data(), Optional.of("f".repeat(64)));
    }
}

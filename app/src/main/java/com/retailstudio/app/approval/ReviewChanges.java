package com.retailstudio.app.approval;

import com.retailstudio.app.plans.MarkdownPlanDocument;
import com.retailstudio.app.plans.MarkdownPlanFormatException;
import com.retailstudio.app.plans.MarkdownPlanJson;
import com.retailstudio.app.plans.PlanChanges;
import com.retailstudio.app.plans.PlanPriceDifference;
import com.retailstudio.app.workspace.DocumentVersion;
import com.retailstudio.app.workspace.Review;
import com.retailstudio.app.workspace.ReviewState;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyDiff;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a reviewer is asked to approve: the version under review against the last approved one (or, when nothing was
 * approved before, the previous version), one plain-language line per change ({@code + }, {@code - }, {@code ~ }).
 *
 * @param comparedWith what the lines compare against, e.g. "v2 (approved)" or "nothing: this is the first version"
 */
public record ReviewChanges(String comparedWith, List<String> lines, List<PlanPriceDifference> prices) {

    private static final Set<ReviewState> APPROVED = Set.of(ReviewState.APPROVED, ReviewState.EXPORTED);

    public ReviewChanges {
        lines = List.copyOf(lines);
        prices = List.copyOf(prices);
    }

    /** Changes without a price table (journeys, other kinds). */
    public ReviewChanges(String comparedWith, List<String> lines) {
        this(comparedWith, lines, List.of());
    }

    public static ReviewChanges of(Workspace workspace, Review review) {
        DocumentVersion current = workspace.documents().version(review.kind(), review.id(), review.version())
                .orElseThrow();
        Optional<Review> lastApproved = workspace.reviews().history(review.kind(), review.id()).stream()
                .filter(earlier -> earlier.version() < review.version() && APPROVED.contains(earlier.state()))
                .max(Comparator.comparingInt(Review::version));
        Optional<DocumentVersion> baseline = lastApproved
                .flatMap(earlier -> workspace.documents().version(review.kind(), review.id(), earlier.version()))
                .or(() -> review.version() > 1
                        ? workspace.documents().version(review.kind(), review.id(), review.version() - 1)
                        : Optional.empty());
        String comparedWith = baseline.map(version -> "v" + version.version()
                        + (lastApproved.isPresent() ? " (approved)" : " (the previous version, never approved)"))
                .orElse("nothing: this is the first version");
        if (DocumentChecks.MARKDOWN_PLAN.equals(review.kind())) {
            if (lastApproved.isEmpty()) {
                // a plan for another week replaces the plan the stores run now: compare with that one
                Optional<Review> running = lastApprovedPlan(workspace, review);
                Optional<DocumentVersion> other = running.flatMap(plan -> workspace.documents()
                        .version(plan.kind(), plan.id(), plan.version()));
                if (other.isPresent()) {
                    return planChanges("plan " + running.get().id() + " v" + running.get().version()
                            + " (the last approved plan)", current, other);
                }
            }
            return planChanges(comparedWith, current, baseline);
        }
        if (!DocumentChecks.JOURNEY.equals(review.kind())) {
            return new ReviewChanges(comparedWith, List.of(baseline.isEmpty()
                    ? "+ a new " + review.kind().replace('_', ' ')
                    : "~ v" + review.version() + " replaces v" + baseline.get().version()));
        }
        try {
            Journey after = JourneyJson.parse(current.body());
            if (baseline.isEmpty()) {
                return new ReviewChanges(comparedWith, List.of("+ a new journey \"" + after.name() + "\" with "
                        + after.nodes().size() + " steps"));
            }
            JourneyDiff diff = JourneyDiff.between(JourneyJson.parse(baseline.get().body()), after);
            return new ReviewChanges(comparedWith, diff.isEmpty()
                    ? List.of("No changes to what customers experience.")
                    : diff.toText().lines().toList());
        } catch (JourneyFormatException e) {
            return new ReviewChanges(comparedWith, List.of("! the journey cannot be read: " + e.getMessage()));
        }
    }

    /** The most recently approved (or exported) version of another markdown plan. */
    private static Optional<Review> lastApprovedPlan(Workspace workspace, Review review) {
        return APPROVED.stream().flatMap(state -> workspace.reviews().inState(state).stream())
                .filter(other -> other.kind().equals(review.kind()) && !other.id().equals(review.id()))
                .max(Comparator.comparing((Review other) -> other.decidedAt().orElse(other.submittedAt()))
                        .thenComparing(Review::id));
    }

    /** A plan's price table against the compared plan, with its totals as lines. */
    private static ReviewChanges planChanges(String comparedWith, DocumentVersion current,
                                             Optional<DocumentVersion> baseline) {
        try {
            MarkdownPlanDocument plan = MarkdownPlanJson.read(current.body());
            Optional<MarkdownPlanDocument> before = baseline.map(version -> MarkdownPlanJson.read(version.body()));
            List<PlanPriceDifference> prices = PlanChanges.prices(before, plan);
            return new ReviewChanges(comparedWith, PlanChanges.lines(before, plan, prices), prices);
        } catch (MarkdownPlanFormatException e) {
            return new ReviewChanges(comparedWith, List.of("! the markdown plan cannot be read: " + e.getMessage()));
        }
    }
}

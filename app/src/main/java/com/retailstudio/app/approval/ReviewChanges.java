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
import com.retailstudio.designer.model.JourneyStructureDiff;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a reviewer is asked to approve: the version under review against the last approved one (or, when nothing was
 * approved before, as new), one plain-language line per change ({@code + }, {@code - }, {@code ~ }).
 *
 * @param comparedWith what the lines compare against, e.g. "v2 (approved)" or {@link #NOTHING_APPROVED}
 * @param prices       for a markdown plan, each price that differs from the compared plan
 * @param journeys     for a journey, the two versions to draw side by side with their marks
 * @param lineSteps    for each line, the journey step it is about (empty for the journey as a whole or other kinds)
 */
public record ReviewChanges(String comparedWith, List<String> lines, List<PlanPriceDifference> prices,
                            Optional<JourneyVersions> journeys, List<Optional<String>> lineSteps) {

    /** What a review compares with when no version of the document was approved: it is shown as new. */
    public static final String NOTHING_APPROVED = "nothing: no version was approved before, so all of it is new";

    private static final Set<ReviewState> APPROVED = Set.of(ReviewState.APPROVED, ReviewState.EXPORTED);

    public ReviewChanges {
        lines = List.copyOf(lines);
        prices = List.copyOf(prices);
        lineSteps = List.copyOf(lineSteps);
        if (lineSteps.size() != lines.size()) {
            throw new IllegalArgumentException(lines.size() + " lines but " + lineSteps.size() + " line steps");
        }
    }

    /** A plan's changes with its price table. */
    public ReviewChanges(String comparedWith, List<String> lines, List<PlanPriceDifference> prices) {
        this(comparedWith, lines, prices, Optional.empty(), lines.stream().map(line -> Optional.<String>empty()).toList());
    }

    /** Changes of another kind, or a journey that cannot be read: lines only. */
    public ReviewChanges(String comparedWith, List<String> lines) {
        this(comparedWith, lines, List.of());
    }

    public static ReviewChanges of(Workspace workspace, Review review) {
        DocumentVersion current = workspace.documents().version(review.kind(), review.id(), review.version())
                .orElseThrow();
        Optional<Review> lastApproved = workspace.reviews().history(review.kind(), review.id()).stream()
                .filter(earlier -> earlier.version() < review.version() && APPROVED.contains(earlier.state()))
                .max(Comparator.comparingInt(Review::version));
        // Never the previous version when it was not approved: what customers meet is the approved one, and a
        // never-approved version beside it would hide every edit the reviewer has not yet seen approved.
        Optional<DocumentVersion> baseline = lastApproved
                .flatMap(earlier -> workspace.documents().version(review.kind(), review.id(), earlier.version()));
        String comparedWith = baseline.map(version -> "v" + version.version() + " (approved)")
                .orElse(NOTHING_APPROVED);
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
                        + after.nodes().size() + " steps"), List.of(), Optional.of(new JourneyVersions(
                        Optional.empty(), Optional.empty(), after, review.version(),
                        JourneyStructureDiff.firstVersion(after))), List.of(Optional.empty()));
            }
            Journey before = JourneyJson.parse(baseline.get().body());
            JourneyDiff diff = JourneyDiff.between(before, after);
            JourneyVersions versions = new JourneyVersions(Optional.of(before), Optional.of(comparedWith), after,
                    review.version(), JourneyStructureDiff.of(before, after, diff));
            if (diff.isEmpty()) {
                return new ReviewChanges(comparedWith, List.of("No changes to what customers experience."), List.of(),
                        Optional.of(versions), List.of(Optional.empty()));
            }
            // one line per change, in the diff's order, so a line leads to its step
            List<JourneyDiff.Change> changes = diff.changes();
            List<String> lines = changes.stream().map(change -> new JourneyDiff(List.of(change)).toText()).toList();
            return new ReviewChanges(comparedWith, lines, List.of(), Optional.of(versions),
                    changes.stream().map(JourneyDiff.Change::nodeId).toList());
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

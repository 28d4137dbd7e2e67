package com.retailstudio.app.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** Builds each section's content once and keeps it, so switching sections keeps their state. */
public final class SectionViews {

    private final ShellViewModel shell;
    private final Map<Section, Function<ShellViewModel, Node>> factories;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);

    /** Sections without a factory show their empty state. */
    public SectionViews(ShellViewModel shell, Map<Section, Function<ShellViewModel, Node>> factories) {
        this.shell = shell;
        this.factories = Map.copyOf(factories);
    }

    public Node viewFor(Section section) {
        return built.computeIfAbsent(section, key -> factories.containsKey(key)
                ? factories.get(key).apply(shell)
                : new EmptyStateView(emptyState(key, shell::show)));
    }

    /** The empty state of a section; its action, where it has one, navigates with {@code navigate}. */
    public static EmptyState emptyState(Section section, Consumer<Section> navigate) {
        return switch (section) {
            case JOURNEYS -> new EmptyState(section, "No journeys yet",
                    "Journeys turn a customer's behaviour into the right message on the right channel, within the "
                            + "guardrails you set.",
                    List.of("Triggers, waits, condition and A/B splits, next-best-action on a canvas",
                            "Consent per purpose, frequency caps, quiet hours and holdout groups checked as you edit",
                            "Promotions are personalised; the base price never is"),
                    "New journey", Material2OutlinedAL.ADD_CIRCLE_OUTLINE, Optional.empty(),
                    "Journeys are designed in a workspace: open one to start from a template or a blank canvas.");
            case SIMULATION -> new EmptyState(section, "Nothing simulated yet",
                    "Simulate a journey against the workspace's customers to see who flows where, what is sent and "
                            + "suppressed, and what it earns against the holdout.",
                    List.of("Per-node flow and conversions, deterministic for a given seed",
                            "Uplift against the holdout with confidence intervals",
                            "Channel fatigue and why each customer got each message"),
                    "Choose a journey", Material2OutlinedAL.ACCOUNT_TREE, navigateTo(navigate, Section.JOURNEYS),
                    "Simulations start from a journey.");
            case MARKDOWNS -> new EmptyState(section, "No markdown plan yet",
                    "Fit demand from sell-through history and get the timing and depth of each markdown per product "
                            + "and store, compared with a rule-of-thumb baseline.",
                    List.of("Price elasticity and season life-cycle fitted per product",
                            "Discount ladders, price endings and minimum gaps between markdowns respected",
                            "Margin, sell-through and leftover stock against the baseline"),
                    "Review sales history", Material2OutlinedAL.FOLDER_OPEN, navigateTo(navigate, Section.DATA),
                    "Plans are built from the active data set's weekly sales.");
            case LAYOUTS -> new EmptyState(section, "No store selected",
                    "See traffic, dwell and conversion by zone and daypart on each store's floor plan, and which "
                            + "categories sell better side by side.",
                    List.of("Traffic heatmaps and zone choropleths drawn to scale",
                            "Dayparts side by side: weekday mornings against Saturdays",
                            "Adjacency recommendations from co-purchase lift"),
                    "Review store data", Material2OutlinedAL.FOLDER_OPEN, navigateTo(navigate, Section.DATA),
                    "Layouts come from the active data set's stores, zones and foot traffic.");
            case DATA -> new EmptyState(section, "No data set yet",
                    "Every section works from one data set: customers and consent, events, products, stores and "
                            + "zones, weekly sales, baskets and foot traffic.",
                    List.of("Open a folder of CSV files, or drop one here",
                            "Completeness, validity, freshness and consent coverage at a glance",
                            "Problems listed with file and line, nothing imported half-way"),
                    "Open folder…", Material2OutlinedAL.CREATE_NEW_FOLDER, Optional.empty(),
                    "The data contract is described in docs/data-format.md.");
            case APPROVALS -> new EmptyState(section, "Nothing waiting for review",
                    "Designs reach production only after someone other than their author approves them. Approved "
                            + "items are exported as versioned, validated bundles.",
                    List.of("Four-eyes review with side-by-side diffs",
                            "An append-only audit trail of every decision",
                            "Bundles with checksums and DMN that a real decision engine runs"),
                    "Go to journeys", Material2OutlinedAL.ARROW_FORWARD, navigateTo(navigate, Section.JOURNEYS),
                    "Submit a journey or a markdown plan for review to see it here.");
        };
    }

    private static Optional<Runnable> navigateTo(Consumer<Section> navigate, Section target) {
        return Optional.of(() -> navigate.accept(target));
    }
}

package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.PortfolioTrace;
import com.retailstudio.simulator.model.ReasonTrace;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.simulator.model.TraceStep;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The Customer trace tab's state: what is searched for (a customer id, a question, or reasons), the customer shown
 * with their steps, and one line on the search; over the last run's {@link TraceSearch}, set by the section. The
 * Portfolio tab has one too, over the last portfolio run, showing a customer across the journeys.
 */
public final class CustomerTraceViewModel {
    private static final String SUPPRESSED = "suppressed: ";
    private final ReadOnlyObjectWrapper<TraceSearch> traceSearch = new ReadOnlyObjectWrapper<>(this, "traceSearch");
    private final ObservableSet<TraceReason> traceReasons = FXCollections.observableSet(EnumSet.noneOf(
            TraceReason.class));
    private final StringProperty traceCustomer = new SimpleStringProperty(this, "traceCustomer", "");
    private final ReadOnlyObjectWrapper<ShownTrace> shownTrace = new ReadOnlyObjectWrapper<>(this, "shownTrace");
    private final StringProperty traceMessage = new SimpleStringProperty(this, "traceMessage", "");
    private List<ReasonTrace> lastMatches = List.of();
    private int lastMatchIndex;

    /**
     * One customer's trace as shown: who, what happened to them, their steps, and which of the found examples it
     * is ({@code index} of {@code of}; 0 of 0 when looked up by id).
     *
     * @param journeys over a portfolio run, the journey of each step (as many as steps); empty for one journey's run
     */
    public record ShownTrace(String customerId, Set<TraceReason> reasons, List<TraceStep> steps, int index, int of,
            List<String> journeys) {
        public ShownTrace {
            reasons = Set.copyOf(reasons);
            steps = List.copyOf(steps);
            journeys = List.copyOf(journeys);
            if (!journeys.isEmpty() && journeys.size() != steps.size()) {
                throw new IllegalArgumentException("one journey per step");
            }
        }

        /** A trace of one journey's run. */
        public ShownTrace(String customerId, Set<TraceReason> reasons, List<TraceStep> steps, int index, int of) {
            this(customerId, reasons, steps, index, of, List.of());
        }

        /** A customer's trace across the journeys of a portfolio run. */
        static ShownTrace across(PortfolioTrace timeline, Set<TraceReason> reasons, int index, int of) {
            return new ShownTrace(timeline.customerId(), reasons, timeline.traceSteps(), index, of,
                    timeline.journeyIds());
        }
    }

    /**
     * Searches the given run from now on (null: no run); forgets what was shown of the previous one, the reasons
     * picked for it included, so nothing on the tab speaks of a run that is gone.
     */
    void use(TraceSearch search) {
        traceSearch.set(search);
        shownTrace.set(null);
        lastMatches = List.of();
        traceReasons.clear();
        traceMessage.set("");
    }

    /**
     * What the steps table says when it has no rows: why there are none for the customer shown, or how to find one;
     * the line above and the table never disagree.
     */
    public String emptyStepsText() {
        ShownTrace shown = shownTrace.get();
        if (shown == null) {
            return "Search for a customer above.";
        }
        return "Customer " + shown.customerId() + " " + neverEntered() + ", so there are no steps to show.";
    }

    private String neverEntered() {
        TraceSearch search = traceSearch.get();
        return search != null && search.acrossJourneys() ? "entered none of the portfolio's journeys"
                : "never entered this journey";
    }

    /** Shows the first kept customer who had every reason in {@link #traceReasons()}, or says there is none. */
    public void findByReasons() {
        TraceSearch search = traceSearch.get();
        if (search == null) {
            traceMessage.set("Run a simulation first: the search looks in the last run.");
            return;
        }
        lastMatches = search.matching(Set.copyOf(traceReasons));
        lastMatchIndex = 0;
        if (lastMatches.isEmpty()) {
            shownTrace.set(null);
            traceMessage.set("No customer in this run " + describe(traceReasons) + ".");
            return;
        }
        showMatch();
    }

    /** Shows the next customer found by {@link #findByReasons()}, wrapping round. */
    public void nextMatch() {
        if (lastMatches.isEmpty()) {
            return;
        }
        lastMatchIndex = (lastMatchIndex + 1) % lastMatches.size();
        showMatch();
    }

    private void showMatch() {
        ReasonTrace found = lastMatches.get(lastMatchIndex);
        TraceSearch search = traceSearch.get();
        Optional<PortfolioTrace> timeline = search.timeline(found.customerId());
        shownTrace.set(timeline.isPresent()
                ? ShownTrace.across(timeline.get(), found.reasons(), lastMatchIndex + 1, lastMatches.size())
                : new ShownTrace(found.customerId(), found.reasons(), found.steps(), lastMatchIndex + 1,
                        lastMatches.size()));
        traceMessage.set("Customer " + found.customerId() + ": " + describe(found.reasons()) + ".");
    }

    /**
     * Searches with what was typed: a question naming reasons ("a customer suppressed by quiet hours who converted")
     * selects those reasons and finds an example; anything else is taken as a customer id.
     */
    public void search() {
        Set<TraceReason> asked = TraceQuestion.reasons(traceCustomer.get());
        if (asked.isEmpty()) {
            // a customer looked up by id was not found by the reasons picked for the last search: unpick them
            traceReasons.clear();
            findById();
            return;
        }
        traceReasons.retainAll(asked);
        traceReasons.addAll(asked);
        findByReasons();
    }

    /** Shows the trace of the customer whose id is in {@link #traceCustomerProperty()}. */
    public void findById() {
        TraceSearch search = traceSearch.get();
        String id = traceCustomer.get() == null ? "" : traceCustomer.get().strip();
        if (search == null) {
            traceMessage.set("Run a simulation first: the search looks in the last run.");
            return;
        }
        if (id.isEmpty()) {
            traceMessage.set("Type a customer id, such as one from the data set's customers.csv.");
            return;
        }
        if (search.acrossJourneys()) {
            findAcrossJourneys(search, id);
            return;
        }
        Optional<List<TraceStep>> steps = search.byId(id);
        lastMatches = List.of();
        if (steps.isEmpty()) {
            shownTrace.set(null);
            traceMessage.set(search.findsAnyCustomer() ? "No customer “" + id + "” in the data set."
                    : "“" + id + "” is not among the example traces this Spark run kept; run the journey on the "
                            + "desktop engine to trace any customer.");
        } else if (steps.get().isEmpty()) {
            shownTrace.set(new ShownTrace(id, Set.of(), List.of(), 0, 0));
            traceMessage.set("Customer " + id + " never entered this journey.");
        } else {
            Set<TraceReason> reasons = search.reasonsOf(id).orElseGet(() -> reasonsOf(steps.get()));
            shownTrace.set(new ShownTrace(id, reasons, steps.get(), 0, 0));
            traceMessage.set("Customer " + id + ": " + describe(reasons) + ".");
        }
    }

    private void findAcrossJourneys(TraceSearch search, String id) {
        Optional<PortfolioTrace> timeline = search.timeline(id);
        lastMatches = List.of();
        if (timeline.isEmpty()) {
            shownTrace.set(null);
            traceMessage.set("No customer “" + id + "” in the data set.");
        } else if (!timeline.get().enteredAny()) {
            shownTrace.set(ShownTrace.across(timeline.get(), Set.of(), 0, 0));
            traceMessage.set("Customer " + id + " " + neverEntered() + ".");
        } else {
            Set<TraceReason> reasons = reasonsOf(timeline.get().traceSteps());
            shownTrace.set(ShownTrace.across(timeline.get(), reasons, 0, 0));
            traceMessage.set("Customer " + id + ": " + describe(reasons) + ".");
        }
    }

    /** What happened to a customer, read from their steps (for customers looked up by id). */
    static Set<TraceReason> reasonsOf(List<TraceStep> steps) {
        Set<TraceReason> reasons = EnumSet.noneOf(TraceReason.class);
        for (TraceStep s : steps) {
            String d = s.decision();
            if (d.equals("converted")) {
                reasons.add(TraceReason.CONVERTED);
            } else if (d.equals("sent")) {
                reasons.add(TraceReason.SENT);
            } else if (d.equals("unsubscribed")) {
                reasons.add(TraceReason.UNSUBSCRIBED);
            } else if (d.equals("deferred")) {
                reasons.add(TraceReason.QUIET_HOURS);
            } else if (d.startsWith(SUPPRESSED)) {
                // A suppression's decision names its reason as the trace reason does (no_consent, lost_to_priority…).
                String reason = d.substring(SUPPRESSED.length());
                for (TraceReason r : TraceReason.values()) {
                    if (r.json().equals(reason)) {
                        reasons.add(r);
                    }
                }
            } else if (d.equals("entered") && s.reason().contains("holdout")) {
                reasons.add(TraceReason.HOLDOUT);
            }
        }
        return reasons;
    }

    /** "who was in the holdout group and reached the goal"; "who entered" for no reasons. */
    static String describe(Set<TraceReason> reasons) {
        if (reasons.isEmpty()) {
            return "entered without a message, suppression or conversion";
        }
        List<String> parts = EnumSet.copyOf(reasons).stream().map(TraceReason::description).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The last run's customer search, null before a run. */
    public ReadOnlyObjectProperty<TraceSearch> traceSearchProperty() {
        return traceSearch.getReadOnlyProperty();
    }

    /** What the trace search looks for: customers who had all of these. */
    public ObservableSet<TraceReason> traceReasons() {
        return traceReasons;
    }

    /** What was typed: a customer id or a question. */
    public StringProperty traceCustomerProperty() {
        return traceCustomer;
    }

    public ReadOnlyObjectProperty<ShownTrace> shownTraceProperty() {
        return shownTrace.getReadOnlyProperty();
    }

    /** One line on the last search: who was found and what happened to them, or why nobody was. */
    public StringProperty traceMessageProperty() {
        return traceMessage;
    }
}

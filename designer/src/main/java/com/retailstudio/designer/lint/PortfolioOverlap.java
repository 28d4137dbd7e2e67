package com.retailstudio.designer.lint;

import com.retailstudio.designer.model.AudienceBreakdown;
import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.EntryTrigger;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Portfolio lint: which pairs of journeys can message the same customer on the same day, and how many customers of
 * the active data set meet both (docs/portfolio-format.md, {@value JourneyOverlap#CODE}). A customer can meet both when
 * they are in both audiences and meet both entry triggers' conditions on their profile and behaviour (conditions on
 * the triggering event itself, {@code event.*}, are left out: any customer may produce such an event). Pairs with no
 * customer in common are not reported.
 */
public final class PortfolioOverlap {
    /** How far ahead two schedules are compared for a shared day. */
    private static final int SCHEDULE_HORIZON_DAYS = 2 * 366;

    private PortfolioOverlap() {
    }

    /**
     * The overlapping pairs in the order the journeys are given.
     *
     * @param count who meets conditions on the active data set (the app's {@code AudienceCounts::count}); it throws
     *              {@link IllegalArgumentException} or {@link IllegalStateException} when it cannot count
     */
    public static List<JourneyOverlap> check(List<Journey> journeys,
                                             Function<Condition.Group, AudienceBreakdown> count) {
        List<JourneyOverlap> overlaps = new ArrayList<>();
        for (int i = 0; i < journeys.size(); i++) {
            for (int j = i + 1; j < journeys.size(); j++) {
                Journey first = journeys.get(i);
                Journey second = journeys.get(j);
                if (first.messages().isEmpty() || second.messages().isEmpty() || !canShareADay(first, second)) {
                    continue;
                }
                Condition.Group both = Condition.Group.all(reachable(first), reachable(second));
                try {
                    AudienceBreakdown counted = count.apply(both);
                    if (counted.size() > 0) {
                        overlaps.add(new JourneyOverlap(first, second, Optional.of(counted.size()),
                                counted.customers(), Optional.empty()));
                    }
                } catch (IllegalArgumentException | IllegalStateException e) {
                    overlaps.add(new JourneyOverlap(first, second, Optional.empty(), 0,
                            Optional.of(String.valueOf(e.getMessage()))));
                }
            }
        }
        return List.copyOf(overlaps);
    }

    /** The findings of {@link #check}, one warning per overlapping pair. */
    public static List<Finding> findings(List<Journey> journeys,
                                         Function<Condition.Group, AudienceBreakdown> count) {
        return check(journeys, count).stream().map(JourneyOverlap::toFinding).toList();
    }

    /** Who can enter the journey: its audience and its entry trigger's conditions on the customer. */
    static Condition.Group reachable(Journey journey) {
        Condition.Group entry = Condition.Group.always();
        if (journey.entry() instanceof EntryTrigger.AudienceTrigger audience) {
            entry = audience.conditions();
        } else if (journey.entry() instanceof EntryTrigger.EventTrigger event) {
            entry = withoutEventFields(event.filter());
        }
        return Condition.Group.all(journey.audience(), entry);
    }

    /**
     * The group without its conditions on the triggering event: dropped from an AND group; an OR group with one holds
     * for anyone (an over-estimate, never an under-estimate). An empty group holds for everyone.
     */
    static Condition.Group withoutEventFields(Condition.Group group) {
        List<Condition> kept = new ArrayList<>();
        for (Condition condition : group.conditions()) {
            if (condition instanceof Condition.Comparison c && c.field().startsWith("event.")) {
                if (group.combinator() == Condition.Combinator.OR) {
                    return Condition.Group.always();
                }
            } else if (condition instanceof Condition.Group inner) {
                kept.add(withoutEventFields(inner));
            } else {
                kept.add(condition);
            }
        }
        return new Condition.Group(group.combinator(), kept);
    }

    /**
     * Whether the two journeys can send on one calendar day: always, unless both enter on schedules whose days never
     * meet and both send only on the day of entry (no step that waits or is unknown to this check).
     */
    static boolean canShareADay(Journey first, Journey second) {
        if (!(first.entry() instanceof EntryTrigger.ScheduleTrigger a)
                || !(second.entry() instanceof EntryTrigger.ScheduleTrigger b)
                || !sendsOnlyOnEntryDay(first) || !sendsOnlyOnEntryDay(second)) {
            return true;
        }
        Set<LocalDate> days = new HashSet<>(days(a, a.start().isBefore(b.start()) ? b.start() : a.start()));
        return days(b, a.start().isBefore(b.start()) ? b.start() : a.start()).stream().anyMatch(days::contains);
    }

    private static boolean sendsOnlyOnEntryDay(Journey journey) {
        return journey.nodes().stream().allMatch(node -> node instanceof JourneyNode.Entry
                || node instanceof JourneyNode.ConditionSplit || node instanceof JourneyNode.RandomSplit
                || node instanceof JourneyNode.Action || node instanceof JourneyNode.NextBestAction
                || node instanceof JourneyNode.Exit);
    }

    /** The schedule's entry days from {@code from} over the horizon. */
    private static List<LocalDate> days(EntryTrigger.ScheduleTrigger schedule, LocalDate from) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate end = from.plusDays(SCHEDULE_HORIZON_DAYS);
        for (int k = 0; ; k++) {
            LocalDate day = switch (schedule.repeat()) {
                case ONCE -> k == 0 ? schedule.start() : end.plusDays(1);
                case DAILY -> schedule.start().plusDays(k);
                case WEEKLY -> schedule.start().plusWeeks(k);
                case MONTHLY -> schedule.start().plusMonths(k);
            };
            if (day.isAfter(end)) {
                return days;
            }
            if (!day.isBefore(from)) {
                days.add(day);
            }
        }
    }
}

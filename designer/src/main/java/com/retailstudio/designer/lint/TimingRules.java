package com.retailstudio.designer.lint;

import com.retailstudio.data.model.EventType;
import com.retailstudio.designer.model.ExitCriterion;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import com.retailstudio.designer.model.WaitUntil;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Local-time waits wait for a date the customer profile has, best-hour sends do not hold back what the customer
 * asked for, and exit criteria can happen and are not the goal by another name.
 */
final class TimingRules implements LintRule {
    /** The date fields of the customer profile a wait may count from: {@code signup_date}, {@code birth_date}. */
    static final List<String> PROFILE_DATES = FieldCatalogue.standard().profileDates();

    @Override
    public void check(Journey journey, List<Finding> findings) {
        for (JourneyNode node : journey.nodes()) {
            if (node instanceof JourneyNode.Wait wait && wait.until().orElse(null) instanceof WaitUntil.DateAttribute d
                    && !PROFILE_DATES.contains(d.field())) {
                findings.add(Finding.error("UNKNOWN_DATE_FIELD", node.id(), "\"" + Names.of(node) + "\" waits for the "
                        + "date in \"" + d.field() + "\", which is not a date of the customer profile. Choose one of: "
                        + String.join(", ", PROFILE_DATES) + " (birth_date for a birthday)."));
            }
            if (node instanceof JourneyNode.Action action && action.sendAtBestHour()
                    && action.message().transactional()) {
                findings.add(Finding.warning("TRANSACTIONAL_AT_BEST_HOUR", node.id(), "\"" + Names.of(node)
                        + "\" holds a transactional message for the customer's best hour; a notice the customer asked "
                        + "for should go at once. Turn off \"send at the best hour\"."));
            }
        }
        exitCriteria(journey, findings);
    }

    private static void exitCriteria(Journey journey, List<Finding> findings) {
        List<ExitCriterion> criteria = journey.exitCriteria();
        for (int k = 0; k < criteria.size(); k++) {
            String name = "Exit criterion " + (k + 1);
            if (criteria.get(k) instanceof ExitCriterion.OnEvent e) {
                Optional<EventType> type = EventType.fromCsv(e.event());
                if (type.isEmpty()) {
                    findings.add(Finding.error("UNKNOWN_EVENT", null, name + " leaves on \"" + e.event()
                            + "\", which is not an event the data has. Choose one of: " + known() + "."));
                } else if (e.event().equals(journey.goal().event())) {
                    findings.add(Finding.warning("EXIT_IS_GOAL", null, name + " leaves on \"" + e.event()
                            + "\", the goal: the goal already takes customers out on it and counts them as "
                            + "conversions, so this exit never happens. Remove it or choose another event."));
                } else if (type.get() == EventType.MESSAGE_SENT) {
                    findings.add(Finding.error("UNKNOWN_EVENT", null, name + " leaves on message_sent, which is "
                            + "something journeys do, not something a customer does; choose a customer event."));
                }
            } else if (criteria.get(k) instanceof ExitCriterion.WhenCondition c && c.condition().isEmpty()) {
                findings.add(Finding.error("EXIT_ALWAYS", null, name + " has no conditions, so it holds for "
                        + "everyone and every customer would leave as they enter. Add a condition or remove it."));
            }
        }
    }

    private static String known() {
        return Arrays.stream(EventType.values()).map(EventType::csv).collect(Collectors.joining(", "));
    }
}

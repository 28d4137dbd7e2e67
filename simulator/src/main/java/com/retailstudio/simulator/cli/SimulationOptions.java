package com.retailstudio.simulator.cli;

import com.retailstudio.designer.io.JourneyFormatException;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.io.PortfolioFormatException;
import com.retailstudio.designer.io.PortfolioRulesReader;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.model.SimulationSettings;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every {@code simulate} takes, whichever engine runs it (the desktop's in this process, or Spark's in
 * {@code retail-studio-spark}): the journey, the seed, partitions, traces, the guardrails' modes and the report file.
 * A picocli mixin, so both commands offer the same names, defaults, help and checks.
 */
public final class SimulationOptions {

    /** How {@code --journey} names a shipped template instead of a file. */
    public static final String TEMPLATE_PREFIX = "template:";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--journey", paramLabel = "FILE|template:NAME",
            description = "Journey file (JSON), or template:NAME for a shipped template ("
                    + "cart-abandonment, welcome-series, winback, clearance-offer, back-in-stock, birthday). "
                    + "Repeat it to simulate several journeys together on the same customers, as a portfolio.")
    private List<String> journeySources = List.of();

    @Option(names = "--portfolio", paramLabel = "RULES.json|template:NAME",
            description = "Portfolio rules (caps across journeys, global control, priority, suppression) the "
                    + "journeys are simulated under, or template:shared-caps, which also brings its three journeys "
                    + "when no --journey is given. Without it, several journeys run together sharing no caps.")
    private String portfolioSource;

    @Option(names = "--seed", description = "Seed of random splits and simulated responses (default: ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Option(names = "--partitions", description = "Customer partitions, run in parallel and merged "
            + "(default: ${DEFAULT-VALUE}).")
    private int partitions = 2;

    @Option(names = "--trace", paramLabel = "CUSTOMER_ID",
            description = "Record every step of this customer, by id, in the report (repeatable); with several "
                    + "journeys, also print their steps across the journeys as one timeline.")
    private List<String> traces = List.of();

    /** Customer ids are personal data, so no trace is recorded unless asked for. */
    @Option(names = "--trace-first", paramLabel = "N",
            description = "Also trace the first N customers who enter, with their ids (default: ${DEFAULT-VALUE}, "
                    + "none).")
    private int traceFirst = 0;

    @Option(names = "--examples", paramLabel = "N",
            description = "Add example traces to the report: for each reason (converted, holdout, sent, no_consent, "
                    + "quiet_hours, frequency_cap, unsubscribed; with several journeys also global_control, "
                    + "suppressed, portfolio_cap, lost_to_priority, per journey) the first N customers who had it, "
                    + "with their ids (default: ${DEFAULT-VALUE}, none).")
    private int examples = 0;

    @Option(names = "--quiet-hours", paramLabel = "defer|drop",
            description = "A send caught by quiet hours is deferred to the window's end or dropped (default: defer).")
    private String quietHours = "defer";

    @Option(names = "--capped", paramLabel = "advance|exit",
            description = "A customer at a frequency cap moves on without the message or leaves (default: advance).")
    private String capped = "advance";

    @Option(names = "--report", required = true, paramLabel = "OUT.json", description = "Report file to write.")
    private Path report;

    public int partitions() {
        return partitions;
    }

    public Path report() {
        return report;
    }

    /** The settings the options ask for; numbers out of range or an unknown mode are bad usage. */
    public SimulationSettings settings() {
        if (partitions < 1) {
            throw usage("--partitions must be at least 1, not " + partitions);
        }
        if (traceFirst < 0 || examples < 0) {
            throw usage(traceFirst < 0 ? "--trace-first must be 0 or more, not " + traceFirst
                    : "--examples must be 0 or more, not " + examples);
        }
        return SimulationSettings.defaults(seed)
                .withQuietHours(choice(quietHours, "--quiet-hours", SimulationSettings.QuietHoursMode.class))
                .withCapped(choice(capped, "--capped", SimulationSettings.CappedMode.class))
                .withTrace(Set.copyOf(traces), traceFirst)
                .withReasonTraces(examples);
    }

    /** Whether the options ask for several journeys together, or for portfolio rules: a portfolio run. */
    public boolean portfolio() {
        return journeySources.size() > 1 || portfolioSource != null;
    }

    /** The one journey of a run that is no portfolio run; several journeys or --portfolio are bad usage here. */
    public Journey journey() {
        if (portfolio()) {
            throw usage("several --journey options or --portfolio make a portfolio run, which has no one journey");
        }
        if (journeySources.isEmpty()) {
            throw usage("Missing required option: '--journey=FILE|template:NAME'");
        }
        return journey(journeySources.get(0));
    }

    /** The journeys of a portfolio run: each --journey, or the portfolio template's when none is given. */
    public List<Journey> journeys() {
        if (journeySources.isEmpty()) {
            String template = portfolioTemplate().orElseThrow(() -> usage(
                    "Missing required option: '--journey=FILE|template:NAME' (only --portfolio template:NAME "
                            + "brings journeys of its own)"));
            return PortfolioTemplates.journeys(template);
        }
        return journeySources.stream().map(this::journey).toList();
    }

    /**
     * The portfolio rules: the file read (errors name the file, line and field), a shipped template, or rules that
     * change nothing when --portfolio is not given.
     */
    public PortfolioRules portfolioRules() {
        if (portfolioSource == null) {
            return PortfolioRules.none("journeys");
        }
        Optional<String> template = portfolioTemplate();
        if (template.isPresent()) {
            return PortfolioTemplates.rules(template.get()).orElseThrow();
        }
        Path file = path(portfolioSource, "--portfolio");
        try {
            return PortfolioRulesReader.read(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("The portfolio rules file " + file.toAbsolutePath()
                    + " does not exist.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read the portfolio rules file " + file.toAbsolutePath()
                    + ": " + e.getMessage() + ".", e);
        } catch (PortfolioFormatException e) {
            throw new IllegalArgumentException("The portfolio rules file is not valid: " + e.getMessage() + ".", e);
        }
    }

    private Optional<String> portfolioTemplate() {
        if (portfolioSource == null || !portfolioSource.startsWith(TEMPLATE_PREFIX)) {
            return Optional.empty();
        }
        String name = portfolioSource.substring(TEMPLATE_PREFIX.length());
        if (!PortfolioTemplates.NAMES.contains(name)) {
            throw usage("--portfolio: there is no template '" + name + "'; the templates are "
                    + String.join(", ", PortfolioTemplates.NAMES));
        }
        return Optional.of(name);
    }

    /**
     * A journey: a shipped template, or the file read. An unknown template or a name that is no file name is bad
     * usage; a file that is missing, unreadable or invalid is an {@link IllegalArgumentException} whose message is
     * one sentence naming the file.
     */
    private Journey journey(String journeySource) {
        if (journeySource.startsWith(TEMPLATE_PREFIX)) {
            String name = journeySource.substring(TEMPLATE_PREFIX.length());
            return JourneyTemplates.load(name).orElseThrow(() -> usage("--journey: there is no template '" + name
                    + "'; the templates are " + String.join(", ", JourneyTemplates.NAMES)));
        }
        Path file = path(journeySource, "--journey");
        try {
            return JourneyJson.read(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("The journey file " + file.toAbsolutePath() + " does not exist.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read the journey file " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ".", e);
        } catch (JourneyFormatException e) {
            throw new IllegalArgumentException("The journey file " + file + " is not valid at " + e.getMessage()
                    + ".", e);
        }
    }

    private Path path(String text, String option) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw usage(option + ": '" + text + "' is neither a file name nor template:NAME (" + e.getReason()
                    + ")");
        }
    }

    private <E extends Enum<E>> E choice(String text, String option, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(option + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + text + "'");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}

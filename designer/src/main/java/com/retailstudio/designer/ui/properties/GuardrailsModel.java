package com.retailstudio.designer.ui.properties;

import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.model.ConsentRules;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.Guardrails;
import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.QuietHours;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journey settings' guardrails being edited: frequency caps, quiet hours, the consent each channel needs and
 * the holdout, each as typed inputs; {@link #read()} gives the guardrails or empty when an input does not read.
 */
public final class GuardrailsModel {

    /** One frequency cap being edited; no channel means the global cap across all channels. */
    public static final class CapModel {
        private final ObjectProperty<Optional<JourneyChannel>> channel =
                new SimpleObjectProperty<>(this, "channel", Optional.empty());
        private final TypedInput<Integer> max = TypedInput.whole(0, 10_000);
        private final TypedInput<Duration> window = TypedInput.duration();

        CapModel(FrequencyCap cap) {
            channel.set(cap.channel());
            max.load(cap.maxMessages());
            window.load(cap.window());
        }

        public ObjectProperty<Optional<JourneyChannel>> channelProperty() {
            return channel;
        }

        public TypedInput<Integer> max() {
            return max;
        }

        public TypedInput<Duration> window() {
            return window;
        }
    }

    private final ObservableList<CapModel> caps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper capsProblem = new ReadOnlyStringWrapper(this, "capsProblem", "");
    private final BooleanProperty quietHours = new SimpleBooleanProperty(this, "quietHours");
    private final TypedInput<LocalTime> quietFrom = TypedInput.timeOfDay();
    private final TypedInput<LocalTime> quietTo = TypedInput.timeOfDay();
    private final Map<JourneyChannel, BooleanProperty> quietChannels = new EnumMap<>(JourneyChannel.class);
    private final Map<JourneyChannel, ObjectProperty<ConsentPurpose>> consent = new EnumMap<>(JourneyChannel.class);
    private final ObjectProperty<ConsentPurpose> promotionConsent = new SimpleObjectProperty<>(this, "promotionConsent");
    private final TypedInput<Double> holdout = TypedInput.number(0, 100);

    GuardrailsModel() {
        for (JourneyChannel channel : JourneyChannel.values()) {
            quietChannels.put(channel, new SimpleBooleanProperty(this, "quiet-" + channel.json()));
            consent.put(channel, new SimpleObjectProperty<>(this, "consent-" + channel.json()));
        }
    }

    /** Shows a journey's guardrails. */
    void show(Guardrails g) {
        caps.setAll(g.frequencyCaps().stream().map(CapModel::new).toList());
        capsProblem.set("");
        quietHours.set(g.quietHours().isPresent());
        QuietHours q = g.quietHours().orElse(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0),
                List.of(JourneyChannel.APP_PUSH, JourneyChannel.SMS)));
        quietFrom.load(q.from());
        quietTo.load(q.to());
        quietChannels.forEach((channel, on) -> on.set(q.covers(channel)));
        consent.forEach((channel, purpose) -> purpose.set(g.consent().forChannel(channel).orElse(null)));
        promotionConsent.set(g.consent().personalisedPromotions().orElse(null));
        holdout.load(g.holdoutPercent());
    }

    public ObservableList<CapModel> caps() {
        return caps;
    }

    public ReadOnlyStringProperty capsProblemProperty() {
        return capsProblem.getReadOnlyProperty();
    }

    /** Adds a cap of 2 messages a week on the first channel that has none, or a global cap when all have one. */
    public CapModel addCap() {
        Optional<JourneyChannel> free = Arrays.stream(JourneyChannel.values())
                .filter(c -> caps.stream().noneMatch(m -> m.channel.get().equals(Optional.of(c)))).findFirst();
        CapModel cap = new CapModel(new FrequencyCap(free, 2, Duration.ofDays(7)));
        caps.add(cap);
        return cap;
    }

    public void removeCap(CapModel cap) {
        caps.remove(cap);
    }

    public BooleanProperty quietHoursProperty() {
        return quietHours;
    }

    public TypedInput<LocalTime> quietFrom() {
        return quietFrom;
    }

    public TypedInput<LocalTime> quietTo() {
        return quietTo;
    }

    public BooleanProperty quietChannel(JourneyChannel channel) {
        return quietChannels.get(channel);
    }

    /** The consent purpose checked before the channel addresses a customer; null for none. */
    public ObjectProperty<ConsentPurpose> consent(JourneyChannel channel) {
        return consent.get(channel);
    }

    public ObjectProperty<ConsentPurpose> promotionConsentProperty() {
        return promotionConsent;
    }

    public TypedInput<Double> holdout() {
        return holdout;
    }

    /** The guardrails the inputs describe; empty when some input does not read (its problem shown). */
    Optional<Guardrails> read() {
        boolean ok = true;
        List<FrequencyCap> read = new ArrayList<>();
        for (CapModel cap : caps) {
            Optional<Integer> max = cap.max.read();
            Optional<Duration> window = cap.window.read();
            if (window.isPresent() && window.get().isZero()) {
                cap.window.flag("A cap counts messages over some time: give at least 1 hour.");
                window = Optional.empty();
            }
            if (max.isPresent() && window.isPresent()) {
                read.add(new FrequencyCap(cap.channel.get(), max.get(), window.get()));
            } else {
                ok = false;
            }
        }
        capsProblem.set(read.stream().filter(FrequencyCap::isGlobal).count() > 1
                ? "Keep one cap across all channels; merge the others into it." : "");
        ok &= capsProblem.get().isEmpty();
        Optional<QuietHours> quiet = Optional.empty();
        if (quietHours.get()) {
            Optional<LocalTime> from = quietFrom.read();
            Optional<LocalTime> to = quietTo.read();
            if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
                quietTo.flag("Quiet hours need an end different from their start.");
                to = Optional.empty();
            }
            if (from.isPresent() && to.isPresent()) {
                List<JourneyChannel> channels = Arrays.stream(JourneyChannel.values())
                        .filter(c -> quietChannels.get(c).get()).toList();
                quiet = Optional.of(new QuietHours(from.get(), to.get(), channels));
            } else {
                ok = false;
            }
        }
        Map<JourneyChannel, ConsentPurpose> rules = new EnumMap<>(JourneyChannel.class);
        consent.forEach((channel, purpose) -> {
            if (purpose.get() != null) {
                rules.put(channel, purpose.get());
            }
        });
        Optional<Double> hold = holdout.read();
        if (!ok || hold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Guardrails(read, quiet, new ConsentRules(rules,
                Optional.ofNullable(promotionConsent.get())), hold.get()));
    }
}

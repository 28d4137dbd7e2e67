package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.Message;
import com.retailstudio.designer.model.MessageKind;
import com.retailstudio.designer.model.Offer;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A message being edited: channel, kind, content id and, for promotions and loyalty rewards, the offer. The offers
 * a person can choose are percent off, a bundle and bonus points; a per-customer price is never one of them, and a
 * message that arrives with one must get another offer before it can be saved. A message can be marked transactional
 * (not limited by frequency caps) unless it sells — a promotion or an offer — or is a next-best-action option.
 */
public final class MessageModel {

    /** The offers the editor offers. There is deliberately no per-customer price. */
    public enum OfferChoice {
        NONE("No offer"), PERCENT_OFF("Percent off"), BUNDLE("Bundle (buy X, get Y free)"), POINTS("Bonus points");

        private final String label;

        OfferChoice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<JourneyChannel> channel = new SimpleObjectProperty<>(this, "channel",
            JourneyChannel.EMAIL);
    private final ObjectProperty<MessageKind> kind = new SimpleObjectProperty<>(this, "kind", MessageKind.REMINDER);
    private final TypedInput<String> contentId = TypedInput.required("content id of the creative to show");
    private final ObjectProperty<OfferChoice> offer = new SimpleObjectProperty<>(this, "offer", OfferChoice.NONE);
    private final TypedInput<Double> percent = TypedInput.number(0, 100);
    private final TypedInput<Integer> buy = TypedInput.whole(1, 1000);
    private final TypedInput<Integer> free = TypedInput.whole(1, 1000);
    private final TypedInput<Integer> points = TypedInput.whole(1, 1_000_000);
    private final ReadOnlyStringWrapper offerProblem = new ReadOnlyStringWrapper(this, "offerProblem", "");
    private final BooleanBinding offerShown;
    private final BooleanProperty transactional = new SimpleBooleanProperty(this, "transactional", false);
    private final StringBinding transactionalBlocked;
    private final BooleanBinding transactionalDisabled;
    private final StringBinding transactionalHint;
    private boolean personalPrice;

    /** A message of an action step. */
    public MessageModel() {
        this(false);
    }

    /**
     * @param arbitrationOption whether the message is an option of a next best action, which is never transactional
     */
    public MessageModel(boolean arbitrationOption) {
        percent.load(15.0);
        buy.load(2);
        free.load(1);
        points.load(200);
        offerShown = Bindings.createBooleanBinding(() -> kind.get() == MessageKind.PROMOTION
                || kind.get() == MessageKind.LOYALTY_REWARD || offer.get() != OfferChoice.NONE,
                kind, offer);
        offer.addListener((observable, before, after) -> {
            personalPrice = false;
            offerProblem.set("");
        });
        transactionalBlocked = Bindings.createStringBinding(() -> {
            if (arbitrationOption) {
                return "A next best action chooses between marketing messages, so its options cannot be "
                        + "transactional.";
            }
            if (kind.get() == MessageKind.PROMOTION) {
                return "Promotions cannot be transactional: frequency caps limit every message that sells.";
            }
            if (offer.get() != OfferChoice.NONE) {
                return "A message with an offer cannot be transactional: frequency caps limit every message that "
                        + "sells.";
            }
            return "";
        }, kind, offer);
        // A mark that arrived on a message that may not have it stays uncheckable, so it can be cleared.
        transactionalDisabled = Bindings.createBooleanBinding(
                () -> !transactionalBlocked.get().isEmpty() && !transactional.get(), transactionalBlocked,
                transactional);
        transactionalHint = Bindings.createStringBinding(() -> transactionalBlocked.get().isEmpty()
                ? "Not limited by frequency caps. Only for notices the customer asked for, such as an order update "
                        + "or a back-in-stock alert."
                : transactionalBlocked.get(), transactionalBlocked);
    }

    public void load(Message message) {
        transactional.set(message.transactional());
        channel.set(message.channel());
        kind.set(message.kind());
        contentId.load(message.contentId());
        Offer o = message.offer().orElse(null);
        if (o instanceof Offer.PercentOff p) {
            percent.load(p.percent());
            offer.set(OfferChoice.PERCENT_OFF);
        } else if (o instanceof Offer.Bundle b) {
            buy.load(b.buy());
            free.load(b.free());
            offer.set(OfferChoice.BUNDLE);
        } else if (o instanceof Offer.Points p) {
            points.load(p.points());
            offer.set(OfferChoice.POINTS);
        } else if (o instanceof Offer.PriceOverride) {
            // Nothing chosen, so that choosing any offer, "No offer" included, replaces the personal price.
            offer.set(null);
        } else {
            offer.set(OfferChoice.NONE);
        }
        // Set after the choice: the listener clears it.
        personalPrice = o instanceof Offer.PriceOverride;
        offerProblem.set(personalPrice ? priceProblem() : "");
        offerShown.invalidate();
    }

    private static String priceProblem() {
        return "This message sets a personal price, which Retail Studio never allows: prices are the same for "
                + "everyone. Choose percent off, a bundle, bonus points or no offer.";
    }

    public ObjectProperty<JourneyChannel> channelProperty() {
        return channel;
    }

    public ObjectProperty<MessageKind> kindProperty() {
        return kind;
    }

    public TypedInput<String> contentId() {
        return contentId;
    }

    public ObjectProperty<OfferChoice> offerProperty() {
        return offer;
    }

    public TypedInput<Double> percent() {
        return percent;
    }

    public TypedInput<Integer> buy() {
        return buy;
    }

    public TypedInput<Integer> free() {
        return free;
    }

    public TypedInput<Integer> points() {
        return points;
    }

    /** Whether the offer part applies: promotions and loyalty rewards, or a message that has an offer. */
    public BooleanBinding offerShownProperty() {
        return offerShown;
    }

    /** Whether the message is transactional: not limited by frequency caps (docs/journey-semantics.md). */
    public BooleanProperty transactionalProperty() {
        return transactional;
    }

    /** Whether the transactional box is off limits: the message may not be transactional and is not marked so. */
    public BooleanBinding transactionalDisabledProperty() {
        return transactionalDisabled;
    }

    /** The sentence under the transactional box: what it does, or why it is not available. */
    public StringBinding transactionalHintProperty() {
        return transactionalHint;
    }

    /** A problem with the offer as a whole, e.g. the personal price a file tried to set. */
    public ReadOnlyStringProperty offerProblemProperty() {
        return offerProblem.getReadOnlyProperty();
    }

    /** The message, or empty when some part does not read (every problem shown). */
    public Optional<Message> read() {
        Optional<String> content = contentId.read();
        Optional<Offer> chosen = Optional.empty();
        boolean ok = content.isPresent();
        if (personalPrice) {
            offerProblem.set(priceProblem());
            ok = false;
        } else {
            switch (offer.get() == null ? OfferChoice.NONE : offer.get()) {
                case PERCENT_OFF -> {
                    Optional<Double> p = percent.read();
                    if (p.isPresent() && !(p.get() > 0 && p.get() < 100)) {
                        percent.flag("Percent off must be more than 0 and less than 100.");
                        p = Optional.empty();
                    }
                    ok &= p.isPresent();
                    chosen = p.map(Offer.PercentOff::new);
                }
                case BUNDLE -> {
                    Optional<Integer> b = buy.read();
                    Optional<Integer> f = free.read();
                    ok &= b.isPresent() && f.isPresent();
                    if (b.isPresent() && f.isPresent()) {
                        chosen = Optional.of(new Offer.Bundle(b.get(), f.get()));
                    }
                }
                case POINTS -> {
                    Optional<Integer> p = points.read();
                    ok &= p.isPresent();
                    chosen = p.map(Offer.Points::new);
                }
                case NONE -> {
                }
            }
        }
        return ok ? Optional.of(new Message(channel.get(), kind.get(), content.orElseThrow(), chosen,
                transactional.get()))
                : Optional.empty();
    }
}

package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.JourneyChannel;
import com.retailstudio.designer.model.MessageKind;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Edits a message: channel (with the consent it needs), kind, content id and, for promotions and loyalty rewards,
 * the offer — percent off, a bundle or bonus points — and whether it is transactional. There is no way to type a
 * price.
 */
final class MessageEditor extends VBox {

    MessageEditor(MessageModel model, String id, Runnable commit) {
        super(8);
        ComboBox<JourneyChannel> channel = InspectorForm.combo(model.channelProperty(),
                List.of(JourneyChannel.values()), JourneyChannel::label, id + "-channel", commit);
        Label consent = InspectorForm.hint("");
        Runnable consentText = () -> consent.setText(model.channelProperty().get() == null ? ""
                : model.channelProperty().get().requiredConsent()
                        .map(p -> "Sent only to customers who granted " + p.csv() + ".")
                        .orElse("Needs no consent: not addressed to a known person."));
        model.channelProperty().addListener((observable, before, after) -> consentText.run());
        consentText.run();
        ComboBox<MessageKind> kind = InspectorForm.combo(model.kindProperty(), List.of(MessageKind.values()),
                MessageKind::label, id + "-kind", commit);

        getChildren().addAll(
                InspectorForm.labelled("Channel", channel),
                consent,
                InspectorForm.labelled("Kind", kind),
                InspectorForm.labelled("Content id", InspectorForm.input(model.contentId(), id + "-content",
                        "e.g. cart-reminder-email", commit)),
                transactional(model, id, commit),
                offer(model, id, commit));
    }

    private static VBox transactional(MessageModel model, String id, Runnable commit) {
        CheckBox box = new CheckBox("Transactional");
        box.setId(id + "-transactional");
        box.selectedProperty().bindBidirectional(model.transactionalProperty());
        box.disableProperty().bind(model.transactionalDisabledProperty());
        box.selectedProperty().addListener((observable, before, after) -> commit.run());
        Label hint = InspectorForm.hint("");
        hint.setId(id + "-transactional-hint");
        hint.textProperty().bind(model.transactionalHintProperty());
        return new VBox(4, box, hint);
    }

    private static VBox offer(MessageModel model, String id, Runnable commit) {
        ComboBox<MessageModel.OfferChoice> choice = InspectorForm.combo(model.offerProperty(),
                List.of(MessageModel.OfferChoice.values()), MessageModel.OfferChoice::label, id + "-offer", commit);
        choice.setPromptText("Choose an offer");
        VBox percent = InspectorForm.labelled("Percent off the shelf price",
                InspectorForm.input(model.percent(), id + "-percent", "e.g. 15", commit));
        VBox bundle = new VBox(InspectorForm.pair(
                InspectorForm.labelled("Buy", InspectorForm.input(model.buy(), id + "-buy", "2", commit)),
                InspectorForm.labelled("Get free", InspectorForm.input(model.free(), id + "-free", "1", commit))));
        VBox points = InspectorForm.labelled("Bonus points",
                InspectorForm.input(model.points(), id + "-points", "e.g. 200", commit));
        StackPane detail = new StackPane(percent, bundle, points);
        Runnable show = () -> {
            MessageModel.OfferChoice c = model.offerProperty().get();
            percent.setVisible(c == MessageModel.OfferChoice.PERCENT_OFF);
            bundle.setVisible(c == MessageModel.OfferChoice.BUNDLE);
            points.setVisible(c == MessageModel.OfferChoice.POINTS);
            for (var n : detail.getChildren()) {
                n.setManaged(n.isVisible());
            }
            detail.setVisible(c != null && c != MessageModel.OfferChoice.NONE);
            detail.setManaged(detail.isVisible());
        };
        model.offerProperty().addListener((observable, before, after) -> show.run());
        show.run();
        VBox box = new VBox(6, InspectorForm.labelled("Offer", choice), detail,
                InspectorForm.problem(model.offerProblemProperty()),
                InspectorForm.hint("Offers are personal; the shelf price is the same for everyone."));
        box.visibleProperty().bind(model.offerShownProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}

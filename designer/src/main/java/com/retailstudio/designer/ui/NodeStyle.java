package com.retailstudio.designer.ui;

import com.retailstudio.designer.model.JourneyNode;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** How a step looks on the canvas: its icon, its kind's name and the style class that colours it. */
record NodeStyle(Ikon icon, String kind, String styleClass) {

    static NodeStyle of(JourneyNode node) {
        if (node instanceof JourneyNode.Entry) {
            return new NodeStyle(Material2OutlinedAL.LOGIN, "ENTRY", "kind-entry");
        }
        if (node instanceof JourneyNode.Wait w) {
            Ikon icon = w.untilEvent().isPresent() ? Material2OutlinedAL.HOURGLASS_EMPTY
                    : w.until().isPresent() ? Material2OutlinedAL.ACCESS_TIME : Material2OutlinedMZ.TIMER;
            return new NodeStyle(icon, "WAIT", "kind-wait");
        }
        if (node instanceof JourneyNode.ConditionSplit) {
            return new NodeStyle(Material2OutlinedAL.CALL_SPLIT, "CONDITION SPLIT", "kind-split");
        }
        if (node instanceof JourneyNode.RandomSplit r) {
            return new NodeStyle(Material2OutlinedMZ.SHUFFLE, r.experiment().isPresent() ? "EXPERIMENT" : "A/B SPLIT",
                    "kind-split");
        }
        if (node instanceof JourneyNode.NextBestAction) {
            return new NodeStyle(Material2OutlinedMZ.STARS, "NEXT BEST ACTION", "kind-nba");
        }
        if (node instanceof JourneyNode.Action a) {
            Ikon icon = switch (a.message().channel()) {
                case WEB -> Material2OutlinedAL.LANGUAGE;
                case EMAIL -> Material2OutlinedAL.EMAIL;
                case APP_PUSH -> Material2OutlinedMZ.PHONE_IPHONE;
                case SMS -> Material2OutlinedMZ.SMS;
                case STORE_ASSOCIATE -> Material2OutlinedMZ.STOREFRONT;
                case DIGITAL_SIGNAGE -> Material2OutlinedMZ.TV;
                case PAID_MEDIA -> Material2OutlinedAL.CAMPAIGN;
            };
            return new NodeStyle(icon, a.message().channel().label().toUpperCase(Locale.ROOT), "kind-action");
        }
        return new NodeStyle(Material2OutlinedAL.FLAG, "EXIT", "kind-exit");
    }
}

package com.retailstudio.simulator.engine;

import com.retailstudio.data.model.Channel;
import com.retailstudio.designer.model.JourneyChannel;

/**
 * A plan's actions as primitive columns indexed by action slot, so the per-send code of a run reads arrays rather
 * than the plan's lists of boxed values.
 */
final class ActionColumns {
    /** The journey channel ordinal of each data {@link Channel} ordinal (a message the data says was sent). */
    static final int[] JOURNEY_CHANNEL_OF_DATA = journeyChannelOfData();

    final int[] journeyChannel;
    final int[] dataChannel;
    final int[] kind;
    /** The consent bits a send needs. */
    final int[] consent;
    /** The consent bits an unsubscribe from the action's channel withdraws. */
    final int[] channelConsent;
    final int[] node;
    final double[] value;
    final double[] weight;
    final boolean[] transactional;

    ActionColumns(JourneyPlan plan) {
        int n = plan.actionCount();
        journeyChannel = plan.actionJourneyChannel.stream().mapToInt(Integer::intValue).toArray();
        dataChannel = plan.actionDataChannel.stream().mapToInt(Integer::intValue).toArray();
        kind = plan.actionKind.stream().mapToInt(Integer::intValue).toArray();
        consent = plan.actionConsent.stream().mapToInt(Integer::intValue).toArray();
        node = plan.actionNode.stream().mapToInt(Integer::intValue).toArray();
        value = plan.actionValue.stream().mapToDouble(Double::doubleValue).toArray();
        weight = plan.actionWeight.stream().mapToDouble(Double::doubleValue).toArray();
        transactional = new boolean[n];
        channelConsent = new int[n];
        for (int a = 0; a < n; a++) {
            transactional[a] = plan.actionTransactional.get(a);
            channelConsent[a] = JourneyChannel.values()[journeyChannel[a]].requiredConsent()
                    .map(p -> 1 << p.ordinal()).orElse(0);
        }
    }

    private static int[] journeyChannelOfData() {
        int[] map = new int[Channel.values().length];
        map[Channel.WEB.ordinal()] = JourneyChannel.WEB.ordinal();
        map[Channel.EMAIL.ordinal()] = JourneyChannel.EMAIL.ordinal();
        map[Channel.APP.ordinal()] = JourneyChannel.APP_PUSH.ordinal();
        map[Channel.SMS.ordinal()] = JourneyChannel.SMS.ordinal();
        map[Channel.STORE.ordinal()] = JourneyChannel.STORE_ASSOCIATE.ordinal();
        map[Channel.PAID_MEDIA.ordinal()] = JourneyChannel.PAID_MEDIA.ordinal();
        return map;
    }
}

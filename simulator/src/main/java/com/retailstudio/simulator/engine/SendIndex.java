package com.retailstudio.simulator.engine;

import java.util.Arrays;

/**
 * The send each message id names: by the id's number ({@link CustomerData#message}), the position of the last
 * {@code message_sent} carrying it in the order of {@link CustomerData#row} (file order, as a map from id to send
 * filled in file order would keep), whichever customers the sends belong to.
 */
final class SendIndex {
    private final int[] send;

    /** @param sendPositions positions of the sends that carry a message id */
    SendIndex(CustomerData data, int[] sendPositions) {
        send = new int[data.messageIds()];
        Arrays.fill(send, -1);
        for (int p : sendPositions) {
            int id = data.message(p);
            int known = send[id];
            if (known < 0 || data.row(p) > data.row(known)) {
                send[id] = p;
            }
        }
    }

    /** The position of the last send carrying the message id number, or -1 when no send carries it. */
    int sendPosition(int message) {
        return send[message];
    }
}

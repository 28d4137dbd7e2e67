package com.retailstudio.layout.ui;

import com.retailstudio.layout.engine.AdjacencyAdvisor;
import com.retailstudio.layout.model.WhatIfResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The what-if moves tried on the plan, newest first, and the estimate of the newest: each can be taken back, and
 * the one before shows again.
 */
public final class WhatIfMoves {

    /** A category moved into another category zone (swapping with the category there). */
    public record Move(String category, String zoneId) {
    }

    private final Deque<Move> moves = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<WhatIfResult> whatIf = new ReadOnlyObjectWrapper<>(this, "whatIf");

    /**
     * Estimates the move under the advisor's affinities and shows it as the newest.
     *
     * @throws IllegalArgumentException when the move cannot be made, saying why; the moves tried stay as they were
     */
    WhatIfResult tryMove(AdjacencyAdvisor advisor, Move move) {
        WhatIfResult result = advisor.whatIf(move.category(), move.zoneId());
        moves.push(move);
        whatIf.set(result);
        return result;
    }

    /**
     * Takes back the newest move and re-estimates the one before it under the advisor's affinities (none shown when
     * the advisor is null); false when there was nothing to take back.
     */
    boolean undo(AdjacencyAdvisor advisor) {
        if (moves.isEmpty()) {
            return false;
        }
        moves.pop();
        whatIf.set(moves.isEmpty() || advisor == null ? null : estimate(advisor, moves.peek()));
        return true;
    }

    /** The newest move still tried, if any. */
    Optional<Move> newest() {
        return Optional.ofNullable(moves.peek());
    }

    /** Forgets every move: the plan shows the store as it is. False when none was being tried. */
    boolean clear() {
        boolean any = !moves.isEmpty();
        moves.clear();
        whatIf.set(null);
        return any;
    }

    /** Re-estimates the newest move under another filter's affinities; nothing when none is tried. */
    void reestimate(AdjacencyAdvisor advisor) {
        whatIf.set(newest().map(move -> estimate(advisor, move)).orElse(null));
    }

    /** The expected effect of the move being tried, or null when the plan shows the store as it is. */
    public ReadOnlyObjectProperty<WhatIfResult> whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    private static WhatIfResult estimate(AdjacencyAdvisor advisor, Move move) {
        return advisor.whatIf(move.category(), move.zoneId());
    }
}

package org.alliancegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The state of a bilateral relationship, on one ordinal scale from closest to most hostile, with
 * {@link #UNKNOWN} apart; and its sign for structural balance.
 */
public enum Status {
    ALLIED(1), CLOSE(1), NORMAL(1), COOL(0), STRAINED(-1), FROZEN(-1), CRISIS(-1), HOSTILE(-1), UNKNOWN(0);

    private final int sign;

    Status(int sign) {
        this.sign = sign;
    }

    /** +1 for allied, close and normal; 0 for cool and unknown; -1 for the rest. */
    public int sign() {
        return sign;
    }

    /** The status as JSON and the graph spell it: {@code allied}, {@code strained}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> of(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }
}

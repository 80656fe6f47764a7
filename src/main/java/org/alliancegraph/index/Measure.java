package org.alliancegraph.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What of a dyad-year's score is read: integration and divergence are first-class, each a sum of
 * its own facts' points; net is their difference. A year high on both is not a year of balance.
 */
public enum Measure {
    INTEGRATION, DIVERGENCE, NET;

    /** The name as the CLI, REST and checkpoints spell it: {@code integration}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This measure among the three values of one dyad-year (any of them null without evidence). */
    public Double pick(Double integration, Double divergence, Double net) {
        return switch (this) {
            case INTEGRATION -> integration;
            case DIVERGENCE -> divergence;
            case NET -> net;
        };
    }

    public static Optional<Measure> of(String label) {
        return Arrays.stream(values()).filter(m -> m.label().equals(label)).findFirst();
    }
}

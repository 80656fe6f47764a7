package org.alliancegraph.scale;

/**
 * What to generate: how many states and events, from which seed, over which years. The same
 * spec always gives the same graph.
 *
 * @param states    how many states (actors); every pair of them is a possible dyad
 * @param events    how many facts in all
 * @param seed      the seed of every random choice
 * @param firstYear the first year (a decade's first, so that a decade-precision date stays inside)
 * @param lastYear  the last year (a decade's last)
 */
public record SyntheticSpec(int states, long events, long seed, int firstYear, int lastYear) {

    /** Eight decades, 1950 to 2029. */
    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2029;

    public SyntheticSpec {
        if (states < 3 || states > 2000) {
            throw new IllegalArgumentException("--states must be between 3 and 2000, not " + states);
        }
        if (events < 1 || events > 100_000_000L) {
            throw new IllegalArgumentException("--events must be between 1 and 100,000,000, not " + events);
        }
        if (firstYear % 10 != 0 || lastYear % 10 != 9 || lastYear < firstYear) {
            throw new IllegalArgumentException("The years must run over whole decades, not " + firstYear + "-" + lastYear);
        }
    }

    /** States, events and seed over the default eight decades. */
    public static SyntheticSpec of(int states, long events, long seed) {
        return new SyntheticSpec(states, events, seed, FIRST_YEAR, LAST_YEAR);
    }

    /** How many years. */
    public int years() {
        return lastYear - firstYear + 1;
    }

    /** How many possible dyads. */
    public int dyads() {
        return states * (states - 1) / 2;
    }
}

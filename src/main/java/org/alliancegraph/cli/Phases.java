package org.alliancegraph.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a one-shot command spends its time, printed to standard error when
 * {@code ALLIANCE_GRAPH_TIMINGS} is set: the JVM's start up to the command, then each phase the
 * command marks (connect or database start, query, output). The benchmark reads this line.
 */
final class Phases {

    static final boolean ON = System.getenv("ALLIANCE_GRAPH_TIMINGS") != null;

    private static final List<String> MARKS = new ArrayList<>();
    private static long last;

    private Phases() {
    }

    /** The end of the phase named {@code name}; the first call also records the JVM's start. */
    static synchronized void mark(String name) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        if (MARKS.isEmpty()) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            MARKS.add(String.format(Locale.ROOT, "jvm %d ms", now - jvmStart));
            last = now;
            if (name.equals("jvm")) {
                return;
            }
        }
        MARKS.add(String.format(Locale.ROOT, "%s %d ms", name, now - last));
        last = now;
    }

    /** Prints the phases, once, at the end of the command. */
    static synchronized void print() {
        if (ON && !MARKS.isEmpty()) {
            System.err.println("timings: " + String.join(", ", MARKS));
            MARKS.clear();
        }
    }
}

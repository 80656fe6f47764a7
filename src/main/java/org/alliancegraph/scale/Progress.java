package org.alliancegraph.scale;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long step: on a terminal, a bar with the count, the rate and the time left
 * (me.tongfei:progressbar); elsewhere (a pipe, a log, a test) silent, so that logs carry no
 * carriage-return animations. The caller prints the step's summary line either way.
 */
public final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar on standard error when it is a terminal, else nothing. */
    public static Progress of(String task, long total, String unit) {
        return of(task, total, unit, System.console() != null);
    }

    static Progress of(String task, long total, String unit, boolean terminal) {
        if (!terminal) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).build();
        return new Progress(bar);
    }

    public void stepBy(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

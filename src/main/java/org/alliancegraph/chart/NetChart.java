package org.alliancegraph.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancegraph.index.IndexResult;
import org.alliancegraph.index.Measure;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws an actor's net index per partner over time: one line per partner, the years on the
 * horizontal axis, zero marked. SVG always, PNG if asked.
 */
public final class NetChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 520;

    private NetChart() {
    }

    /** The chart of {@code index}'s net: one line per partner it holds. */
    public static JFreeChart of(IndexResult index) {
        return of(index, Measure.NET);
    }

    /**
     * The chart of one measure of {@code index}: one line per partner, with a gap in every year
     * without a scored fact (no evidence is not zero).
     */
    public static JFreeChart of(IndexResult index, Measure measure) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (IndexResult.Partner partner : index.partners()) {
            XYSeries series = new XYSeries(index.actor() + " / " + partner.partner(), true, true);
            partner.years().forEach(y -> series.add(y.year(), y.measure(measure)));
            data.addSeries(series);
        }
        NumberAxis years = new NumberAxis("year");
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        NumberAxis net = new NumberAxis(axis(measure));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.0f));
        }
        XYPlot plot = new XYPlot(data, years, net, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.0f)));
        JFreeChart chart = new JFreeChart(title(measure) + " of " + index.actor() + ", " + index.from() + "-" + index.to()
                + " (gaps: no evidence)", new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The measure's name in titles: "Net index", "Integration", "Divergence". */
    public static String title(Measure measure) {
        return switch (measure) {
            case NET -> "Net index";
            case INTEGRATION -> "Integration";
            case DIVERGENCE -> "Divergence";
        };
    }

    /** What the measure is, for an axis. */
    public static String axis(Measure measure) {
        return switch (measure) {
            case NET -> "net = integration - divergence";
            case INTEGRATION -> "integration points";
            case DIVERGENCE -> "divergence points";
        };
    }

    /** Writes the chart as SVG. */
    public static void writeSvg(JFreeChart chart, Path file) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        try {
            Files.writeString(file, svg.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart to " + file, e);
        }
    }

    /** Writes the chart as PNG. */
    public static void writePng(JFreeChart chart, Path file) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart to " + file, e);
        }
    }
}

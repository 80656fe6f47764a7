package org.alliancegraph.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A comparison the article's narrative implies, that the index must reproduce: one measure (net by
 * default, or integration or divergence) of one dyad-year strictly above (or below) a measure of
 * another. Kept in config/checkpoints.yml. A dyad-year without a scored fact has no measure: a
 * checkpoint that names one is reported as lacking evidence, never as holding.
 *
 * @param id     a short id
 * @param claim  the article's words it rests on (at most 25 words)
 * @param note   the endnote of those words, or null
 * @param left   the first dyad-year and measure
 * @param above  true when left must be strictly above right, false for strictly below
 * @param right  the second dyad-year and measure
 */
public record Checkpoint(String id, String claim, Integer note, Point left, boolean above, Point right) {

    /** The file beside the project, and its copy in the jar. */
    public static final String FILE = "config/checkpoints.yml";

    /**
     * One measure of one dyad in one year.
     *
     * @param measure what is compared
     * @param a       an actor id
     * @param b       the other
     * @param year    the year
     */
    public record Point(Measure measure, String a, String b, int year) {

        public Optional<Double> value(Scores scores) {
            return scores.measure(measure, a, b, year);
        }

        @Override
        public String toString() {
            return measure.label() + " " + a + "/" + b + " " + year;
        }
    }

    /** Whether both dyad-years have a scored fact, so that the comparison can be made at all. */
    public boolean hasEvidence(Scores scores) {
        return left.value(scores).isPresent() && right.value(scores).isPresent();
    }

    /** Whether the scores reproduce the comparison, strictly; false when either side lacks evidence. */
    public boolean holds(Scores scores) {
        Optional<Double> l = left.value(scores);
        Optional<Double> r = right.value(scores);
        if (l.isEmpty() || r.isEmpty()) {
            return false;
        }
        return above ? l.get() > r.get() : l.get() < r.get();
    }

    @Override
    public String toString() {
        return id + ": " + left + (above ? " > " : " < ") + right;
    }

    /** The checkpoints of ./config/checkpoints.yml, else of the jar's copy. */
    public static List<Checkpoint> locate() {
        Path local = Path.of(FILE);
        try (InputStream in = Files.isRegularFile(local) ? Files.newInputStream(local)
                : Checkpoint.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("No checkpoints: " + FILE + " is missing");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Checkpoint> parse(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) root.get("checkpoints")) {
            String compare = (String) c.get("compare");
            String[] sides = compare.split("\\s+[<>]\\s+");
            if (sides.length != 2) {
                throw new IllegalArgumentException("checkpoint " + c.get("id")
                        + ": compare must read '[measure] a b YEAR > [measure] c d YEAR' (or <), not " + compare);
            }
            checkpoints.add(new Checkpoint((String) c.get("id"), (String) c.get("claim"), (Integer) c.get("note"),
                    point(sides[0], c.get("id"), compare), compare.matches(".*\\s>\\s.*"), point(sides[1], c.get("id"), compare)));
        }
        return List.copyOf(checkpoints);
    }

    /** {@code [measure] a b YEAR}, the measure net when left out. */
    private static Point point(String side, Object id, String compare) {
        String[] words = side.trim().split("\\s+");
        Optional<Measure> measure = words.length == 4 ? Measure.of(words[0]) : Optional.of(Measure.NET);
        if (words.length < 3 || words.length > 4 || measure.isEmpty() || !words[words.length - 1].matches("\\d{4}")) {
            throw new IllegalArgumentException("checkpoint " + id + ": compare must read '[measure] a b YEAR > [measure] "
                    + "c d YEAR' (or <), with measure integration, divergence or net, not " + compare);
        }
        int n = words.length;
        return new Point(measure.get(), words[n - 3], words[n - 2], Integer.parseInt(words[n - 1]));
    }
}

package org.alliancegraph.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A comparison the article's narrative implies, that the index must reproduce: the net of one
 * dyad-year strictly above (or below) another's. Kept in config/checkpoints.yml.
 *
 * @param id     a short id
 * @param claim  the article's sentence it rests on (at most 25 words)
 * @param note   the endnote of that sentence, or null
 * @param left   the first dyad-year
 * @param above  true when left must be strictly above right, false for strictly below
 * @param right  the second dyad-year
 */
public record Checkpoint(String id, String claim, Integer note, Point left, boolean above, Point right) {

    /** The file beside the project, and its copy in the jar. */
    public static final String FILE = "config/checkpoints.yml";

    /**
     * One dyad in one year.
     *
     * @param a    an actor id
     * @param b    the other
     * @param year the year
     */
    public record Point(String a, String b, int year) {

        @Override
        public String toString() {
            return a + "/" + b + " " + year;
        }
    }

    /** Whether the scores reproduce the comparison, strictly. */
    public boolean holds(Scores scores) {
        double l = scores.net(left.a(), left.b(), left.year());
        double r = scores.net(right.a(), right.b(), right.year());
        return above ? l > r : l < r;
    }

    @Override
    public String toString() {
        return id + ": net " + left + (above ? " > " : " < ") + "net " + right;
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
            String[] comparison = ((String) c.get("compare")).split("\\s+");
            if (comparison.length != 7 || !(comparison[3].equals(">") || comparison[3].equals("<"))) {
                throw new IllegalArgumentException("checkpoint " + c.get("id")
                        + ": compare must read 'a b YEAR > c d YEAR' (or <), not " + c.get("compare"));
            }
            checkpoints.add(new Checkpoint((String) c.get("id"), (String) c.get("claim"), (Integer) c.get("note"),
                    new Point(comparison[0], comparison[1], Integer.parseInt(comparison[2])), comparison[3].equals(">"),
                    new Point(comparison[4], comparison[5], Integer.parseInt(comparison[6]))));
        }
        return List.copyOf(checkpoints);
    }
}

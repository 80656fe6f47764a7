package org.alliancegraph.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.alliancegraph.model.Vocabulary;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The index's weights, read from config/index-weights.yml (or the copy built into the jar), as
 * a flat map of dotted keys such as {@code integration.treaty.defense}.
 *
 * @param values every number of the file by its dotted key
 * @param origin where they were read from
 */
public record Weights(Map<String, Double> values, String origin) {

    /** The file beside the project, and its copy in the jar. */
    public static final String FILE = "config/index-weights.yml";

    public Weights {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The weights of {@code file} when given, else of ./config/index-weights.yml, else the jar's copy. */
    public static Weights locate(Path file) {
        if (file != null) {
            return read(file);
        }
        Path local = Path.of(FILE);
        if (Files.isRegularFile(local)) {
            return read(local);
        }
        try (InputStream in = Weights.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("No index weights: " + FILE + " is missing from the jar");
            }
            return parse(in, "the weights built into the jar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a weights file.
     *
     * @throws IllegalArgumentException when it does not exist, a value is not a number, or a key is
     *                                  unknown or missing
     */
    public static Weights read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The weights file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Weights parse(InputStream in, String origin) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(origin + " is not valid YAML: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(origin + " is not a map of weights");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        flatten("", map, values, origin);
        check(values.keySet(), origin);
        return new Weights(values, origin);
    }

    /**
     * Every key the index reads, and only those: a key that names no term of the vocabulary (a
     * typo such as {@code defence}) would otherwise weigh nothing, silently.
     *
     * @throws IllegalArgumentException naming the first unknown or missing key
     */
    static void check(Set<String> keys, String origin) {
        Set<String> required = new TreeSet<>(List.of("integration.treatyInForce", "integration.role.envoy",
                "integration.event.toned", "divergence.event.toned", "divergence.reformInForce", "uncertainYear", "diminishing",
                "amounts.moneyReference", "amounts.countReference", "amounts.countFactor", "alignmentShare"));
        Vocabulary.OBLIGATIONS.forEach(o -> required.add("integration.treaty." + o));
        Vocabulary.FLOW_KINDS.forEach(k -> required.add("integration.flow." + k));
        Vocabulary.SEVERITY.forEach(k -> required.add("divergence.dispute." + k));
        Vocabulary.CERTAINTY.forEach(k -> required.add("certainty." + k));
        Vocabulary.CURRENCIES.forEach(k -> required.add("amounts.dollarsPerRuble." + k));
        Set<String> allowed = new TreeSet<>(required);
        Vocabulary.EVENT_KINDS.forEach(k -> {
            allowed.add("integration.event." + k);
            allowed.add("divergence.event." + k);
        });
        for (String key : keys) {
            if (!allowed.contains(key)) {
                String level = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "";
                List<String> siblings = allowed.stream().filter(k -> k.startsWith(level)
                        && k.indexOf('.', level.length()) < 0).map(k -> k.substring(level.length())).toList();
                throw new IllegalArgumentException(origin + ": unknown weight " + key + " (no such term in the vocabulary"
                        + (siblings.isEmpty() ? "" : "; known under " + (level.isEmpty() ? "the top level" : level)
                                + ": " + String.join(", ", siblings)) + ")");
            }
        }
        for (String key : required) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException(origin + ": the weight " + key + " is missing");
            }
        }
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Double> into, String origin) {
        map.forEach((key, value) -> {
            String dotted = prefix.isEmpty() ? key.toString() : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(dotted, nested, into, origin);
            } else if (value instanceof Number number) {
                if (number.doubleValue() < 0) {
                    throw new IllegalArgumentException(origin + ": " + dotted + " is negative");
                }
                into.put(dotted, number.doubleValue());
            } else {
                throw new IllegalArgumentException(origin + ": " + dotted + " is not a number: " + value);
            }
        });
    }

    /**
     * A digest of every weight: stored scores (the yearly ties of a large graph) record the digest
     * of the weights they were computed with, and are read only under the same weights.
     */
    public String fingerprint() {
        return org.alliancegraph.load.ContentHash.sha256(values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
    }

    /** The value of a key, if the file sets it. */
    public Optional<Double> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a key that must be set. */
    public double get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(origin + " does not set " + key));
    }

    /** These weights with one key multiplied by {@code factor}. */
    public Weights scaled(String key, double factor) {
        Map<String, Double> changed = new LinkedHashMap<>(values);
        changed.put(key, get(key) * factor);
        return new Weights(changed, origin + " with " + key + " x" + factor);
    }

    /** The keys that are weights proper (not exchange rates or the alignment margin), for sensitivity. */
    public List<String> weightKeys() {
        return values.keySet().stream().filter(k -> !k.startsWith("amounts.dollarsPerRuble") && !k.equals("alignmentShare"))
                .toList();
    }
}

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

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
     * @throws IllegalArgumentException when it does not exist or a value is not a number
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
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(origin + " is not a map of weights");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        flatten("", map, values, origin);
        return new Weights(values, origin);
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
        return values.keySet().stream().filter(k -> !k.startsWith("amounts.dollarsPerRuble") && !k.equals("alignmentMargin"))
                .toList();
    }
}

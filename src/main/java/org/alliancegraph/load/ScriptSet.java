package org.alliancegraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.alliancegraph.index.IndexCalculator;
import org.alliancegraph.index.Weights;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The load scripts: the {@code .cypher} files at the top level of a folder, in name order.
 * Sub-folders (such as {@code queries/}) are never loaded.
 *
 * @param origin  where the scripts were read from, for messages
 * @param scripts the scripts in the order they are applied
 */
public record ScriptSet(String origin, List<CypherScript> scripts) {

    /** The classpath folder that holds the copy of {@code cypher/} built into the jar. */
    static final String BUNDLED = "cypher";

    public ScriptSet {
        scripts = List.copyOf(scripts);
    }

    /**
     * Reads the scripts of a folder.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no script
     */
    public static ScriptSet fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The scripts folder " + directory + " does not exist");
        }
        List<CypherScript> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(ScriptSet::isScript).sorted(Comparator.comparing(ScriptSet::name)).toList()) {
                scripts.add(CypherScript.parse(name(file), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scripts in " + directory, e);
        }
        if (scripts.isEmpty()) {
            throw new IllegalArgumentException("The scripts folder " + directory + " holds no .cypher file");
        }
        return new ScriptSet(directory.toString(), scripts);
    }

    /** Reads the copy of {@code cypher/} that the build puts into the jar. */
    public static ScriptSet bundled() {
        return bundled(BUNDLED, "the scripts built into the jar");
    }

    /**
     * The example queries of {@code cypher/queries/} (never loaded): the folder when it exists,
     * else the copy built into the jar.
     */
    public static ScriptSet examples() {
        Path local = Path.of(BUNDLED, "queries");
        return Files.isDirectory(local) ? fromDirectory(local) : bundled(BUNDLED + "/queries", "the example queries built into the jar");
    }

    private static ScriptSet bundled(String folder, String origin) {
        var resolver = new PathMatchingResourcePatternResolver(ScriptSet.class.getClassLoader());
        List<CypherScript> scripts = new ArrayList<>();
        try {
            Resource[] resources = resolver.getResources("classpath*:" + folder + "/*.cypher");
            List<Resource> sorted = Stream.of(resources)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
            for (Resource resource : sorted) {
                try (InputStream in = resource.getInputStream()) {
                    scripts.add(CypherScript.parse(resource.getFilename(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + origin, e);
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("Nothing was built into the jar as " + origin);
        }
        return new ScriptSet(origin, scripts);
    }

    /**
     * The scripts of {@code directory} when given, else those of {@code ./cypher} when it exists,
     * else the copy built into the jar.
     */
    public static ScriptSet locate(Path directory) {
        if (directory != null) {
            return fromDirectory(directory);
        }
        Path local = Path.of(BUNDLED);
        return Files.isDirectory(local) ? fromDirectory(local) : bundled();
    }

    /**
     * A digest of the scripts' names and contents, of the default index weights and of the index's
     * version: the loaded graph carries each year's scores on its ties, so equal digests mean an
     * equal graph.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CypherScript script : scripts) {
                digest.update(script.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(script.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update(("weights\0" + new java.util.TreeMap<>(Weights.locate(null).values())
                    + "\0index\0" + IndexCalculator.VERSION).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** How many statements the scripts hold together. */
    public int statementCount() {
        return scripts.stream().mapToInt(s -> s.statements().size()).sum();
    }

    private static boolean isScript(Path file) {
        return Files.isRegularFile(file) && name(file).endsWith(".cypher");
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}

package org.alliancegraph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliancegraph.browser.BrowserFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Neo4j Browser as this product serves it: the Browser that ships with Neo4j, packed as the
 * {@code neo4j-browser.zip} that Neo4j 5 serves in place of its own when one lies in its web
 * directory, with the product's files beside it under {@code /browser/alliance-graph/}:
 * <ul>
 * <li>{@code connect.js}, which the Browser's page loads first, so that a new visitor lands
 * connected (see the script for why Browser cannot do it alone);</li>
 * <li>{@code style.grass}, the style sheet applied on connect;</li>
 * <li>{@code guide.html}, the guide played on connect, whose queries are the files of
 * {@code cypher/queries/}, inserted where the guide names them ({@code {{query FILE}}}).</li>
 * </ul>
 * The same origin serves them all: no cross-origin request, nothing fetched from elsewhere.
 */
public final class BrowserBundle {

    /** Where the product's files sit below /browser/. */
    public static final String FOLDER = "alliance-graph";
    /** The name Neo4j looks for in its web directory. */
    static final String ZIP = "neo4j-browser.zip";
    private static final String DIGEST = "neo4j-browser.sha256";

    private BrowserBundle() {
    }


    /**
     * Writes the bundle into {@code webDirectory} unless the one there was made from the same
     * files; returns the directory, or empty when this JVM has no Neo4j Browser.
     */
    public static Optional<Path> write(Path webDirectory) {
        try {
            List<Resource> browser = browserFiles();
            if (browser.isEmpty()) {
                return Optional.empty();
            }
            Map<String, byte[]> ours = new LinkedHashMap<>();
            BrowserFiles.all().forEach((name, text) -> ours.put(name, text.getBytes(StandardCharsets.UTF_8)));
            String digest = digest(browser, ours);
            Path zip = webDirectory.resolve(ZIP);
            Path recorded = webDirectory.resolve(DIGEST);
            if (Files.isRegularFile(zip) && Files.isRegularFile(recorded)
                    && Files.readString(recorded).strip().equals(digest)) {
                return Optional.of(webDirectory);
            }
            Files.createDirectories(webDirectory);
            Path partial = webDirectory.resolve(ZIP + ".partial");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                // Neo4j unpacks entries in order and creates each folder alone: folders come first.
                out.setLevel(1);
                List<String> folders = new ArrayList<>();
                for (Resource r : browser) {
                    String path = relative(r);
                    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
                        String folder = path.substring(0, i + 1);
                        if (!folders.contains(folder)) {
                            folders.add(folder);
                        }
                    }
                }
                folders.add("browser/" + FOLDER + "/");
                folders.sort(Comparator.comparingInt(String::length));
                for (String folder : folders) {
                    out.putNextEntry(new ZipEntry(folder));
                    out.closeEntry();
                }
                for (Resource r : browser) {
                    String path = relative(r);
                    out.putNextEntry(new ZipEntry(path));
                    try (InputStream in = r.getInputStream()) {
                        byte[] bytes = in.readAllBytes();
                        out.write(path.equals("browser/index.html") ? withConnect(bytes) : bytes);
                    }
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> file : ours.entrySet()) {
                    out.putNextEntry(new ZipEntry("browser/" + FOLDER + "/" + file.getKey()));
                    out.write(file.getValue());
                    out.closeEntry();
                }
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(recorded, digest);
            return Optional.of(webDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Neo4j Browser's bundle into " + webDirectory, e);
        }
    }

    /** Browser's page, loading connect.js before Browser's own scripts. */
    static byte[] withConnect(byte[] index) {
        String html = new String(index, StandardCharsets.UTF_8);
        int first = html.indexOf("<script");
        if (first < 0) {
            throw new IllegalStateException("Neo4j Browser's index.html has no script to precede");
        }
        return (html.substring(0, first) + "<script src=\"" + FOLDER + "/connect.js\"></script>" + html.substring(first))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<Resource> browserFiles() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver(BrowserBundle.class.getClassLoader());
        List<Resource> files = new ArrayList<>();
        for (Resource r : resolver.getResources("classpath*:browser/**")) {
            if (r.isReadable() && !r.getURL().toString().endsWith("/")) {
                files.add(r);
            }
        }
        files.sort(Comparator.comparing(BrowserBundle::relative));
        return files;
    }

    private static String relative(Resource r) {
        try {
            String url = r.getURL().toString();
            int inJar = url.indexOf("!/browser/");
            return inJar >= 0 ? url.substring(inJar + 2) : url.substring(url.lastIndexOf("/browser/") + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(List<Resource> browser, Map<String, byte[]> ours) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Resource r : browser) {
                digest.update((relative(r) + "\0" + r.contentLength() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> file : ours.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

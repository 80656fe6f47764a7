package org.alliancegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.NotFoundException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * A running {@code serve}, asked over its REST API by the one-shot commands: the answer comes from
 * a warm process in milliseconds, and the command's own JVM starts neither Spring nor a database.
 *
 * <p>{@code serve} announces itself in {@code serve.properties} in its data directory (its REST
 * address, its process and the fingerprint of the scripts its graph was loaded from) and removes
 * the file when it stops. A command uses it only when that process is alive and its graph comes
 * from the same scripts as the command's.
 */
final class ServedGraph {

    static final String FILE = "serve.properties";

    private final URI rest;

    private ServedGraph(URI rest) {
        this.rest = rest;
    }

    /** What {@code serve} writes once it is ready. */
    static void announce(Path dataDirectory, String restBase, String bolt, String scriptsFingerprint,
            boolean defaultWeights) {
        Properties properties = new Properties();
        properties.setProperty("rest", restBase);
        properties.setProperty("bolt", bolt);
        properties.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        properties.setProperty("scripts", scriptsFingerprint);
        properties.setProperty("defaultWeights", String.valueOf(defaultWeights));
        Path file = dataDirectory.resolve(FILE);
        try (var out = Files.newOutputStream(file)) {
            properties.store(out, "Alliance Graph serve: removed when it stops");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Removes the announcement, if it is this process's. */
    static void withdraw(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        read(file).filter(p -> String.valueOf(ProcessHandle.current().pid()).equals(p.getProperty("pid")))
                .ifPresent(p -> {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // A stale file names a dead process, and readers ignore it.
                    }
                });
    }

    /**
     * What a live {@code serve} of a data directory announced.
     *
     * @param restBase       its REST address
     * @param bolt           its Bolt URI
     * @param pid            its process
     * @param sameScripts    whether its graph comes from the same scripts as the asker's
     * @param defaultWeights whether it scores with the default weights
     */
    record Announcement(URI restBase, URI bolt, long pid, boolean sameScripts, boolean defaultWeights) {

        ServedGraph rest() {
            return new ServedGraph(restBase);
        }
    }

    /** The live serve of this data directory, if one runs. */
    static Optional<Announcement> find(Path dataDirectory, String scriptsFingerprint) {
        return read(dataDirectory.resolve(FILE))
                .filter(p -> alive(p.getProperty("pid")))
                .map(p -> new Announcement(URI.create(p.getProperty("rest")), URI.create(p.getProperty("bolt", "bolt://127.0.0.1:7687")),
                        Long.parseLong(p.getProperty("pid")), scriptsFingerprint.equals(p.getProperty("scripts")),
                        "true".equals(p.getProperty("defaultWeights"))));
    }

    private static boolean alive(String pid) {
        try {
            return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Asks the API; a problem answer becomes the exception the Java API would have thrown.
     *
     * @return the answer as JSON, or empty when the server did not answer (it stopped meanwhile)
     */
    Optional<JsonNode> get(String pathAndQuery) {
        int status;
        String text;
        try {
            // HttpURLConnection rather than java.net.http.HttpClient: the latter sets up TLS when it is
            // built, a cost of its own for a command that lives a second and asks a loopback address.
            HttpURLConnection connection = (HttpURLConnection) rest.resolve(pathAndQuery).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(30_000);
            connection.setRequestProperty("Accept", "application/json");
            status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                text = in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        JsonNode body = OutputOptions.JSON.readTree(text);
        if (status == 200) {
            return Optional.of(body);
        }
        String detail = body.path("detail").asString(body.path("title").asString("HTTP " + status));
        if (status == 404) {
            throw new NotFoundException(detail, java.util.List.of());
        }
        if (status >= 400 && status < 500) {
            throw new InvalidRequestException(detail);
        }
        throw new IllegalStateException("The Alliance Graph served at " + rest + " failed: " + detail);
    }

    /**
     * Copies a file the API serves (an export) to {@code out} as it arrives; a problem answer
     * becomes the exception the Java API would have thrown.
     *
     * @return false when the server did not answer (it stopped meanwhile), and nothing was written
     */
    boolean download(String pathAndQuery, java.io.OutputStream out) {
        HttpURLConnection connection;
        int status;
        try {
            connection = (HttpURLConnection) rest.resolve(pathAndQuery).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(120_000);
            status = connection.getResponseCode();
        } catch (IOException e) {
            return false;
        }
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (status == 200) {
                in.transferTo(out);
                return true;
            }
            JsonNode body = OutputOptions.JSON.readTree(in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String detail = body.path("detail").asString(body.path("title").asString("HTTP " + status));
            if (status >= 400 && status < 500) {
                throw new InvalidRequestException(detail);
            }
            throw new IllegalStateException("The Alliance Graph served at " + rest + " failed: " + detail);
        } catch (IOException e) {
            throw new UncheckedIOException("The Alliance Graph served at " + rest + " broke off the download of "
                    + pathAndQuery, e);
        }
    }

    /** The JSON as the Java API's record. */
    static <A> A as(JsonNode json, JavaType type) {
        return OutputOptions.JSON.treeToValue(json, type);
    }

    /** A query parameter's value, encoded. */
    static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}

package org.alliancegraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.alliancegraph.TestGraph;
import org.springframework.context.ConfigurableApplicationContext;

/** The REST API over the shared test graph, started once for the test JVM on a free port; no Browser runs beside it. */
public final class RestServer {

    private static ConfigurableApplicationContext context;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RestServer() {
    }

    public static synchronized String baseUrl() {
        if (context == null) {
            context = RestApplication.start(TestGraph.driver(), "127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

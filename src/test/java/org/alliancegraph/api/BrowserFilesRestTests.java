package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.browser.BrowserFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The REST API serves Browser's style and guide to Browser of an external server. */
class BrowserFilesRestTests {

    @Test
    @DisplayName("the style and the guide are served as the product's files, open to Browser's origin")
    void served() throws Exception {
        for (String name : new String[] {BrowserFiles.STYLE, BrowserFiles.GUIDE}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(RestServer.baseUrl() + "/browser/" + name)).header("Origin", "http://127.0.0.1:7474").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.body()).isEqualTo(BrowserFiles.all().get(name));
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(name).isPresent();
        }
    }

    @Test
    @DisplayName("docker-compose's Browser applies on connect the style and guide that these routes serve")
    void composeUsesThem() throws Exception {
        Matcher m = Pattern.compile("NEO4J_browser_post__connect__cmd: '([^']*)'").matcher(Files.readString(Path.of("docker-compose.yml")));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).contains("style http://127.0.0.1:8080/browser/" + BrowserFiles.STYLE)
                .contains("guide http://127.0.0.1:8080/browser/" + BrowserFiles.GUIDE);
    }
}

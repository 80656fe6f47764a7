package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.alliancegraph.export.CsvTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The exports over REST: the files, their types, and a panel that says what /api/relations says. */
class ExportEndpointsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @DisplayName("for sampled years, every dyad /api/relations answers is a row of dyad-years.csv with the same "
            + "status, states, scores and facts, and every row of the year is such a dyad")
    void panelAgreesWithRelations() {
        List<Map<String, String>> panel = csv(RestServer.get("/api/export/dyad-years.csv").body());
        Map<String, Map<String, String>> rows = new HashMap<>();
        panel.forEach(r -> rows.put(r.get("actor1") + "/" + r.get("actor2") + "/" + r.get("year"), r));
        TreeSet<Integer> years = new TreeSet<>(List.of(1945, 1951, 1956, 1961, 1963, 1966, 1967, 1972));
        Random random = new Random(14);
        while (years.size() < 16) {
            years.add(1945 + random.nextInt(30));
        }
        int compared = 0;
        for (int year : years) {
            JsonNode relations = JSON.readTree(RestServer.get("/api/relations?year=" + year).body());
            List<String> answered = new ArrayList<>();
            for (JsonNode dyad : relations.path("dyads")) {
                String key = dyad.path("a").asString() + "/" + dyad.path("b").asString() + "/" + year;
                answered.add(key);
                Map<String, String> row = rows.get(key);
                assertThat(row).as(key).isNotNull();
                assertThat(row.get("status")).as(key).isEqualTo(dyad.path("status").asString());
                List<String> statuses = new ArrayList<>();
                dyad.path("statuses").forEach(s -> statuses.add(s.asString()));
                assertThat(row.get("statuses")).as(key).isEqualTo(String.join("; ", statuses));
                for (String score : List.of("integration", "divergence", "net")) {
                    JsonNode value = dyad.path(score);
                    if (value.isNull()) {
                        assertThat(row.get(score)).as(key + " " + score).isEmpty();
                    } else {
                        assertThat(Double.parseDouble(row.get(score))).as(key + " " + score).isEqualTo(value.doubleValue());
                    }
                }
                assertThat(row.get("facts")).as(key).isEqualTo(String.valueOf(dyad.path("facts").size()));
                compared++;
            }
            for (Map<String, String> row : panel) {
                String key = row.get("actor1") + "/" + row.get("actor2") + "/" + row.get("year");
                if (row.get("year").equals(String.valueOf(year)) && !answered.contains(key)) {
                    // Scored without a listed fact: /api/dyads answers the year, as unknown.
                    JsonNode dyad = JSON.readTree(RestServer.get("/api/dyads/" + row.get("actor1") + "/" + row.get("actor2")
                            + "?from=" + year + "&to=" + year).body()).path("years").get(0);
                    assertThat(row.get("status")).isEqualTo(dyad.path("status").asString()).isEqualTo("unknown");
                    assertThat(Double.parseDouble(row.get("net"))).isEqualTo(dyad.path("net").doubleValue());
                }
            }
        }
        assertThat(compared).as("dyad-years compared").isGreaterThan(150);
    }

    @ParameterizedTest(name = "{0} is served as {1}")
    @CsvSource({"dyad-years.csv, text/csv", "directed-dyad-years.csv, text/csv", "dyad-year-flows.csv, text/csv",
            "actors.csv, text/csv", "datapackage.json, application/json", "graph.gexf, application/gexf+xml",
            "graph.graphml, application/graphml+xml", "graph.json, application/json", "dyad-years.zip, application/zip"})
    void served(String file, String type) {
        HttpResponse<String> response = RestServer.get("/api/export/" + file);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("filename=");
        assertThat(response.body()).isNotEmpty();
    }

    @Test
    @DisplayName("the descriptor's paths are relative: each resource is served beside it, with the header its schema names")
    void dataPackageReadsTheFilesBesideIt() {
        JsonNode descriptor = JSON.readTree(RestServer.get("/api/export/datapackage.json").body());
        URI base = URI.create(RestServer.baseUrl() + "/api/export/datapackage.json");
        List<String> paths = new ArrayList<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String path = resource.path("path").asString();
            paths.add(path);
            HttpResponse<String> file = RestServer.get(base.resolve(path).getPath());
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            List<String> fields = new ArrayList<>();
            resource.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asString()));
            assertThat(file.body().lines().findFirst().orElseThrow().split(",")).containsExactlyElementsOf(fields);
        }
        assertThat(paths).containsExactly("dyad-years.csv", "directed-dyad-years.csv", "dyad-year-flows.csv", "actors.csv");
    }

    @Test
    @DisplayName("the zip holds the descriptor and every CSV file")
    void zip() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestServer.baseUrl() + "/api/export/dyad-years.zip")).build(), HttpResponse.BodyHandlers.ofByteArray());
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        List<String> expected = new ArrayList<>(List.of("datapackage.json"));
        for (CsvTable table : CsvTable.values()) {
            expected.add(table.fileName());
        }
        assertThat(entries).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("an export that does not exist is a 404 problem, a POST a 405 problem, an unknown parameter is ignored")
    void badRequests() throws IOException, InterruptedException {
        HttpResponse<String> missing = RestServer.get("/api/export/dyad-years.xlsx");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestServer.baseUrl() + "/api/export/graph.json")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(post.body()).doesNotContain("Exception");

        assertThat(RestServer.get("/api/export/actors.csv?year=1951").statusCode()).isEqualTo(200);
    }

    static List<Map<String, String>> csv(String text) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }
}

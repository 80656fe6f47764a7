package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/meta}: the dataset's description, and whether a Neo4j Browser runs beside the server. */
class MetaTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @DisplayName("the dataset's fields stay at the top level, and browser is null where no Browser runs")
    void noBrowserBesideTheTestServer() {
        HttpResponse<String> response = RestServer.get("/api/meta");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode meta = JSON.readTree(response.body());
        assertThat(meta.get("dataset").asString()).isEqualTo("alliance-graph");
        assertThat(meta.get("sources").get(0).get("id").asString()).isEqualTo("agov-2013");
        assertThat(meta.get("years").get("from").asInt()).isEqualTo(1945);
        assertThat(meta.has("counts")).isTrue();
        assertThat(meta.has("browser")).as("the field is there, and null").isTrue();
        assertThat(meta.get("browser").isNull()).isTrue();
    }
}

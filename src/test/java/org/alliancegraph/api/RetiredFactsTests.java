package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An id that a dataset version retired answers 410 Gone, saying where its evidence went. */
class RetiredFactsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern RETIRED_ID = Pattern.compile("\\{id: '([a-z0-9-]+)', version:");

    /** Ids that the audit of version 0.2.0 named as judgements beyond the text or one event told twice. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"relation-dprk-japan-trade-1961", "relation-dprk-prc-crisis-1966",
            "relation-dprk-prc-strained-1965", "role-stoichkov-bulgarian-ambassador-dprk-1963"})
    void auditedIdsAreGone(String id) {
        assertGoneToAFact(id);
    }

    @Test
    void everyRetiredIdOfTheScriptsIsGoneToAFact() throws IOException {
        List<String> ids = RETIRED_ID.matcher(Files.readString(Path.of("cypher/85-retired.cypher")))
                .results().map(m -> m.group(1)).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
        ids.forEach(RetiredFactsTests::assertGoneToAFact);
    }

    @Test
    void anUnknownIdIsStillNotFound() {
        assertThat(RestServer.get("/api/facts/relation-dprk-prc-crisis-1967").statusCode()).isEqualTo(404);
    }

    private static void assertGoneToAFact(String id) {
        HttpResponse<String> gone = RestServer.get("/api/facts/" + id);
        assertThat(gone.statusCode()).as(id).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(gone.body());
        assertThat(problem.get("retiredIn").asString()).isEqualTo("0.2.0");
        assertThat(problem.get("detail").asString()).contains(id).contains("retired");
        String replacedBy = problem.get("replacedBy").asString();
        assertThat(problem.get("detail").asString()).contains(replacedBy);
        assertThat(RestServer.get("/api/facts/" + replacedBy).statusCode()).as(replacedBy).isEqualTo(200);
    }
}

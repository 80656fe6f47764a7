package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad requests get RFC 9457 problems with a 4xx status that name the problem, never a stack trace. */
class ProblemResponseTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/relations?year=nineteen-fifty | 400 | must be a whole number",
            "/api/relations?year=1900 | 400 | outside the data's range, 1945 to",
            "/api/relations?year=1951&actor=Bulgaira | 404 | did you mean bulgaria",
            "/api/dyads/dprk/prc?from=1970&to=1960 | 400 | from (1970) is after to (1960)",
            "/api/relations | 400 | 'year' is not present",
            "/api/no-such-thing | 404 | Nothing is served at",
            "/api/actors/atlantis | 404 | Unknown actor 'atlantis'",
            "/api/facts/no-such-fact | 404 | Unknown fact",
            "/api/triangle?year=1963&actors=dprk,ussr | 400 | three actors",
            "/api/facts?type=alliance | 400 | Unknown fact type"
    })
    void problem(String path, int status, String detail) {
        HttpResponse<String> response = RestServer.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

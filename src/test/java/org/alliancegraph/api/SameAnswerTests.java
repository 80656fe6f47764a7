package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.cli.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Java, REST and the CLI's --json give the same answer to the same question. */
class SameAnswerTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "relations in {0}")
    @CsvSource({"1949", "1951", "1956", "1963", "1967"})
    void relations(int year) {
        Object java = AllianceGraph.on(TestGraph.driver()).relationsIn(year);

        assertSame(java, "/api/relations?year=" + year, "relations", String.valueOf(year));
    }

    @ParameterizedTest(name = "dyad {0}/{1}")
    @CsvSource({"dprk, ussr", "prc, dprk", "bulgaria, dprk"})
    void dyads(String a, String b) {
        Object java = AllianceGraph.on(TestGraph.driver()).timeline(a, b);

        assertSame(java, "/api/dyads/" + a + "/" + b, "dyad", a, b);
    }

    @ParameterizedTest(name = "triangle in {0}")
    @CsvSource({"1951", "1963", "1966"})
    void triangles(int year) {
        Object java = AllianceGraph.on(TestGraph.driver()).triangle(year);

        assertSame(java, "/api/triangle?year=" + year, "triangle", String.valueOf(year));
    }

    @ParameterizedTest(name = "claims {0}")
    @CsvSource({"''", "prc", "bulgaria"})
    void claims(String actor) {
        AllianceGraph graph = AllianceGraph.on(TestGraph.driver());
        Object java = actor.isEmpty() ? graph.claims() : graph.claims(actor);

        if (actor.isEmpty()) {
            assertSame(java, "/api/claims", "claims");
        } else {
            assertSame(java, "/api/claims?actor=" + actor, "claims", "--actor", actor);
        }
    }

    @ParameterizedTest(name = "claim {0}")
    @CsvSource({"claim-twin-pillars-equally-important"})
    void claim(String id) {
        Object java = AllianceGraph.on(TestGraph.driver()).claim(id);
        JsonNode fromJava = JSON.valueToTree(java);

        assertThat(JSON.readTree(RestServer.get("/api/claims/" + id).body())).isEqualTo(fromJava);
        assertThat(fromJava.get("supportedBy")).isNotEmpty();
    }

    private static void assertSame(Object java, String path, String... command) {
        JsonNode fromJava = JSON.valueToTree(java);
        JsonNode fromRest = JSON.readTree(RestServer.get(path).body());
        JsonNode fromCli = JSON.readTree(cli(command));

        assertThat(fromRest).isEqualTo(fromJava);
        assertThat(fromCli).isEqualTo(fromJava);
        assertThat(fromJava.toString()).isNotEqualTo("{}");
    }

    private static String cli(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--json", "--uri", TestGraph.database().server().boltUri().toString()));
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Cli.run(args.toArray(String[]::new))).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}

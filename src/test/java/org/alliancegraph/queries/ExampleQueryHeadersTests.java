package org.alliancegraph.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.alliancegraph.TestGraph;
import org.alliancegraph.load.ExampleQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example query of cypher/queries/ answers its question as its header says the article
 * does: each file is run with its parameters' defaults and each of its expect lines is checked.
 */
class ExampleQueryHeadersTests {

    private static final Path QUERIES = Path.of("cypher/queries");

    static List<Path> files() {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExampleQuery read(Path file) {
        try {
            return ExampleQuery.parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of an example run with its parameters' defaults, as plain Java values. */
    static List<Map<String, Object>> rows(ExampleQuery query) {
        return TestGraph.driver().executableQuery(query.cypher()).withParameters(query.parameters()).execute()
                .records().stream().map(r -> r.asMap()).toList();
    }

    /** What is wrong with an example's expectations against the rows it returns; empty when all hold. */
    static List<String> failures(ExampleQuery query, List<Map<String, Object>> rows) {
        List<String> failures = new ArrayList<>();
        for (ExampleQuery.Expectation expect : query.expectations()) {
            expect.check(rows).ifPresent(why -> failures.add(query.name() + ", line " + expect.line() + ": expect: "
                    + expect.text() + "\n    " + why));
        }
        return failures;
    }

    @Test
    @DisplayName("the library holds at least 26 example queries")
    void enoughExamples() {
        assertThat(files()).hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    @DisplayName("the README's library lists every example with its question")
    void readmeListsEveryExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Path file : files()) {
            ExampleQuery query = read(file);
            assertThat(readme).as("README.md names " + query.name() + " with its question")
                    .contains("(cypher/queries/" + query.name() + ") | " + query.question() + " |");
        }
    }

    @TestFactory
    @DisplayName("each example has a question and expectations from the article, and its answer meets them")
    Stream<DynamicTest> everyExampleMeetsItsHeader() {
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ExampleQuery query = read(file);
            assertThat(query.question()).as(query.name() + ": a '// question:' line").isNotBlank();
            assertThat(query.expectations()).as(query.name() + ": at least one '// expect:' line").isNotEmpty();
            assertThat(query.parametersUsed()).as(query.name() + ": the parameters it uses are those its header gives")
                    .containsExactlyInAnyOrderElementsOf(query.parameters().keySet());
            for (ExampleQuery.Expectation expect : query.expectations()) {
                assertThat(evidenceExists(expect)).as(query.name() + ", line " + expect.line() + ": the article has "
                        + expect.source()).isTrue();
            }
            List<Map<String, Object>> rows = rows(query);
            assertThat(failures(query, rows)).as(query.name() + " returned " + rows.size() + " rows").isEmpty();
        }));
    }

    private static boolean evidenceExists(ExampleQuery.Expectation expect) {
        Optional<Integer> note = expect.note();
        String cypher = note.isPresent() ? "MATCH (n:Note {id: 'agov-2013/n' + $key}) RETURN count(n) > 0 AS found"
                : "MATCH (s:Section {id: 'agov-2013/' + $key}) RETURN count(s) > 0 AS found";
        Object key = note.isPresent() ? (Object) note.get() : expect.section().orElseThrow();
        return TestGraph.driver().executableQuery(cypher).withParameters(Map.of("key", key)).execute()
                .records().get(0).get("found").asBoolean();
    }

    /** The header's reader and checker, on small inline examples, so that a broken expectation cannot pass. */
    @Nested
    class TheHeader {

        private static final String AID = """
                // question: How much did China give the DPRK during the war?
                // param: giver = 'prc'
                // expect: amount = %s where giver = 'prc' (note 68)
                //
                // Prose lines of the header are free.
                RETURN $giver AS giver, 1080000000 AS amount, 0.45 AS shareOfGnp;
                """;

        @Test
        @DisplayName("reads the question, the parameters' defaults and each expectation with its note")
        void readsTheHeader() {
            ExampleQuery query = ExampleQuery.parse("aid.cypher", AID.formatted("1080000000"));

            assertThat(query.question()).isEqualTo("How much did China give the DPRK during the war?");
            assertThat(query.parameters()).containsExactly(Map.entry("giver", "prc"));
            assertThat(query.parametersUsed()).containsExactly("giver");
            ExampleQuery.Expectation expect = query.expectations().get(0);
            assertThat(expect.line()).isEqualTo(3);
            assertThat(expect.column()).isEqualTo("amount");
            assertThat(expect.value()).isEqualTo(1_080_000_000L);
            assertThat(expect.where()).containsExactly(new ExampleQuery.Expectation.Condition("giver", "prc"));
            assertThat(expect.note()).contains(68);
        }

        @Test
        @DisplayName("a wrong figure fails against the graph, naming the file, the line and what was found")
        void aWrongFigureFails() {
            ExampleQuery right = ExampleQuery.parse("aid.cypher", AID.formatted("1080000000"));
            ExampleQuery wrong = ExampleQuery.parse("aid.cypher", AID.formatted("1080000001"));

            assertThat(failures(right, rows(right))).isEmpty();
            assertThat(failures(wrong, rows(wrong))).singleElement().asString()
                    .contains("aid.cypher, line 3", "amount = 1080000001", "found [1080000000]");
        }

        @Test
        @DisplayName("conditions no row meets, a missing column, a wrong count and no rows at all fail")
        void unmetExpectationsFail() {
            List<Map<String, Object>> rows = List.of(Map.of("giver", "prc", "amount", 1_080_000_000L),
                    Map.of("giver", "ussr", "amount", 610_000_000L));

            assertThat(check("amount = 1080000000 where giver = 'ussr' (note 68)", rows)).contains("found [610000000]");
            assertThat(check("amount = 1080000000 where giver = 'gdr' (note 68)", rows)).contains("no row meets");
            assertThat(check("usd = 475000000 (note 68)", rows)).contains("no column usd");
            assertThat(check("rows = 3 (note 68)", rows)).contains("expected 3 rows, got 2");
            assertThat(check("rows = 2 where giver = 'prc' (note 68)", rows)).contains("got 1");
            assertThat(check("amount = 610000000 (note 68)", List.of())).contains("no rows");
            assertThat(check("rows = 2 (note 68)", rows)).isEmpty();
            assertThat(check("amount = 610000000 where giver = 'ussr' (note 68)", rows)).isEmpty();
        }

        @Test
        @DisplayName("decimals match within 0.01 or half a percent; integers, text and booleans exactly; null only null")
        void comparesAsTheHeaderSays() {
            List<Map<String, Object>> rows = List.of(Map.of("net", 6.262, "amount", 8.0e6, "year", 1955L, "frozen", false,
                    "status", "allied", "statuses", List.of("strained", "close")));

            assertThat(check("net = 6.26 (note 73)", rows)).isEmpty();
            assertThat(check("net = 6.2 (note 73)", rows)).isNotEmpty();
            assertThat(check("amount = 8000000 (note 108)", rows)).isEmpty();
            assertThat(check("amount = 8000001 (note 108)", rows)).isNotEmpty();
            assertThat(check("amount = 8030000.0 (note 108)", rows)).isEmpty();
            assertThat(check("amount = 8050000.0 (note 108)", rows)).isNotEmpty();
            assertThat(check("year = 1955.0 (note 73)", rows)).isEmpty();
            assertThat(check("year = '1955' (note 73)", rows)).isNotEmpty();
            assertThat(check("status = 'Allied' (note 73)", rows)).isNotEmpty();
            assertThat(check("frozen = false (note 73)", rows)).isEmpty();
            assertThat(check("frozen = null (note 73)", rows)).isNotEmpty();
            assertThat(check("statuses = ['strained', 'close'] (note 62)", rows)).isEmpty();
            assertThat(check("statuses = ['close', 'strained'] (note 62)", rows)).isNotEmpty();
        }

        @Test
        @DisplayName("reads a property of a node or relationship column, as Browser's triangle returns them")
        void readsProperties() {
            ExampleQuery query = ExampleQuery.parse("triangle.cypher", """
                    // question: What was the state of the DPRK's tie with the USSR in 1951?
                    // expect: t.status = 'allied' where a.id = 'dprk' and b.id = 'ussr' (note 42)
                    // expect: t.status = 'frozen' where a.id = 'dprk' and b.id = 'ussr' (note 42)
                    MATCH (a:Actor {id: 'dprk'})-[t:TIE {year: 1951}]->(b:Actor {id: 'ussr'}) RETURN a, t, b
                    """);

            assertThat(failures(query, rows(query))).singleElement().asString().contains("line 3", "found ['allied']");
        }

        @Test
        @DisplayName("rejects a malformed header rather than skip it: no evidence, a bad literal, an unknown key")
        void rejectsMalformedLines() {
            assertThatThrownBy(() -> header("// expect: amount = 1080000000 where giver = 'prc'"))
                    .hasMessageContaining("q.cypher, line 1").hasMessageContaining("(note N)");
            assertThatThrownBy(() -> header("// expect: amount = 1080000000 (p. 240)")).hasMessageContaining("(note N)");
            assertThatThrownBy(() -> header("// expect: amount = 1.08 billion (note 68)")).hasMessageContaining("expected last");
            assertThatThrownBy(() -> header("// expect: amount = billion (note 68)")).hasMessageContaining("not a literal");
            assertThatThrownBy(() -> header("// expect: giver = 'prc (note 68)")).hasMessageContaining("unclosed string");
            assertThatThrownBy(() -> header("// expect: rows = 'three' (note 68)")).hasMessageContaining("whole number");
            assertThatThrownBy(() -> header("// expect: = 3 (note 68)")).hasMessageContaining("column name");
            assertThatThrownBy(() -> header("// expects: rows = 3 (note 68)")).hasMessageContaining("unknown header line 'expects:'");
            assertThatThrownBy(() -> header("// param: year 1951")).hasMessageContaining("name = literal");
            assertThatThrownBy(() -> header("// param: year = 1951\n// param: year = 1952")).hasMessageContaining("twice");
            assertThatThrownBy(() -> ExampleQuery.parse("q.cypher", "RETURN 1 AS a; RETURN 2 AS b;"))
                    .hasMessageContaining("holds 2 statements");
        }

        @Test
        @DisplayName("the evidence may be a passage of the body without a note, by its section")
        void bodyEvidence() {
            ExampleQuery.Expectation expect = header("// expect: status = 'frozen' where year = 1963 (article body, section divergence)")
                    .expectations().get(0);

            assertThat(expect.note()).isEmpty();
            assertThat(expect.section()).contains("divergence");
            assertThat(expect.where()).containsExactly(new ExampleQuery.Expectation.Condition("year", 1963L));
        }

        @Test
        @DisplayName("a text literal may hold the words 'where' and 'and', quotes and brackets")
        void literalsHoldAnything() {
            ExampleQuery.Expectation expect = header(
                    "// expect: quote = \"Pak Ch'angok and Kim Sŭnghwa (where?)\" where person = 'Nam Il' (note 78)").expectations().get(0);

            assertThat(expect.value()).isEqualTo("Pak Ch'angok and Kim Sŭnghwa (where?)");
            assertThat(expect.where()).containsExactly(new ExampleQuery.Expectation.Condition("person", "Nam Il"));
        }

        private static ExampleQuery header(String lines) {
            return ExampleQuery.parse("q.cypher", lines + "\nRETURN 1 AS one;");
        }

        /** What is wrong with one expectation against the rows; empty when it holds. */
        private static String check(String expect, List<Map<String, Object>> rows) {
            return ExampleQuery.parse("q.cypher", "// expect: " + expect + "\nRETURN 1;").expectations().get(0).check(rows)
                    .orElse("");
        }
    }
}

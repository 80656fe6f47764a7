package org.alliancegraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * The source catalogue in seeds/ against the loaded graph: every section and endnote of the
 * article is covered by facts, and the catalogue's coverage table, list of uncited notes and list
 * of caveats agree with the data, so that none of them can go stale.
 */
class CoverageTests {

    private static final Path CATALOGUE = Path.of("seeds/agov-2013.md");
    private static final Path UNCITED = Path.of("seeds/uncited-notes.md");
    private static final Path CAVEATS = Path.of("seeds/caveats.md");

    private static final List<String> SECTIONS =
            List.of("intro", "birth", "support", "armistice", "aftereffects", "divergence", "conclusion");
    private static final List<String> TYPES = List.of("role", "treaty", "flow", "dispute", "event", "relation");
    private static final List<String> CAVEAT_KINDS = List.of("date", "arithmetic", "spelling", "citation", "period",
            "attribution", "interpretation", "contradicted", "common-record");
    private static final int NOTES = 114;

    private static final String COVERAGE_HEADER = "| section | role | treaty | flow | dispute | event | relation | total |";
    private static final String CLAIMS_HEADER = "| section | claims | supporting facts |";
    private static final String UNCITED_HEADER = "| note | reason |";
    private static final Pattern CAVEAT_ENTRY = Pattern.compile("^- `([^`]+)` \\(([^()]*)\\): (.+)$");
    private static final Pattern CODE_ID = Pattern.compile("`([a-z0-9][a-z0-9/-]*)`");

    @Test
    @DisplayName("every section of the article has at least one fact")
    void everySectionHasFacts() {
        Map<String, Long> factsBySection = new LinkedHashMap<>();
        for (Record row : query("""
                MATCH (s:Section)-[:PART_OF]->(:Source {id: 'agov-2013'})
                RETURN s.key AS section, COUNT { MATCH (f:Fact {source: 'agov-2013', section: s.key}) } AS facts
                ORDER BY s.order""")) {
            factsBySection.put(row.get("section").asString(), row.get("facts").asLong());
        }

        assertThat(factsBySection.keySet()).as("the article's sections in reading order").containsExactlyElementsOf(SECTIONS);
        assertThat(factsBySection).allSatisfy((section, facts) ->
                assertThat(facts).as("facts stated in section %s", section).isPositive());
    }

    @Test
    @DisplayName("every endnote is cited by a fact or listed as uncited, and no listed note is cited")
    void everyNoteCitedOrListed() throws IOException {
        Set<Integer> notes = numbers("MATCH (n:Note {source: 'agov-2013'}) RETURN n.number AS number");
        Set<Integer> cited = numbers("""
                MATCH (n:Note {source: 'agov-2013'}) WHERE EXISTS { MATCH (:Fact)-[:EVIDENCE]->(n) }
                RETURN n.number AS number""");
        List<List<String>> rows = table(read(UNCITED), UNCITED_HEADER);
        Set<Integer> listed = new TreeSet<>();
        for (List<String> row : rows) {
            assertThat(row).as("a row of %s", UNCITED).hasSize(2);
            assertThat(row.get(0)).as("a note number in %s", UNCITED).matches("\\d+");
            assertThat(row.get(1)).as("the reason given for note %s", row.get(0)).isNotBlank();
            listed.add(Integer.valueOf(row.get(0)));
        }
        Set<Integer> all = IntStream.rangeClosed(1, NOTES).boxed().collect(Collectors.toCollection(TreeSet::new));

        assertThat(notes).as("the article's endnotes in the graph").isEqualTo(all);
        assertThat(listed).as("notes listed in %s", UNCITED).isSubsetOf(all);
        assertThat(all.stream().filter(n -> !cited.contains(n) && !listed.contains(n)).toList())
                .as("notes that no fact cites and %s does not list", UNCITED).isEmpty();
        assertThat(listed.stream().filter(cited::contains).toList())
                .as("notes listed in %s that a fact does cite", UNCITED).isEmpty();
    }

    @Test
    @DisplayName("the coverage table of the catalogue matches the graph's facts by section and type")
    void coverageTableMatchesGraph() throws IOException {
        Map<String, Map<String, Long>> graph = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            Map<String, Long> byType = new LinkedHashMap<>();
            TYPES.forEach(type -> byType.put(type, 0L));
            graph.put(section, byType);
        }
        for (Record row : query("""
                MATCH (f:Fact {source: 'agov-2013'}) WHERE NOT f:Claim
                RETURN f.section AS section, f.type AS type, count(*) AS facts""")) {
            String section = row.get("section").asString();
            assertThat(graph).as("the sections of the facts").containsKey(section);
            graph.get(section).put(row.get("type").asString(), row.get("facts").asLong());
        }
        long allFacts = query("MATCH (f:Fact {source: 'agov-2013'}) WHERE NOT f:Claim RETURN count(f) AS facts")
                .get(0).get("facts").asLong();

        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        List<Long> totalRow = null;
        for (List<String> row : table(read(CATALOGUE), COVERAGE_HEADER)) {
            assertThat(row).as("a row of the coverage table").hasSize(2 + TYPES.size());
            List<Long> numbers = row.subList(1, row.size()).stream().map(Long::valueOf).toList();
            if (row.get(0).equals("total")) {
                totalRow = numbers;
                continue;
            }
            Map<String, Long> byType = new LinkedHashMap<>();
            for (int i = 0; i < TYPES.size(); i++) {
                byType.put(TYPES.get(i), numbers.get(i));
            }
            table.put(row.get(0), byType);
            totals.put(row.get(0), numbers.get(TYPES.size()));
        }

        assertThat(table).as("the coverage table in %s, by section and type", CATALOGUE).isEqualTo(graph);
        assertThat(totals).as("the total column of the coverage table").allSatisfy((section, total) ->
                assertThat(total).as("the total of section %s", section)
                        .isEqualTo(graph.get(section).values().stream().mapToLong(Long::longValue).sum()));
        assertThat(totalRow).as("the total row of the coverage table").isNotNull();
        List<Long> expectedTotals = new ArrayList<>();
        TYPES.forEach(type -> expectedTotals.add(graph.values().stream().mapToLong(m -> m.get(type)).sum()));
        expectedTotals.add(allFacts);
        assertThat(totalRow).as("the total row of the coverage table").isEqualTo(expectedTotals);
    }

    @Test
    @DisplayName("the claims table of the catalogue matches the graph's claims by section, with the facts they rest on")
    void claimsTableMatchesGraph() throws IOException {
        Map<String, List<Long>> graph = new LinkedHashMap<>();
        for (Record row : query("""
                MATCH (s:Section)-[:PART_OF]->(:Source {id: 'agov-2013'})
                OPTIONAL MATCH (c:Claim {source: 'agov-2013', section: s.key})
                WITH s, count(c) AS claims,
                     COUNT { MATCH (x:Claim {source: 'agov-2013', section: s.key})-[:SUPPORTED_BY]->(f) RETURN DISTINCT f } AS facts
                WHERE claims > 0
                RETURN s.key AS section, claims, facts ORDER BY s.order""")) {
            graph.put(row.get("section").asString(), List.of(row.get("claims").asLong(), row.get("facts").asLong()));
        }
        Map<String, List<Long>> table = new LinkedHashMap<>();
        for (List<String> row : table(read(CATALOGUE), CLAIMS_HEADER)) {
            assertThat(row).as("a row of the claims table").hasSize(3);
            if (!row.get(0).equals("total")) {
                table.put(row.get(0), List.of(Long.valueOf(row.get(1)), Long.valueOf(row.get(2))));
            }
        }

        assertThat(graph).as("claims in the graph").isNotEmpty();
        assertThat(table).as("the claims table in %s, by section", CATALOGUE).isEqualTo(graph);
    }

    @Test
    @DisplayName("every caveat of a fact appears under its kind in the caveats list, with its text")
    void everyFactCaveatListed() throws IOException {
        Map<String, Map<String, String>> listed = caveatEntries(read(CAVEATS));
        assertThat(listed.keySet()).as("the kinds in %s", CAVEATS).containsExactlyElementsOf(CAVEAT_KINDS);
        Map<String, String> kindOfFact = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Record row : query("""
                MATCH (f:Fact) WHERE f.caveatKind IS NOT NULL
                RETURN f.id AS id, f.caveatKind AS kind, f.caveat AS caveat ORDER BY id""")) {
            String id = row.get("id").asString();
            String kind = row.get("kind").asString();
            kindOfFact.put(id, kind);
            String text = listed.getOrDefault(kind, Map.of()).get(id);
            if (!row.get("caveat").asString("").equals(text)) {
                missing.add(kind + " " + id);
            }
        }
        Set<String> factIds = ids("MATCH (f:Fact) RETURN f.id AS id");
        List<String> stale = new ArrayList<>();
        listed.forEach((kind, entries) -> entries.keySet().stream()
                .filter(factIds::contains)
                .filter(id -> !kind.equals(kindOfFact.get(id)))
                .forEach(id -> stale.add(kind + " " + id)));

        assertThat(kindOfFact).as("facts with a caveat").isNotEmpty();
        assertThat(missing).as("fact caveats missing from %s under their kind, or with another text", CAVEATS).isEmpty();
        assertThat(stale).as("entries of %s whose fact has no such caveat", CAVEATS).isEmpty();
    }

    @Test
    @DisplayName("every item the caveats list highlights is one of its entries")
    void highlightsAreEntries() throws IOException {
        String text = read(CAVEATS);
        Map<String, Map<String, String>> listed = caveatEntries(text);
        Set<String> entries = new TreeSet<>();
        listed.values().forEach(m -> entries.addAll(m.keySet()));
        Set<String> highlighted = new TreeSet<>();
        Matcher ids = CODE_ID.matcher(section(text, "Highlights"));
        while (ids.find()) {
            highlighted.add(ids.group(1));
        }

        assertThat(highlighted).as("the ids in the Highlights of %s", CAVEATS).isNotEmpty();
        assertThat(highlighted).as("highlighted ids that have no entry in %s", CAVEATS).isSubsetOf(entries);
    }

    /** The entries of the caveats list: kind, then id, then the caveat's text. */
    private static Map<String, Map<String, String>> caveatEntries(String text) {
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        String kind = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("## ")) {
                String heading = line.substring(3).trim();
                kind = CAVEAT_KINDS.contains(heading) ? heading : null;
                if (kind != null) {
                    entries.put(kind, new LinkedHashMap<>());
                }
                continue;
            }
            Matcher entry = CAVEAT_ENTRY.matcher(line);
            if (kind != null && entry.matches()) {
                entries.get(kind).put(entry.group(1), entry.group(3));
            }
        }
        return entries;
    }

    /** The text under a level-two heading, up to the next one. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n## " + heading + "\n");
        assertThat(start).as("the section %s", heading).isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The body rows of the Markdown table with this header line, as trimmed cells. */
    private static List<List<String>> table(String text, String header) {
        List<String> lines = text.lines().toList();
        int at = lines.stream().map(String::trim).toList().indexOf(header);
        assertThat(at).as("a table with the header %s", header).isNotNegative();
        assertThat(lines.get(at + 1).trim()).as("the separator row under %s", header).matches("\\|( *:?-+:? *\\|)+");
        List<List<String>> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).trim().startsWith("|"); i++) {
            String row = lines.get(i).trim();
            rows.add(List.of(row.substring(1, row.length() - 1).split("\\|", -1)).stream().map(String::trim).toList());
        }
        return rows;
    }

    private static String read(Path file) throws IOException {
        assertThat(file).as("the catalogue file").exists();
        return Files.readString(file);
    }

    private static List<Record> query(String cypher) {
        return TestGraph.driver().executableQuery(cypher).execute().records();
    }

    private static Set<Integer> numbers(String cypher) {
        return query(cypher).stream().map(r -> r.get("number").asInt()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ids(String cypher) {
        return query(cypher).stream().map(r -> r.get("id").asString()).collect(Collectors.toCollection(TreeSet::new));
    }
}

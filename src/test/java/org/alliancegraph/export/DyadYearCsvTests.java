package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dyad-year CSV files, read back as R or pandas would read them: the columns of the schema,
 * every cell of its type, keys that hold; and the rows the article's figures and dates predict.
 */
class DyadYearCsvTests {

    @Nested
    @DisplayName("read back")
    class ReadBack {

        @ParameterizedTest(name = "{0}: the header is the schema's columns, in order")
        @EnumSource(CsvTable.class)
        void headerIsTheSchema(CsvTable table) {
            assertThat(ExportedFiles.header(ExportedFiles.folder().resolve(table.fileName())))
                    .containsExactlyElementsOf(table.columns().stream().map(Column::name).toList());
        }

        @ParameterizedTest(name = "{0}: every cell has its column's type, required cells are filled, flags are 0 or 1")
        @EnumSource(CsvTable.class)
        void everyCellHasItsType(CsvTable table) {
            List<Map<String, String>> rows = ExportedFiles.rows(table);
            assertThat(rows).isNotEmpty();
            List<String> wrong = new ArrayList<>();
            for (Map<String, String> row : rows) {
                for (Column column : table.columns()) {
                    String cell = row.get(column.name());
                    String where = table.fileName() + " " + column.name() + "='" + cell + "' in " + row.get(table.columns().get(0).name());
                    if (cell.isEmpty()) {
                        if (column.required()) {
                            wrong.add("empty " + where);
                        }
                        continue;
                    }
                    if (column.type().equals("integer") && !cell.matches("-?\\d+")) {
                        wrong.add("not an integer: " + where);
                    } else if (column.type().equals("number") && !cell.matches("-?\\d+(\\.\\d+)?")) {
                        wrong.add("not a plain number: " + where);
                    } else if (!column.values().isEmpty() && !column.values().contains(cell)) {
                        wrong.add("not one of " + column.values() + ": " + where);
                    } else if (column.numeric() && column.minimum() != null
                            && new BigDecimal(cell).compareTo(BigDecimal.valueOf(column.minimum())) < 0) {
                        wrong.add("below " + column.minimum() + ": " + where);
                    } else if (column.numeric() && column.maximum() != null
                            && new BigDecimal(cell).compareTo(BigDecimal.valueOf(column.maximum())) > 0) {
                        wrong.add("above " + column.maximum() + ": " + where);
                    }
                }
            }
            assertThat(wrong).isEmpty();
        }

        @ParameterizedTest(name = "{0}: no two rows share a primary key")
        @EnumSource(CsvTable.class)
        void primaryKeysAreUnique(CsvTable table) {
            List<Map<String, String>> rows = ExportedFiles.rows(table);
            Set<List<String>> keys = new HashSet<>();
            rows.forEach(r -> keys.add(table.primaryKey().stream().map(r::get).toList()));
            assertThat(keys).hasSize(rows.size());
        }

        @Test
        @DisplayName("every actor of the panels is in actors.csv, and every flow's dyad-year is a row of the panel")
        void foreignKeysResolve() {
            Set<String> actors = new HashSet<>();
            ExportedFiles.rows(CsvTable.ACTORS).forEach(r -> actors.add(r.get("id")));
            Set<List<String>> dyadYears = new HashSet<>();
            ExportedFiles.rows(CsvTable.DYAD_YEARS).forEach(r -> dyadYears.add(List.of(r.get("actor1"), r.get("actor2"), r.get("year"))));
            for (CsvTable table : List.of(CsvTable.DYAD_YEARS, CsvTable.DIRECTED_DYAD_YEARS, CsvTable.FLOWS)) {
                for (Map<String, String> row : ExportedFiles.rows(table)) {
                    assertThat(actors).contains(row.get("actor1"), row.get("actor2"));
                }
            }
            assertThat(ExportedFiles.rows(CsvTable.FLOWS)).allSatisfy(r ->
                    assertThat(dyadYears).contains(List.of(r.get("actor1"), r.get("actor2"), r.get("year"))));
        }
    }

    @Nested
    @DisplayName("rows the article predicts")
    class TheArticle {

        final List<Map<String, String>> panel = ExportedFiles.rows(CsvTable.DYAD_YEARS);

        @Test
        @DisplayName("China's war aid of 1.08 billion rubles (note 68) is spread over 1950-1953 and sums to it")
        void chinasWarAid() {
            double sum = 0;
            for (int year = 1950; year <= 1953; year++) {
                Map<String, String> row = ExportedFiles.row(panel, "dprk", "prc", year).orElseThrow();
                assertThat(row.get("aid_unit")).isEqualTo("SUR-old");
                assertThat(row.get("notes").split("; ")).contains("68");
                sum += Double.parseDouble(row.get("aid_amount"));
            }
            assertThat(sum).isCloseTo(1_080_000_000, within(1.0));
        }

        @Test
        @DisplayName("East Germany took in 610 North Korean orphans during the war (note 71)")
        void orphansInTheGdr() {
            double sum = IntStream.rangeClosed(1950, 1953)
                    .mapToObj(y -> ExportedFiles.row(panel, "dprk", "gdr", y).orElseThrow())
                    .peek(r -> assertThat(r.get("orphans_unit")).isEqualTo("orphans"))
                    .mapToDouble(r -> Double.parseDouble(r.get("orphans_amount"))).sum();
            assertThat(sum).isCloseTo(610, within(0.05));
        }

        @Test
        @DisplayName("Japan-DPRK trade was $31.4 million in 1965 (note 108)")
        void japanTrade() {
            Map<String, String> row = ExportedFiles.row(panel, "dprk", "japan", 1965).orElseThrow();
            assertThat(row.get("trade_amount")).isEqualTo("31400000");
            assertThat(row.get("trade_unit")).isEqualTo("USD");
            assertThat(row.get("trade_usd")).isEqualTo("31400000");
            assertThat(row.get("trade_flows")).isEqualTo("1");
        }

        @Test
        @DisplayName("the friendship treaties, which the article dates to 1960 (note 114), guarantee the DPRK's security in 1961")
        void friendshipTreaties() {
            for (String partner : List.of("prc", "ussr")) {
                Map<String, String> row = ExportedFiles.row(panel, "dprk", partner, 1961).orElseThrow();
                assertThat(row.get("treaty_defense")).as(partner).isEqualTo("1");
                assertThat(row.get("treaties")).contains("treaty-" + partner + "-dprk-friendship-cooperation-mutual-assistance");
                assertThat(ExportedFiles.row(panel, "dprk", partner, 1959).orElseThrow().get("treaty_defense"))
                        .as(partner + " before the treaty").isEqualTo("0");
            }
        }

        @Test
        @DisplayName("Bulgaria and the DPRK are in crisis from 1962 until normalization begins in 1968 (note 112)")
        void bulgarianCrisis() {
            for (int year = 1963; year <= 1967; year++) {
                assertThat(ExportedFiles.row(panel, "bulgaria", "dprk", year).orElseThrow().get("status"))
                        .as("bulgaria/dprk in %d", year).isEqualTo("crisis");
            }
        }

        @Test
        @DisplayName("710 is China before and after 1949: the ROC's treaty with Moscow and the PRC's are rows of their own")
        void chinaBeforeAndAfter1949() {
            Map<String, String> roc = ExportedFiles.row(panel, "roc", "ussr", 1946).orElseThrow();
            Map<String, String> prc = ExportedFiles.row(panel, "prc", "ussr", 1951).orElseThrow();
            assertThat(roc.get("ccode1")).isEqualTo("710");
            assertThat(prc.get("ccode1")).isEqualTo("710");
            assertThat(roc.get("treaty_defense")).isEqualTo("1");
            assertThat(prc.get("treaty_defense")).isEqualTo("1");
            assertThat(roc.get("ccode2")).isEqualTo("365");
        }

        @Test
        @DisplayName("the panel is unbalanced, as its descriptor says: Bulgaria drops out between the war and 1962")
        void unbalanced() {
            assertThat(ExportedFiles.row(panel, "bulgaria", "dprk", 1953)).isPresent();
            assertThat(ExportedFiles.row(panel, "bulgaria", "dprk", 1958)).isEmpty();
            assertThat(ExportedFiles.row(panel, "bulgaria", "dprk", 1962)).isPresent();
            assertThat(DataPackage.descriptor(ExportedFiles.exports().provenance()).get("description").asString())
                    .contains("unbalanced");
        }

        @Test
        @DisplayName("a total the article breaks down is flagged, and its parts say whose part they are")
        void totalsAndParts() {
            List<Map<String, String>> flows = ExportedFiles.rows(CsvTable.FLOWS);
            assertThat(flows).filteredOn(r -> r.get("fact").equals("flow-socialist-countries-dprk-war-aid-1950-1953"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.get("total")).isEqualTo("1"));
            assertThat(flows).filteredOn(r -> r.get("fact").equals("flow-prc-dprk-war-aid-1950-1953"))
                    .isNotEmpty().allSatisfy(r -> {
                        assertThat(r.get("part_of")).isEqualTo("flow-socialist-countries-dprk-war-aid-1950-1953");
                        assertThat(r.get("giver")).isEqualTo("prc");
                        assertThat(r.get("amount")).isEqualTo("1080000000");
                    });
        }
    }

    @Nested
    @DisplayName("unknown is not zero")
    class UnknownIsNotZero {

        @Test
        @DisplayName("a dyad-year without a scored fact has empty scores, and the service says it has no evidence")
        void noScoreIsEmpty() {
            AllianceGraph graph = AllianceGraph.on(TestGraph.driver());
            List<Map<String, String>> unscored = ExportedFiles.rows(CsvTable.DYAD_YEARS).stream()
                    .filter(r -> r.get("net").isEmpty()).toList();
            assertThat(unscored).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("integration")).isEmpty();
                assertThat(r.get("divergence")).isEmpty();
                assertThat(graph.explain(r.get("actor1"), r.get("actor2"), Integer.parseInt(r.get("year"))).net()).isNull();
            });
        }

        @Test
        @DisplayName("a kind of flow the article does not report in a dyad-year has a count of 0 and empty amounts")
        void noFlowIsEmpty() {
            for (Map<String, String> row : ExportedFiles.rows(CsvTable.DYAD_YEARS)) {
                for (String kind : PanelTerms.FLOW_KINDS) {
                    if (row.get(kind + "_flows").equals("0")) {
                        assertThat(row.get(kind + "_amount") + row.get(kind + "_unit") + row.get(kind + "_usd")).isEmpty();
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("directed and undirected")
    class DirectedAndUndirected {

        @Test
        @DisplayName("each undirected row is two directed rows with the same judgment, scores, treaties and facts, "
                + "whose flows add up to its own (two-way flows in both)")
        void agree() {
            List<Map<String, String>> undirected = ExportedFiles.rows(CsvTable.DYAD_YEARS);
            List<Map<String, String>> directed = ExportedFiles.rows(CsvTable.DIRECTED_DYAD_YEARS);
            List<Map<String, String>> flows = ExportedFiles.rows(CsvTable.FLOWS);
            assertThat(directed).hasSize(2 * undirected.size());
            List<String> same = new ArrayList<>(List.of("year", "state_dyad", "status", "statuses", "integration",
                    "divergence", "net", "treaties", "disputes", "facts", "facts_uncertain", "fact_ids", "notes", "sections"));
            PanelTerms.OBLIGATIONS.forEach(o -> same.add(CsvTable.obligationColumn(o)));
            for (Map<String, String> row : undirected) {
                String a = row.get("actor1");
                String b = row.get("actor2");
                int year = Integer.parseInt(row.get("year"));
                Map<String, String> ab = ExportedFiles.row(directed, a, b, year).orElseThrow();
                Map<String, String> ba = ExportedFiles.row(directed, b, a, year).orElseThrow();
                for (String column : same) {
                    assertThat(ab.get(column)).as(column).isEqualTo(row.get(column));
                    assertThat(ba.get(column)).as(column).isEqualTo(row.get(column));
                }
                assertThat(ba.get("ccode1")).isEqualTo(row.get("ccode2"));
                assertThat(ba.get("name2")).isEqualTo(row.get("name1"));
                List<Map<String, String>> parts = flows.stream().filter(f -> f.get("actor1").equals(a)
                        && f.get("actor2").equals(b) && f.get("year").equals(row.get("year")) && f.get("total").equals("0"))
                        .toList();
                for (String kind : PanelTerms.FLOW_KINDS) {
                    long twoWay = parts.stream().filter(f -> f.get("kind").equals(kind) && f.get("giver").isEmpty()).count();
                    assertThat(Long.parseLong(ab.get(kind + "_flows")) + Long.parseLong(ba.get(kind + "_flows")) - twoWay)
                            .as("%s flows of %s/%s in %d", kind, a, b, year).isEqualTo(Long.parseLong(row.get(kind + "_flows")));
                    assertSum(row.get(kind + "_amount"), parts, kind, null);
                    assertSum(ab.get(kind + "_amount"), parts, kind, a);
                    assertSum(ba.get(kind + "_amount"), parts, kind, b);
                }
            }
        }

        /** A panel amount is the sum of the flows file's yearly amounts of the kind (given by {@code giver}, and two-way). */
        private void assertSum(String cell, List<Map<String, String>> parts, String kind, String giver) {
            if (cell.isEmpty()) {
                return;
            }
            double sum = parts.stream().filter(f -> f.get("kind").equals(kind))
                    .filter(f -> giver == null || f.get("giver").equals(giver) || f.get("giver").isEmpty())
                    .filter(f -> !f.get("amount_in_year").isEmpty())
                    .mapToDouble(f -> Double.parseDouble(f.get("amount_in_year"))).sum();
            assertThat(Double.parseDouble(cell)).as(kind).isCloseTo(sum, within(0.05));
        }
    }
}

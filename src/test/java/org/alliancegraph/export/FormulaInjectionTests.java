package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.alliancegraph.embedded.ScratchDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

/**
 * Text that a spreadsheet would run as a formula is escaped in the CSV files; numbers are not.
 * The real graph has no such text, so a copy of it gets some (in the shared scratch database).
 */
class FormulaInjectionTests {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "a cell beginning with {0} gets an apostrophe, which one strip removes")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted"})
    void escaped(String text) {
        assertThat(CsvCells.escape(text)).isEqualTo("'" + text);
        assertThat(CsvCells.unescape(CsvCells.escape(text))).isEqualTo(text);
    }

    @ParameterizedTest(name = "a cell beginning with {0} is left as it is")
    @ValueSource(strings = {"dprk", "1951", "a = b", "SUR-old", ""})
    void leftAlone(String text) {
        assertThat(CsvCells.escape(text)).isEqualTo(text);
        assertThat(CsvCells.unescape(CsvCells.escape(text))).isEqualTo(text);
    }

    @Test
    @DisplayName("planted formulas in a fact and an actor's name come out escaped; a negative net stays a bare number")
    void plantedFormulas() {
        ScratchDatabase scratch = TestGraph.scratch();
        scratch.load(TestGraph.scripts(), line -> { });
        Driver driver = TestGraph.scratchDriver();
        driver.executableQuery("""
                MATCH (f:Fact {id: 'flow-dprk-japan-trade-1965'})
                SET f.summary = '=HYPERLINK("http://example.invalid","open")', f.quote = '-2+3 of the trade',
                    f.qualifier = '@exact'
                """).execute();
        driver.executableQuery("MATCH (a:Actor {id: 'japan'}) SET a.name = '+Japan'").execute();
        Exports exports = new Exports(AllianceGraph.on(driver), driver, Duration.ofSeconds(60), "test");

        exports.csvDirectory(folder);

        Map<String, String> flow = ExportedFiles.rows(folder.resolve(CsvTable.FLOWS.fileName())).stream()
                .filter(r -> r.get("fact").equals("flow-dprk-japan-trade-1965")).findFirst().orElseThrow();
        assertThat(flow.get("summary")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"open\")");
        assertThat(flow.get("quote")).isEqualTo("'-2+3 of the trade");
        assertThat(flow.get("qualifier")).isEqualTo("'@exact");
        assertThat(flow.get("amount")).isEqualTo("31400000");
        List<Map<String, String>> panel = ExportedFiles.rows(folder.resolve(CsvTable.DYAD_YEARS.fileName()));
        assertThat(ExportedFiles.row(panel, "dprk", "japan", 1965).orElseThrow().get("name2")).isEqualTo("'+Japan");
        assertThat(ExportedFiles.rows(folder.resolve(CsvTable.ACTORS.fileName())))
                .filteredOn(r -> r.get("id").equals("japan")).singleElement().extracting(r -> r.get("name")).isEqualTo("'+Japan");
        assertThat(ExportedFiles.row(panel, "bulgaria", "dprk", 1963).orElseThrow().get("net")).matches("-\\d+(\\.\\d+)?");
    }

    @Test
    @DisplayName("in the export of the real graph, no text cell begins with =, +, - or @ unescaped")
    void realGraph() throws Exception {
        for (CsvTable table : CsvTable.values()) {
            List<Map<String, String>> rows = ExportedFiles.rows(ExportedFiles.folder().resolve(table.fileName()));
            for (Column column : table.columns()) {
                if (column.numeric()) {
                    continue;
                }
                assertThat(rows).extracting(r -> r.get(column.name())).as(table.fileName() + " " + column.name())
                        .allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                                .doesNotStartWith("-").doesNotStartWith("@"));
            }
        }
        assertThat(Files.readString(ExportedFiles.folder().resolve(CsvTable.DYAD_YEARS.fileName()))).contains(",-");
    }
}

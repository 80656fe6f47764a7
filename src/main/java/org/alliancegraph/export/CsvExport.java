package org.alliancegraph.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.alliancegraph.system.Reads;
import org.alliancegraph.timeline.Evidence;
import org.alliancegraph.timeline.FactSummary;
import org.neo4j.driver.Value;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes the CSV files of the dyad-year export with Jackson's CSV writer, row by row as the rows
 * are made: the header from {@link CsvTable}, numbers unquoted, an unknown value as an empty cell.
 */
final class CsvExport {

    private static final String ACTORS = """
            MATCH (a:Actor)
            RETURN a.id AS id, a.name AS name, coalesce(a.short, a.name) AS short, a.kind AS kind, a.cow AS cow,
                   CASE WHEN a.start IS NULL OR a.start = '..' THEN null ELSE a.start END AS start,
                   CASE WHEN a.start IS NULL OR a.start = '..' THEN null ELSE a.startPrecision END AS startPrecision,
                   CASE WHEN a.end IS NULL OR a.end = '..' THEN null ELSE a.end END AS end,
                   CASE WHEN a.end IS NULL OR a.end = '..' THEN null ELSE a.endPrecision END AS endPrecision,
                   [(a)-[:ACTS_FOR]->(t) | t.id] AS actsFor, [(m)-[:MEMBER_OF]->(a) | m.id] AS members
            ORDER BY id
            """;

    /** Quotes only the cells that need it (a comma, quote or line break), as R and Stata write CSV. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final DyadYears dyadYears;
    private final Reads reads;

    CsvExport(DyadYears dyadYears, Reads reads) {
        this.dyadYears = dyadYears;
        this.reads = reads;
    }

    /** Writes one table to {@code out} (left open). */
    void write(CsvTable table, OutputStream out) {
        if (table == CsvTable.ACTORS) {
            writeActors(out);
        } else {
            writePanel(Map.of(table, out));
        }
    }

    /** Writes the tables of the panel that {@code outs} names (left open), in one pass over the dyad-years. */
    void writePanel(Map<CsvTable, OutputStream> outs) {
        Map<CsvTable, JsonGenerator> generators = new java.util.EnumMap<>(CsvTable.class);
        try {
            outs.forEach((table, out) -> generators.put(table, MAPPER.writer(schema(table)).createGenerator(out)));
            JsonGenerator undirected = generators.get(CsvTable.DYAD_YEARS);
            JsonGenerator directed = generators.get(CsvTable.DIRECTED_DYAD_YEARS);
            JsonGenerator flows = generators.get(CsvTable.FLOWS);
            dyadYears.forEach(row -> {
                if (undirected != null) {
                    write(undirected, CsvTable.DYAD_YEARS, dyadYearCells(row, f -> true));
                }
                if (directed != null) {
                    write(directed, CsvTable.DIRECTED_DYAD_YEARS,
                            dyadYearCells(row, f -> f.twoWay() || f.giver().equals(row.a().id())));
                    write(directed, CsvTable.DIRECTED_DYAD_YEARS,
                            dyadYearCells(reversed(row), f -> f.twoWay() || f.giver().equals(row.b().id())));
                }
                if (flows != null) {
                    row.flows().forEach(flow -> write(flows, CsvTable.FLOWS, flowCells(row, flow)));
                }
            });
        } finally {
            generators.values().forEach(JsonGenerator::close);
        }
    }

    private void writeActors(OutputStream out) {
        CsvTable table = CsvTable.ACTORS;
        try (JsonGenerator csv = MAPPER.writer(schema(table)).createGenerator(out)) {
            reads.stream(ACTORS, Map.of(), r -> write(csv, table, java.util.Arrays.asList(cell(r.get("id")),
                    cell(r.get("name")), cell(r.get("short")), cell(r.get("kind")),
                    r.get("cow").isNull() ? null : r.get("cow").asLong(), cell(r.get("start")),
                    cell(r.get("startPrecision")), cell(r.get("end")), cell(r.get("endPrecision")),
                    joined(r.get("actsFor").asList(Value::asString)), joined(r.get("members").asList(Value::asString)))));
        }
    }

    private static CsvSchema schema(CsvTable table) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (Column column : table.columns()) {
            schema.addColumn(column.name(), column.numeric() ? CsvSchema.ColumnType.NUMBER : CsvSchema.ColumnType.STRING);
        }
        return schema.build();
    }

    /** One row: text escaped against formulas, numbers as numbers, null as an empty cell. */
    private static void write(JsonGenerator csv, CsvTable table, List<Object> cells) {
        List<Column> columns = table.columns();
        if (cells.size() != columns.size()) {
            throw new IllegalStateException(table.fileName() + ": " + cells.size() + " cells for " + columns.size()
                    + " columns");
        }
        csv.writeStartArray();
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            if (cell == null) {
                csv.writeNull();
            } else if (cell instanceof BigDecimal decimal) {
                csv.writeNumber(decimal);
            } else if (cell instanceof Double number) {
                csv.writeNumber(number);
            } else if (cell instanceof Number number) {
                csv.writeNumber(number.longValue());
            } else if (columns.get(i).numeric()) {
                throw new IllegalStateException(columns.get(i).name() + " is numeric, not " + cell);
            } else {
                csv.writeString(CsvCells.escape(cell.toString()));
            }
        }
        csv.writeEndArray();
    }

    private static List<Object> dyadYearCells(DyadYearRow row, Predicate<DyadYearRow.FlowInYear> shown) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.a().id());
        cells.add(row.b().id());
        cells.add(row.year());
        cells.add(row.a().cow());
        cells.add(row.b().cow());
        cells.add(row.a().name());
        cells.add(row.b().name());
        cells.add(row.a().kind());
        cells.add(row.b().kind());
        cells.add(row.a().cow() != null && row.b().cow() != null ? 1 : 0);
        cells.add(row.status());
        cells.add(joined(row.statuses()));
        cells.add(row.integration());
        cells.add(row.divergence());
        cells.add(row.net());
        for (String obligation : PanelTerms.OBLIGATIONS) {
            cells.add(obligationFlag(row.treaties(), obligation));
        }
        cells.add(joined(row.treaties().stream().map(DyadYearRow.TreatyInYear::id).toList()));
        cells.add(row.disputes());
        List<DyadYearRow.FlowInYear> flows = row.flows().stream().filter(f -> !f.total()).filter(shown).toList();
        for (String kind : PanelTerms.FLOW_KINDS) {
            cells.addAll(flowSums(flows.stream().filter(f -> f.kind().equals(kind)).toList()));
        }
        cells.add(row.facts().size());
        cells.add((int) row.facts().stream().filter(f -> !f.certain()).count());
        cells.add(joined(row.facts().stream().map(FactSummary::id).toList()));
        List<Evidence> evidence = row.facts().stream().flatMap(f -> f.sources().stream()).toList();
        cells.add(joined(evidence.stream().map(Evidence::note).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new))
                .stream().map(String::valueOf).toList()));
        cells.add(joined(evidence.stream().filter(e -> e.note() == null).map(Evidence::section)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList()));
        return cells;
    }

    /** 1 when a treaty with the obligation certainly binds, empty when one only possibly does, else 0. */
    private static Integer obligationFlag(List<DyadYearRow.TreatyInYear> treaties, String obligation) {
        List<DyadYearRow.TreatyInYear> binding = treaties.stream().filter(t -> t.obligations().contains(obligation)).toList();
        if (binding.stream().anyMatch(DyadYearRow.TreatyInYear::certain)) {
            return 1;
        }
        return binding.isEmpty() ? 0 : null;
    }

    /** The four cells of one flow kind: how many, the amount in one unit, the unit, the dollars. */
    private static List<Object> flowSums(List<DyadYearRow.FlowInYear> flows) {
        List<DyadYearRow.FlowInYear> stated = flows.stream().filter(f -> f.amount() != null).toList();
        TreeSet<String> units = stated.stream().map(DyadYearRow.FlowInYear::panelUnit)
                .collect(Collectors.toCollection(TreeSet::new));
        BigDecimal amount = units.size() == 1 ? amount(stated.stream().mapToDouble(f -> f.amount() * f.share()).sum()) : null;
        BigDecimal usd = !stated.isEmpty() && stated.stream().allMatch(f -> f.usd() != null)
                ? amount(stated.stream().mapToDouble(f -> f.usd() * f.share()).sum()) : null;
        List<Object> cells = new ArrayList<>();
        cells.add(flows.size());
        cells.add(amount);
        cells.add(units.isEmpty() ? null : String.join("; ", units));
        cells.add(usd);
        return cells;
    }

    private static List<Object> flowCells(DyadYearRow row, DyadYearRow.FlowInYear flow) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.a().id());
        cells.add(row.b().id());
        cells.add(row.year());
        cells.add(flow.fact());
        cells.add(flow.kind());
        cells.add(flow.giver());
        cells.add(flow.receiver());
        cells.add(flow.amount() == null ? null : amount(flow.amount()));
        cells.add(flow.unit());
        cells.add(flow.currency());
        cells.add(flow.usd() == null ? null : amount(flow.usd()));
        cells.add(flow.qualifier());
        cells.add(flow.certainty());
        cells.add(flow.start());
        cells.add(flow.end());
        cells.add(flow.startPrecision());
        cells.add(flow.endPrecision());
        cells.add(BigDecimal.valueOf(flow.share()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros());
        cells.add(flow.amount() == null ? null : amount(flow.amount() * flow.share()));
        cells.add(flow.usd() == null ? null : amount(flow.usd() * flow.share()));
        cells.add(flow.certain() ? 1 : 0);
        cells.add(flow.total() ? 1 : 0);
        cells.add(flow.partOf());
        cells.add(flow.note());
        cells.add(flow.section());
        cells.add(flow.quote());
        cells.add(flow.summary());
        return cells;
    }

    /** The same dyad-year seen from actor2: the actors swapped, everything else as it is. */
    private static DyadYearRow reversed(DyadYearRow row) {
        return new DyadYearRow(row.b(), row.a(), row.year(), row.status(), row.statuses(), row.integration(),
                row.divergence(), row.net(), row.treaties(), row.disputes(), row.flows(), row.facts());
    }

    /** An amount to the cent, written without an exponent and without trailing zeros. */
    static BigDecimal amount(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static String cell(Value value) {
        return value.isNull() ? null : value.asString();
    }
}

package org.alliancegraph.export;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Frictionless Data Package descriptor ({@code datapackage.json}) of the CSV files: a Table
 * Schema for each (field types, missing values, primary and foreign keys) and the CSV dialect, so
 * that R's and Python's frictionless packages and the Frictionless validators read them typed.
 * Built from {@link CsvTable}, as the files themselves are.
 */
final class DataPackage {

    static final String FILE_NAME = "datapackage.json";

    /** Leaves the stream open: the descriptor may be one entry of a zip archive. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private DataPackage() {
    }

    static void write(Provenance provenance, OutputStream out) {
        JSON.writeValue(out, descriptor(provenance));
    }

    static ObjectNode descriptor(Provenance provenance) {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", provenance.dataset() + "-dyad-years");
        root.put("title", provenance.title() + ": dyad-years");
        root.put("version", provenance.version());
        root.put("description", "Dyad-year panel of the alliance relationships recorded from one article, keyed by actor "
                + "ids and year, with Correlates of War codes for states. The panel is unbalanced: a dyad has a row only "
                + "in the years in which a fact of the article counts for it or the index scores it. An empty cell is "
                + "an unknown (the article is silent), never zero. Documented in docs/codebook.md.");
        if (provenance.released() != null) {
            root.put("created", provenance.released());
        }
        if (provenance.license() != null) {
            ObjectNode license = root.putArray("licenses").addObject();
            license.put("name", provenance.licenseId());
            license.put("title", provenance.license());
        }
        ObjectNode source = root.putArray("sources").addObject();
        source.put("title", provenance.citation());
        if (provenance.doiUrl() != null) {
            source.put("path", provenance.doiUrl());
        }
        ArrayNode resources = root.putArray("resources");
        for (CsvTable table : CsvTable.values()) {
            resources.add(resource(table));
        }
        return root;
    }

    private static ObjectNode resource(CsvTable table) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("name", table.resourceName());
        resource.put("path", table.fileName());
        resource.put("profile", "tabular-data-resource");
        resource.put("title", table.title());
        resource.put("description", table.description());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ObjectNode dialect = resource.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        ObjectNode schema = resource.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (Column column : table.columns()) {
            ObjectNode field = fields.addObject();
            field.put("name", column.name());
            field.put("type", column.type());
            field.put("description", column.description());
            ObjectNode constraints = JSON.createObjectNode();
            if (column.required()) {
                constraints.put("required", true);
            }
            if (!column.values().isEmpty()) {
                ArrayNode values = constraints.putArray("enum");
                column.values().forEach(values::add);
            }
            if (column.minimum() != null) {
                constraints.put("minimum", column.minimum());
            }
            if (column.maximum() != null) {
                constraints.put("maximum", column.maximum());
            }
            if (!constraints.isEmpty()) {
                field.set("constraints", constraints);
            }
        }
        schema.putArray("missingValues").add("");
        ArrayNode primaryKey = schema.putArray("primaryKey");
        table.primaryKey().forEach(primaryKey::add);
        ArrayNode foreignKeys = schema.putArray("foreignKeys");
        for (List<String> fields2 : foreignKeyFields(table)) {
            ObjectNode key = foreignKeys.addObject();
            ArrayNode from = key.putArray("fields");
            fields2.forEach(from::add);
            ObjectNode reference = key.putObject("reference");
            CsvTable target = fields2.size() == 1 ? CsvTable.ACTORS : CsvTable.DYAD_YEARS;
            reference.put("resource", target.resourceName());
            ArrayNode to = reference.putArray("fields");
            (target == CsvTable.ACTORS ? List.of("id") : fields2).forEach(to::add);
        }
        return resource;
    }

    /** The fields of each foreign key: actors by id, and a flow's dyad-year in the undirected panel. */
    private static List<List<String>> foreignKeyFields(CsvTable table) {
        return switch (table) {
            case DYAD_YEARS, DIRECTED_DYAD_YEARS -> List.of(List.of("actor1"), List.of("actor2"));
            case FLOWS -> List.of(List.of("actor1"), List.of("actor2"), List.of("actor1", "actor2", "year"));
            case ACTORS -> List.of();
        };
    }
}

package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/codebook.md, datapackage.json and the CSV files say the same: the same variables in the
 * same order, of the same types, the same ones never empty.
 */
class CodebookTests {

    static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (\\w+) \\| ([^|]+) \\|");
    static final Pattern SECTION = Pattern.compile("^## Variables of `([^`]+)`");

    /** A variable as the codebook or the descriptor states it. */
    record Variable(String name, String type, boolean required) {
    }

    @Test
    @DisplayName("the codebook's variables are the descriptor's, table by table: names, order, types, and never-empty ones")
    void codebookAgreesWithTheDescriptor() throws IOException {
        Map<String, List<Variable>> codebook = codebook();
        Map<String, List<Variable>> descriptor = descriptor();

        assertThat(codebook.keySet()).containsExactly("dyad-years.csv", "directed-dyad-years.csv", "dyad-year-flows.csv",
                "actors.csv");
        for (String file : List.of("dyad-years.csv", "dyad-year-flows.csv", "actors.csv")) {
            assertThat(codebook.get(file)).as(file).containsExactlyElementsOf(descriptor.get(file));
        }
        assertThat(codebook.get("directed-dyad-years.csv")).as("the directed file: as its section says, the "
                + "variables of dyad-years.csv").isEmpty();
        assertThat(descriptor.get("directed-dyad-years.csv")).containsExactlyElementsOf(descriptor.get("dyad-years.csv"));
    }

    @Test
    @DisplayName("the descriptor written beside the CSV files names each file's header, and its keys are columns")
    void descriptorMatchesTheFiles() {
        JsonNode root = JsonMapper.builder().build().readTree(ExportedFiles.folder().resolve("datapackage.json").toFile());
        assertThat(root.path("profile").asString()).isEqualTo("tabular-data-package");
        for (JsonNode resource : root.path("resources")) {
            Path file = ExportedFiles.folder().resolve(resource.path("path").asString());
            List<String> fields = new ArrayList<>();
            resource.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asString()));
            assertThat(ExportedFiles.header(file)).as(file.getFileName().toString()).containsExactlyElementsOf(fields);
            assertThat(resource.path("schema").path("missingValues").get(0).asString()).isEmpty();
            resource.path("schema").path("primaryKey").forEach(k -> assertThat(fields).contains(k.asString()));
            for (JsonNode key : resource.path("schema").path("foreignKeys")) {
                key.path("fields").forEach(f -> assertThat(fields).contains(f.asString()));
                assertThat(key.path("reference").path("resource").asString()).isIn("actors", "dyad-years");
            }
        }
    }

    /** The variables of each file's table in docs/codebook.md, with {kind} rows spelled out for each flow kind. */
    static Map<String, List<Variable>> codebook() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/codebook.md"));
        List<String> kinds = lines.stream().filter(l -> l.startsWith("Flow kinds, in column order: ")).findFirst()
                .map(l -> Arrays.asList(l.substring("Flow kinds, in column order: ".length()).replaceAll("\\.$", "").split(", ")))
                .orElseThrow();
        assertThat(kinds).as("the codebook's flow kinds").containsExactlyElementsOf(PanelTerms.FLOW_KINDS);
        Map<String, List<Variable>> files = new LinkedHashMap<>();
        List<Variable> current = null;
        List<Variable> group = new ArrayList<>();
        for (String line : lines) {
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                current = new ArrayList<>();
                files.put(section.group(1), current);
                continue;
            }
            Matcher row = ROW.matcher(line);
            boolean matched = row.find();
            boolean inGroup = matched && row.group(1).contains("{kind}");
            if (!inGroup && !group.isEmpty()) {
                for (String kind : kinds) {
                    group.forEach(v -> files.get(lastKey(files)).add(new Variable(v.name().replace("{kind}", kind), v.type(),
                            v.required())));
                }
                group.clear();
            }
            if (current == null || !matched) {
                continue;
            }
            Variable variable = new Variable(row.group(1), row.group(2), row.group(3).strip().equals("never"));
            if (inGroup) {
                group.add(variable);
            } else {
                current.add(variable);
            }
        }
        return files;
    }

    private static String lastKey(Map<String, List<Variable>> files) {
        return new ArrayList<>(files.keySet()).get(files.size() - 1);
    }

    static Map<String, List<Variable>> descriptor() {
        Map<String, List<Variable>> files = new LinkedHashMap<>();
        for (CsvTable table : CsvTable.values()) {
            files.put(table.fileName(), table.columns().stream().map(c -> new Variable(c.name(), c.type(), c.required()))
                    .toList());
        }
        return files;
    }
}

package org.alliancegraph.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import picocli.CommandLine.Option;

/** Human-readable tables by default; with --json, the same JSON as the REST API. */
final class OutputOptions {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", description = "Print the answer as JSON, the same as the REST API returns.")
    boolean json;

    static String json(Object answer) {
        return JSON.writeValueAsString(answer);
    }
}

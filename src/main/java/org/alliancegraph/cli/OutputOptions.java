package org.alliancegraph.cli;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import picocli.CommandLine.Option;

/** Human-readable tables by default; with --json, the same JSON as the REST API. */
final class OutputOptions {

    /**
     * The one JSON mapper of the command line: it prints answers, and reads a serve's answers back
     * into the Java API's records (a field it does not know is no error).
     */
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Option(names = "--json", description = "Print the answer as JSON, the same as the REST API returns.")
    boolean json;

    static String json(Object answer) {
        return JSON.writeValueAsString(answer);
    }
}

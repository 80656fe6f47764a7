package org.alliancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancegraph.TestGraph;
import org.alliancegraph.load.ContentHash;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

/** A load into an external server audits the scripts first and sends nothing that fails the audit. */
class LoadCommandTests {

    @TempDir
    Path folder;

    @Test
    @DisplayName("scripts that fail validate are not loaded into an external server, and the message says why")
    void invalidScriptsAreNotLoaded() throws IOException {
        var scratch = TestGraph.scratch();
        scratch.load(TestGraph.scripts(), line -> { });
        String before = ContentHash.of(TestGraph.scratchDriver());
        Path scripts = folder.resolve("cypher");
        FileSystemUtils.copyRecursively(Path.of("cypher"), scripts);
        Files.writeString(scripts.resolve("80-unsourced.cypher"),
                "MERGE (f:Fact {id: 'event-undated'}) SET f:Event, f.summary = 'An event without a date', f.start = 'someday';\n");

        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("load", "--uri", scratch.server().boltUri().toString(), "--scripts",
                scripts.toString());

        assertThat(code).isEqualTo(Cli.FAILURE);
        assertThat(err.toString()).contains("do not validate").contains("event-undated").contains("nothing was loaded");
        assertThat(ContentHash.of(TestGraph.scratchDriver())).isEqualTo(before);
    }
}

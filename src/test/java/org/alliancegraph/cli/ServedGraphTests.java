package org.alliancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a one-shot command finds the serve of its data directory, and when it does not trust it. */
class ServedGraphTests {

    @TempDir
    Path data;

    @Test
    @DisplayName("a live serve is found, and says whether its graph comes from the asker's scripts")
    void findsTheLiveServe() {
        ServedGraph.announce(data, "http://127.0.0.1:8080", "bolt://127.0.0.1:7687", "abc", true);

        assertThat(ServedGraph.find(data, "abc")).hasValueSatisfying(a -> {
            assertThat(a.sameScripts()).isTrue();
            assertThat(a.defaultWeights()).isTrue();
            assertThat(a.bolt()).hasToString("bolt://127.0.0.1:7687");
            assertThat(a.pid()).isEqualTo(ProcessHandle.current().pid());
        });
        assertThat(ServedGraph.find(data, "other")).hasValueSatisfying(a -> assertThat(a.sameScripts()).isFalse());

        ServedGraph.withdraw(data);
        assertThat(ServedGraph.find(data, "abc")).isEmpty();
    }

    @Test
    @DisplayName("the announcement of a process that has ended is ignored")
    void ignoresADeadServe() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(data.resolve(ServedGraph.FILE), "rest=http\\://127.0.0.1\\:8080\npid=" + ended.pid()
                + "\nscripts=abc\ndefaultWeights=true\n");

        assertThat(ServedGraph.find(data, "abc")).isEmpty();
    }
}

package org.alliancegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.Optional;

import org.alliancegraph.TestGraph;
import org.alliancegraph.cli.Cli;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The project's own graph passes every rule, with every quote found in the article. */
class ProjectDataTests {

    @Test
    @DisplayName("the graph of cypher/ passes validate with every quote matched in the article")
    void projectGraphValidates() {
        assumeTrue(Files.isRegularFile(TestGraph.ARTICLE), "the article's text is not beside this checkout");
        Report report = new Validator(TestGraph.driver())
                .validate(Optional.of(TestGraph.scripts()), Optional.of(SourceText.read(TestGraph.ARTICLE)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.quotesMatched()).isEqualTo(report.quotes()).isGreaterThan(500);
        assertThat(report.factsByType()).containsKeys("role", "treaty", "flow", "dispute", "event", "relation");
    }

    @Test
    @DisplayName("validate refuses a source text that does not exist, naming it")
    void missingSourceText() {
        assertThat(Cli.run("validate", "--source-text", "no/such/article.txt")).isEqualTo(Cli.USAGE);
    }
}

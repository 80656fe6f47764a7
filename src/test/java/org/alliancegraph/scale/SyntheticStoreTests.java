package org.alliancegraph.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alliancegraph.cli.CliRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoreTests {

    @TempDir
    Path folder;

    @Test
    @DisplayName("generate refuses a data directory that holds another store, such as the article's, and says why")
    void refusesTheArticlesStore() throws Exception {
        Path article = Files.createDirectories(folder.resolve("data").resolve("graph"));
        Files.writeString(article.resolve("scripts.sha256"), "f4dfdb4479c2\n");
        var result = CliRunner.run(List.of("generate", "--states", "5", "--events", "10", "--data-dir",
                folder.resolve("data").toString()));
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Refusing to write synthetic data into").contains("never mix");
        assertThat(article.resolve("scripts.sha256")).hasContent("f4dfdb4479c2");
        assertThat(folder.resolve("data").resolve(SyntheticStore.MARKER)).doesNotExist();
    }

    @Test
    @DisplayName("generate writes a store of its own, marked synthetic, and a second run replaces it")
    void generatesIntoItsOwnStore() throws Exception {
        Path data = folder.resolve("data-synthetic");
        var first = CliRunner.run(List.of("generate", "--states", "6", "--events", "300", "--seed", "2", "--data-dir", data.toString()));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("Wrote 300 facts");
        assertThat(data.resolve(SyntheticStore.MARKER)).content().contains("synthetic=true", "events=300", "seed=2");
        var second = CliRunner.run(List.of("generate", "--states", "6", "--events", "200", "--data-dir", data.toString()));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("Wrote 200 facts");
        assertThat(new SyntheticStore(data).sizeOnDisk()).isPositive();
    }
}

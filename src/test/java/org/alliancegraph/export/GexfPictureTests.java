package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture of the GEXF file in the docs is drawn from the file alone, and draws what the panel holds. */
class GexfPictureTests {

    @TempDir
    Path folder;

    @Test
    @DisplayName("drawn from the exported file, each year shows as many edges as the panel has dyad-years in it")
    void drawsThePanelsYears() throws Exception {
        Path png = folder.resolve("timeline.png");

        int drawn = GexfPicture.draw(ExportedFiles.folder().resolve("graph.gexf"), png, List.of(1951, 1963));

        long rows = ExportedFiles.rows(CsvTable.DYAD_YEARS).stream()
                .filter(r -> r.get("year").equals("1951") || r.get("year").equals("1963")).count();
        assertThat(drawn).isEqualTo(rows);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
    }
}

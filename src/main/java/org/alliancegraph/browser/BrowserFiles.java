package org.alliancegraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ExampleQuery;
import org.alliancegraph.load.ScriptSet;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The product's files for Neo4j Browser: the style sheet applied on connect, the guide played on
 * connect, and the script that connects a new visitor. The embedded server serves them beside
 * Browser; the REST API serves the style and the guide too, for Browser of an external server.
 */
public final class BrowserFiles {

    /** The script that saves the connection for Browser before it starts. */
    public static final String CONNECT = "connect.js";
    /** The style sheet (Browser's GraSS). */
    public static final String STYLE = "style.grass";
    /** The guide, for Browser's {@code :play}. */
    public static final String GUIDE = "guide.html";

    private static final String FOLDER = "neo4j-browser/";
    private static final Pattern QUERY = Pattern.compile("\\{\\{query ([a-z0-9-]+\\.cypher)}}");

    private BrowserFiles() {
    }

    /** The three files by name, the guide with its queries in place. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CONNECT, resource(CONNECT));
        files.put(STYLE, resource(STYLE));
        files.put(GUIDE, guide());
        return files;
    }

    /** The guide, with the example queries of cypher/queries/ in place. */
    public static String guide() {
        return guide(resource(GUIDE), ScriptSet.examples());
    }

    /**
     * The guide with each {@code {{query FILE}}} replaced by that file's query as a runnable block.
     *
     * @throws IllegalStateException when the guide names a query file that does not exist
     */
    public static String guide(String template, ScriptSet examples) {
        Map<String, CypherScript> byName = new LinkedHashMap<>();
        examples.scripts().forEach(s -> byName.put(s.name(), s));
        Matcher m = QUERY.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            CypherScript script = byName.get(m.group(1));
            if (script == null || script.statements().size() != 1) {
                throw new IllegalStateException("The guide names " + m.group(1)
                        + ", which is not a one-query file of cypher/queries/");
            }
            // Each parameter's default, from the file's header, as a block that sets it in Browser.
            StringBuilder block = new StringBuilder();
            ExampleQuery.parameters(script.name(), script.text()).forEach((name, value) -> block
                    .append("<pre class=\"pre-scrollable code runnable\">:param ").append(name).append(" => ")
                    .append(StringEscapeUtils.escapeHtml4(literal(value))).append("</pre>"));
            block.append("<figure><pre class=\"pre-scrollable code runnable\">")
                    .append(StringEscapeUtils.escapeHtml4(script.statements().get(0).text().strip()))
                    .append("</pre><figcaption>cypher/queries/").append(m.group(1)).append("</figcaption></figure>");
            m.appendReplacement(out, Matcher.quoteReplacement(block.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A parameter's value as Browser's {@code :param} takes it: a Cypher literal. */
    static String literal(Object value) {
        if (value instanceof String text) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BrowserFiles::literal).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** One of the product's Browser files, as the jar holds it. */
    public static String resource(String name) {
        try (InputStream in = BrowserFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

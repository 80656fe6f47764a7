package org.alliancegraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.alliancegraph.catalog.DatasetMeta;

/**
 * The actor network as GraphML: the nodes of the GEXF file, and one edge per dyad and active year
 * (GraphML has no time of its own) carrying the same attributes as typed keys. Dates are ISO 8601
 * strings at the precision they are known to ({@code 1951} for a year, {@code 1948-09-09} for a
 * day), each with its precision beside it.
 */
final class GraphMlExport {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    /** The node keys: name, GraphML type. */
    static final List<String[]> NODE_KEYS = List.of(new String[] {"label", "string"}, new String[] {"name", "string"},
            new String[] {"kind", "string"}, new String[] {"ccode", "int"}, new String[] {"start", "string"},
            new String[] {"start_precision", "string"}, new String[] {"end", "string"},
            new String[] {"end_precision", "string"}, new String[] {"first_year", "int"},
            new String[] {"last_year", "int"});

    /** The edge keys: the GEXF file's attributes, and the year each edge stands for. */
    static final List<String[]> EDGE_KEYS = List.of(new String[] {"dyad", "string"}, new String[] {"year", "int"},
            new String[] {"start", "string"}, new String[] {"end", "string"}, new String[] {"precision", "string"},
            new String[] {"state_dyad", "boolean"}, new String[] {"status", "string"}, new String[] {"statuses", "string"},
            new String[] {"integration", "double"}, new String[] {"divergence", "double"}, new String[] {"net", "double"},
            new String[] {"facts", "int"}, new String[] {"fact_ids", "string"}, new String[] {"notes", "string"});

    private GraphMlExport() {
    }

    static void write(ActorNetwork network, Provenance provenance, OutputStream out) {
        DatasetMeta.YearRange range = network.years();
        List<ActorNetwork.Node> nodes = network.nodes();
        Map<String, ActorNetwork.Node> byId = nodes.stream().collect(Collectors.toMap(ActorNetwork.Node::id, n -> n));
        try (XmlOut xml = new XmlOut(out)) {
            xml.start("graphml").namespace(NAMESPACE).namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
                    .attribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                            NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.text("desc", Exports.describe(provenance) + " Years " + range.from() + " to " + range.to()
                    + ": one edge per dyad and year in which a fact counts for it or the index scores it.");
            keys(xml, "n_", "node", NODE_KEYS);
            keys(xml, "e_", "edge", EDGE_KEYS);
            xml.start("graph").attribute("id", provenance.dataset()).attribute("edgedefault", "undirected");
            for (ActorNetwork.Node node : nodes) {
                xml.start("node").attribute("id", node.id());
                data(xml, "n_label", node.shortName());
                data(xml, "n_name", node.name());
                data(xml, "n_kind", node.kind());
                data(xml, "n_ccode", node.cow());
                data(xml, "n_start", node.start());
                data(xml, "n_start_precision", node.startPrecision());
                data(xml, "n_end", node.end());
                data(xml, "n_end_precision", node.endPrecision());
                data(xml, "n_first_year", node.years().isEmpty() ? null : node.years().first());
                data(xml, "n_last_year", node.years().isEmpty() ? null : node.years().last());
                xml.end();
            }
            network.forEachEdge(byId, edge -> {
                for (ActorNetwork.EdgeYear year : edge.years()) {
                    // GraphML ids are XML name tokens, which may not hold the slash of a dyad's id.
                    xml.start("edge").attribute("id", edge.a() + ":" + edge.b() + ":" + year.year())
                            .attribute("source", edge.a()).attribute("target", edge.b());
                    data(xml, "e_dyad", edge.id());
                    data(xml, "e_year", year.year());
                    data(xml, "e_start", String.valueOf(year.year()));
                    data(xml, "e_end", String.valueOf(year.year()));
                    data(xml, "e_precision", "year");
                    data(xml, "e_state_dyad", edge.stateDyad());
                    data(xml, "e_status", year.status());
                    data(xml, "e_statuses", year.statuses().isEmpty() ? null : String.join("; ", year.statuses()));
                    data(xml, "e_integration", year.integration());
                    data(xml, "e_divergence", year.divergence());
                    data(xml, "e_net", year.net());
                    data(xml, "e_facts", year.facts().size());
                    data(xml, "e_fact_ids", year.facts().isEmpty() ? null : String.join("; ", year.facts()));
                    data(xml, "e_notes", year.notes().isEmpty() ? null
                            : year.notes().stream().map(String::valueOf).collect(Collectors.joining("; ")));
                    xml.end();
                }
            });
            xml.end();
            xml.end();
        }
    }

    private static void keys(XmlOut xml, String prefix, String forWhat, List<String[]> keys) {
        for (String[] key : keys) {
            xml.empty("key").attribute("id", prefix + key[0]).attribute("for", forWhat).attribute("attr.name", key[0])
                    .attribute("attr.type", key[1]);
        }
    }

    private static void data(XmlOut xml, String key, Object value) {
        if (value != null) {
            xml.start("data").attribute("key", key).characters(String.valueOf(value)).endInline();
        }
    }
}

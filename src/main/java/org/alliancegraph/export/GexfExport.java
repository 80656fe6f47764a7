package org.alliancegraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.model.YearRule;

/**
 * The actor network as dynamic GEXF 1.3, for Gephi's timeline: each actor a node and each dyad an
 * edge, both with spells (the years they are active, as date intervals), and the dyad's status,
 * scores, facts and notes as attributes whose values change by year. A year is the interval from
 * 1 January to 31 December: GEXF 1.3 intervals are closed, so consecutive years must not share a
 * day, and runs of years with one value are written as one interval.
 */
final class GexfExport {

    static final String NAMESPACE = "http://gexf.net/1.3";

    /** The edge attributes that change by year, in the order they are declared. */
    static final List<String[]> DYNAMIC_EDGE_ATTRIBUTES = List.of(new String[] {"status", "string"},
            new String[] {"statuses", "string"}, new String[] {"integration", "double"},
            new String[] {"divergence", "double"}, new String[] {"net", "double"}, new String[] {"facts", "integer"},
            new String[] {"fact_ids", "string"}, new String[] {"notes", "string"});

    static final List<String[]> NODE_ATTRIBUTES = List.of(new String[] {"name", "string"},
            new String[] {"kind", "string"}, new String[] {"ccode", "integer"}, new String[] {"start", "string"},
            new String[] {"start_precision", "string"}, new String[] {"end", "string"},
            new String[] {"end_precision", "string"});

    private GexfExport() {
    }

    static void write(ActorNetwork network, Provenance provenance, String creator, OutputStream out) {
        DatasetMeta.YearRange range = network.years();
        List<ActorNetwork.Node> nodes = network.nodes();
        Map<String, ActorNetwork.Node> byId = nodes.stream().collect(Collectors.toMap(ActorNetwork.Node::id, n -> n));
        try (XmlOut xml = new XmlOut(out)) {
            xml.start("gexf").namespace(NAMESPACE).namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
                    .attribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                            NAMESPACE + " http://gexf.net/1.3/gexf.xsd")
                    .attribute("version", "1.3");
            xml.start("meta").attribute("lastmodifieddate", provenance.released());
            xml.text("creator", creator);
            xml.text("keywords", "North Korea, alliances, Sino-Soviet split, Cold War, dyad-years");
            xml.text("description", Exports.describe(provenance));
            xml.end();
            xml.start("graph").attribute("mode", "dynamic").attribute("defaultedgetype", "undirected")
                    .attribute("timeformat", "date").attribute("timerepresentation", "interval")
                    .attribute("start", YearRule.jan1(range.from())).attribute("end", YearRule.dec31(range.to()));
            declare(xml, "node", "static", NODE_ATTRIBUTES);
            declare(xml, "edge", "static", List.<String[]>of(new String[] {"state_dyad", "boolean"}));
            declare(xml, "edge", "dynamic", DYNAMIC_EDGE_ATTRIBUTES);
            xml.start("nodes").attribute("count", nodes.size());
            for (ActorNetwork.Node node : nodes) {
                xml.start("node").attribute("id", node.id()).attribute("label", node.shortName());
                xml.start("attvalues");
                value(xml, "name", node.name());
                value(xml, "kind", node.kind());
                value(xml, "ccode", node.cow());
                value(xml, "start", node.start());
                value(xml, "start_precision", node.startPrecision());
                value(xml, "end", node.end());
                value(xml, "end_precision", node.endPrecision());
                xml.end();
                spells(xml, node.years());
                xml.end();
            }
            xml.end();
            xml.start("edges");
            network.forEachEdge(byId, edge -> {
                xml.start("edge").attribute("id", edge.id()).attribute("source", edge.a()).attribute("target", edge.b())
                        .attribute("label", edge.a() + " / " + edge.b());
                xml.start("attvalues");
                value(xml, "state_dyad", edge.stateDyad());
                runs(xml, edge, "status", ActorNetwork.EdgeYear::status);
                runs(xml, edge, "statuses", y -> y.statuses().isEmpty() ? null : String.join("; ", y.statuses()));
                runs(xml, edge, "integration", ActorNetwork.EdgeYear::integration);
                runs(xml, edge, "divergence", ActorNetwork.EdgeYear::divergence);
                runs(xml, edge, "net", ActorNetwork.EdgeYear::net);
                runs(xml, edge, "facts", y -> y.facts().size());
                runs(xml, edge, "fact_ids", y -> y.facts().isEmpty() ? null : String.join("; ", y.facts()));
                runs(xml, edge, "notes", y -> y.notes().isEmpty() ? null
                        : y.notes().stream().map(String::valueOf).collect(Collectors.joining("; ")));
                xml.end();
                spells(xml, edge.years().stream().map(ActorNetwork.EdgeYear::year).collect(Collectors.toCollection(TreeSet::new)));
                xml.end();
            });
            xml.end();
            xml.end();
            xml.end();
        }
    }

    private static void declare(XmlOut xml, String forClass, String mode, List<String[]> attributes) {
        xml.start("attributes").attribute("class", forClass).attribute("mode", mode);
        for (String[] attribute : attributes) {
            xml.empty("attribute").attribute("id", attribute[0]).attribute("title", attribute[0])
                    .attribute("type", attribute[1]);
        }
        xml.end();
    }

    private static void value(XmlOut xml, String attribute, Object value) {
        if (value != null) {
            xml.empty("attvalue").attribute("for", attribute).attribute("value", value);
        }
    }

    /** The values of one attribute, a run of consecutive years with the same value as one interval. */
    private static void runs(XmlOut xml, ActorNetwork.Edge edge, String attribute,
            Function<ActorNetwork.EdgeYear, Object> value) {
        List<ActorNetwork.EdgeYear> years = edge.years();
        int i = 0;
        while (i < years.size()) {
            Object current = value.apply(years.get(i));
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1).year() == years.get(j).year() + 1
                    && Objects.equals(value.apply(years.get(j + 1)), current)) {
                j++;
            }
            if (current != null) {
                xml.empty("attvalue").attribute("for", attribute).attribute("value", current)
                        .attribute("start", YearRule.jan1(years.get(i).year()))
                        .attribute("end", YearRule.dec31(years.get(j).year()));
            }
            i = j + 1;
        }
    }

    /** Runs of consecutive years as spells. */
    private static void spells(XmlOut xml, TreeSet<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        xml.start("spells");
        for (int[] run : runs(years)) {
            xml.empty("spell").attribute("start", YearRule.jan1(run[0])).attribute("end", YearRule.dec31(run[1]));
        }
        xml.end();
    }

    static List<int[]> runs(TreeSet<Integer> years) {
        List<int[]> runs = new ArrayList<>();
        for (int year : years) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == year - 1) {
                last[1] = year;
            } else {
                runs.add(new int[] {year, year});
            }
        }
        return runs;
    }
}

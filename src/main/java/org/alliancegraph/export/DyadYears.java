package org.alliancegraph.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.actor.ActorRecord;
import org.alliancegraph.actor.Actors;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.index.DyadScore;
import org.alliancegraph.model.Status;
import org.alliancegraph.model.YearRule;
import org.alliancegraph.system.Reads;
import org.alliancegraph.timeline.DyadYear;
import org.alliancegraph.timeline.FactSummary;
import org.alliancegraph.timeline.Relations;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The dyad-years of the panel, year by year: each year's relations come from the Java API (so
 * that status, scores and facts are exactly what /api/relations answers), and the treaties and
 * flows among those facts are read once more for what the panel adds (obligations, amounts,
 * direction). One year is in memory at a time.
 */
final class DyadYears {

    /** The treaties and flows among a year's facts, with what the panel needs of them. */
    private static final String DETAILS = """
            UNWIND $ids AS id
            MATCH (f:Fact {id: id}) WHERE f:Flow OR f:Treaty
            RETURN f.id AS id, f.type AS type, coalesce(f.obligations, []) AS obligations, f.flowKind AS kind,
                   f.amount AS amount, f.unit AS unit, f.currency AS currency, f.usd AS usd, f.qualifier AS qualifier,
                   coalesce(f.certainty, 'stated') AS certainty, f.start AS start, f.end AS end,
                   coalesce(f.startPrecision, 'open') AS startPrecision, coalesce(f.endPrecision, 'open') AS endPrecision,
                   f.startEarliest AS from, f.endLatest AS to,
                   [(f)-[:INVOLVES {role: 'giver'}]->(x) | x.id] AS givers,
                   [(f)-[:INVOLVES {role: 'receiver'}]->(x) | x.id] AS receivers,
                   EXISTS { (f)-[:AGGREGATES]->() } AS total, [(t:Fact)-[:AGGREGATES]->(f) | t.id][0] AS partOf,
                   f.note AS note, f.section AS section, f.quote AS quote, f.summary AS summary
            """;

    private final AllianceGraph graph;
    private final Reads reads;
    private final Actors actors;

    DyadYears(AllianceGraph graph, Reads reads) {
        this.graph = graph;
        this.reads = reads;
        this.actors = new Actors(reads);
    }

    /** The years of the data. */
    DatasetMeta.YearRange years() {
        return graph.meta().years();
    }

    /**
     * Hands every dyad-year to {@code each}, by year and then by dyad. The details of the treaties
     * and flows read for one year are kept for the next, which most of them span.
     */
    void forEach(Consumer<DyadYearRow> each) {
        DatasetMeta.YearRange years = years();
        Map<String, DyadYearRow.ActorInfo> known = new HashMap<>();
        for (ActorRecord actor : graph.actors()) {
            known.put(actor.id(), new DyadYearRow.ActorInfo(actor.id(), actor.name(), actor.kind(),
                    actor.kind().equals("state") ? actor.cow() : null));
        }
        Map<String, Record> details = new HashMap<>();
        for (int year = years.from(); year <= years.to(); year++) {
            rowsOf(year, years, known, details).forEach(each);
        }
    }

    private List<DyadYearRow> rowsOf(int year, DatasetMeta.YearRange years, Map<String, DyadYearRow.ActorInfo> known,
            Map<String, Record> details) {
        Relations relations = graph.relationsIn(year);
        List<String> ids = relations.dyads().stream().flatMap(d -> d.facts().stream())
                .filter(f -> f.type().equals("flow") || f.type().equals("treaty")).map(FactSummary::id).distinct()
                .filter(id -> !details.containsKey(id)).toList();
        if (!ids.isEmpty()) {
            reads.records(DETAILS, Map.of("ids", ids)).forEach(r -> details.put(r.get("id").asString(), r));
        }
        List<DyadYearRow> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (DyadYear dyad : relations.dyads()) {
            listed.add(dyad.a() + "/" + dyad.b());
            rows.add(row(dyad, year, years, details, known));
        }
        // A dyad-year can score without a fact listed in it: the index reads the common record's date
        // where a caveat gives one. /api/dyads answers such a year as unknown, with its scores.
        graph.scores().byDyad().forEach((dyad, byYear) -> {
            DyadScore score = byYear.get(year);
            if (score != null && !listed.contains(dyad)) {
                rows.add(new DyadYearRow(known.get(score.a()), known.get(score.b()), year, Status.UNKNOWN.label(),
                        List.of(), score.integration(), score.divergence(), score.net(), List.of(), 0, List.of(),
                        List.of()));
            }
        });
        rows.sort(Comparator.comparing((DyadYearRow r) -> r.a().id()).thenComparing(r -> r.b().id()));
        return rows;
    }

    private DyadYearRow row(DyadYear dyad, int year, DatasetMeta.YearRange years, Map<String, Record> details,
            Map<String, DyadYearRow.ActorInfo> known) {
        List<DyadYearRow.TreatyInYear> treaties = new ArrayList<>();
        List<DyadYearRow.FlowInYear> flows = new ArrayList<>();
        int disputes = 0;
        for (FactSummary fact : dyad.facts()) {
            switch (fact.type()) {
                case "dispute" -> disputes++;
                case "treaty" -> treaties.add(new DyadYearRow.TreatyInYear(fact.id(),
                        details.get(fact.id()).get("obligations").asList(Value::asString), fact.certain()));
                case "flow" -> flows.add(flow(details.get(fact.id()), dyad, year, years, fact.certain()));
                default -> { }
            }
        }
        return new DyadYearRow(known.get(dyad.a()), known.get(dyad.b()), year, dyad.status(), dyad.statuses(),
                dyad.integration(), dyad.divergence(), dyad.net(), treaties, disputes, flows, dyad.facts());
    }

    private DyadYearRow.FlowInYear flow(Record r, DyadYear dyad, int year, DatasetMeta.YearRange years, boolean certain) {
        String[] direction = direction(r.get("givers").asList(Value::asString), r.get("receivers").asList(Value::asString),
                dyad.a(), dyad.b());
        LocalDate from = r.get("from").isNull() ? YearRule.jan1(years.from()) : r.get("from").asLocalDate();
        LocalDate to = r.get("to").isNull() ? YearRule.dec31(years.to()) : r.get("to").asLocalDate();
        return new DyadYearRow.FlowInYear(r.get("id").asString(), r.get("kind").asString(), direction[0], direction[1],
                number(r.get("amount")), r.get("unit").asString(null), r.get("currency").asString(null),
                number(r.get("usd")), r.get("qualifier").asString(null), r.get("certainty").asString(),
                r.get("start").asString(), r.get("end").asString(r.get("start").asString()),
                r.get("startPrecision").asString(), r.get("endPrecision").asString(), share(from, to, year), certain,
                r.get("total").asBoolean(), r.get("partOf").asString(null),
                r.get("note").isNull() ? null : r.get("note").asInt(), r.get("section").asString(null),
                r.get("quote").asString(null), r.get("summary").asString());
    }

    /**
     * The giver and receiver of a flow as the sides of the dyad ({@code [null, null]} for a two-way
     * flow): an army or a person gives for the state it acts for, and a side named on one end only
     * makes the other end the dyad's other side.
     */
    private String[] direction(List<String> givers, List<String> receivers, String a, String b) {
        String giver = side(givers, a, b);
        String receiver = side(receivers, a, b);
        if (giver == null && receiver == null) {
            return new String[] {null, null};
        }
        if (giver == null || giver.equals(receiver)) {
            giver = receiver.equals(a) ? b : a;
        }
        if (receiver == null || receiver.equals(giver)) {
            receiver = giver.equals(a) ? b : a;
        }
        return new String[] {giver, receiver};
    }

    private String side(List<String> ids, String a, String b) {
        for (String id : ids) {
            String side = actors.dyadSide(id);
            if (side.equals(a) || side.equals(b)) {
                return side;
            }
        }
        return null;
    }

    /** The days of the period from {@code from} to {@code to} that fall in {@code year}, over all its days. */
    static double share(LocalDate from, LocalDate to, int year) {
        LocalDate start = from.isAfter(YearRule.jan1(year)) ? from : YearRule.jan1(year);
        LocalDate end = to.isBefore(YearRule.dec31(year)) ? to : YearRule.dec31(year);
        if (end.isBefore(start)) {
            return 0.0;
        }
        return (ChronoUnit.DAYS.between(start, end) + 1) / (double) (ChronoUnit.DAYS.between(from, to) + 1);
    }

    private static Double number(Value value) {
        return value.isNull() ? null : value.asNumber().doubleValue();
    }
}

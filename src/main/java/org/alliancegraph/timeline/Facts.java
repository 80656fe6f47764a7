package org.alliancegraph.timeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.InvalidRequestException;
import org.alliancegraph.NotFoundException;
import org.alliancegraph.RetiredException;
import org.alliancegraph.actor.Actors;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.model.Vocabulary;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Finds facts by actor, type and period, and reads one fact in full with its provenance. */
public final class Facts {

    /** The type-specific properties a fact may carry, in the order a reader expects them. */
    static final List<String> DETAILS = List.of("name", "recordName", "office", "signed", "obligations",
            "recordObligations", "terms", "flowKind", "amount", "unit", "currency", "usd", "qualifier", "share", "shareOf",
            "eventKind", "place", "topic", "severity", "tone", "supportedBy");

    private static final String LIST = """
            MATCH (f:Fact)
            WHERE ($type IS NULL OR f.type = $type)
              AND ($actor IS NULL OR EXISTS { MATCH (f)-[:INVOLVES]->(:Actor {id: $actor}) }
                   OR EXISTS { MATCH (f)-[:CONCERNS]->(d:Dyad) WHERE d.a = $actor OR d.b = $actor })
              AND ($from IS NULL OR f.endLatest IS NULL OR f.endLatest >= date({year: $from}))
              AND ($to IS NULL OR f.startEarliest IS NULL OR f.startEarliest <= date({year: $to, month: 12, day: 31}))
            WITH f ORDER BY f.startEarliest, f.id
            RETURN %s AS fact
            """.formatted(FactRows.PROJECTION);

    /** A fact id that an earlier version held: when, why, and where it went. */
    private static final String RETIRED = """
            MATCH (r:Retired {id: $id}) RETURN r.version AS version, r.reason AS reason, r.replacedBy AS replacedBy
            """;

    /** One fact; its actors, parts, totals and citations in a fixed order, whatever order the store keeps. */
    private static final String ONE = """
            MATCH (f:Fact {id: $id})
            RETURN %s AS fact, properties(f) AS properties,
                   COLLECT { MATCH (f)-[i:INVOLVES]->(a) RETURN {actor: a.id, name: a.name, role: i.role}
                             ORDER BY i.role, a.id } AS actors,
                   COLLECT { MATCH (f)-[:AGGREGATES]->(p) RETURN p.id ORDER BY p.id } AS parts,
                   COLLECT { MATCH (t)-[:AGGREGATES]->(f) RETURN t.id ORDER BY t.id } AS totals,
                   COLLECT { MATCH (f)-[:EVIDENCE]->(n:Note)-[c:CITES]->(x)
                             RETURN {note: n.number, kind: CASE WHEN x:Document THEN 'document' ELSE 'work' END, id: x.id,
                                     title: x.title, date: x.date, pages: c.pages,
                                     archive: head([(x)-[:HELD_IN]->(a) | a.id]), citedIn: head([(x)-[:CITED_IN]->(w) | w.id])}
                             ORDER BY n.number, x.id } AS citations
            """.formatted(FactRows.PROJECTION);

    private final Reads reads;
    private final Actors actors;

    public Facts(Reads reads, Actors actors) {
        this.reads = reads;
        this.actors = actors;
    }

    /**
     * Facts of an actor (or of the dyads it stands in), of a type, overlapping a span of years;
     * every filter is optional.
     */
    public List<FactSummary> find(Optional<String> actor, Optional<String> type, Optional<Integer> from,
            Optional<Integer> to) {
        type.ifPresent(t -> {
            if (!Vocabulary.FACT_TYPES.contains(t)) {
                throw new InvalidRequestException("Unknown fact type '" + t + "': one of "
                        + String.join(", ", Vocabulary.FACT_TYPES));
            }
        });
        if (from.isPresent() && to.isPresent()) {
            DatasetMeta.YearRange.ordered(from.get(), to.get());
        }
        Map<String, Object> parameters = FactRows.noYear();
        parameters.put("actor", actor.map(a -> actors.get(a).id()).orElse(null));
        parameters.put("type", type.orElse(null));
        // A bound beyond any calendar year Neo4j can date filters nothing out (or everything).
        parameters.put("from", from.map(Facts::calendarYear).orElse(null));
        parameters.put("to", to.map(Facts::calendarYear).orElse(null));
        return reads.records(LIST, parameters).stream()
                .map(r -> FactRows.summary(r.get("fact"))).toList();
    }

    /**
     * One fact in full.
     *
     * @throws NotFoundException when no fact has the id
     */
    public FactDetail get(String id) {
        Map<String, Object> parameters = FactRows.noYear();
        parameters.put("id", id);
        List<Record> rows = reads.records(ONE, parameters);
        if (rows.isEmpty()) {
            List<Record> retired = reads.records(RETIRED, Map.of("id", id));
            if (!retired.isEmpty()) {
                Record r = retired.get(0);
                throw new RetiredException(id, r.get("version").asString(), r.get("reason").asString(),
                        r.get("replacedBy").asString(null));
            }
            throw new NotFoundException("Unknown fact '" + id + "'", closestIds(id));
        }
        Record row = rows.get(0);
        Map<String, Object> properties = row.get("properties").asMap();
        Map<String, Object> details = new LinkedHashMap<>();
        for (String key : DETAILS) {
            if (properties.containsKey(key)) {
                details.put(key, properties.get(key));
            }
        }
        return new FactDetail(FactRows.summary(row.get("fact")),
                row.get("actors").asList(a -> new FactDetail.ActorRole(a.get("actor").asString(), a.get("name").asString(),
                        a.get("role").asString())),
                details, row.get("parts").asList(Value::asString), row.get("totals").asList(Value::asString),
                row.get("citations").asList(c -> new FactDetail.Citation(c.get("note").asInt(), c.get("kind").asString(),
                        c.get("id").asString(), c.get("title").asString(null), c.get("date").asString(null),
                        c.get("archive").asString(null), c.get("citedIn").asString(null), c.get("pages").asString(null))));
    }

    private static int calendarYear(int year) {
        return Math.max(-9_999, Math.min(9_999, year));
    }

    private List<String> closestIds(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("words", List.of(id.split("-")));
        return reads.records("""
                MATCH (f:Fact)
                WITH f, size([w IN $words WHERE f.id CONTAINS w]) AS shared WHERE shared > 0
                RETURN f.id AS id ORDER BY shared DESC, f.id LIMIT 3
                """, parameters).stream().map(r -> r.get("id").asString()).toList();
    }
}

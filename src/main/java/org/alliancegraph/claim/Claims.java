package org.alliancegraph.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.NotFoundException;
import org.alliancegraph.actor.Actors;
import org.alliancegraph.system.Reads;
import org.alliancegraph.timeline.Evidence;
import org.neo4j.driver.Value;

/**
 * Reads the article's claims section by section (earliest period first within one), with their
 * evidence and the facts that support them.
 */
public final class Claims {

    /**
     * The claims of an actor are those about it and those resting on a fact of one of its dyads
     * (or one it takes part in): a thesis about the Soviet bloc is found from Bulgaria too. Evidence
     * is read from the claim's own properties, so that its quotes keep the order they were written in.
     */
    private static final String CLAIMS = """
            MATCH (f:Claim)
            WHERE ($id IS NULL OR f.id = $id)
              AND ($actor IS NULL OR EXISTS { MATCH (f)-[:INVOLVES]->(:Actor {id: $actor}) }
                   OR EXISTS { MATCH (f)-[:SUPPORTED_BY]->(x:Fact)
                               WHERE EXISTS { MATCH (x)-[:INVOLVES]->(:Actor {id: $actor}) }
                                  OR EXISTS { MATCH (x)-[:CONCERNS]->(d:Dyad) WHERE d.a = $actor OR d.b = $actor } })
            OPTIONAL MATCH (s:Section {id: f.source + '/' + f.section})
            WITH f ORDER BY s.order, f.startEarliest, f.id
            RETURN f {.id, .summary, .start, .end, .startPrecision, .endPrecision, .certainty, .claimant, .caveat,
                      .caveatKind, .source,
                      about: [a IN coalesce(f.about, [])
                              WHERE EXISTS { MATCH (f)-[:INVOLVES {role: 'subject'}]->(:Actor {id: a}) }],
                      sources: [e IN [[f.note, f.quote]] + [i IN range(0, size(coalesce(f.alsoQuotes, [])) - 1) |
                                  [CASE WHEN f.alsoNotes[i] = 0 THEN null ELSE f.alsoNotes[i] END, f.alsoQuotes[i]]] |
                                {note: e[0], quote: e[1],
                                 section: coalesce(head(COLLECT { MATCH (n:Note {id: f.source + '/n' + e[0]})
                                                                  RETURN n.section }), f.section)}],
                      supportedBy: COLLECT { MATCH (f)-[:SUPPORTED_BY]->(x:Fact)
                                             WITH x ORDER BY x.startEarliest, x.id
                                             RETURN x {.id, .type, .summary, .start, .end, dyads: coalesce(x.dyadIds, [])} }}
                   AS claim
            """;

    private final Reads reads;
    private final Actors actors;

    public Claims(Reads reads, Actors actors) {
        this.reads = reads;
        this.actors = actors;
    }

    /** Every claim, or those of an actor (id, name or alias), section by section in the article's order. */
    public List<Claim> find(Optional<String> actor) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", null);
        parameters.put("actor", actor.map(a -> actors.get(a).id()).orElse(null));
        return read(parameters);
    }

    /**
     * One claim.
     *
     * @throws NotFoundException when no claim has the id (a fact of another type included)
     */
    public Claim get(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("actor", null);
        List<Claim> found = read(parameters);
        if (found.isEmpty()) {
            throw new NotFoundException("Unknown claim '" + id + "'", closestIds(id));
        }
        return found.get(0);
    }

    private List<Claim> read(Map<String, Object> parameters) {
        return reads.records(CLAIMS, parameters).stream().map(r -> claim(r.get("claim"))).toList();
    }

    private static Claim claim(Value c) {
        String source = c.get("source").asString();
        return new Claim(c.get("id").asString(), c.get("summary").asString(), c.get("start").asString(),
                c.get("end").asString(), c.get("startPrecision").asString("open"), c.get("endPrecision").asString("open"),
                c.get("about").asList(Value::asString), c.get("certainty").asString("stated"),
                c.get("claimant").asString(null), c.get("caveat").asString(null), c.get("caveatKind").asString(null),
                c.get("sources").asList(e -> new Evidence(source, e.get("note").isNull() ? null : e.get("note").asInt(),
                        e.get("section").asString(), e.get("quote").asString())),
                c.get("supportedBy").asList(x -> new Claim.Support(x.get("id").asString(), x.get("type").asString(),
                        x.get("summary").asString(), x.get("start").asString(), x.get("end").asString(),
                        x.get("dyads").asList(Value::asString))));
    }

    private List<String> closestIds(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("words", List.of(id.split("-")));
        return reads.records("""
                MATCH (f:Claim)
                WITH f, size([w IN $words WHERE w <> 'claim' AND f.id CONTAINS w]) AS shared WHERE shared > 0
                RETURN f.id AS id ORDER BY shared DESC, f.id LIMIT 3
                """, parameters).stream().map(r -> r.get("id").asString()).toList();
    }
}

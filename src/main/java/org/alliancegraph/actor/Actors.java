package org.alliancegraph.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.NotFoundException;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Finds actors by id, name or alias, ignoring case, diacritics, apostrophes, hyphens and spaces
 * (the keys that cypher/90-derive.cypher stores as {@code Name} nodes).
 */
public final class Actors {

    private static final String RETURN_ACTOR = """
            RETURN a.id AS id, a.name AS name, coalesce(a.short, a.name) AS short, a.kind AS kind,
                   coalesce(a.aliases, []) AS aliases, a.cow AS cow,
                   CASE WHEN a.start = '..' THEN null ELSE a.start END AS start,
                   CASE WHEN a.end = '..' THEN null ELSE a.end END AS end,
                   [(a)-[:ACTS_FOR]->(t) | t.id] AS actsFor, [(m)-[:MEMBER_OF]->(a) | m.id] AS members
            """;

    /**
     * Every actor with its look-up keys and the actor it stands for in dyads, in one read: a
     * name then resolves without a round trip.
     */
    private static final String DIRECTORY = """
            MATCH (a:Actor)
            OPTIONAL MATCH path = (a)-[:ACTS_FOR*1..4]->(top:Actor) WHERE EXISTS { (top)<-[:SIDE]-(:Dyad) }
            WITH a, top ORDER BY length(path) DESC
            WITH a, head(collect(top.id)) AS top
            WITH a, CASE WHEN EXISTS { (a)<-[:SIDE]-(:Dyad) } THEN a.id ELSE coalesce(top, a.id) END AS side,
                 [(n:Name)-[:NAMES]->(a) | n.key] AS keys
            """ + RETURN_ACTOR + ", side, keys ORDER BY kind, id";

    /** The actors, their keys and their sides, as read once. */
    private record Directory(List<ActorRecord> actors, Map<String, ActorRecord> byKey, Map<String, String> sides) {
    }

    private final Reads reads;
    private volatile Directory directory;

    public Actors(Reads reads) {
        this.reads = reads;
    }

    /** Forgets what was read, after the graph was loaded again. */
    public void forget() {
        directory = null;
    }

    private Directory directory() {
        Directory known = directory;
        if (known == null) {
            List<ActorRecord> actors = new ArrayList<>();
            Map<String, ActorRecord> byKey = new HashMap<>();
            Map<String, String> sides = new HashMap<>();
            for (Record r : reads.records(DIRECTORY)) {
                ActorRecord actor = toRecord(r);
                actors.add(actor);
                sides.put(actor.id(), r.get("side").asString());
                for (String key : r.get("keys").asList(Value::asString)) {
                    byKey.merge(key, actor, (first, second) -> first.id().compareTo(second.id()) <= 0 ? first : second);
                }
            }
            known = new Directory(List.copyOf(actors), Map.copyOf(byKey), Map.copyOf(sides));
            directory = known;
        }
        return known;
    }

    /** Every actor, by kind and then id. */
    public List<ActorRecord> all() {
        return directory().actors();
    }

    /**
     * The actor an id, name or alias stands for.
     *
     * @throws NotFoundException with the closest ids when none matches
     */
    public ActorRecord get(String idOrName) {
        return find(idOrName).orElseThrow(() -> new NotFoundException("Unknown actor '" + idOrName + "'",
                suggestions(idOrName)));
    }

    /** The actor an id, name or alias stands for, if any. */
    public Optional<ActorRecord> find(String idOrName) {
        String key = key(idOrName);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(directory().byKey().get(key));
    }

    /**
     * The id of the actor that stands in dyads for {@code idOrName}: the actor itself when it has
     * dyads, else the top-level actor it acts for (Kim Il Sung stands in dyads as the DPRK).
     */
    public String dyadSide(String idOrName) {
        return directory().sides().get(get(idOrName).id());
    }

    /** The look-up key of a name: lowercase ASCII letters and digits only. */
    public static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace('ł', 'l').replaceAll("[^a-z0-9]", "");
    }

    /** The three ids whose names are closest to the input. */
    List<String> suggestions(String input) {
        String key = key(input);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return directory().byKey().entrySet().stream()
                .map(e -> Map.entry(e.getValue().id(), distance.apply(key, e.getKey())))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).distinct().limit(3).toList();
    }

    static ActorRecord toRecord(Record r) {
        Value cow = r.get("cow");
        return new ActorRecord(r.get("id").asString(), r.get("name").asString(), r.get("short").asString(),
                r.get("kind").asString(), r.get("aliases").asList(Value::asString), cow.isNull() ? null : cow.asInt(),
                r.get("start").asString(null), r.get("end").asString(null), r.get("actsFor").asList(Value::asString),
                r.get("members").asList(Value::asString));
    }


}

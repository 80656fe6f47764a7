package org.alliancegraph.validate;

/**
 * The rules {@code validate} checks in the graph; each query returns the offending {@code id}
 * and a {@code detail}. Vocabularies come in as parameters.
 */
enum Rule {

    SOURCE("source", """
            MATCH (f:Fact)
            WHERE f.source IS NULL OR NOT EXISTS { MATCH (:Source {id: f.source}) }
            RETURN f.id AS id, 'no known source (source: ' + coalesce(f.source, 'none') + ')' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE NOT EXISTS { MATCH (f)-[:EVIDENCE]->() }
            RETURN f.id AS id, 'no evidence: the note or section of its quote is unknown' AS detail
            """),

    QUOTE("quote", """
            MATCH (f:Fact) WHERE f.quote IS NULL OR trim(f.quote) = ''
            RETURN f.id AS id, 'no quote' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE size(coalesce(f.alsoQuotes, [])) <> size(coalesce(f.alsoNotes, []))
            RETURN f.id AS id, 'alsoQuotes and alsoNotes differ in length' AS detail
            """),

    LOCATION("location", """
            MATCH (f:Fact) WHERE f.section IS NULL OR NOT EXISTS { MATCH (:Section {id: f.source + '/' + f.section}) }
            RETURN f.id AS id, 'unknown section: ' + coalesce(f.section, 'none') AS detail
            UNION ALL
            MATCH (f:Fact)
            UNWIND [n IN [f.note] + coalesce(f.alsoNotes, []) WHERE n IS NOT NULL AND n <> 0] AS note
            WITH f, note WHERE NOT EXISTS { MATCH (:Note {id: f.source + '/n' + note}) }
            RETURN f.id AS id, 'unknown endnote: ' + toString(note) AS detail
            """),

    DATES("dates", """
            MATCH (f:Fact) WHERE f.start IS NULL
            RETURN f.id AS id, 'no start date' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.startPrecision = 'invalid' OR f.endPrecision = 'invalid'
            RETURN f.id AS id, 'not a valid date: ' + f.start + ' .. ' + f.end AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.startEarliest > f.endLatest
            RETURN f.id AS id, 'starts after it ends: ' + f.start + ' .. ' + f.end AS detail
            UNION ALL
            MATCH (a:Actor) WHERE a.startPrecision = 'invalid' OR a.endPrecision = 'invalid' OR a.startEarliest > a.endLatest
            RETURN a.id AS id, 'actor existence not a valid period: ' + a.start + ' .. ' + a.end AS detail
            """),

    AMOUNT("amount", """
            MATCH (f:Fact) WHERE f.amount IS NOT NULL AND NOT valueType(f.amount) STARTS WITH 'INTEGER'
                             AND NOT valueType(f.amount) STARTS WITH 'FLOAT'
            RETURN f.id AS id, 'amount is not a number' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.amount < 0 OR f.usd < 0 OR f.share < 0 OR f.share > 1
            RETURN f.id AS id, 'negative amount (or share outside 0..1)' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.amount IS NOT NULL AND (f.unit IS NULL OR trim(f.unit) = '')
            RETURN f.id AS id, 'amount without a unit' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.currency IS NOT NULL AND NOT f.currency IN $currencies
            RETURN f.id AS id, 'unknown currency: ' + f.currency AS detail
            """),

    ACTORS("actors", """
            MATCH (f:Fact)
            UNWIND [x IN [f.holder, f.organization, f.host, f.giver, f.receiver] WHERE x IS NOT NULL]
                   + coalesce(f.parties, []) + coalesce(f.participants, []) + coalesce(f.mentions, [])
                   + coalesce(f.about, [])
                   + reduce(ids = [], d IN coalesce(f.dyads, []) | ids + split(d, '/')) AS actor
            WITH f, actor WHERE NOT EXISTS { MATCH (:Actor {id: actor}) }
            RETURN f.id AS id, 'unknown actor: ' + actor AS detail
            UNION ALL
            MATCH (f:Fact)
            UNWIND coalesce(f.aggregateOf, []) AS part
            WITH f, part WHERE NOT EXISTS { MATCH (:Fact {id: part}) }
            RETURN f.id AS id, 'aggregates an unknown fact: ' + part AS detail
            UNION ALL
            MATCH (f:Relation) WHERE size(coalesce(f.parties, [])) <> 2
            RETURN f.id AS id, 'a relation needs exactly two parties' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE NOT EXISTS { MATCH (f)-[:INVOLVES]->() }
            RETURN f.id AS id, 'no actor' AS detail
            """),

    VOCABULARY("vocabulary", """
            MATCH (f:Fact) WHERE NOT f.type IN $types
            RETURN f.id AS id, 'no fact type label (Role, Treaty, Flow, Dispute, Event, Relation, Claim)' AS detail
            UNION ALL
            MATCH (f:Relation) WHERE NOT f.status IN $statuses
            RETURN f.id AS id, 'unknown status: ' + coalesce(f.status, 'none') AS detail
            UNION ALL
            MATCH (f:Fact) WHERE NOT f.certainty IN $certainty
            RETURN f.id AS id, 'unknown certainty: ' + f.certainty AS detail
            UNION ALL
            MATCH (f:Treaty) UNWIND coalesce(f.obligations, []) AS o
            WITH f, o WHERE NOT o IN $obligations
            RETURN f.id AS id, 'unknown obligation: ' + o AS detail
            UNION ALL
            MATCH (f:Flow) WHERE NOT f.flowKind IN $flowKinds
            RETURN f.id AS id, 'unknown flow kind: ' + coalesce(f.flowKind, 'none') AS detail
            UNION ALL
            MATCH (f:Event) WHERE NOT f.eventKind IN $eventKinds
            RETURN f.id AS id, 'unknown event kind: ' + coalesce(f.eventKind, 'none') AS detail
            UNION ALL
            MATCH (f:Dispute) WHERE f.severity IS NOT NULL AND NOT f.severity IN $severity
            RETURN f.id AS id, 'unknown severity: ' + f.severity AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.caveatKind IS NOT NULL AND NOT f.caveatKind IN $caveatKinds
            RETURN f.id AS id, 'unknown caveat kind: ' + f.caveatKind AS detail
            UNION ALL
            MATCH (f:Fact) WHERE (f.caveat IS NULL) <> (f.caveatKind IS NULL)
            RETURN f.id AS id, 'a caveat needs both its text and its kind' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.qualifier IS NOT NULL AND NOT f.qualifier IN $qualifiers
            RETURN f.id AS id, 'unknown qualifier: ' + f.qualifier AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.tone IS NOT NULL AND NOT f.tone IN $tones
            RETURN f.id AS id, 'unknown tone: ' + f.tone AS detail
            """),

    /**
     * The common record's dates, obligations and names sit beside the article's, never instead of
     * them, and only with a caveat that says where they come from.
     */
    RECORD("record", """
            MATCH (f:Fact)
            WHERE (f.recordStart IS NOT NULL OR f.recordEnd IS NOT NULL OR f.recordObligations IS NOT NULL
                   OR f.recordName IS NOT NULL) AND NOT coalesce(f.caveat, '') CONTAINS 'common record'
            RETURN f.id AS id, 'common-record fields (recordStart, recordEnd, recordObligations, recordName) '
                   + 'without a caveat that gives the common record' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.recordStartPrecision IN ['invalid', 'open'] OR f.recordEndPrecision = 'invalid'
                                 OR f.recordStartEarliest > f.recordEndLatest
            RETURN f.id AS id, 'not a valid record period: ' + coalesce(f.recordStart, '..') + ' .. '
                   + coalesce(f.recordEnd, '..') AS detail
            UNION ALL
            MATCH (f:Fact) UNWIND coalesce(f.recordObligations, []) AS o
            WITH f, o WHERE NOT o IN $obligations OR o IN coalesce(f.obligations, [])
            RETURN f.id AS id, 'record obligation ' + o + ' is unknown, or one the article already gives' AS detail
            """),

    /**
     * An event whose kind is a break (a refusal, recall, expulsion, split or purge) is not
     * integration: a rejected proposal does not bring its parties together.
     */
    TONE("tone", """
            MATCH (f:Event) WHERE f.tone = 'integration' AND f.eventKind IN ['refusal', 'recall', 'expulsion', 'split', 'purge']
            RETURN f.id AS id, 'a ' + f.eventKind + ' with an integration tone' AS detail
            """),

    /** A count's qualifier says its magnitude: "thousands" is not ten thousand, "tens of thousands" not one. */
    MAGNITUDE("magnitude", """
            MATCH (f:Fact) WHERE f.qualifier = 'thousands' AND f.amount IS NOT NULL AND (f.amount < 1000 OR f.amount >= 10000)
            RETURN f.id AS id, '"thousands" with an amount of ' + toString(f.amount) AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.qualifier = 'tens of thousands' AND f.amount IS NOT NULL
                                 AND (f.amount < 10000 OR f.amount >= 100000)
            RETURN f.id AS id, '"tens of thousands" with an amount of ' + toString(f.amount) AS detail
            """),

    /**
     * One report told twice: two roles of one holder from the same day, resting on notes that cite
     * the same document, are one fact (with a caveat where the notes differ).
     */
    DUPLICATE("duplicate", """
            MATCH (a:Role)-[:EVIDENCE]->(:Note)-[:CITES]->(d:Document)<-[:CITES]-(:Note)<-[:EVIDENCE]-(b:Role)
            WHERE a.id < b.id AND a.holder = b.holder AND a.start = b.start
            RETURN DISTINCT a.id AS id, 'the same report (' + d.id + ') as ' + b.id AS detail
            """),

    /**
     * A claim is the article's argument resting on its evidence: it names the facts that support it,
     * and they exist; it concerns no dyad (its actors are what it is about, never a tie), so that no
     * yearly tie counts it and the index never scores it. Its quote, note or section and actors are
     * checked by the rules every fact passes.
     */
    CLAIM("claim", """
            MATCH (f:Claim) WHERE size(coalesce(f.supportedBy, [])) = 0
            RETURN f.id AS id, 'a claim needs the facts that support it (supportedBy)' AS detail
            UNION ALL
            MATCH (f:Fact) UNWIND coalesce(f.supportedBy, []) AS support
            WITH f, support WHERE NOT EXISTS { MATCH (:Fact {id: support}) }
            RETURN f.id AS id, 'supported by an unknown fact: ' + support AS detail
            UNION ALL
            MATCH (f:Claim) WHERE f.id IN coalesce(f.supportedBy, [])
            RETURN f.id AS id, 'a claim cannot support itself' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.supportedBy IS NOT NULL AND NOT f:Claim
            RETURN f.id AS id, 'only a claim is supported by facts (supportedBy)' AS detail
            UNION ALL
            MATCH (f:Fact) WHERE f.about IS NOT NULL AND NOT f:Claim
            RETURN f.id AS id, 'only a claim has actors it is about (about)' AS detail
            UNION ALL
            MATCH (f:Claim)
            WHERE f.dyads IS NOT NULL OR EXISTS { MATCH (f)-[:CONCERNS]->() }
                  OR any(k IN ['parties', 'participants', 'holder', 'organization', 'host', 'giver', 'receiver']
                         WHERE f[k] IS NOT NULL)
            RETURN f.id AS id, 'a claim concerns no dyad: its actors belong in about' AS detail
            """),

    /** A retired id is no fact's any more, and where it went exists. */
    RETIRED("retired", """
            MATCH (r:Retired) WHERE EXISTS { MATCH (:Fact {id: r.id}) }
            RETURN r.id AS id, 'retired, yet still a fact' AS detail
            UNION ALL
            MATCH (r:Retired) WHERE r.replacedBy IS NOT NULL AND NOT EXISTS { MATCH (:Fact {id: r.replacedBy}) }
            RETURN r.id AS id, 'replaced by an unknown fact: ' + r.replacedBy AS detail
            UNION ALL
            MATCH (r:Retired) WHERE r.version IS NULL OR r.reason IS NULL
            RETURN r.id AS id, 'a retired id needs the version that retired it and why' AS detail
            """);

    final String label;
    final String cypher;

    Rule(String label, String cypher) {
        this.label = label;
        this.cypher = cypher;
    }
}

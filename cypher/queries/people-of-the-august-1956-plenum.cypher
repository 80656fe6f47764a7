// question: Who took part in the crisis of the August 1956 Plenum, and in what?
// expect: notes = [78] where person = "Pak Ch'angok" (note 78)
// expect: notes = [78] where person = 'Kim Sŭnghwa' (note 78)
// expect: notes = [78] where person = 'Nam Il' (note 78)
// expect: first = '1956-09' where person = 'Peng Dehuai' (note 79)
// expect: notes = [79] where person = 'Peng Dehuai' (note 79)
//
// The people and factions in the facts of June to December 1956 that involve Kim Il Sung or his
// party (the KWP, its Central Committee, the Yan'an and Soviet-Korean groups): Kim's trip to
// Moscow and Eastern Europe, the opposition's plan to criticize him (Pak Ch'angok, Kim Sŭnghwa),
// the Soviet chargé Petrov's talk with Nam Il, the Plenum itself, the Peng Dehuai-Mikoyan
// intervention of September, and the purges Kim intensified. One row a person, in order of first
// appearance: their parts (participant, party, holder of an office, or only mentioned), the first
// and last dates, the endnotes, and the facts.
MATCH (f:Fact)-[:INVOLVES]->(kwp:Actor)
WHERE kwp.id IN ['kim-il-sung', 'kwp', 'kwp-cc', 'yanan-group', 'soviet-koreans']
  AND f.startEarliest >= date('1956-06-01') AND f.startEarliest <= date('1956-12-31')
WITH DISTINCT f
MATCH (f)-[i:INVOLVES]->(who:Actor) WHERE who:Person OR who:Faction
WITH who, i.role AS part, f ORDER BY f.startEarliest, f.id
WITH who, collect(DISTINCT part) AS parts, collect(DISTINCT f) AS fs
RETURN who.name AS person, who.kind AS kind, parts, head(fs).start AS first, last(fs).start AS last,
       COLLECT { UNWIND fs AS f WITH f WHERE f.note IS NOT NULL RETURN DISTINCT f.note AS note ORDER BY note } AS notes,
       [f IN fs | f.id] AS facts
ORDER BY head(fs).startEarliest, person;

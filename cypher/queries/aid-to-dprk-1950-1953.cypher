// All aid to the DPRK in the war years 1950-1953: giver, kind, amount, unit, endnote.
// A total that the article also breaks down lists its parts in breaksDownInto: add up either the
// total or its parts, never both. The article (note 68): China 1.08 billion rubles, the USSR an
// estimated 610 million, Eastern Europe 212 million; 1.9 billion rubles ($475 million) in all.
MATCH (f:Flow)-[:INVOLVES {role: 'receiver'}]->(:Actor {id: 'dprk'})
WHERE f.flowKind IN ['aid', 'loan', 'arms', 'gifts', 'grain', 'technology']
  AND f.startEarliest <= date('1953-12-31') AND f.endLatest >= date('1950-01-01')
MATCH (f)-[:INVOLVES {role: 'giver'}]->(giver:Actor)
RETURN giver.id AS giver, f.flowKind AS kind, f.amount AS amount, f.unit AS unit, f.usd AS usd,
       f.certainty AS certainty, f.note AS note, f.start AS start, f.end AS end,
       [(f)-[:AGGREGATES]->(part) | part.id] AS breaksDownInto, f.id AS fact
ORDER BY f.startEarliest, f.amount DESC, giver;

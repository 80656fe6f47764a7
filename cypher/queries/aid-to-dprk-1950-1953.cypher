// question: How much aid did the Socialist countries give the DPRK during the war, and who gave what?
// expect: amount = 1080000000 where giver = 'prc' and kind = 'aid' (note 68)
// expect: amount = 610000000 where giver = 'ussr' and kind = 'aid' (note 68)
// expect: certainty = 'estimated' where giver = 'ussr' and amount = 610000000 (note 68)
// expect: amount = 212000000 where giver = 'east-european-countries' and kind = 'aid' (note 68)
// expect: usd = 475000000 where amount = 1900000000 (note 68)
// expect: amount = 2000 where kind = 'gifts' and unit = 'railway cars' (note 70)
// expect: amount = 22000 where giver = 'ussr' and unit = 'rifles' (note 31)
//
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

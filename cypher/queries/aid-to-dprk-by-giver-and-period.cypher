// question: Who gave the DPRK how much aid in a given period, and how much in all?
// param: from = 1954
// param: to = 1961
// expect: amount = 2560000000 where giver = 'ussr' and unit = 'rubles' (note 73)
// expect: usd = 640000000 where giver = 'ussr' and amount = 2560000000 (note 73)
// expect: certainty = 'estimated' where giver = 'ussr' and amount = 2560000000 (note 73)
// expect: amount = 1808000000 where giver = 'prc' and unit = 'rubles' (note 73)
// expect: usd = 452000000 where giver = 'prc' and amount = 1808000000 (note 73)
// expect: amount = 1410000000 where giver = 'east-european-countries' and unit = 'rubles' (note 73)
// expect: usd = 353000000 where giver = 'east-european-countries' and amount = 1410000000 (note 73)
// expect: amount = 5780000000 where giver = 'socialist-countries' and unit = 'rubles' (article body, section aftereffects)
// expect: usd = 1450000000 where amount = 5780000000 (article body, section aftereffects)
// expect: amount = 230000 where giver = 'prc' and unit = 'tons' (note 92)
//
// Aid, loans, grain, arms, gifts, specialists and the like that reached the DPRK in a period
// (any flow to the DPRK whose period overlaps the years from..to), by giver, with the amount as
// stated (old rubles before 1961), the dollar figure where the article gives one, how sure it is,
// and the endnote. A total that the article also breaks down lists its parts in breaksDownInto:
// add up either the total or its parts, never both. For 1954-1961 the article gives 5.78 billion
// rubles ($1.45 billion) in all, and note 73 the Soviet, Chinese and East European shares.
MATCH (f:Flow)-[:INVOLVES {role: 'receiver'}]->(:Actor {id: 'dprk'})
WHERE NOT f.flowKind IN ['trade', 'troops']
  AND f.startEarliest <= date({year: $to, month: 12, day: 31}) AND f.endLatest >= date({year: $from, month: 1, day: 1})
MATCH (f)-[:INVOLVES {role: 'giver'}]->(giver:Actor)
RETURN giver.id AS giver, f.flowKind AS kind, f.amount AS amount, f.unit AS unit, f.currency AS currency, f.usd AS usd,
       f.qualifier AS qualifier, f.certainty AS certainty, f.start AS start, f.end AS end, f.note AS note,
       COLLECT { MATCH (f)-[:AGGREGATES]->(part) RETURN part.id ORDER BY part.id } AS breaksDownInto, f.id AS fact
ORDER BY f.startEarliest, f.amount IS NULL, f.amount DESC, giver;

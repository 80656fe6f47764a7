// question: How did Japan-DPRK trade grow, and which endnote gives the figures?
// expect: amount = 8000000 where year = '1961' (note 108)
// expect: amount = 31400000 where year = '1965' (note 108)
// expect: amount = 57800000 where year = '1970' (note 108)
// expect: amount = 57800000 where year = '1971' (note 108)
// expect: amount = 132000000 where year = '1972' (note 108)
// expect: rows = 5 where note = 108 (note 108)
//
// The Japan-DPRK trade series and the endnote that supports it (note 108, after Chin O. Chung):
// 8 million dollars in 1961, 31.4 million in 1965, 57.8 million in 1970, the same in 1971, and
// 132 million in 1972. (Japan's rank as third trading partner by 1969 is a trade flow without an
// amount, left out here.)
MATCH (f:Flow {flowKind: 'trade'})-[:CONCERNS]->(:Dyad {id: 'dprk/japan'})
WHERE f.amount IS NOT NULL
OPTIONAL MATCH (f)-[:EVIDENCE]->(:Note)-[:CITES]->(work:Work)
RETURN f.start AS year, f.amount AS amount, f.unit AS unit, f.note AS note, collect(DISTINCT work.id) AS cites,
       f.id AS fact
ORDER BY year;

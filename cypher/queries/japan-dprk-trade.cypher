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

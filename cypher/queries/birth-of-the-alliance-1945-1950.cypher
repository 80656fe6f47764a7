// question: How did the DPRK's alliance system come into being, from the Soviet occupation to the war?
// expect: amount = 614000000 where id = 'flow-ussr-dprk-trade-1949' (note 6)
// expect: status = 'close' where id = 'relation-dprk-ussr-occupation-integration-1945' (article body, section birth)
// The facts of 1945 to the eve of the war that concern the DPRK, oldest first. The article:
// Soviet-North Korean trade "increased to 614 million rubles in 1949" (note 6), and
// integration under the occupation "from 1945 to 1948 was both internal" and external.
MATCH (f:Fact)-[:INVOLVES]->(:Actor {id: 'dprk'})
WHERE f.startEarliest <= date('1950-06-24') AND coalesce(f.endLatest, f.startLatest) >= date('1945-01-01')
RETURN f.id AS id, f.type AS type, f.start AS start, f.end AS end, f.summary AS summary,
       f.status AS status, f.amount AS amount, f.unit AS unit, f.note AS note
ORDER BY f.startEarliest, f.id;

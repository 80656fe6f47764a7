// question: How did the DPRK, the USSR and the PRC stand with one another in 1951?
// expect: rows = 3 where t.status = 'allied' (note 27)
// expect: t.status = 'allied' where a.id = 'dprk' and b.id = 'prc' (note 36)
// expect: t.status = 'allied' where a.id = 'prc' and b.id = 'ussr' (note 41)
// expect: t.status = 'allied' where a.id = 'dprk' and b.id = 'ussr' (note 42)
//
// The Sino-Soviet-DPRK triangle as of 1951: the yearly TIE between each pair, with the status the
// article's judgments give it. Run it in Neo4j Browser to see the triangle drawn.
MATCH (a:Actor)-[t:TIE {year: 1951}]->(b:Actor)
WHERE a.id IN ['dprk', 'ussr', 'prc'] AND b.id IN ['dprk', 'ussr', 'prc']
RETURN a, t, b;

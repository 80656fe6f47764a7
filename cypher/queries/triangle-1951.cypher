// The Sino-Soviet-DPRK triangle as of 1951: the yearly TIE between each pair, with the status the
// article's judgments give it. Run it in Neo4j Browser to see the triangle drawn.
MATCH (a:Actor)-[t:TIE {year: 1951}]->(b:Actor)
WHERE a.id IN ['dprk', 'ussr', 'prc'] AND b.id IN ['dprk', 'ussr', 'prc']
RETURN a, t, b;

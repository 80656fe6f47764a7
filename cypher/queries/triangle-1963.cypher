// question: How did the DPRK, the USSR and the PRC stand with one another in 1963?
// expect: s.status = 'frozen' where a.id = 'dprk' and b.id = 'ussr' (article body, section divergence)
// expect: s.status = 'close' where a.id = 'dprk' and b.id = 'prc' (article body, section divergence)
//
// The triangle in 1963, drawn by Neo4j Browser in the colours of the statuses: "Soviet–North
// Korean relations virtually froze between 1962 and 1964", while North Korea "became more closely
// aligned to China in the early 1960s", and Moscow and Beijing were in their bitter dispute.
MATCH (a:Actor)-[s:ALLIED|CLOSE|NORMAL|COOL|STRAINED|FROZEN|CRISIS|HOSTILE|UNKNOWN]->(b:Actor)
WHERE a.id IN ['dprk', 'ussr', 'prc'] AND b.id IN ['dprk', 'ussr', 'prc'] AND s.year = 1963
RETURN a, s, b;

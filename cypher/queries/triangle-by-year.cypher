// question: How did the DPRK, the USSR and the PRC stand with one another in a given year?
// param: year = 1951
// expect: rows = 3 where s.status = 'allied' (note 27)
// expect: s.status = 'allied' where a.id = 'dprk' and b.id = 'prc' (note 36)
// expect: s.status = 'allied' where a.id = 'prc' and b.id = 'ussr' (note 41)
// expect: s.status = 'allied' where a.id = 'dprk' and b.id = 'ussr' (note 42)
//
// The Sino-Soviet-DPRK triangle of one year, for Neo4j Browser: the three states and, between
// each pair, the relationship named after that year's status (ALLIED, CLOSE, NORMAL, COOL,
// STRAINED, FROZEN, CRISIS, HOSTILE, UNKNOWN), which the style sheet colours. In 1951 the article's
// "Communist triple alliance" is at war together; try :param year => 1963 (Soviet ties frozen,
// close to China) or 1967 (the reverse). A side is missing in a year when no fact speaks of it.
// The TIE beside each status relationship carries the facts count and the index (net).
MATCH (a:Actor)-[s:ALLIED|CLOSE|NORMAL|COOL|STRAINED|FROZEN|CRISIS|HOSTILE|UNKNOWN]->(b:Actor)
WHERE a.id IN ['dprk', 'ussr', 'prc'] AND b.id IN ['dprk', 'ussr', 'prc'] AND s.year = $year
RETURN a, s, b;

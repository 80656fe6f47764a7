// question: The Sino-Soviet-DPRK triangle in the year of $year: the three states and, between each
// pair, the relationship named by the article's judgment of that year (ALLIED ... HOSTILE), which
// Browser's style colours by status and captions with status, year and net.
// param: year = 1951
// expect: status = 'allied' where a = 'dprk' and b = 'prc' (note 18)
MATCH (x:Actor)-[s]->(y:Actor)
WHERE x.id IN ['dprk', 'ussr', 'prc'] AND y.id IN ['dprk', 'ussr', 'prc'] AND s.year = $year AND NOT s:TIE
RETURN x, s, y;

// question: Year by year, was the DPRK closer to Moscow or to Beijing, by the index?
// param: from = 1955
// param: to = 1972
// expect: closerTo = 'prc' where year = 1963 (article body, section divergence)
// expect: closerTo = 'ussr' where year = 1967 (article body, section divergence)
//
// For each year, the article's status and the index's net of the DPRK's tie with the USSR and with
// the PRC, and the partner with the higher net (blank when either is without scored evidence or
// they are equal). The article: "In the 1960s, North Korea first sided with China and then with
// the Soviet Union", improving its Soviet ties from Kosygin's visit of February 1965 while Beijing
// and P'yŏngyang recalled their ambassadors in 1966.
UNWIND range($from, $to) AS year
OPTIONAL MATCH (:Actor {id: 'dprk'})-[u:TIE {year: year}]->(:Actor {id: 'ussr'})
OPTIONAL MATCH (:Actor {id: 'dprk'})-[p:TIE {year: year}]->(:Actor {id: 'prc'})
RETURN year, u.status AS statusUssr, u.net AS netUssr, p.status AS statusPrc, p.net AS netPrc,
       CASE WHEN u.net IS NULL OR p.net IS NULL THEN null WHEN u.net > p.net THEN 'ussr' WHEN p.net > u.net THEN 'prc' END
         AS closerTo
ORDER BY year;

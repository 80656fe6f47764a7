// question: How close were the DPRK's ties with Moscow and with Beijing, year by year? The index
// written on each yearly TIE (integration, divergence, net under the default weights; absent where
// the article gives no evidence) beside the article's judgment of the year (status).
// expect: status = 'frozen' where partner = 'ussr' and year = 1963 (article body, divergence section: "virtually froze between 1962 and 1964")
// expect: status = 'close' where partner = 'prc' and year = 1963 (article body, divergence section: "more closely aligned to China in the early 1960s")
// The article: relations with Moscow froze in 1962-1964 while P'yongyang sided with Beijing.
MATCH (a:Actor)-[t:TIE]->(b:Actor)
WHERE t.dyad IN ['dprk/ussr', 'dprk/prc']
RETURN CASE WHEN a.id = 'dprk' THEN b.id ELSE a.id END AS partner, t.year AS year, t.status AS status,
       t.integration AS integration, t.divergence AS divergence, t.net AS net, t.facts AS facts
ORDER BY partner DESC, year;

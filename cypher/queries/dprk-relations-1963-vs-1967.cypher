// question: How did each of the DPRK's ties stand in 1963, and in 1967?
// expect: status1963 = 'frozen' where partner = 'ussr' (article body, section divergence)
// expect: status1963 = 'close' where partner = 'prc' (article body, section divergence)
// expect: status1963 = 'close' where partner = 'romania' (article body, section divergence)
// expect: status1967 = 'crisis' where partner = 'bulgaria' (note 112)
//
// The DPRK's relations in 1963 against 1967: the status of each of its ties in the two years. The
// article: North Korea "first sided with China and then with the Soviet Union"; Soviet relations
// froze in 1962-1964, and Beijing and P'yongyang recalled their ambassadors in 1966.
MATCH (d:Dyad)-[:SIDE]->(:Actor {id: 'dprk'})
MATCH (d)-[:SIDE]->(partner:Actor) WHERE partner.id <> 'dprk'
OPTIONAL MATCH (:Actor {id: d.a})-[in1963:TIE {year: 1963}]->(:Actor {id: d.b})
OPTIONAL MATCH (:Actor {id: d.a})-[in1967:TIE {year: 1967}]->(:Actor {id: d.b})
WITH partner, in1963, in1967 WHERE in1963 IS NOT NULL OR in1967 IS NOT NULL
RETURN partner.id AS partner, coalesce(in1963.status, '-') AS status1963, coalesce(in1963.facts, 0) AS facts1963,
       coalesce(in1967.status, '-') AS status1967, coalesce(in1967.facts, 0) AS facts1967
ORDER BY facts1963 + facts1967 DESC, partner;

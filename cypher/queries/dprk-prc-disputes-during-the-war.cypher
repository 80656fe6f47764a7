// Every dispute between the DPRK and the PRC leaderships during the war (25 June 1950 to 27 July
// 1953), with the quote that evidences it. The article names the January 1951 southward strategy,
// passive against active defense, the railway management, POW repatriation and the July 1953 offensive.
MATCH (:Dyad {id: 'dprk/prc'})<-[:CONCERNS]-(f:Dispute)
WHERE f.startEarliest <= date('1953-07-27') AND f.endLatest >= date('1950-06-25')
RETURN f.start AS start, f.end AS end, f.topic AS topic, f.note AS note, f.quote AS quote, f.id AS fact
ORDER BY f.startEarliest, f.id;

// question: Over what did the North Korean and Chinese leaderships quarrel during the war?
// expect: start = '1951-01' where note = 34 (note 34)
// expect: start = '1951-spring' where note = 39 (note 39)
// expect: end = '1951-11' where note = 40 (note 40)
// expect: start = '1952-02' where note = 45 (note 45)
// expect: start = '1953-07' where note = 64 (note 64)
//
// Every dispute between the DPRK and the PRC leaderships during the war (25 June 1950 to 27 July
// 1953), with the quote that evidences it. The article names the January 1951 southward strategy,
// passive against active defense, the railway management, POW repatriation and the July 1953 offensive.
MATCH (:Dyad {id: 'dprk/prc'})<-[:CONCERNS]-(f:Dispute)
WHERE f.startEarliest <= date('1953-07-27') AND f.endLatest >= date('1950-06-25')
RETURN f.start AS start, f.end AS end, f.topic AS topic, f.note AS note, f.quote AS quote, f.id AS fact
ORDER BY f.startEarliest, f.id;

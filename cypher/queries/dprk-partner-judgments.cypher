// question: How does the article judge the DPRK's relationship with a partner, period by period, and on what words?
// param: partner = 'prc'
// expect: status = 'allied' where note = 32 (note 32)
// expect: status = 'strained' where start = '1956' (note 79)
// expect: note = 79 where start = '1957' (note 79)
//
// The relation facts of one pair (the DPRK and a partner's id): each period with its status, how
// sure the article is (stated, or speculated where the status is our reading of its account), the
// endnote, the quote, and the caveat on any reading or date we had to supply. The statuses of
// DPRK-PRC swing from the wartime "Sino-North Korean alliance" (note 32) through Mao's complaint of
// 1956 and the "improvement of Sino-North Korean relations in 1957" (note 79) to the recall of
// ambassadors in 1966.
MATCH (:Actor {id: 'dprk'})<-[:SIDE]-(d:Dyad)-[:SIDE]->(:Actor {id: $partner})
MATCH (d)<-[:CONCERNS]-(f:Relation)
RETURN f.start AS start, f.end AS end, f.status AS status, f.certainty AS certainty, f.note AS note,
       f.quote AS quote, f.caveat AS caveat
ORDER BY f.startEarliest, f.endLatest;

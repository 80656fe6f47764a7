// question: What does the article say about the DPRK and a given partner, fact by fact?
// param: partner = 'gdr'
// expect: note = 71 where type = 'flow' (note 71)
// expect: start = '1963-01' where note = 99 and type = 'dispute' (note 99)
// expect: start = '1972-03' where note = 83 (note 83)
//
// Every fact that concerns the pair of the DPRK and one partner (an actor id: 'gdr', 'bulgaria',
// 'hungary', 'romania', 'ussr', 'prc', 'japan'...), in date order: its type, period, summary,
// endnote and quote, with the claimant and certainty where the article attributes or hedges it.
// For East Germany: the 610 war orphans, the SED congress of January 1963 at which the North
// Korean delegate was not permitted to speak, and the embassy's reports of 1964 and 1972.
MATCH (:Actor {id: 'dprk'})<-[:SIDE]-(d:Dyad)-[:SIDE]->(:Actor {id: $partner})
MATCH (d)<-[:CONCERNS]-(f:Fact)
RETURN f.start AS start, f.end AS end, f.type AS type, f.summary AS summary, f.note AS note, f.quote AS quote,
       f.claimant AS claimant, f.certainty AS certainty, f.id AS fact
ORDER BY f.startEarliest, f.endLatest, fact;

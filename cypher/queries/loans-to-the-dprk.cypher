// question: Which loans did the DPRK receive, from whom, and what became of them?
// expect: note = 91 where giver = 'prc' and start = '1958' (note 91)
// expect: amount = 1080000000 where start = '1962' and unit = 'rubles' (note 113)
// expect: usd = 1200000000 where start = '1962' and amount = 1080000000 (note 113)
//
// Every loan to the DPRK in date order, with the amount as stated (new rubles from 1961), the
// dollar figure the article gives, the endnote, our summary and any caveat. The article: China's
// large interest-free loan of 1958 (note 91, which adds that China and the USSR cancelled almost
// all loans of the 1950s), and from 1962 to 1972 industrial and trade loans of 1.08 billion rubles
// ($1.2 billion) in place of aid (note 113).
MATCH (f:Flow {flowKind: 'loan'})-[:INVOLVES {role: 'receiver'}]->(:Actor {id: 'dprk'})
MATCH (f)-[:INVOLVES {role: 'giver'}]->(giver:Actor)
RETURN giver.id AS giver, f.start AS start, f.end AS end, f.amount AS amount, f.unit AS unit, f.currency AS currency,
       f.usd AS usd, f.note AS note, f.summary AS summary, f.caveat AS caveat, f.id AS fact
ORDER BY f.startEarliest, giver;

// question: Which disputes set the DPRK against its Socialist allies in a given period?
// param: from = 1960
// param: to = 1969
// expect: start = '1962' where note = 112 (note 112)
// expect: start = '1962-12' where note = 105 (note 105)
// expect: start = '1963-01' where note = 99 (note 99)
// expect: start = '1963-09' where note = 101 (note 101)
//
// Every dispute to which the DPRK (or one of its leaders) is a party and which concerns its tie
// with a Socialist state (a member of the article's "Socialist countries"), whose period overlaps
// the years from..to, once each, with the allies it set the DPRK against, its topic, its severity, the endnote and the quote. In the
// 1960s: the Bulgarian students (1962), the Soviet demand for payment for arms (December 1962),
// the SED congress of January 1963, and Kim's attack on the "revisionists" and COMECON at the
// September 1963 plenum. Try 1950..1953 for the wartime quarrels with Beijing.
MATCH (ally:Actor)-[:MEMBER_OF]->(:Actor {id: 'socialist-countries'})
MATCH (:Actor {id: 'dprk'})<-[:SIDE]-(d:Dyad)-[:SIDE]->(ally)
MATCH (d)<-[:CONCERNS]-(f:Dispute)
WHERE f.startEarliest <= date({year: $to, month: 12, day: 31}) AND f.endLatest >= date({year: $from, month: 1, day: 1})
  AND EXISTS { (f)-[:INVOLVES {role: 'party'}]->(:Actor)-[:ACTS_FOR*0..3]->(:Actor {id: 'dprk'}) }
WITH f, ally ORDER BY ally.id
WITH f, collect(ally.id) AS allies
RETURN f.start AS start, f.end AS end, allies, f.topic AS topic, f.severity AS severity, f.note AS note,
       f.quote AS quote, f.id AS fact
ORDER BY f.startEarliest, f.endLatest, fact;

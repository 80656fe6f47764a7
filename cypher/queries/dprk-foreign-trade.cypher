// question: How large was the DPRK's foreign trade over the years, with whom, and as what share?
// expect: amount = 614000000 where start = '1949' and unit = 'rubles' (note 6)
// expect: share = 0.9 where start = '1949' and amount = 614000000 (note 6)
// expect: amount = 600000000 where start = '1954' (note 73)
// expect: amount = 1100000000 where start = '1961' and unit = 'rubles' (note 73)
// expect: share = 0.2 where start = '1961-07' (note 113)
// expect: share = 0.12 where start = '1964' (note 113)
// expect: share = 0.22 where start = '1972' (note 113)
//
// Every trade flow of the DPRK in date order: the partners ('all' for its whole foreign trade),
// the amount as stated (old rubles before 1961, dollars for Japan), the dollar figure where the
// article gives one, and a share where the article gives one (of the DPRK's foreign trade, or of
// its GNP), with the endnote. Soviet trade reached 614 million rubles in 1949, about 90 percent of
// the total (note 6); trade fell from 20 percent of GNP in July 1961 to 12 percent in 1964-1966
// and recovered to 22 percent in 1972 (note 113).
MATCH (f:Flow {flowKind: 'trade'})-[:INVOLVES]->(:Actor {id: 'dprk'})
WITH DISTINCT f
WITH f, COLLECT { MATCH (f)-[:INVOLVES]->(p:Actor) WHERE p.id <> 'dprk' RETURN DISTINCT p.id ORDER BY p.id } AS others
RETURN f.start AS start, f.end AS end, CASE WHEN others = [] THEN ['all'] ELSE others END AS partners,
       f.amount AS amount, f.unit AS unit, f.qualifier AS qualifier, f.usd AS usd, f.share AS share, f.shareOf AS shareOf,
       f.note AS note, f.id AS fact
ORDER BY f.startEarliest, f.id;

// question: How many Chinese soldiers were in North Korea, and when?
// expect: amount = 950000 where start = '1951-04' (note 72)
// expect: amount = 1350000 where start = '1953-07-27' (note 72)
// expect: amount = 350000 where start = '1956' (article body, section divergence)
//
// The Chinese People's Volunteer Army in Korea as the article counts it, in date order: soldiers
// (and divisions), the qualifier, the endnote and the quote. 950,000 soldiers in April 1951
// (note 72), 1.35 million at the Armistice beside 450,000 of the KPA, and still 350,000 in 1956,
// when Beijing and Moscow pressed Kim to undo the August Plenum.
MATCH (f:Flow)-[:INVOLVES {role: 'giver'}]->(:Actor {id: 'cpva'})
WHERE f.amount IS NOT NULL
RETURN f.start AS start, f.end AS end, f.amount AS amount, f.unit AS unit, f.qualifier AS qualifier, f.note AS note,
       f.quote AS quote, f.id AS fact
ORDER BY f.startEarliest, f.unit;

// question: Which offices did the North Koreans of the article hold, and when?
// expect: start = '1951-01' where person = 'Pak Hŏnyŏng' (note 37)
// expect: note = 78 where person = 'Nam Il' (note 78)
// expect: note = 33 where person = 'Kim Ŭng' (note 33)
// expect: note = 33 where person = 'Pak Ilu' (note 33)
//
// The offices held by people who acted for the DPRK (ministers, officers of the KPA, the North
// Korean deputies of the Sino-Korean Joint Command, and Hŏ Ch'ŏn's earlier service in the PLA), in
// date order (an open start sorts by the end), with the body of the office and the endnote. The article names Kim Il Sung as "the North Korean leader" but never his
// offices, so he is not among them; Pak Hŏnyŏng speaks as foreign minister in January 1951.
MATCH (role:Role)-[:INVOLVES {role: 'holder'}]->(person:Actor)-[:ACTS_FOR]->(:Actor {id: 'dprk'})
OPTIONAL MATCH (role)-[:INVOLVES {role: 'organization'}]->(body:Actor)
RETURN person.name AS person, role.office AS office, body.short AS body, role.start AS start, role.end AS end,
       role.note AS note
ORDER BY coalesce(role.startEarliest, role.endEarliest), role.endLatest, person;

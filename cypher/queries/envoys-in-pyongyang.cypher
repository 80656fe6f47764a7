// question: Which foreign diplomats in P'yŏngyang does the article name, when, and on which endnote?
// expect: note = 21 where person = 'Terentii Shtykov' (note 21)
// expect: start = '1952-02' where person = 'V. N. Razuvaev' (note 44)
// expect: note = 78 where person = 'A. M. Petrov' (note 78)
// expect: note = 100 where person = 'Vasily Moskovsky' (note 100)
// expect: note = 103 where person = 'Qiao Xiaoguang' (note 103)
// expect: start = '1964-01-15' where note = 99 (note 99)
//
// The offices that foreign states held in the DPRK (ambassadors, chargés d'affaires, embassy
// secretaries), in date order: the person, the office, the state they served, the dates at which
// the article shows them in office, and the endnote, which often cites the report they wrote.
MATCH (role:Role)-[:INVOLVES {role: 'host'}]->(:Actor {id: 'dprk'})
MATCH (role)-[:INVOLVES {role: 'holder'}]->(person:Actor)
MATCH (role)-[:INVOLVES {role: 'organization'}]->(state:Actor) WHERE state.id <> 'dprk' AND state:State
RETURN person.name AS person, role.office AS office, state.short AS state, role.start AS start, role.end AS end,
       role.note AS note
ORDER BY role.startEarliest, person;

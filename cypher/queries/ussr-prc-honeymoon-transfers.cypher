// question: What did the Soviet Union give the Chinese Communists, from the civil war to the 1950s honeymoon of the alliance?
// expect: amount = 300000000 where kind = 'loan' and start = '1950-02-14' (article body, section birth)
// expect: amount = 12284 where unit = 'civilians' (note 84)
// expect: amount = 10000 where unit = 'military experts' (note 84)
// expect: amount = 3000000000 where kind = 'loan' and note = 85 (note 85)
// expect: amount = 156 where unit = 'factories' (note 86)
// expect: amount = 24000 where unit = 'sets of technical documents' (note 86)
// expect: amount = 11000 where unit = 'students' (note 87)
// expect: amount = 10000 where unit = 'specialists trained' (note 87)
//
// The flows from the USSR to the PRC, and before October 1949 to the CCP and its army, in date
// order: kind, amount and unit as the article counts them, the dollar figure, the endnote and the
// quote. From the Kwantung Army's arsenal of 1947 to the "unprecedented level of economic and
// military cooperation" of the 1950s that the split ended.
MATCH (f:Flow)-[:INVOLVES {role: 'giver'}]->(:Actor {id: 'ussr'})
MATCH (f)-[:INVOLVES {role: 'receiver'}]->(receiver:Actor)
WHERE EXISTS { (receiver)-[:ACTS_FOR*0..2]->(c:Actor) WHERE c.id IN ['prc', 'ccp'] }
RETURN receiver.id AS receiver, f.flowKind AS kind, f.amount AS amount, f.unit AS unit, f.usd AS usd,
       f.qualifier AS qualifier, f.start AS start, f.end AS end, f.note AS note, f.quote AS quote, f.id AS fact
ORDER BY f.startEarliest, f.amount IS NULL, f.amount DESC;

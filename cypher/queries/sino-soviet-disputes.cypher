// question: Over what did Moscow and Beijing quarrel, from the Korean War to the split?
// expect: start = '1950-10' where note = 27 (note 27)
// expect: start = '1957' where note = 12 (note 12)
// expect: start = '1958' where note = 89 (note 89)
//
// Every dispute between the USSR and the PRC (or the CCP before it) in date order, with its topic,
// severity, endnote, quote and any caveat: Soviet air support on the eve of China's entry into the
// war (note 27), the "younger brother" of the war years, Mao's "two bitter fruits" told to Gromyko
// in 1957 (note 12), and the rivalry over building communism after the Great Leap Forward of 1958
// (note 89) that "created a wedge between the two Socialist giants".
MATCH (d:Dyad) WHERE d.id IN ['prc/ussr', 'ccp/ussr']
MATCH (d)<-[:CONCERNS]-(f:Dispute)
WITH DISTINCT f
RETURN f.start AS start, f.end AS end, f.topic AS topic, f.severity AS severity, f.note AS note, f.quote AS quote,
       f.caveat AS caveat, f.id AS fact
ORDER BY f.startEarliest, f.endLatest, fact;

// question: Which East European states took in North Korean orphans during the war, and how many each?
// expect: orphans = 610 where host = 'gdr' (note 71)
// expect: orphans = 500 where host = 'romania' (note 71)
// expect: orphans = 200 where host = 'bulgaria' (note 71)
// expect: orphans = 200 where host = 'hungary' (note 71)
// expect: orphans = 200 where host = 'poland' (note 71)
// expect: orphans = 1710 where host = 'east-european-countries' (note 71)
// expect: orphans = 22000 where host = 'prc' (note 71)
// expect: qualifier = 'more than' where host = 'prc' (note 71)
//
// Which East European states took in North Korean orphans during the war, and how many each
// (note 71: East Germany 610, Romania 500, Bulgaria, Hungary and Poland 200 each, 1,710 in all;
// China more than 22,000 after the war).
MATCH (f:Flow {flowKind: 'orphans'})-[:INVOLVES {role: 'receiver'}]->(host:Actor)
RETURN host.id AS host, f.amount AS orphans, f.qualifier AS qualifier, f.start AS start, f.end AS end, f.note AS note,
       [(f)-[:AGGREGATES]->(part) | part.id] AS breaksDownInto
ORDER BY f.amount DESC;

// question: How did the DPRK's relations with each East European state run, period by period?
// expect: from = 1950 where state = 'gdr' (note 71)
// expect: status = 'frozen' where state = 'hungary' and from = 1956 (note 111)
// expect: status = 'crisis' where state = 'bulgaria' and from = 1962 (note 112)
// expect: to = 1967 where state = 'bulgaria' and status = 'crisis' (note 112)
// expect: status = 'close' where state = 'romania' and from = 1962 (article body, section divergence)
//
// For each member of the article's "East European countries", the years in which facts speak of
// its tie with the DPRK, joined into periods of one status (a gap in the years starts a new
// period), with the number of facts and the endnotes each period rests on. The article's "rug,
// with patches, holes, and disputes": Hungarian relations "nearly came to a standstill" after 1956, the Bulgarian crisis
// of 1962 ran until normalization began in 1968, and Romania stayed "relatively close".
MATCH (state:Actor)-[:MEMBER_OF]->(:Actor {id: 'east-european-countries'})
MATCH (:Actor {id: 'dprk'})<-[:SIDE]-(d:Dyad)-[:SIDE]->(state)
MATCH (:Actor {id: 'dprk'})-[t:TIE]-(state)
WITH state, d, t ORDER BY t.year
WITH state, d, collect(t) AS ties
WITH state, d, reduce(runs = [], t IN ties |
       CASE WHEN size(runs) > 0 AND last(runs).status = t.status AND last(runs).to = t.year - 1
            THEN runs[..-1] + [{from: last(runs).from, to: t.year, status: t.status}]
            ELSE runs + [{from: t.year, to: t.year, status: t.status}] END) AS runs
UNWIND runs AS run
WITH state, d, run, date({year: run.from, month: 1, day: 1}) AS first, date({year: run.to, month: 12, day: 31}) AS last
RETURN state.id AS state, run.from AS from, run.to AS to, run.status AS status,
       COUNT { MATCH (d)<-[:CONCERNS]-(f:Fact) WHERE f.startEarliest <= last AND f.endLatest >= first } AS facts,
       COLLECT { MATCH (d)<-[:CONCERNS]-(f:Fact) WHERE f.startEarliest <= last AND f.endLatest >= first AND f.note IS NOT NULL
                 RETURN DISTINCT f.note AS note ORDER BY note } AS notes
ORDER BY state, from;

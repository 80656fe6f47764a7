// question: What were all the bilateral relations in a given year, as the article judges them?
// param: year = 1956
// expect: status = 'frozen' where dyad = 'dprk/hungary' (note 111)
// expect: status = 'strained' where dyad = 'dprk/prc' (note 79)
// expect: status = 'allied' where dyad = 'prc/ussr' (note 84)
//
// A year slice: every pair of actors that some fact of that year concerns, with the status in
// force longest that year (unknown where the article gives no judgment), every status of the year
// in order, whether that status certainly covers the year, how many facts count, and the index
// (blank where no scored fact counts). The DPRK's ties first. In 1956: the August Plenum, Mao's
// "Kim Il Sung has issues with us", Hungary's uprising, and the Sino-Soviet honeymoon still on.
MATCH (a:Actor)-[t:TIE {year: $year}]->(b:Actor)
RETURN t.dyad AS dyad, a.short AS sideA, b.short AS sideB, t.status AS status, t.statuses AS statuses,
       t.certain AS certain, t.facts AS facts, t.integration AS integration, t.divergence AS divergence, t.net AS net
ORDER BY CASE WHEN 'dprk' IN [a.id, b.id] THEN 0 ELSE 1 END, facts DESC, dyad;

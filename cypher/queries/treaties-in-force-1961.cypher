// question: Which treaties involving the DPRK were in force in 1961, according to the article?
// expect: start = '1960' where note = 114 (note 114)
// expect: rows = 2 where note = 114 (note 114)
// expect: start = '1953-07-27' where note = 2 (note 2)
//
// The treaties involving the DPRK in force in 1961 according to the article, with their caveats:
// it dates the friendship treaties with the USSR and the PRC to 1960 (they were signed in July 1961,
// the common record's date beside it as recordStart).
MATCH (f:Treaty)-[:CONCERNS]->(d:Dyad)
WHERE (d.a = 'dprk' OR d.b = 'dprk')
  AND f.startEarliest <= date('1961-12-31') AND (f.endLatest IS NULL OR f.endLatest >= date('1961-01-01'))
WITH DISTINCT f
RETURN f.name AS treaty, f.signed AS signed, f.start AS start, f.recordStart AS recordStart, f.end AS end,
       f.obligations AS obligations, f.recordObligations AS recordObligations,
       f.note AS note, f.caveat AS caveat
ORDER BY f.startEarliest;

// question: When did China and the DPRK recall their ambassadors, and when did relations normalize?
// expect: what = 'recall' where start = '1966' (article body, section divergence)
// expect: what = 'normal' where type = 'relation' (article body, section divergence)
//
// When did China and the DPRK recall their ambassadors, and when did relations normalize? The
// article: relations "deteriorated to the point where each side recalled its ambassadors in 1966",
// and "did not normalize until the end of the decade".
MATCH (:Dyad {id: 'dprk/prc'})<-[:CONCERNS]-(f:Fact)
WHERE f.startEarliest >= date('1965-01-01') AND f.startEarliest <= date('1972-12-31')
  AND (f:Relation OR f.eventKind IN ['recall', 'expulsion'])
RETURN f.start AS start, f.end AS end, f.type AS type, coalesce(f.status, f.eventKind) AS what, f.quote AS quote,
       f.caveat AS caveat
ORDER BY f.startEarliest;

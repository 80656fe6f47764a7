// question: In which of two years was a pair of actors more integrated, by the index, and how did the article judge each year?
// param: a = 'dprk'
// param: b = 'ussr'
// param: earlier = 1955
// param: later = 1963
// expect: statusLater = 'frozen' (article body, section divergence)
// expect: higherNet = 1955 (article body, section aftereffects)
//
// The integration index of one pair (two actor ids, in either order) in two years: the article's
// status of each year beside the integration and divergence scores and their net, and the year
// with the higher net (blank when either year has no scored evidence). The index is computed from
// the facts alone, never from the article's judgments, so the status is its check. For DPRK-USSR:
// the Three-Year Plan of 1954-1956, "the height of the country's economic integration", against
// relations that "virtually froze between 1962 and 1964". Try prc and ussr in 1951 and 1965.
MATCH (x:Actor {id: $a})-[t1:TIE {year: $earlier}]-(y:Actor {id: $b})
MATCH (x)-[t2:TIE {year: $later}]-(y)
RETURN t1.dyad AS dyad,
       $earlier AS earlier, t1.status AS statusEarlier, t1.integration AS integrationEarlier,
       t1.divergence AS divergenceEarlier, t1.net AS netEarlier,
       $later AS later, t2.status AS statusLater, t2.integration AS integrationLater,
       t2.divergence AS divergenceLater, t2.net AS netLater,
       CASE WHEN t1.net IS NULL OR t2.net IS NULL THEN null WHEN t1.net > t2.net THEN $earlier
            WHEN t2.net > t1.net THEN $later END AS higherNet;

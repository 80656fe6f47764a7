// question: How did the DPRK's tie with a partner stand year by year?
// param: partner = 'ussr'
// param: from = 1945
// param: to = 1972
// expect: status = 'allied' where year = 1950 (article body, section support)
// expect: status = 'strained' where year = 1952 (article body, section armistice)
// expect: status = 'frozen' where year = 1962 (article body, section divergence)
// expect: status = 'frozen' where year = 1964 (article body, section divergence)
//
// The yearly tie between the DPRK and one partner (an actor id: 'ussr', 'prc', 'bulgaria', 'gdr',
// 'hungary', 'romania', 'rok', 'usa', 'japan'...): the status in force longest, all statuses of the
// year, whether that status certainly covers the year, the number of facts, and the index. Years
// in which no fact speaks of the pair are left out: the article's silence is not a relation.
// For the USSR: the "Soviet–North Korean alliance" of 1950, "tensions in the alliance" over the
// prisoners in 1952, and relations that "virtually froze between 1962 and 1964".
MATCH (:Actor {id: 'dprk'})-[t:TIE]-(:Actor {id: $partner})
WHERE t.year >= $from AND t.year <= $to
RETURN t.year AS year, t.status AS status, t.statuses AS statuses, t.certain AS certain, t.facts AS facts,
       t.integration AS integration, t.divergence AS divergence, t.net AS net
ORDER BY year;

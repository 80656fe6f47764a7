// question: How did the index of a pair of actors run over the years, and does its sign agree with the article's judgment?
// param: a = 'prc'
// param: b = 'ussr'
// param: from = 1949
// param: to = 1972
// expect: status = 'allied' where year = 1951 (note 41)
// expect: netSign = 'positive' where year = 1951 (note 41)
// expect: status = 'strained' where year = 1960 (note 92)
// expect: netSign = 'negative' where year = 1965 (article body, section divergence)
//
// The yearly integration and divergence scores of one pair (two actor ids, in either order) and
// their net, its sign, and the article's status with the sign that status has on the scale
// (allied, close, normal positive; cool neutral; the rest negative), so that each year shows
// whether the index agrees with the article. For Moscow and Beijing: the concerted wartime
// alliance (note 41), the "deepening Sino-Soviet conflict" of 1960 (note 92), and the "bitter
// dispute" of the 1960s. Years without a scored fact have a blank net: silence is not a zero.
MATCH (:Actor {id: $a})-[t:TIE]-(:Actor {id: $b})
WHERE t.year >= $from AND t.year <= $to
RETURN t.year AS year, t.status AS status,
       CASE WHEN t.status IN ['allied', 'close', 'normal'] THEN 'positive' WHEN t.status = 'cool' THEN 'neutral'
            WHEN t.status IN ['strained', 'frozen', 'crisis', 'hostile'] THEN 'negative' END AS statusSign,
       t.integration AS integration, t.divergence AS divergence, t.net AS net,
       CASE WHEN t.net > 0 THEN 'positive' WHEN t.net < 0 THEN 'negative' WHEN t.net = 0 THEN 'neutral' END AS netSign
ORDER BY year;

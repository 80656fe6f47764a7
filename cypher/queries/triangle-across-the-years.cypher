// question: How did the Sino-Soviet-DPRK triangle change from year to year, and with whom did the DPRK side?
// param: from = 1949
// param: to = 1972
// expect: alignedWith = 'both' where year = 1951 (note 27)
// expect: dprkUssr = 'frozen' where year = 1963 (article body, section divergence)
// expect: dprkPrc = 'close' where year = 1963 (article body, section divergence)
// expect: alignedWith = 'prc' where year = 1963 (article body, section divergence)
// expect: alignedWith = 'ussr' where year = 1967 (article body, section divergence)
//
// One row a year: the status of each side of the triangle (blank where no fact speaks of that
// pair that year), whether the triangle is balanced (the product of the sides' signs is positive:
// allied, close and normal count as positive, cool as neutral, the rest as negative; blank when a
// side is neutral or unknown), and whom the DPRK stood with: 'both', 'prc', 'ussr' or 'neither' (blank when a side is cool or unknown).
// The article: "In the 1960s, North Korea first sided with China and then with the Soviet Union."
UNWIND range($from, $to) AS year
OPTIONAL MATCH (:Actor {id: 'dprk'})-[du:TIE {year: year}]->(:Actor {id: 'ussr'})
OPTIONAL MATCH (:Actor {id: 'dprk'})-[dp:TIE {year: year}]->(:Actor {id: 'prc'})
OPTIONAL MATCH (:Actor {id: 'prc'})-[pu:TIE {year: year}]->(:Actor {id: 'ussr'})
WITH year, du.status AS dprkUssr, dp.status AS dprkPrc, pu.status AS prcUssr
WITH year, dprkUssr, dprkPrc, prcUssr,
     [status IN [dprkUssr, dprkPrc, prcUssr] |
       CASE WHEN status IN ['allied', 'close', 'normal'] THEN 1 WHEN status = 'cool' THEN 0
            WHEN status IN ['strained', 'frozen', 'crisis', 'hostile'] THEN -1 END] AS signs
RETURN year, dprkUssr, dprkPrc, prcUssr,
       CASE WHEN any(s IN signs WHERE s IS NULL OR s = 0) THEN null ELSE signs[0] * signs[1] * signs[2] > 0 END AS balanced,
       CASE WHEN signs[0] = 1 AND signs[1] = 1 THEN 'both'
            WHEN signs[0] = -1 AND signs[1] = 1 THEN 'prc'
            WHEN signs[0] = 1 AND signs[1] = -1 THEN 'ussr'
            WHEN signs[0] = -1 AND signs[1] = -1 THEN 'neither' END AS alignedWith
ORDER BY year;

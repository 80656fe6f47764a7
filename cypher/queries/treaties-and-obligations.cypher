// question: Which treaties does the article name, between whom, when, and with what obligations?
// expect: signed = '1950-02-14' where parties = ['prc', 'ussr'] and defense = true (article body, section birth)
// expect: signed = '1951-08-01' where note = 40 (note 40)
// expect: defense = true where parties = ['dprk', 'ussr'] and signed = '1960' (note 114)
// expect: defense = true where parties = ['dprk', 'prc'] and signed = '1960' (note 114)
//
// Every treaty in the graph, in order of coming into force: its parties, signing date, period in
// force, its obligations in ATOP's terms as the article gives them (defense is true where they
// include a defense obligation) and its terms in words, the common record's date and further
// obligations where they differ from the article's, the endnote and the caveat. The article dates
// the friendship treaties with Moscow and Beijing to 1960, "guaranteeing the DPRK's security"
// (note 114); they were signed in July 1961.
MATCH (f:Treaty)
RETURN f.name AS treaty,
       COLLECT { MATCH (f)-[:INVOLVES {role: 'party'}]->(p:Actor) RETURN p.id ORDER BY p.id } AS parties,
       f.signed AS signed, f.start AS start, f.end AS end, f.obligations AS obligations,
       'defense' IN coalesce(f.obligations, []) AS defense, f.terms AS terms, f.recordStart AS recordStart,
       f.recordObligations AS recordObligations, f.note AS note, f.caveat AS caveat
ORDER BY f.startEarliest, treaty;

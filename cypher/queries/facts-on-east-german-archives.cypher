// question: Which facts rest on East German archives, and on which documents?
// expect: documentDate = '1964-01-15' where note = 99 (note 99)
// expect: documentDate = '1966-05-02' where note = 110 (note 110)
// expect: documentDate = '1972-03' where note = 83 (note 83)
//
// The facts that rest on East German archives: fact, endnote, document and its date, for every
// document of the Political Archive of the (GDR) Foreign Ministry, PA MfAA.
MATCH (f:Fact)-[:EVIDENCE]->(n:Note)-[:CITES]->(doc:Document)-[:HELD_IN]->(:Archive {id: 'pa-mfaa'})
// A fact may quote one note twice: one row for each fact, note and document.
WITH DISTINCT f, n, doc
RETURN n.number AS note, doc.date AS documentDate, doc.title AS document, f.id AS fact, f.start AS start
ORDER BY note, fact;

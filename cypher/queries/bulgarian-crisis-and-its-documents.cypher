// question: Which archival documents stand behind the DPRK-Bulgaria crisis of 1962-1968?
// expect: documentDate = '1962-09-05' where note = 112 and archive = 'AMVRB' (note 112)
// expect: documentDate = '1969-01-28' where note = 112 and archive = 'AMVRB' (note 112)
// expect: start = '1962' where type = 'dispute' and note = 112 (note 112)
//
// The DPRK-Bulgaria crisis of 1962-1968 and the archival documents behind it: each fact, its
// endnote, and the documents that note cites with their archive (note 112: the Bulgarian Foreign
// Ministry's notes on the incident with the four students, 1962, and its embassy's report of 1969).
MATCH (:Dyad {id: 'bulgaria/dprk'})<-[:CONCERNS]-(f:Fact) WHERE f.startEarliest >= date('1962-01-01')
OPTIONAL MATCH (f)-[:EVIDENCE]->(n:Note)-[:CITES]->(doc:Document)
OPTIONAL MATCH (doc)-[:HELD_IN]->(archive:Archive)
// A fact may quote one note twice: one row for each fact, note and document.
WITH DISTINCT f, n, doc, archive
RETURN f.start AS start, f.type AS type, f.summary AS summary, n.number AS note, doc.date AS documentDate,
       doc.title AS document, archive.short AS archive
ORDER BY f.startEarliest, f.id, documentDate;

// question: Which documents of an archive does the article cite, in which endnotes, and through which works?
// param: archive = 'aprf'
// expect: documentDate = '1949-04-17' where note = 21 (note 21)
// expect: citedIn = 'A. V. Torkunov' where note = 21 (note 21)
// expect: documentDate = '1953-03-29' where note = 62 (note 62)
// expect: references = 'fond 3, opis 1, delo 329' where note = 49 (note 49)
//
// The documents held in one archive (its id: 'aprf', 'avprf', 'rgani', 'cfma', 'amvrb', 'pa-mfaa',
// 'anic'), in date order (a quarter sorts at its first month): title, references (fond, opis, delo...), each endnote that cites it,
// the secondary work through which the article knows it ("cited in"), the collection that
// republished it, and how many facts rest on that note. Most of the Russian Presidential Archive
// (APRF) comes to the article through A. V. Torkunov's book.
MATCH (doc:Document)-[:HELD_IN]->(:Archive {id: $archive})
MATCH (n:Note)-[:CITES]->(doc)
OPTIONAL MATCH (doc)-[:CITED_IN]->(via:Work)
OPTIONAL MATCH (doc)-[:REPUBLISHED_IN]->(collection:Archive)
RETURN doc.date AS documentDate, doc.title AS document, doc.references AS references, n.number AS note,
       via.author AS citedIn, collection.short AS republishedIn,
       COUNT { MATCH (f:Fact)-[:EVIDENCE]->(n) RETURN DISTINCT f } AS facts
ORDER BY reduce(d = documentDate, q IN [['Q1', '01'], ['Q2', '04'], ['Q3', '07'], ['Q4', '10']] | replace(d, q[0], q[1])),
         note, document;

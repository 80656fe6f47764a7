// The facts that rest on East German archives: fact, endnote, document and its date, for every
// document of the Political Archive of the (GDR) Foreign Ministry, PA MfAA.
MATCH (f:Fact)-[:EVIDENCE]->(n:Note)-[:CITES]->(doc:Document)-[:HELD_IN]->(:Archive {id: 'pa-mfaa'})
RETURN n.number AS note, doc.date AS documentDate, doc.title AS document, f.id AS fact, f.start AS start
ORDER BY note, fact;

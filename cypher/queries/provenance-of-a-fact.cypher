// question: On what does a fact rest: which passage, endnote, archival document and archive?
// param: fact = 'flow-prc-dprk-interest-free-loan-1958'
// expect: note = 91 (note 91)
// expect: archive = 'CFMA' (note 91)
// expect: references = '204-00614-02' (note 91)
// expect: documentDate = '1958-05-05' (note 91)
//
// Two-tier provenance of one fact (by its id): each piece of evidence (the quote, the endnote or
// the section when the passage has none), what that note cites (a secondary work, or an archival
// document with its date and references), the archive that holds the document, the work it is
// known through ("cited in") and the collection that republished it. China's interest-free loan
// of 1958 rests on note 91, which cites a document of the Chinese Foreign Ministry Archive.
MATCH (f:Fact {id: $fact})-[e:EVIDENCE]->(place)
OPTIONAL MATCH (place:Note)-[:CITES]->(cited)
OPTIONAL MATCH (cited:Document)-[:HELD_IN]->(archive:Archive)
OPTIONAL MATCH (cited:Document)-[:CITED_IN]->(via:Work)
OPTIONAL MATCH (cited:Document)-[:REPUBLISHED_IN]->(collection:Archive)
RETURN f.id AS fact, e.quote AS quote, e.primary AS primary, place.number AS note,
       CASE WHEN place:Section THEN place.title END AS section,
       CASE WHEN cited:Work THEN 'work' WHEN cited:Document THEN 'document' END AS cites,
       coalesce(cited.title, cited.id) AS title, cited.author AS author, cited.date AS documentDate,
       cited.references AS references, archive.short AS archive, via.author AS citedIn, collection.short AS republishedIn
ORDER BY primary DESC, note, documentDate, title;

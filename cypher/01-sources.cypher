// Alliance Graph: the dataset and the source it is built from, with the source's sections and
// endnotes. The article's text is not reproduced: facts carry quotes of at most 25 words.

MERGE (d:Dataset {id: 'alliance-graph'})
SET d += {
  title: 'Alliance Graph: North Korea\'s alliances, 1945 to the early 1970s',
  version: '0.2.0',
  released: date('2026-11-28'),
  license: 'CC-BY-4.0 (the data; quotes remain the source\'s)'
};

MERGE (s:Source {id: 'agov-2013'})
SET s += {
  kind: 'journal article',
  author: 'Avram Agov',
  title: 'North Korea\'s Alliances and the Unfinished Korean War',
  journal: 'Journal of Korean Studies',
  volume: 18, issue: 2, season: 'Fall', year: 2013, pages: '225-262',
  publisher: 'Duke University Press',
  doi: '10.1353/jks.2013.0020',
  citation: 'Avram Agov, "North Korea\'s Alliances and the Unfinished Korean War," Journal of Korean Studies 18, no. 2 (Fall 2013): 225-262, https://doi.org/10.1353/jks.2013.0020',
  notes: 114,
  // The article's own frame: "relationships with the Socialist alliance system between 1945 and
  // the early 1970s". Its narrative dates nothing after 1972 but a few look-aheads (1975, 1991,
  // 2012), which stand as facts of their own. A fact the article leaves open ends here.
  coverage: 'between 1945 and the early 1970s',
  coverageFrom: 1945,
  coverageTo: 1972
}
WITH s
MATCH (d:Dataset {id: 'alliance-graph'})
MERGE (d)-[:BUILT_FROM]->(s);

// The article's sections in reading order, with the endnotes whose markers stand in each.
// The text has no page numbers, so evidence is located by endnote, else by section.
UNWIND [
  {key: 'intro', order: 1, title: '(untitled introduction)', notesFrom: 1, notesTo: 5},
  {key: 'birth', order: 2, title: 'THE BIRTH OF A SOCIALIST ALLIANCE SYSTEM', notesFrom: 6, notesTo: 16},
  {key: 'support', order: 3, title: 'SOVIET AND CHINESE SUPPORT TO NORTH KOREA', notesFrom: 17, notesTo: 41},
  {key: 'armistice', order: 4, title: 'NEGOTIATING THE ARMISTICE: TALKING WHILE FIGHTING', notesFrom: 42, notesTo: 66},
  {key: 'aftereffects', order: 5, title: 'AFTEREFFECTS OF THE WAR', notesFrom: 67, notesTo: 73},
  {key: 'divergence', order: 6, title: 'DIVERGENCE AND THE EVOLUTION OF THE ALLIANCE SYSTEM IN THE 1950s AND 1960s', notesFrom: 74, notesTo: 114},
  {key: 'conclusion', order: 7, title: 'CONCLUSION', notesFrom: null, notesTo: null}
] AS row
MATCH (s:Source {id: 'agov-2013'})
MERGE (section:Section {id: 'agov-2013/' + row.key})
SET section += row
MERGE (section)-[:PART_OF]->(s)
WITH section, row
UNWIND CASE WHEN row.notesFrom IS NULL THEN [] ELSE range(row.notesFrom, row.notesTo) END AS number
MERGE (n:Note {id: 'agov-2013/n' + number})
SET n.number = number, n.source = 'agov-2013', n.section = row.key
MERGE (n)-[:IN]->(section);

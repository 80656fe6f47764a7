// Alliance Graph: schema. Constraints first, so that every MERGE below finds its node by index.
// Every lookup the service makes has a constraint or an index here.

CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT work_id IF NOT EXISTS FOR (w:Work) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT archive_id IF NOT EXISTS FOR (a:Archive) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT retired_id IF NOT EXISTS FOR (r:Retired) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT dyad_id IF NOT EXISTS FOR (d:Dyad) REQUIRE d.id IS UNIQUE;

// "Relations in year Y" selects facts by the earliest and latest day their period can mean.
CREATE INDEX fact_start_earliest IF NOT EXISTS FOR (f:Fact) ON (f.startEarliest);
CREATE INDEX fact_end_latest IF NOT EXISTS FOR (f:Fact) ON (f.endLatest);
CREATE INDEX fact_type IF NOT EXISTS FOR (f:Fact) ON (f.type);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX note_number IF NOT EXISTS FOR (n:Note) ON (n.number);
CREATE INDEX tie_year IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.year);

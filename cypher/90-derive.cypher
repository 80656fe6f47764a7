// Alliance Graph: derived structure. Runs after every data script and rebuilds what follows from
// the facts' own properties: native dates, the links to actors and evidence, dyads and the yearly
// state-to-state ties that Neo4j Browser draws. It only reads what the data scripts wrote, so it
// can run again at any time with the same result.

// 1. A fact's type follows its label; a single date is both start and end.
MATCH (f:Fact)
SET f.type = CASE
      WHEN f:Role THEN 'role' WHEN f:Treaty THEN 'treaty' WHEN f:Flow THEN 'flow'
      WHEN f:Dispute THEN 'dispute' WHEN f:Event THEN 'event' WHEN f:Relation THEN 'relation'
      WHEN f:Claim THEN 'claim' END,
    f.end = coalesce(f.end, f.start),
    // The common record's date, where a caveat gives it (recordStart/recordEnd), follows the same
    // rule: a record start without a record end is a single date when the article's is.
    f.recordEnd = CASE WHEN f.recordStart IS NOT NULL AND f.recordEnd IS NULL AND coalesce(f.end, f.start) = f.start
                       THEN f.recordStart ELSE f.recordEnd END,
    f.certainty = coalesce(f.certainty, 'stated'),
    f.source = coalesce(f.source, 'agov-2013');

// 2. Dates. Each bound is written as the source states it: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD',
// 'YYYY-Qn', 'YYYY-spring|summer|autumn|winter' (winter runs into the next year), 'YYY0s' for a
// decade, or '..' for open. It becomes the earliest and the latest day it can mean, with its
// precision. A text that is not a valid date gets precision 'invalid' and no dates (validate
// reports it).
MATCH (x) WHERE (x:Fact OR x:Actor) AND (x.start IS NOT NULL OR x.end IS NOT NULL)
UNWIND [['start', x.start], ['end', x.end]]
       + CASE WHEN x.recordStart IS NULL THEN [] ELSE [['recordStart', x.recordStart]] END
       + CASE WHEN x.recordEnd IS NULL THEN [] ELSE [['recordEnd', x.recordEnd]] END AS bound
WITH x, bound[0] AS which, bound[1] AS t
WITH x, which, t,
     CASE
       WHEN t IS NULL OR t = '..' THEN 'open'
       WHEN t =~ '\\d{4}' THEN 'year'
       WHEN t =~ '\\d{4}-(0[1-9]|1[0-2])' THEN 'month'
       WHEN t =~ '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])' THEN 'day'
       WHEN t =~ '\\d{4}-Q[1-4]' THEN 'quarter'
       WHEN t =~ '\\d{4}-(spring|summer|autumn|winter)' THEN 'season'
       WHEN t =~ '\\d{3}0s' THEN 'decade'
       ELSE 'invalid' END AS precision
WITH x, which, t, precision,
     CASE WHEN precision IN ['open', 'invalid'] THEN null ELSE toInteger(left(t, 4)) END AS y,
     CASE WHEN precision IN ['month', 'day'] THEN toInteger(substring(t, 5, 2))
          WHEN precision = 'quarter' THEN 3 * toInteger(right(t, 1)) - 2
          WHEN precision = 'season' THEN
            CASE substring(t, 5) WHEN 'spring' THEN 3 WHEN 'summer' THEN 6 WHEN 'autumn' THEN 9 ELSE 12 END
          ELSE 1 END AS m
WITH x, which, t, precision, y, m,
     CASE precision
       WHEN 'year' THEN [date({year: y}), date({year: y, month: 12, day: 31})]
       WHEN 'month' THEN [date({year: y, month: m}), date({year: y, month: m}) + duration('P1M') - duration('P1D')]
       WHEN 'quarter' THEN [date({year: y, month: m}), date({year: y, month: m}) + duration('P3M') - duration('P1D')]
       WHEN 'season' THEN [date({year: y, month: m}), date({year: y, month: m}) + duration('P3M') - duration('P1D')]
       WHEN 'decade' THEN [date({year: y}), date({year: y + 9, month: 12, day: 31})]
       WHEN 'day' THEN
         CASE WHEN toInteger(right(t, 2)) <= (date({year: y, month: m}) + duration('P1M') - duration('P1D')).day
              THEN [date(t), date(t)] ELSE null END
       ELSE null END AS days
WITH x, which, CASE WHEN precision = 'day' AND days IS NULL THEN 'invalid' ELSE precision END AS precision, days
SET x += CASE which
  WHEN 'start' THEN {startEarliest: days[0], startLatest: days[1], startPrecision: precision}
  WHEN 'end' THEN {endEarliest: days[0], endLatest: days[1], endPrecision: precision}
  WHEN 'recordStart' THEN {recordStartEarliest: days[0], recordStartLatest: days[1], recordStartPrecision: precision}
  ELSE {recordEndEarliest: days[0], recordEndLatest: days[1], recordEndPrecision: precision} END;

// 2b. An open end runs to the end of its source's coverage (the article covers 1945 to the early
// 1970s, Source.coverageTo), not to the latest year any fact names: beyond its coverage the
// article does not say the fact still held. A fact that starts after the coverage and is left
// open ends with its start's year. The end itself stays '..' (endPrecision 'open').
MATCH (f:Fact) WHERE f.endPrecision = 'open'
MATCH (s:Source {id: f.source})
WITH f, CASE WHEN f.startLatest IS NOT NULL AND f.startLatest.year > s.coverageTo THEN f.startLatest.year
             ELSE s.coverageTo END AS lastYear
SET f.endLatest = date({year: lastYear, month: 12, day: 31});

// 3. Actors' names as look-up keys: lowercase ASCII letters and digits only, so that case,
// diacritics, apostrophes, hyphens and spaces are ignored.
MATCH (n:Name) DETACH DELETE n;

MATCH (a:Actor)
UNWIND [a.id, a.name, a.short] + coalesce(a.aliases, []) AS text
WITH a, text WHERE text IS NOT NULL
WITH a, reduce(s = toLower(text), pair IN [
       ['ŏ', 'o'], ['ŭ', 'u'], ['ō', 'o'], ['ū', 'u'], ['ö', 'o'], ['ü', 'u'], ['ä', 'a'], ['é', 'e'],
       ['è', 'e'], ['á', 'a'], ['à', 'a'], ['í', 'i'], ['ó', 'o'], ['ú', 'u'], ['ş', 's'], ['ș', 's'],
       ['ţ', 't'], ['ț', 't'], ['ă', 'a'], ['â', 'a'], ['î', 'i'], ['ñ', 'n'], ['ç', 'c'], ['č', 'c'],
       ['š', 's'], ['ž', 'z'], ['ř', 'r'], ['ě', 'e'], ['ý', 'y'], ['ś', 's'], ['ź', 'z'], ['ż', 'z'],
       ['ć', 'c'], ['ń', 'n'], ['ł', 'l']] | replace(s, pair[0], pair[1])) AS folded
WITH a, reduce(s = '', c IN split(folded, '') | s + CASE WHEN c =~ '[a-z0-9]' THEN c ELSE '' END) AS key
WHERE key <> ''
MERGE (n:Name {key: key})
MERGE (n)-[:NAMES]->(a);

// 4. The actors of each fact, by role. Roles other than 'mentioned' take part in the fact's dyads;
// a claim's actors ('about', role 'subject') are what its thesis is about, and a claim has no dyad.
MATCH (:Fact)-[r:INVOLVES]->() DELETE r;

MATCH (f:Fact)
UNWIND [pair IN [['holder', f.holder], ['organization', f.organization], ['host', f.host],
                 ['giver', f.giver], ['receiver', f.receiver]] WHERE pair[1] IS NOT NULL]
       + [id IN coalesce(f.parties, []) | ['party', id]]
       + [id IN coalesce(f.participants, []) | ['participant', id]]
       + [id IN coalesce(f.mentions, []) | ['mentioned', id]]
       + [id IN coalesce(f.about, []) | ['subject', id]] AS role
MATCH (a:Actor {id: role[1]})
MERGE (f)-[:INVOLVES {role: role[0]}]->(a);

// 5. Evidence: the quote, from the endnote that carries it, else from the section.
// alsoNotes/alsoQuotes add further evidence (note 0: the fact's section).
MATCH (:Fact)-[e:EVIDENCE {derived: true}]->() DELETE e;

MATCH (f:Fact)
UNWIND [[f.note, f.quote, true]] + [i IN range(0, size(coalesce(f.alsoQuotes, [])) - 1) |
        [CASE WHEN f.alsoNotes[i] = 0 THEN null ELSE f.alsoNotes[i] END, f.alsoQuotes[i], false]] AS evidence
WITH f, evidence WHERE evidence[1] IS NOT NULL
OPTIONAL MATCH (n:Note {id: f.source + '/n' + evidence[0]})
OPTIONAL MATCH (s:Section {id: f.source + '/' + f.section})
WITH f, evidence, coalesce(n, s) AS place WHERE place IS NOT NULL
MERGE (f)-[e:EVIDENCE {quote: evidence[1]}]->(place)
SET e.primary = evidence[2], e.derived = true;

// 6. Totals that the source also breaks down.
MATCH (:Fact)-[r:AGGREGATES]->() DELETE r;

MATCH (total:Fact) WHERE total.aggregateOf IS NOT NULL
UNWIND total.aggregateOf AS partId
MATCH (part:Fact {id: partId})
MERGE (total)-[:AGGREGATES]->(part);

// 6b. The article's argument: a claim rests on the facts it lists as its evidence (supportedBy).
MATCH (:Fact)-[r:SUPPORTED_BY]->() DELETE r;

MATCH (claim:Claim) WHERE claim.supportedBy IS NOT NULL
UNWIND claim.supportedBy AS factId
MATCH (fact:Fact {id: factId})
MERGE (claim)-[:SUPPORTED_BY]->(fact);

// 7. Dyads. Each actor of a fact stands for the top-level actor it acts for on the fact's start
// (a person for a state, the CCP for the PRC from October 1949). Flows pair giver with receiver,
// roles pair holder with host; other facts pair all their actors. A fact's own 'dyads' list
// ('a/b' ids) overrides the rule. A claim is the article's reading, not a tie between its actors:
// it concerns no dyad, so it never counts among a yearly tie's facts nor in the index.
MATCH (:Fact)-[r:CONCERNS]->() DELETE r;
MATCH (d:Dyad) DETACH DELETE d;
MATCH (f:Fact) REMOVE f.dyadIds;

MATCH (f:Fact)-[i:INVOLVES]->(a:Actor)
WHERE f.dyads IS NULL AND NOT f:Claim AND i.role <> 'mentioned' AND NOT (f:Role AND i.role = 'organization')
WITH f, i.role AS role, a, coalesce(f.startLatest, f.endEarliest, f.startEarliest) AS on
CALL {
  WITH a, on
  OPTIONAL MATCH path = (a)-[:ACTS_FOR*1..4]->(top:Actor)
  WHERE all(r IN relationships(path) WHERE (r.from IS NULL OR on IS NULL OR r.from <= on)
                                       AND (r.to IS NULL OR on IS NULL OR r.to >= on))
  WITH a, path, top ORDER BY length(path) DESC
  WITH a, head(collect(top)) AS top
  RETURN coalesce(top, a) AS side
}
WITH f, collect({role: role, side: side.id}) AS sides
WITH f, CASE WHEN f:Flow AND any(s IN sides WHERE s.role = 'giver')
             THEN [g IN sides WHERE g.role = 'giver' | g.side]
             WHEN f:Role THEN [h IN sides WHERE h.role = 'holder' | h.side]
             ELSE [s IN sides | s.side] END AS left,
        CASE WHEN f:Flow AND any(s IN sides WHERE s.role = 'giver')
             THEN [r IN sides WHERE r.role = 'receiver' | r.side]
             WHEN f:Role THEN [h IN sides WHERE h.role = 'host' | h.side]
             ELSE [s IN sides | s.side] END AS right
UNWIND left AS x
UNWIND right AS y
WITH f, x, y WHERE x <> y
// In id order, so that the list does not depend on the order in which the store hands out the links.
WITH DISTINCT f, CASE WHEN x < y THEN x + '/' + y ELSE y + '/' + x END AS id
ORDER BY id
WITH f, collect(id) AS ids
SET f.dyadIds = ids;

MATCH (f:Fact) WHERE f.dyads IS NOT NULL AND NOT f:Claim
SET f.dyadIds = [d IN f.dyads |
      CASE WHEN split(d, '/')[0] < split(d, '/')[1] THEN d ELSE split(d, '/')[1] + '/' + split(d, '/')[0] END];

MATCH (f:Fact) WHERE f.dyadIds IS NOT NULL
UNWIND f.dyadIds AS dyadId
WITH f, dyadId, split(dyadId, '/') AS ids
MATCH (a:Actor {id: ids[0]}), (b:Actor {id: ids[1]})
MERGE (d:Dyad {id: dyadId})
SET d.a = ids[0], d.b = ids[1]
MERGE (d)-[:SIDE]->(a)
MERGE (d)-[:SIDE]->(b)
MERGE (f)-[:CONCERNS]->(d);

// 8. Yearly ties: one TIE per dyad and year in which any of its facts counts, from the actor
// with the smaller id to the other, so that Browser can draw the triangle of any year. Its status
// is that of the relation fact in force longest that year (the source's judgment; 'unknown' when
// it gives none), statuses lists every state of the year in order, and certain says whether that
// fact certainly overlaps the year. Ties are broken by a later start, then by status name, and
// the statuses by certainty, then name: never by the order the store returns facts in. An open
// start runs from the first year of the data (an open end was closed at the source's coverage
// in step 2b).
MATCH ()-[t:TIE]->() DELETE t;

MATCH (f:Fact)
WITH min(coalesce(f.startEarliest, f.endEarliest)).year AS first,
     max(coalesce(f.endLatest, f.startLatest)).year AS last
MATCH (f:Fact)-[:CONCERNS]->(d:Dyad)
UNWIND range(coalesce(f.startEarliest.year, first), coalesce(f.endLatest.year, last)) AS year
WITH d, f, year, date({year: year}) AS jan1, date({year: year, month: 12, day: 31}) AS dec31
WITH d, year, f,
     (f.startLatest IS NULL OR f.startLatest <= dec31) AND (f.endEarliest IS NULL OR f.endEarliest >= jan1) AS certain,
     duration.inDays(
       CASE WHEN f.startEarliest IS NULL OR f.startEarliest < jan1 THEN jan1 ELSE f.startEarliest END,
       CASE WHEN f.endLatest IS NULL OR f.endLatest > dec31 THEN dec31 ELSE f.endLatest END).days + 1 AS days
WITH d, year, count(f) AS facts,
     collect(CASE WHEN f:Relation THEN {status: f.status, certain: certain, days: days, start: f.startEarliest} END) AS states
WITH d, year, facts, states,
     reduce(best = null, s IN states |
       CASE WHEN best IS NULL OR s.days > best.days OR (s.days = best.days AND s.certain AND NOT best.certain)
                 OR (s.days = best.days AND s.certain = best.certain AND s.start > best.start)
            OR (s.days = best.days AND s.certain = best.certain AND s.start = best.start AND s.status < best.status)
            THEN s ELSE best END) AS longest
CALL {
  WITH states
  UNWIND states AS s
  WITH s ORDER BY s.start, s.days DESC, s.certain DESC, s.status
  RETURN collect(s.status) AS ordered
}
MATCH (d)-[:SIDE]->(a:Actor {id: d.a}), (d)-[:SIDE]->(b:Actor {id: d.b})
CREATE (a)-[:TIE {
  year: year, dyad: d.id, status: coalesce(longest.status, 'unknown'),
  statuses: reduce(acc = [], s IN ordered | CASE WHEN s IN acc THEN acc ELSE acc + s END),
  certain: coalesce(longest.certain, true), facts: facts}]->(b);

// 9. Beside each TIE, the same year's status as a relationship type of its own (ALLIED, CLOSE,
// NORMAL, COOL, STRAINED, FROZEN, CRISIS, HOSTILE, UNKNOWN). Neo4j Browser colours relationships
// by type only, never by a property's value; with these, the product's style sheet draws each
// year of the triangle in the colour of its status. TIE stays the relationship that queries use.
MATCH ()-[s:ALLIED|CLOSE|NORMAL|COOL|STRAINED|FROZEN|CRISIS|HOSTILE|UNKNOWN]->() DELETE s;

MATCH (a:Actor)-[t:TIE]->(b:Actor)
CREATE (a)-[s:$(toUpper(t.status))]->(b)
SET s.year = t.year, s.dyad = t.dyad, s.status = t.status;

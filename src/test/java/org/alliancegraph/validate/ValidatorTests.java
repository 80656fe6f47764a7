package org.alliancegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.alliancegraph.TestGraph;
import org.alliancegraph.embedded.ScratchDatabase;
import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ScriptSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * For each rule, one fault planted in a small graph of its own: validate must name the fact and
 * the rule. The graph is the real schema, sources and derivation around a handful of facts.
 */
class ValidatorTests {

    static ScratchDatabase database;
    static Driver driver;

    /** A source text that holds the good fact's quote, and nothing else of note. */
    static final SourceText SOURCE = SourceText.of("In 1949 the Soviets “pulled North Korea further” into their sphere.");

    static final String ACTORS = """
            MERGE (a:Actor {id: 'ussr'}) SET a:State, a.name = 'Soviet Union', a.kind = 'state';
            MERGE (a:Actor {id: 'dprk'}) SET a:State, a.name = 'North Korea', a.kind = 'state';
            """;

    static final String GOOD = """
            MERGE (f:Fact {id: 'event-good'}) SET f:Event, f += {summary: 'ok', eventKind: 'decision', start: '1949',
              participants: ['ussr', 'dprk'], section: 'birth', note: 6, quote: 'the Soviets "pulled North Korea further"'};
            """;

    @BeforeAll
    static void start() {
        database = TestGraph.scratch();
        driver = TestGraph.scratchDriver();
    }

    /** Loads the real schema, sources and derivation around the given facts, in a fresh graph. */
    static Report validate(String facts) {
        database.database().executeTransactionally("MATCH (n) DETACH DELETE n");
        ScriptSet scripts = scripts(facts);
        database.load(scripts, line -> { });
        return new Validator(driver).validate(Optional.of(scripts), Optional.of(SOURCE));
    }

    static ScriptSet scripts(String facts) {
        try {
            return new ScriptSet("test", java.util.List.of(
                    script("00-schema.cypher"), script("01-sources.cypher"),
                    CypherScript.parse("10-actors.cypher", ACTORS), CypherScript.parse("20-facts.cypher", GOOD + facts),
                    script("90-derive.cypher")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CypherScript script(String name) throws IOException {
        return CypherScript.parse(name, Files.readString(Path.of("cypher", name)));
    }

    static String event(String id, String properties) {
        return "MERGE (f:Fact {id: '" + id + "'}) SET f:Event, f += {summary: 'x', eventKind: 'decision', "
                + "participants: ['ussr', 'dprk'], section: 'birth', note: 6, quote: 'the Soviets \"pulled North Korea further\"', "
                + properties + "};\n";
    }

    static void assertViolation(Report report, String factId, String rule) {
        assertThat(report.violations()).as(report.violations().toString())
                .anySatisfy(v -> {
                    assertThat(v.subject()).isEqualTo(factId);
                    assertThat(v.rule()).isEqualTo(rule);
                })
                .noneSatisfy(v -> assertThat(v.subject()).isEqualTo("event-good"));
    }

    @Test
    @DisplayName("a sound fact passes, with its quote matched in the source")
    void soundFact() {
        Report report = validate("");

        assertThat(report.violations()).isEmpty();
        assertThat(report.quotesMatched()).isEqualTo(1);
        assertThat(report.factsByType()).containsEntry("event", 1L);
    }

    @Test
    @DisplayName("source: a fact from an unknown source is rejected")
    void unknownSource() {
        assertViolation(validate(event("event-bad", "start: '1949', source: 'nowhere-1999'")), "event-bad", "source");
    }

    @Test
    @DisplayName("quote: a fact without a quote, or with one of more than 25 words, is rejected")
    void quotes() {
        Report report = validate("MERGE (f:Fact {id: 'event-unquoted'}) SET f:Event, f += {summary: 'x', eventKind: 'decision', "
                + "participants: ['ussr'], section: 'birth', start: '1949'};\n"
                + event("event-long", "start: '1949', alsoNotes: [6], alsoQuotes: ['"
                + "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                + "seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix']"));

        assertViolation(report, "event-unquoted", "quote");
        assertThat(report.of("quote")).anySatisfy(v -> {
            assertThat(v.subject()).isEqualTo("event-long");
            assertThat(v.detail()).contains("26 words");
        });
    }

    @Test
    @DisplayName("quote-in-source: a quote that is not in the source text is rejected")
    void quoteNotInSource() {
        Report report = validate("MERGE (f:Fact {id: 'event-invented'}) SET f:Event, f += {summary: 'x', eventKind: 'decision', "
                + "participants: ['ussr', 'dprk'], section: 'birth', start: '1949', quote: 'the Soviets pushed North Korea away'};\n");

        assertViolation(report, "event-invented", "quote-in-source");
        assertThat(report.quotesMatched()).isEqualTo(1);
        assertThat(report.quotes()).isEqualTo(2);
    }

    @Test
    @DisplayName("location: an unknown section or endnote is rejected")
    void location() {
        Report report = validate(event("event-nowhere", "start: '1949', section: 'epilogue'")
                + event("event-note", "start: '1949', note: 115"));

        assertViolation(report, "event-nowhere", "location");
        assertViolation(report, "event-note", "location");
    }

    @Test
    @DisplayName("dates: an invalid date, an impossible day, or a start after the end is rejected")
    void dates() {
        Report report = validate(event("event-month", "start: '1951-13'") + event("event-day", "start: '1951-02-30'")
                + event("event-backwards", "start: '1952', end: '1951'"));

        assertViolation(report, "event-month", "dates");
        assertViolation(report, "event-day", "dates");
        assertViolation(report, "event-backwards", "dates");
    }

    @Test
    @DisplayName("amount: a negative amount, or one without a unit, is rejected")
    void amounts() {
        String flow = "MERGE (f:Fact {id: '%s'}) SET f:Flow, f += {summary: 'x', flowKind: 'aid', giver: 'ussr', receiver: 'dprk', "
                + "section: 'birth', note: 6, quote: 'the Soviets \"pulled North Korea further\"', start: '1949', %s};\n";
        Report report = validate(flow.formatted("flow-negative", "amount: -5, unit: 'rubles'")
                + flow.formatted("flow-unitless", "amount: 5"));

        assertViolation(report, "flow-negative", "amount");
        assertViolation(report, "flow-unitless", "amount");
    }

    @Test
    @DisplayName("actors: a fact that names an actor the graph does not hold is rejected")
    void unknownActor() {
        assertViolation(validate(event("event-atlantis", "start: '1949', mentions: ['atlantis']")), "event-atlantis", "actors");
    }

    @Test
    @DisplayName("ids: an id defined twice in the scripts, or not lowercase and hyphenated, is rejected")
    void ids() {
        Report report = validate(event("event-twice", "start: '1949'") + event("event-twice", "start: '1950'")
                + event("Event_Upper", "start: '1949'"));

        assertViolation(report, "event-twice", "ids");
        assertViolation(report, "Event_Upper", "ids");
    }

    @Test
    @DisplayName("vocabulary: a relationship state outside the scale is rejected")
    void vocabulary() {
        Report report = validate("MERGE (f:Fact {id: 'relation-friendly'}) SET f:Relation, f += {summary: 'x', status: 'friendly', "
                + "parties: ['ussr', 'dprk'], section: 'birth', note: 6, quote: 'the Soviets \"pulled North Korea further\"', "
                + "start: '1949'};\n");

        assertViolation(report, "relation-friendly", "vocabulary");
    }

    @Test
    @DisplayName("record: the common record's date needs a caveat that gives the common record, and a valid date")
    void recordNeedsItsCaveat() {
        Report report = validate(event("event-record", "start: '1960', recordStart: '1961-07-06'")
                + event("event-record-other-caveat", "start: '1960', recordStart: '1961-07-06', caveat: 'signed 1961', "
                        + "caveatKind: 'date'")
                + event("event-record-bad-date", "start: '1960', recordStart: '1961-13', caveat: 'signed 1961 in the "
                        + "common record', caveatKind: 'common-record'")
                + event("event-record-ok", "start: '1960', recordStart: '1961-07-06', caveat: 'signed on 6 July 1961 "
                        + "(common record)', caveatKind: 'period'"));

        assertViolation(report, "event-record", "record");
        assertViolation(report, "event-record-other-caveat", "record");
        assertViolation(report, "event-record-bad-date", "record");
        assertThat(report.violations()).noneSatisfy(v -> assertThat(v.subject()).isEqualTo("event-record-ok"));
    }

    @Test
    @DisplayName("tone: a refusal scored as integration is rejected")
    void refusalIsNotIntegration() {
        assertViolation(validate(event("event-refused", "start: '1951', eventKind: 'refusal', tone: 'integration'")),
                "event-refused", "tone");
    }

    @Test
    @DisplayName("magnitude: \"thousands\" with ten thousand, or \"tens of thousands\" with one thousand, is rejected")
    void qualifierMagnitude() {
        Report report = validate("""
                MERGE (f:Fact {id: 'flow-tens'}) SET f:Flow, f += {summary: 'x', flowKind: 'troops', start: '1950',
                  giver: 'ussr', receiver: 'dprk', amount: 10000, unit: 'soldiers', qualifier: 'thousands',
                  section: 'birth', note: 6, quote: 'the Soviets "pulled North Korea further"'};
                MERGE (f:Fact {id: 'flow-thousand'}) SET f:Flow, f += {summary: 'x', flowKind: 'troops', start: '1950',
                  giver: 'ussr', receiver: 'dprk', amount: 1000, unit: 'soldiers', qualifier: 'tens of thousands',
                  section: 'birth', note: 6, quote: 'the Soviets "pulled North Korea further"'};
                """);

        assertViolation(report, "flow-tens", "magnitude");
        assertViolation(report, "flow-thousand", "magnitude");
    }

    @Test
    @DisplayName("duplicate: two roles of one holder on one day from the same report are one fact")
    void oneReportTwoRoles() {
        String role = """
                MERGE (f:Fact {id: '%s'}) SET f:Role, f += {summary: 'x', office: '%s', start: '1963-01-29',
                  holder: 'ussr', organization: 'ussr', section: 'birth', note: %d, quote: 'the Soviets "pulled North Korea further"'};
                """;
        Report report = validate(role.formatted("role-as-ambassador", "Ambassador", 6)
                + role.formatted("role-as-secretary", "First Secretary", 7) + """
                MERGE (d:Document {id: 'report-1963'}) WITH d
                MATCH (n:Note) WHERE n.id IN ['agov-2013/n6', 'agov-2013/n7'] MERGE (n)-[:CITES]->(d);
                """);

        assertViolation(report, "role-as-ambassador", "duplicate");
    }

    @Test
    @DisplayName("claim: a claim needs the facts that support it, and they exist; it concerns no dyad")
    void claims() {
        String claim = """
                MERGE (f:Fact {id: '%s'}) SET f:Claim, f += {summary: 'x', start: '1949', about: ['dprk'],
                  section: 'birth', quote: 'the Soviets "pulled North Korea further"', %s};
                """;
        Report report = validate(claim.formatted("claim-sound", "supportedBy: ['event-good']")
                + claim.formatted("claim-unsupported", "supportedBy: []")
                + claim.formatted("claim-on-nothing", "supportedBy: ['event-nowhere']")
                + claim.formatted("claim-a-tie", "supportedBy: ['event-good'], parties: ['ussr', 'dprk']")
                + claim.formatted("claim-unquoted", "supportedBy: ['event-good'], quote: 'the Soviets never came'")
                + event("event-supported", "start: '1949', supportedBy: ['event-good']"));

        assertViolation(report, "claim-unsupported", "claim");
        assertViolation(report, "claim-on-nothing", "claim");
        assertViolation(report, "claim-a-tie", "claim");
        assertViolation(report, "claim-unquoted", "quote-in-source");
        assertViolation(report, "event-supported", "claim");
        assertThat(report.violations()).noneSatisfy(v -> assertThat(v.subject()).isEqualTo("claim-sound"));
        assertThat(report.factsByType()).containsEntry("claim", 5L);
    }

    @Test
    @DisplayName("retired: a retired id that is still a fact, or that points at no fact, is rejected")
    void retiredIds() {
        Report report = validate("""
                MERGE (r:Retired {id: 'event-good'}) SET r += {version: '0.2.0', reason: 'merged'};
                MERGE (r:Retired {id: 'event-gone'}) SET r += {version: '0.2.0', reason: 'merged', replacedBy: 'event-nowhere'};
                """);

        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.subject()).isEqualTo("event-gone");
            assertThat(v.rule()).isEqualTo("retired");
        }).anySatisfy(v -> {
            assertThat(v.subject()).isEqualTo("event-good");
            assertThat(v.rule()).isEqualTo("retired");
        });
    }
}

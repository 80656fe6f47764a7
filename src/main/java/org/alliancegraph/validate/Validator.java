package org.alliancegraph.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.load.CypherScript;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.model.Status;
import org.alliancegraph.model.Vocabulary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Audits a loaded graph: every fact sourced, quoted (at most 25 words, found in the source when
 * its text is given), located (section, endnote), validly dated, with sound amounts, existing
 * actors, vocabulary terms and unique ids.
 */
public final class Validator {

    /** The longest quote allowed, in words. */
    public static final int MAX_QUOTE_WORDS = 25;

    private static final Pattern FACT_MERGE = Pattern.compile("MERGE\\s*\\(\\s*\\w+\\s*:\\s*Fact\\s*\\{\\s*id:\\s*'([^']*)'");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Driver driver;

    public Validator(Driver driver) {
        this.driver = driver;
    }

    /**
     * Runs every rule.
     *
     * @param scripts the scripts the graph was loaded from, to find ids defined twice; empty when
     *                auditing a server as it is
     * @param source  the source's text, to match every quote; empty to skip that rule
     */
    public Report validate(Optional<ScriptSet> scripts, Optional<SourceText> source) {
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            for (Record row : driver.executableQuery(rule.cypher).withParameters(parameters()).execute().records()) {
                violations.add(new Violation(row.get("id").asString("(no id)"), rule.label, row.get("detail").asString()));
            }
        }
        scripts.ifPresent(s -> violations.addAll(duplicateIds(s)));
        int[] matched = {0};
        List<Record> quotes = driver.executableQuery("""
                MATCH (f:Fact)
                UNWIND [f.quote] + coalesce(f.alsoQuotes, []) AS quote
                WITH f, quote WHERE quote IS NOT NULL
                RETURN f.id AS id, quote ORDER BY id
                """).execute().records();
        for (Record row : quotes) {
            String id = row.get("id").asString();
            String quote = row.get("quote").asString();
            int words = SourceText.words(quote);
            if (words > MAX_QUOTE_WORDS) {
                violations.add(new Violation(id, "quote", "the quote has " + words + " words, more than " + MAX_QUOTE_WORDS));
            }
            if (source.isPresent()) {
                if (source.get().contains(quote)) {
                    matched[0]++;
                } else {
                    violations.add(new Violation(id, "quote-in-source", "the quote is not in the source text: \""
                            + abbreviate(quote) + "\""));
                }
            }
        }
        return new Report(counts("MATCH (f:Fact) RETURN f.type AS key, count(*) AS n"),
                counts("MATCH (a:Actor) RETURN a.kind AS key, count(*) AS n"), quotes.size(),
                source.isPresent() ? matched[0] : -1, violations);
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", java.util.Arrays.stream(Status.values()).map(Status::label).toList());
        parameters.put("certainty", List.copyOf(Vocabulary.CERTAINTY));
        parameters.put("obligations", List.copyOf(Vocabulary.OBLIGATIONS));
        parameters.put("flowKinds", List.copyOf(Vocabulary.FLOW_KINDS));
        parameters.put("eventKinds", List.copyOf(Vocabulary.EVENT_KINDS));
        parameters.put("severity", List.copyOf(Vocabulary.SEVERITY));
        parameters.put("caveatKinds", List.copyOf(Vocabulary.CAVEAT_KINDS));
        parameters.put("qualifiers", List.copyOf(Vocabulary.QUALIFIERS));
        parameters.put("currencies", List.copyOf(Vocabulary.CURRENCIES));
        parameters.put("types", Vocabulary.FACT_TYPES);
        parameters.put("tones", List.copyOf(Vocabulary.TONES));
        return parameters;
    }

    private Map<String, Long> counts(String query) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery(query).execute().records()
                .forEach(r -> counts.put(r.get("key").asString("(none)"), r.get("n").asLong()));
        return counts;
    }

    /** Two MERGEs of one fact id merge silently into one node: only the scripts show it. */
    static List<Violation> duplicateIds(ScriptSet scripts) {
        Map<String, String> firstSeen = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (CypherScript script : scripts.scripts()) {
            for (CypherScript.Statement statement : script.statements()) {
                Matcher m = FACT_MERGE.matcher(statement.text());
                while (m.find()) {
                    String id = m.group(1);
                    String here = script.name() + ":" + statement.line();
                    String before = firstSeen.putIfAbsent(id, here);
                    if (before != null) {
                        violations.add(new Violation(id, "ids", "defined twice, at " + before + " and " + here));
                    }
                    if (!ID.matcher(id).matches()) {
                        violations.add(new Violation(id, "ids", "not a lowercase hyphenated id (" + here + ")"));
                    }
                }
            }
        }
        return violations;
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }
}

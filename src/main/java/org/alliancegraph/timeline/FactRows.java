package org.alliancegraph.timeline;

import java.util.List;
import java.util.Map;

import org.alliancegraph.model.YearRule;
import org.neo4j.driver.Value;

/** Reads facts as the queries of this package return them, one shape for every list. */
final class FactRows {

    /**
     * The projection of a fact {@code f} that {@link #summary} reads; {@code $certainOn} is a list
     * [jan1, dec31] of the year asked about, or null outside a year query.
     */
    static final String PROJECTION = """
            f {.id, .type, .summary, .start, .end, .startPrecision, .endPrecision, .recordStart, .recordEnd, .status,
               .claimant, .certainty,
               .caveat, .caveatKind, .source, .section, dyads: coalesce(f.dyadIds, []),
               certain: CASE WHEN $certainOn IS NULL THEN true ELSE %s END,
               evidence: [(f)-[e:EVIDENCE]->(p) | {note: p.number, section: coalesce(p.section, p.key),
                                                   quote: e.quote, primary: coalesce(e.primary, false)}]}"""
            .formatted(YearRule.certainlyIn("f", "$certainOn[0]", "$certainOn[1]"));

    /** Precisions from finest to coarsest. */
    private static final List<String> PRECISIONS = List.of("day", "month", "quarter", "season", "year", "decade", "open");

    private FactRows() {
    }

    static FactSummary summary(Value fact) {
        List<Evidence> evidence = fact.get("evidence").asList(e -> new Evidence(fact.get("source").asString(),
                        e.get("note").isNull() ? null : e.get("note").asInt(), e.get("section").asString(),
                        e.get("quote").asString()))
                .stream().toList();
        List<Boolean> primary = fact.get("evidence").asList(e -> e.get("primary").asBoolean());
        List<Evidence> ordered = new java.util.ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (primary.get(i)) {
                ordered.add(0, evidence.get(i));
            } else {
                ordered.add(evidence.get(i));
            }
        }
        String startPrecision = fact.get("startPrecision").asString("open");
        String endPrecision = fact.get("endPrecision").asString("open");
        return new FactSummary(fact.get("id").asString(), fact.get("type").asString(), fact.get("summary").asString(),
                fact.get("start").asString(), fact.get("end").asString(), coarser(startPrecision, endPrecision),
                startPrecision, endPrecision, fact.get("certain").asBoolean(), fact.get("status").asString(null),
                fact.get("claimant").asString(null), fact.get("certainty").asString("stated"),
                fact.get("caveat").asString(null), fact.get("caveatKind").asString(null),
                fact.get("dyads").asList(Value::asString), ordered, fact.get("recordStart").asString(null),
                fact.get("recordEnd").asString(null));
    }

    static String coarser(String a, String b) {
        return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
    }

    static Map<String, Object> noYear() {
        java.util.HashMap<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("certainOn", null);
        return parameters;
    }
}

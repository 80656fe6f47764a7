package org.alliancegraph.model;

import java.util.List;
import java.util.Set;

/**
 * The closed vocabularies of the data model (docs/data-model.md), in one place for the validator
 * and the services.
 */
public final class Vocabulary {

    /**
     * The fact types, as JSON shows them, with the label each has in the graph. A {@code claim} is
     * the article's own argument (a thesis, not an event), linked to the facts that support it; it
     * concerns no dyad and is never scored.
     */
    public static final List<String> FACT_TYPES = List.of("role", "treaty", "flow", "dispute", "event", "relation",
            "claim");

    public static final Set<String> CERTAINTY = Set.of("stated", "reported", "estimated", "speculated");

    /** ATOP's obligations, plus the cooperation and war-time terms the source needs. */
    public static final Set<String> OBLIGATIONS = Set.of("defense", "offense", "neutrality", "non-aggression",
            "consultation", "economic-cooperation", "military-cooperation", "joint-command", "ceasefire");

    public static final Set<String> FLOW_KINDS = Set.of("aid", "loan", "trade", "arms", "troops", "personnel",
            "specialists", "trainees", "students", "orphans", "grain", "gifts", "technology");

    public static final Set<String> EVENT_KINDS = Set.of("meeting", "visit", "speech", "statement", "decision",
            "operation", "publication", "congress", "recall", "expulsion", "refusal", "recognition", "split", "purge",
            "campaign", "casualties", "economic-output", "force-strength", "letter", "report", "negotiation",
            "election", "coup", "plenum", "uprising", "intervention", "founding", "death", "reform");

    public static final Set<String> SEVERITY = Set.of("minor", "major", "severe");

    public static final Set<String> CAVEAT_KINDS = Set.of("date", "arithmetic", "spelling", "citation", "period",
            "attribution", "interpretation", "contradicted", "common-record");

    public static final Set<String> QUALIFIERS = Set.of("exact", "about", "more than", "nearly", "at least",
            "thousands", "tens of thousands", "estimated", "less than", "at most", "several hundred");

    public static final Set<String> CURRENCIES = Set.of("SUR-old", "SUR", "USD");

    /** The direction of an event for the index. */
    public static final Set<String> TONES = Set.of("integration", "divergence", "neutral");

    private Vocabulary() {
    }
}

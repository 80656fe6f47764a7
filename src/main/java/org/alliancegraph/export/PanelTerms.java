package org.alliancegraph.export;

import java.util.List;

/** The terms the panel has a group of columns for, in the order of its columns. */
public final class PanelTerms {

    /** The flow kinds of the data model, in its order: four columns each. */
    public static final List<String> FLOW_KINDS = List.of("aid", "loan", "trade", "arms", "troops", "personnel",
            "specialists", "trainees", "students", "orphans", "grain", "gifts", "technology");

    /** The treaty obligations the panel flags, as the product names them: ATOP's five, and economic and military cooperation. */
    public static final List<String> OBLIGATIONS = List.of("defense", "offense", "neutrality", "non-aggression",
            "consultation", "economic-cooperation", "military-cooperation");

    private PanelTerms() {
    }
}

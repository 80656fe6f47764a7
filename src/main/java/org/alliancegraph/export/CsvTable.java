package org.alliancegraph.export;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.model.Status;

/**
 * The CSV files of the dyad-year export: their names, columns, keys and the keys they share. The
 * CSV writer and the Data Package descriptor both read them from here, so the header of each file
 * and its Table Schema cannot drift apart; docs/codebook.md describes the same columns for people.
 */
public enum CsvTable {

    DYAD_YEARS("dyad-years", "Dyad-years, undirected",
            "One row per unordered pair of actors (actor1 < actor2 by id) and year in which a fact of the article counts "
                    + "for the pair or the index scores it. Unbalanced: a year without evidence for a pair has no row.",
            dyadYearColumns(false), List.of("actor1", "actor2", "year")),

    DIRECTED_DYAD_YEARS("directed-dyad-years", "Dyad-years, directed",
            "Each undirected row twice, once in each direction. Everything but the flows is the undirected row's; the "
                    + "flows are those from actor1 to actor2, and the two-way flows (bilateral trade totals) of the pair.",
            dyadYearColumns(true), List.of("actor1", "actor2", "year")),

    FLOWS("dyad-year-flows", "Flows by dyad and year",
            "One row per flow fact and dyad-year in which it counts: the amount as the article states it for its "
                    + "period, the year's share of that period, and the evidence.",
            flowColumns(), List.of("actor1", "actor2", "year", "fact")),

    ACTORS("actors", "Actors",
            "Every actor of the graph: states with their Correlates of War code, and the parties, armies, "
                    + "organizations, commands, groups and persons the article names.",
            actorColumns(), List.of("id"));

    private final String name;
    private final String title;
    private final String description;
    private final List<Column> columns;
    private final List<String> primaryKey;

    CsvTable(String name, String title, String description, List<Column> columns, List<String> primaryKey) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
    }

    /** The resource name of the Data Package ({@code dyad-years}). */
    public String resourceName() {
        return name;
    }

    /** The file name ({@code dyad-years.csv}). */
    public String fileName() {
        return name + ".csv";
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    /** The panel's column for a treaty obligation ({@code non-aggression} is {@code treaty_non_aggression}). */
    static String obligationColumn(String obligation) {
        return "treaty_" + obligation.replace('-', '_');
    }

    private static List<Column> dyadYearColumns(boolean directed) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.key("actor1", directed ? "Id of the actor the row's flows come from (see actors.csv)"
                : "Id of the first actor, the smaller id of the two (see actors.csv)"));
        columns.add(Column.key("actor2", directed ? "Id of the actor the row's flows go to" : "Id of the second actor"));
        columns.add(new Column("year", "integer", "The year", true, List.of(), null, null));
        columns.add(Column.integer("ccode1", "Correlates of War state code of actor1; empty when actor1 is not a state. "
                + "Not unique: 710 is China before and after 1949"));
        columns.add(Column.integer("ccode2", "Correlates of War state code of actor2; empty when actor2 is not a state"));
        columns.add(Column.key("name1", "Name of actor1 (the state's name for states)"));
        columns.add(Column.key("name2", "Name of actor2"));
        columns.add(Column.key("kind1", "What actor1 is: state, party, army, international organization, "
                + "government body, command, faction, group or person"));
        columns.add(Column.key("kind2", "What actor2 is"));
        columns.add(Column.flag("state_dyad", "1 when both actors are states with a COW code, 0 for a dyad with a group, "
                + "party, army, organization or command", true));
        columns.add(Column.oneOf("status", "The article's judgment of the relationship in force longest in the year; "
                + "unknown where the article is silent (not: no relation)",
                java.util.Arrays.stream(Status.values()).map(Status::label).toList()));
        columns.add(Column.text("statuses", "Every judgment in force during the year, in order, separated by '; '; "
                + "empty when the article judges none"));
        columns.add(Column.number("integration", "Integration score of the index (docs/method.md); empty when no "
                + "scored fact counts in the year: no evidence, which is not 0"));
        columns.add(Column.number("divergence", "Divergence score of the index; empty when no scored fact counts"));
        columns.add(Column.number("net", "integration - divergence; empty when no scored fact counts"));
        for (String obligation : PanelTerms.OBLIGATIONS) {
            columns.add(Column.flag(obligationColumn(obligation), "1 when a treaty of the article with "
                    + article(obligation) + " " + obligation + " obligation certainly binds the pair in the year, 0 "
                    + "when none does or may; empty when one only possibly does (a bound coarser than the year)", false));
        }
        columns.add(Column.text("treaties", "Ids of the treaties in force in the year (certainly or possibly), "
                + "separated by '; '"));
        columns.add(Column.count("disputes", "Number of the article's disputes of the pair that count in the year, "
                + "certainly or possibly"));
        for (String kind : PanelTerms.FLOW_KINDS) {
            String flows = directed ? kind + " flows from actor1 to actor2, and two-way " + kind + " flows,"
                    : kind + " flows between the two (either way)";
            columns.add(Column.count(kind + "_flows", "Number of " + flows + " that count in the year (a total the "
                    + "article also breaks down is left out: its parts count)"));
            columns.add(Column.number(kind + "_amount", "Sum of the year's shares of their stated amounts, in "
                    + kind + "_unit; empty when none states an amount, or they state it in different units"));
            columns.add(Column.text(kind + "_unit", "The unit of " + kind + "_amount: the currency for money (SUR-old, "
                    + "SUR, USD), else what is counted; several units separated by '; ' when they differ"));
            columns.add(Column.number(kind + "_usd", "Sum of the year's shares of the dollar figures the article "
                    + "gives; empty unless it gives one for every " + kind + " flow with an amount"));
        }
        columns.add(Column.count("facts", "Number of facts of the article that count for the pair in the year, "
                + "certainly or possibly (as /api/relations lists them)"));
        columns.add(Column.count("facts_uncertain", "How many of them only possibly fall in the year"));
        columns.add(Column.text("fact_ids", "Ids of those facts, separated by '; ' (GET /api/facts/{id})"));
        columns.add(Column.text("notes", "The article's endnotes behind those facts, separated by '; '"));
        columns.add(Column.text("sections", "The article's sections behind the facts whose passage has no endnote"));
        return columns;
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static List<Column> flowColumns() {
        return List.of(
                Column.key("actor1", "Id of the first actor of the dyad (the smaller id)"),
                Column.key("actor2", "Id of the second actor"),
                new Column("year", "integer", "The year", true, List.of(), null, null),
                Column.key("fact", "Id of the flow fact"),
                Column.oneOf("kind", "The kind of flow", PanelTerms.FLOW_KINDS),
                Column.text("giver", "actor1 or actor2, whichever gives; empty for a two-way flow (trade)"),
                Column.text("receiver", "The other; empty for a two-way flow"),
                Column.number("amount", "The amount as the article states it, for the whole period; empty when it "
                        + "states none"),
                Column.text("unit", "What amount counts (rubles, dollars, orphans, tons)"),
                Column.text("currency", "SUR-old (rubles before the 1961 redenomination), SUR (new rubles) or USD; "
                        + "empty for what is not money"),
                Column.number("usd", "The dollar figure the article gives for the amount; empty when it gives none"),
                Column.text("qualifier", "How the article qualifies the amount: exact, about, more than, nearly, ..."),
                Column.key("certainty", "stated, reported, estimated or speculated"),
                Column.key("start", "The start as the article states it (1950, 1950-06, 1950-06-25, 1950s, ..)"),
                Column.key("end", "The end as the article states it"),
                Column.key("start_precision", "day, month, quarter, season, year, decade or open"),
                Column.key("end_precision", "day, month, quarter, season, year, decade or open"),
                new Column("year_share", "number", "Days of the flow's widest period that fall in the year, over "
                        + "all its days", true, List.of(), 0, 1),
                Column.number("amount_in_year", "amount x year_share; empty when amount is"),
                Column.number("usd_in_year", "usd x year_share; empty when usd is"),
                Column.flag("certain", "1 when the flow certainly falls in the year, 0 when only possibly", true),
                Column.flag("total", "1 for a total that the article also breaks down into parts (the panel counts "
                        + "the parts, not the total)", true),
                Column.text("part_of", "Id of the total this flow is a part of, if any"),
                Column.integer("note", "The endnote of the flow's evidence; empty when its passage has none"),
                Column.key("section", "The article's section that states it"),
                Column.key("quote", "The article's words (at most 25)"),
                Column.key("summary", "The fact in the dataset's words"));
    }

    private static List<Column> actorColumns() {
        return List.of(
                Column.key("id", "Stable lowercase id"),
                Column.key("name", "Full name"),
                Column.key("short_name", "Short name"),
                Column.key("kind", "state, party, army, international organization, government body, command, "
                        + "faction, group or person"),
                Column.integer("ccode", "Correlates of War state code; empty for an actor that is not a state"),
                Column.text("start", "Start of existence (common record), as written; empty when open"),
                Column.text("start_precision", "Its precision: day, month, year, ...; empty when open"),
                Column.text("end", "End of existence, as written; empty when open"),
                Column.text("end_precision", "Its precision; empty when open"),
                Column.text("acts_for", "Ids of the actors it acts for in dyads (a person for a state), separated by '; '"),
                Column.text("members", "Ids of a group's members, separated by '; '"));
    }
}

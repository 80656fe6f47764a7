package org.alliancegraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.alliancegraph.actor.ActorRecord;
import org.alliancegraph.actor.Actors;
import org.alliancegraph.catalog.Catalog;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.catalog.NoteRecord;
import org.alliancegraph.catalog.SourceRecord;
import org.alliancegraph.claim.Claim;
import org.alliancegraph.claim.Claims;
import org.alliancegraph.index.Alignment;
import org.alliancegraph.index.Checkpoint;
import org.alliancegraph.index.Disagreement;
import org.alliancegraph.index.DyadScore;
import org.alliancegraph.index.IndexResult;
import org.alliancegraph.index.IndexService;
import org.alliancegraph.index.Scores;
import org.alliancegraph.index.Sensitivity;
import org.alliancegraph.index.Validity;
import org.alliancegraph.index.Weights;
import org.alliancegraph.index.YearIndex;
import org.alliancegraph.model.PartialDate;
import org.alliancegraph.system.Reads;
import org.alliancegraph.timeline.DyadTimeline;
import org.alliancegraph.timeline.FactDetail;
import org.alliancegraph.timeline.FactSummary;
import org.alliancegraph.timeline.Facts;
import org.alliancegraph.timeline.Relations;
import org.alliancegraph.timeline.RelationsPage;
import org.alliancegraph.timeline.StoredYears;
import org.alliancegraph.timeline.Timeline;
import org.alliancegraph.timeline.Triangle;
import org.neo4j.driver.Driver;

/**
 * The Java API: the questions Alliance Graph answers, asked of any Neo4j that holds the dataset,
 * from plain Java (no Spring needed). Every answer is an immutable record; actors may be given by
 * id, name or alias ("DPRK", "North Korea", "P'yŏngyang").
 *
 * <pre>{@code
 * try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:7687", AuthTokens.none())) {
 *     AllianceGraph graph = AllianceGraph.on(driver);
 *     Relations relations = graph.relationsIn(1951);
 * }
 * }</pre>
 */
public final class AllianceGraph {

    private static final long LOAD_CHECK_INTERVAL_NANOS = 1_000_000_000L;

    private final Catalog catalog;
    private final Actors actors;
    private final Timeline timeline;
    private final Facts facts;
    private final Claims claims;
    private final IndexService index;
    private final StoredYears stored;
    private volatile DatasetMeta.YearRange years;
    /** Whether the yearly ties hold the index under these weights (a large graph's load stores it); null until read. */
    private volatile Boolean aggregated;
    /** The load whose graph the answers kept here come from, and when that was last checked. */
    private volatile String loadId;
    private volatile long loadCheckedAt;

    private AllianceGraph(Reads reads, Weights weights) {
        this.catalog = new Catalog(reads);
        this.actors = new Actors(reads);
        this.index = new IndexService(reads, actors, this::years, weights);
        this.timeline = new Timeline(reads, actors, this::years, index);
        this.facts = new Facts(reads, actors);
        this.claims = new Claims(reads, actors);
        this.stored = new StoredYears(reads);
    }

    /**
     * The API on a driver the caller owns (and closes), with the index weights of config/; every
     * query is a read transaction with the default timeout ({@link Reads#DEFAULT_TIMEOUT}).
     */
    public static AllianceGraph on(Driver driver) {
        return new AllianceGraph(Reads.on(driver), Weights.locate(null));
    }

    /** The API on a driver the caller owns, with other index weights. */
    public static AllianceGraph on(Driver driver, Weights weights) {
        return new AllianceGraph(Reads.on(driver), weights);
    }

    /** The API on a driver the caller owns, with other index weights and another query timeout. */
    public static AllianceGraph on(Driver driver, Weights weights, Duration queryTimeout) {
        return new AllianceGraph(new Reads(driver, queryTimeout), weights);
    }

    /**
     * The API on a named database of the server behind {@code driver} (a synthetic graph kept in a
     * database of its own), with the given weights and query timeout.
     */
    public static AllianceGraph on(Driver driver, Weights weights, Duration queryTimeout, String database) {
        return new AllianceGraph(new Reads(driver, queryTimeout, database), weights);
    }

    /** The dataset's version, its sources and the years its facts cover. */
    public DatasetMeta meta() {
        current();
        DatasetMeta meta = catalog.meta();
        years = meta.years();
        return meta;
    }

    /** The sources the facts come from. */
    public List<SourceRecord> sources() {
        current();
        return catalog.sources();
    }

    /** An endnote of the source, with what it cites and the facts resting on it. */
    public NoteRecord note(int number) {
        current();
        return catalog.note("agov-2013", number);
    }

    /** Every actor. */
    public List<ActorRecord> actors() {
        current();
        return actors.all();
    }

    /** One actor, by id, name or alias. */
    public ActorRecord actor(String idOrName) {
        current();
        return actors.get(idOrName);
    }

    /** Every dyad with a fact that counts in {@code year}. */
    public Relations relationsIn(int year) {
        current();
        if (aggregated()) {
            years().check(year, "year");
            return stored.relations(year, null);
        }
        return timeline.relationsIn(year, Optional.empty());
    }

    /** The dyads of {@code actor} with a fact that counts in {@code year}. */
    public Relations relationsIn(int year, String actor) {
        current();
        if (aggregated()) {
            years().check(year, "year");
            return stored.relations(year, actors.dyadSide(actor));
        }
        return timeline.relationsIn(year, Optional.of(actor));
    }

    /**
     * One page of the relations of {@code actor} in {@code year}: its dyads with their status, index
     * and number of facts, and {@code limit} of its facts from {@code offset}, by earliest start and
     * id. On a graph whose load stored the per-year structures the page is read by index seeks, so
     * its cost does not grow with the data.
     */
    public RelationsPage relationsIn(int year, String actor, int offset, int limit) {
        current();
        if (offset < 0 || limit < 1) {
            throw new InvalidRequestException("A page needs an offset of 0 or more and a limit of 1 or more, not "
                    + offset + " and " + limit);
        }
        years().check(year, "year");
        String side = actors.dyadSide(actor);
        if (aggregated()) {
            return stored.page(year, side, offset, limit);
        }
        Relations whole = timeline.relationsIn(year, Optional.of(actor));
        List<RelationsPage.Dyad> dyads = whole.dyads().stream().map(d -> new RelationsPage.Dyad(d.a(), d.b(), d.status(),
                d.statuses(), d.integration(), d.divergence(), d.net(), d.facts().size())).toList();
        List<FactSummary> all = whole.dyads().stream().flatMap(d -> d.facts().stream())
                .collect(Collectors.toMap(FactSummary::id, f -> f, (x, y) -> x)).values().stream()
                .sorted(Comparator.comparing((FactSummary f) -> PartialDate.parse(f.start()).map(PartialDate::earliest)
                                .orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FactSummary::id))
                .toList();
        List<FactSummary> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        return new RelationsPage(year, side, dyads, page, offset, limit, offset + limit < all.size() ? offset + limit : null);
    }

    /** The dyad of {@code a} and {@code b} over the data's whole range. */
    public DyadTimeline timeline(String a, String b) {
        return timeline(a, b, null, null);
    }

    /** The dyad of {@code a} and {@code b} from {@code from} to {@code to}; a null bound is the data's own. */
    public DyadTimeline timeline(String a, String b, Integer from, Integer to) {
        current();
        if (aggregated()) {
            List<String> pair = timeline.dyad(a, b);
            DatasetMeta.YearRange whole = years();
            DatasetMeta.YearRange span = whole.span(from, to);
            return stored.timeline(pair.get(0), pair.get(1), whole.from(), whole.to(), span.from(), span.to());
        }
        return timeline.timeline(a, b, Optional.ofNullable(from), Optional.ofNullable(to));
    }

    /** The triangle of the given actors (three are needed) in {@code year}. */
    public Triangle triangle(int year, List<String> actors) {
        current();
        if (aggregated()) {
            return stored.triangle(year, timeline.triangleSides(year, actors));
        }
        return timeline.triangle(year, actors);
    }

    /** The Sino-Soviet-DPRK triangle in {@code year}. */
    public Triangle triangle(int year) {
        return triangle(year, Timeline.SINO_SOVIET_DPRK);
    }

    /** The triangle of three actors in {@code year}. */
    public Triangle triangle(int year, String a, String b, String c) {
        return triangle(year, List.of(a, b, c));
    }

    /** Facts by actor, type and span of years; each filter optional. */
    public List<FactSummary> facts(Optional<String> actor, Optional<String> type, Optional<Integer> from,
            Optional<Integer> to) {
        return facts.find(actor, type, from, to);
    }

    /** One fact in full, with its provenance. */
    public FactDetail fact(String id) {
        current();
        return facts.get(id);
    }

    /** The article's claims (its theses, not events), section by section, each with its quotes and supporting facts. */
    public List<Claim> claims() {
        current();
        return claims.find(Optional.empty());
    }

    /** The claims about an actor (id, name or alias), or resting on a fact of its dyads. */
    public List<Claim> claims(String actor) {
        current();
        return claims.find(Optional.of(actor));
    }

    /** One claim, with its quotes and supporting facts. */
    public Claim claim(String id) {
        current();
        return claims.get(id);
    }

    /** The index of an actor with each partner, from {@code from} to {@code to} (null: the data's own bounds). */
    public IndexResult index(String actor, Integer from, Integer to) {
        current();
        int[] span = span(from, to);
        if (aggregated()) {
            return stored.index(actors.dyadSide(actor), span[0], span[1]);
        }
        return index.index(actor, span[0], span[1]);
    }

    /**
     * The index of the dyad of {@code a} and {@code b} year by year, from {@code from} to {@code to}
     * (null: the data's own bounds); a year without a scored fact has null scores.
     */
    public List<IndexResult.Year> index(String a, String b, Integer from, Integer to) {
        current();
        int[] span = span(from, to);
        List<String> pair = timeline.dyad(a, b);
        if (aggregated()) {
            return stored.dyadIndex(pair.get(0), pair.get(1), span[0], span[1]);
        }
        List<IndexResult.Year> years = new ArrayList<>();
        for (int year = span[0]; year <= span[1]; year++) {
            Optional<DyadScore> score = index.score(pair.get(0), pair.get(1), year);
            years.add(new IndexResult.Year(year, score.map(s -> s.integration()).orElse(null),
                    score.map(s -> s.divergence()).orElse(null), score.map(s -> s.net()).orElse(null)));
        }
        return years;
    }

    /** The index of every dyad with a scored fact in {@code year}. */
    public YearIndex indexIn(int year) {
        current();
        years().check(year, "year");
        if (aggregated()) {
            return stored.yearIndex(year);
        }
        return new YearIndex(year, index.scores().byDyad().entrySet().stream()
                .filter(e -> e.getValue().containsKey(year))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().get(year))
                .filter(s -> s.net() != null)
                .map(s -> new YearIndex.Row(s.a(), s.b(), s.integration(), s.divergence(), s.net()))
                .toList());
    }

    /** The facts behind a dyad's index in a year, with their points and quotes. */
    public DyadScore explain(String a, String b, int year) {
        current();
        span(year, year);
        return index.explain(a, b, year);
    }

    /** The DPRK's alignment between Moscow and Beijing, year by year. */
    public List<Alignment> alignment(Integer from, Integer to) {
        current();
        int[] span = span(from, to);
        return index.alignment(span[0], span[1]);
    }

    /** Every dyad-year where the article's judgment and the computed net disagree in direction. */
    public List<Disagreement> disagreements() {
        current();
        return index.disagreements();
    }

    /** How often the sign of the net agrees with the article's status, on each half of the dyads and on all. */
    public Validity validity() {
        current();
        return index.validity();
    }

    /** Each weight moved by half up and down: which of the article's checkpoints still hold. */
    public Sensitivity sensitivity(List<Checkpoint> checkpoints) {
        current();
        return index.sensitivity(checkpoints);
    }

    /** The scores of every dyad and year. */
    public Scores scores() {
        current();
        return index.scores();
    }

    /**
     * Forgets what was read and computed (actors, years, scores) when the graph was loaded again
     * since: a serve over an external server that a {@code load --uri} replaced answers from the
     * new graph. The load's id is read at most once a second.
     */
    private void current() {
        long now = System.nanoTime();
        if (now - loadCheckedAt < LOAD_CHECK_INTERVAL_NANOS) {
            return;
        }
        loadCheckedAt = now;
        String latest = catalog.loadId().orElse("");
        String known = loadId;
        loadId = latest;
        if (known != null && !known.equals(latest)) {
            forget();
        }
    }

    /**
     * Whether the yearly ties hold the index under the weights in use: then the core questions are
     * answered by index seeks on them ({@link StoredYears}) instead of from the index computed in
     * memory from every fact, which a graph of millions of facts could not afford.
     */
    private boolean aggregated() {
        Boolean known = aggregated;
        if (known == null) {
            known = catalog.aggregates().map(f -> f.equals(index.weights().fingerprint())).orElse(false);
            aggregated = known;
        }
        return known;
    }

    /** Forgets every answer kept, so that the next questions read the graph again. */
    public void forget() {
        years = null;
        aggregated = null;
        actors.forget();
        timeline.forget();
        index.forget();
    }

    private int[] span(Integer from, Integer to) {
        DatasetMeta.YearRange span = years().span(from, to);
        return new int[] {span.from(), span.to()};
    }

    private DatasetMeta.YearRange years() {
        DatasetMeta.YearRange known = years;
        return known != null ? known : meta().years();
    }
}

package org.alliancegraph.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.alliancegraph.AllianceGraph;
import org.alliancegraph.actor.ActorRecord;
import org.alliancegraph.catalog.NoteRecord;
import org.alliancegraph.claim.Claim;
import org.alliancegraph.index.Alignment;
import org.alliancegraph.index.Disagreement;
import org.alliancegraph.index.DyadScore;
import org.alliancegraph.index.IndexResult;
import org.alliancegraph.index.Validity;
import org.alliancegraph.timeline.DyadTimeline;
import org.alliancegraph.timeline.FactDetail;
import org.alliancegraph.timeline.FactSummary;
import org.alliancegraph.timeline.Relations;
import org.alliancegraph.timeline.Timeline;
import org.alliancegraph.timeline.Triangle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API: relations of a year, dyad timelines, triangles, actors, facts, claims, notes.
 * Every answer comes from the Java API unchanged, so REST, CLI --json and Java agree.
 * Package-private: Spring needs no more.
 */
@RestController
@RequestMapping("/api")
class GraphController {

    private final AllianceGraph graph;

    GraphController(AllianceGraph graph) {
        this.graph = graph;
    }

    @GetMapping("/relations")
    @Operation(summary = "Every dyad with a fact that counts in a year, with its status and facts")
    Relations relations(@RequestParam int year,
            @Parameter(description = "limit to the dyads of this actor (id, name or alias)") @RequestParam Optional<String> actor) {
        return actor.map(a -> graph.relationsIn(year, a)).orElseGet(() -> graph.relationsIn(year));
    }

    @GetMapping("/dyads/{a}/{b}")
    @Operation(summary = "A dyad year by year, with the runs of equal status")
    DyadTimeline dyad(@PathVariable String a, @PathVariable String b, @RequestParam Optional<Integer> from,
            @RequestParam Optional<Integer> to) {
        return graph.timeline(a, b, from.orElse(null), to.orElse(null));
    }

    @GetMapping("/triangle")
    @Operation(summary = "The three edges among three actors in a year, and their structural balance")
    Triangle triangle(@RequestParam int year,
            @Parameter(description = "three actors, comma-separated; default dprk,ussr,prc") @RequestParam Optional<String> actors) {
        List<String> three = actors.map(s -> Arrays.stream(s.split(",")).map(String::strip).toList())
                .orElse(Timeline.SINO_SOVIET_DPRK);
        return three.size() == 3 ? graph.triangle(year, three.get(0), three.get(1), three.get(2))
                : graph.triangle(year, three);
    }

    @GetMapping("/index")
    @Operation(summary = "An actor's integration, divergence and net with each partner, year by year")
    IndexResult index(@RequestParam Optional<String> actor, @RequestParam Optional<Integer> from,
            @RequestParam Optional<Integer> to) {
        return graph.index(actor.orElse("dprk"), from.orElse(null), to.orElse(null));
    }

    @GetMapping("/explain")
    @Operation(summary = "The facts behind a dyad's index in a year, with their points and quotes")
    DyadScore explain(@RequestParam String a, @RequestParam String b, @RequestParam int year) {
        return graph.explain(a, b, year);
    }

    @GetMapping("/alignment")
    @Operation(summary = "The DPRK between Moscow and Beijing, year by year")
    List<Alignment> alignment(@RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to) {
        return graph.alignment(from.orElse(null), to.orElse(null));
    }

    @GetMapping("/index/validity")
    @Operation(summary = "How often the sign of the net agrees with the article's status: on each half of the dyads, "
            + "on all, with every disagreement and its facts")
    Validity validity() {
        return graph.validity();
    }

    @GetMapping("/disagreements")
    @Operation(summary = "Dyad-years where the article's relation states and the computed net disagree in direction")
    List<Disagreement> disagreements() {
        return graph.disagreements();
    }

    @GetMapping("/actors")
    List<ActorRecord> actors() {
        return graph.actors();
    }

    @GetMapping("/actors/{id}")
    @Operation(summary = "One actor, by id, name or alias")
    ActorRecord actor(@PathVariable String id) {
        return graph.actor(id);
    }

    @GetMapping("/facts")
    @Operation(summary = "Facts by actor, type and span of years")
    List<FactSummary> facts(@RequestParam Optional<String> actor, @RequestParam Optional<String> type,
            @RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to) {
        return graph.facts(actor, type, from, to);
    }

    @GetMapping("/facts/{id}")
    @Operation(summary = "One fact in full, with its actors, details and the documents behind its notes")
    FactDetail fact(@PathVariable String id) {
        return graph.fact(id);
    }

    @GetMapping("/claims")
    @Operation(summary = "The article's claims (its theses), with their quotes and the facts that support them")
    List<Claim> claims(@Parameter(description = "only the claims about this actor, or resting on a fact of its dyads")
            @RequestParam Optional<String> actor) {
        return actor.map(graph::claims).orElseGet(graph::claims);
    }

    @GetMapping("/claims/{id}")
    @Operation(summary = "One claim of the article, with its quotes and the facts that support it")
    Claim claim(@PathVariable String id) {
        return graph.claim(id);
    }

    @GetMapping("/notes/{number}")
    @Operation(summary = "An endnote of the source: what it cites and the facts resting on it")
    NoteRecord note(@PathVariable int number) {
        return graph.note(number);
    }
}

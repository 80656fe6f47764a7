package org.alliancegraph.api;

import java.util.List;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.catalog.SourceRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dataset's own description (version, sources, year range) and the embedded Neo4j Browser that
 * runs beside this server, if any. Package-private: Spring needs no more.
 */
@RestController
@RequestMapping("/api")
class MetaController {

    private final AllianceGraph graph;
    private final Optional<BrowserLink> browser;

    MetaController(AllianceGraph graph, Optional<BrowserLink> browser) {
        this.graph = graph;
        this.browser = browser;
    }

    @GetMapping("/meta")
    ServedMeta meta() {
        return new ServedMeta(graph.meta(), browser.orElse(null));
    }

    @GetMapping("/sources")
    List<SourceRecord> sources() {
        return graph.sources();
    }
}

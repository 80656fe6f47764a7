package org.alliancegraph.api;

import java.util.List;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.catalog.DatasetMeta;
import org.alliancegraph.catalog.SourceRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dataset's own description: version, sources, year range. Package-private: Spring needs no more. */
@RestController
@RequestMapping("/api")
class MetaController {

    private final AllianceGraph graph;

    MetaController(AllianceGraph graph) {
        this.graph = graph;
    }

    @GetMapping("/meta")
    DatasetMeta meta() {
        return graph.meta();
    }

    @GetMapping("/sources")
    List<SourceRecord> sources() {
        return graph.sources();
    }
}

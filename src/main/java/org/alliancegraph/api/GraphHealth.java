package org.alliancegraph.api;

import java.time.Duration;
import java.util.List;

import org.alliancegraph.system.Reads;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s "graph" component: UP with the dataset's version when the database
 * answers and holds the graph; DOWN with a one-line reason while it starts or loads, when it is
 * unreachable or holds no dataset. Expected states are not errors: nothing is logged for them.
 */
@Component("graph")
class GraphHealth implements HealthIndicator {

    private static final String PROBE = "MATCH (d:Dataset) RETURN d.version AS version LIMIT 1";

    private final Reads reads;

    GraphHealth(Driver driver) {
        this.reads = new Reads(driver, Duration.ofSeconds(2));
    }

    @Override
    public Health health() {
        try {
            List<Record> rows = reads.records(PROBE);
            if (rows.isEmpty()) {
                return Health.down().withDetail("reason", "the database answers but holds no dataset (yet): loading, or never loaded")
                        .build();
            }
            return Health.up().withDetail("dataset", rows.get(0).get("version").asString("unknown")).build();
        } catch (Neo4jException e) {
            String reason = Reads.isUnavailable(e) ? "the database does not answer (starting, loading or down)"
                    : "the database refused the probe: " + e.code();
            return Health.down().withDetail("reason", reason).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("reason", "the database cannot be asked: " + e.getClass().getSimpleName()).build();
        }
    }
}

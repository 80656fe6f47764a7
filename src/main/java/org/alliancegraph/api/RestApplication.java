package org.alliancegraph.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.index.Weights;
import org.neo4j.driver.Driver;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The REST server: a read-only JSON API over a driver that the caller opened and will close.
 * It is started by {@code serve} after the database is ready, and never owns the database.
 */
@SpringBootApplication
public class RestApplication {

    /**
     * Starts the REST server on {@code host:port} over {@code driver}.
     *
     * @return the running application context; closing it stops the server (not the driver)
     */
    public static ConfigurableApplicationContext start(Driver driver, String host, int port) {
        return start(driver, host, port, Weights.locate(null));
    }

    /**
     * Starts the REST server on {@code host:port} over {@code driver}, with the given index weights.
     *
     * @return the running application context; closing it stops the server (not the driver)
     */
    public static ConfigurableApplicationContext start(Driver driver, String host, int port, Weights weights) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.address", host);
        properties.put("server.port", port);
        return new SpringApplicationBuilder(RestApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("neo4jDriver", driver);
                    context.getBeanFactory().registerSingleton("indexWeights", weights);
                })
                .properties(properties)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run();
    }

    @Bean
    AllianceGraph allianceGraph(Driver driver, Weights weights) {
        return AllianceGraph.on(driver, weights);
    }
}

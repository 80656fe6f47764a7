package org.alliancegraph.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.index.Weights;
import org.alliancegraph.system.Reads;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.neo4j.driver.Driver;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The REST server: a read-only JSON API over a driver that the caller opened and will close, and
 * at {@code /} the time-slider page (static files under {@code static/}, with its libraries from
 * webjars), which reads that API alone. It is started by {@code serve} after the database is
 * ready, and never owns the database.
 *
 * <p>Boot's error page ({@code /error}, a JSON body of its own shape) is left out: an error that
 * the servlet container reports (a refused TRACE, a failure outside Spring MVC) is written by
 * {@link ProblemReportValve} as a problem, and {@code /error} is no endpoint. Multipart parsing is
 * off: the API takes no request bodies, so a malformed multipart body is never read.
 */
@SpringBootApplication(exclude = ErrorMvcAutoConfiguration.class)
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
        return start(driver, host, port, weights, Reads.DEFAULT_TIMEOUT);
    }

    /**
     * Starts the REST server on {@code host:port} over {@code driver}, with the given index weights
     * and query timeout.
     *
     * @return the running application context; closing it stops the server (not the driver)
     */
    public static ConfigurableApplicationContext start(Driver driver, String host, int port, Weights weights,
            Duration queryTimeout) {
        return start(driver, host, port, weights, queryTimeout, Optional.empty());
    }

    /**
     * Starts the REST server on {@code host:port} over {@code driver}, with the given index weights
     * and query timeout, naming in {@code /api/meta} the embedded Neo4j Browser that runs beside it.
     *
     * @param browser the Browser that runs beside this server, or empty when none does
     * @return the running application context; closing it stops the server (not the driver)
     */
    public static ConfigurableApplicationContext start(Driver driver, String host, int port, Weights weights,
            Duration queryTimeout, Optional<BrowserLink> browser) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.address", host);
        properties.put("server.port", port);
        properties.put("spring.servlet.multipart.enabled", false);
        return new SpringApplicationBuilder(RestApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("neo4jDriver", driver);
                    context.getBeanFactory().registerSingleton("indexWeights", weights);
                    context.getBeanFactory().registerSingleton("queryTimeout", queryTimeout);
                    browser.ifPresent(link -> context.getBeanFactory().registerSingleton("embeddedBrowser", link));
                })
                .properties(properties)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run();
    }

    /**
     * Tomcat answers some malformed requests itself, before Spring sees them; its error report is
     * replaced by one that writes problem documents. Runs after Boot's own customizer, which adds
     * Tomcat's HTML report.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsFromTheContainer() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve());
                // The host adds a report valve of this class at start unless it finds one.
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Bean
    AllianceGraph allianceGraph(Driver driver, Weights weights, Duration queryTimeout) {
        return AllianceGraph.on(driver, weights, queryTimeout);
    }
}

package org.alliancegraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancegraph.TestGraph;
import org.alliancegraph.api.BrowserLink;
import org.alliancegraph.api.RestApplication;
import org.alliancegraph.api.RestServer;
import org.alliancegraph.index.Weights;
import org.alliancegraph.system.Reads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The time-slider page at {@code /}, in headless Chromium, over the REST API of the shared test
 * graph. What it must show about the history comes from the article: the Soviet-North Korean
 * freeze of 1962-1964, Moscow's complaint of the DPRK's "reliability" (endnote 100), the Bulgarian
 * embassy's reports of 1964 behind endnote 101. The screenshots of 1951 and 1963 go to the README.
 */
@DisplayName("The time-slider page")
class TimeSliderPageTests {

    private static final Duration LOADED = Duration.ofSeconds(120);
    /** How long the page shows each year while it plays. */
    private static final Duration PLAY_STEP = Duration.ofMillis(1500);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Chromium chromium;
    private static String base;

    private static Optional<String> unavailable;

    @BeforeAll
    static void start() {
        unavailable = Chromium.unavailable();
        if (unavailable.isPresent()) {
            // Said once here, where Maven shows it; each test is then reported as skipped, with the reason.
            System.err.println("The time-slider page tests are skipped: " + unavailable.get());
            return;
        }
        base = RestServer.baseUrl();
        chromium = Chromium.start(1600, 1400);
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(unavailable.isEmpty(), () -> "skipped, no browser to drive: " + unavailable.orElse(""));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @DisplayName("moved to 1963, the list shows DPRK-USSR frozen, and choosing it lists a fact with its endnote")
    void theFreezeOf1963() {
        open(base + "/");
        moveSliderTo(1951);
        choose("dprk/prc");
        awaitPanelTitle("DPRK \u2013 PRC in 1951");
        awaitSources();
        chromium.screenshot("time-slider-1951");

        moveSliderTo(1963);
        WebElement ussr = tieRow("dprk/ussr");
        assertThat(ussr.findElement(By.tagName("th")).getText()).startsWith("USSR");
        assertThat(ussr.findElement(By.cssSelector("td.status")).getText()).startsWith("frozen");

        ussr.findElement(By.tagName("button")).click();
        awaitPanelTitle("DPRK \u2013 USSR in 1963");
        WebElement reliability = fact("dispute-ussr-dprk-reliability-1962");
        assertThat(reliability.getText()).contains("reliability").contains("note 100");
        WebElement revisionists = fact("dispute-dprk-comecon-revisionists-1963");
        await().until(d -> revisionists.findElement(By.className("citations")).getText().contains("Note 101 cites"));
        assertThat(revisionists.findElement(By.className("citations")).getText())
                .contains("Report from the Bulgarian Embassy in the DPRK: Economic Development of the DPRK in 1963")
                .contains("1964-02-20");
        awaitSources();
        script("arguments[0].scrollIntoView({ block: 'start' })", reliability);
        chromium.screenshot("time-slider-1963");
    }

    @Test
    @DisplayName("a deep link opens its year and actor, and the address follows the slider")
    void deepLink() {
        open(base + "/?year=1963&actor=North%20Korea");

        assertThat(element("year").getDomProperty("value")).isEqualTo("1963");
        assertThat(element("year-value").getText()).isEqualTo("1963");
        assertThat(new Select(element("actor")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("dprk");
        assertThat(element("ties-caption").getText()).startsWith("Ties of DPRK in 1963");
        assertThat(element("panel-title").getText()).isEqualTo("Democratic People's Republic of Korea");

        moveSliderTo(1966);
        assertThat(driver().getCurrentUrl()).endsWith("/?year=1966&actor=dprk");
    }

    @Test
    @DisplayName("Play steps through the years, and Pause stops on a year")
    void playAndPause() throws InterruptedException {
        open(base + "/?year=1950");

        element("play").click();
        await().until(d -> Integer.parseInt(element("year-value").getText()) >= 1952);
        element("play").click();
        String pausedAt = element("year-value").getText();
        Thread.sleep(2 * PLAY_STEP.toMillis());

        assertThat(element("play").getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(element("year-value").getText()).isEqualTo(pausedAt);
        assertThat(element("ties-caption").getText()).contains("in " + pausedAt);
    }

    @Test
    @DisplayName("clicking a point of the chart moves the slider to its year")
    void chartPointToYear() {
        open(base + "/?year=1963&actor=dprk");
        WebElement chart = element("chart");
        // Where ECharts draws DPRK-USSR in 1955, from the chart's centre.
        List<?> offset = (List<?>) script("""
                const c = window.timeSlider.chart.chart;
                const [x, y] = c.convertToPixel({ seriesName: 'USSR' }, [1955, window.timeSlider.chart.valuesOf('ussr')[1955]]);
                const box = c.getDom().getBoundingClientRect();
                return [Math.round(x - box.width / 2), Math.round(y - box.height / 2)];""");

        new Actions(driver()).moveToElement(chart, ((Number) offset.get(0)).intValue(), ((Number) offset.get(1)).intValue())
                .click().perform();

        await().until(d -> element("year-value").getText().equals("1955"));
    }

    @Test
    @DisplayName("every actor stays where it stood while the years change")
    void stablePositions() {
        open(base + "/?year=1951");
        Object in1951 = script("return window.timeSlider.network.positions()");
        moveSliderTo(1966);
        Object in1966 = script("return window.timeSlider.network.positions()");

        assertThat(in1966).isEqualTo(in1951);
    }

    @Test
    @DisplayName("a tie without a scored fact reads \"no evidence\" in the list and is a gap in the chart, never 0")
    void noEvidenceIsNotZero() {
        open(base + "/?year=1963&actor=dprk");
        JsonNode relations = JSON.readTree(RestServer.get("/api/relations?year=1963&actor=dprk").body());
        int unscored = 0;
        for (JsonNode dyad : relations.get("dyads")) {
            String id = dyad.get("a").asString() + "/" + dyad.get("b").asString();
            String shown = tieRow(id).findElement(By.cssSelector("td.num")).getText();
            if (dyad.get("net").isNull()) {
                unscored++;
                assertThat(shown).as(id).isEqualTo("no evidence");
            } else {
                assertThat(Double.parseDouble(shown.replace('\u2212', '-'))).as(id).isCloseTo(dyad.get("net").asDouble(), within(0.005));
            }
        }
        assertThat(unscored).as("1963 has ties the index cannot score (DPRK-ROK)").isPositive();

        JsonNode prc = JSON.readTree(RestServer.get("/api/index?actor=dprk").body()).get("partners").valueStream()
                .filter(p -> p.get("partner").asString().equals("prc")).findFirst().orElseThrow();
        Map<?, ?> drawn = (Map<?, ?>) script("return window.timeSlider.chart.valuesOf('prc')");
        for (JsonNode year : prc.get("years")) {
            Object value = drawn.get(year.get("year").asString());
            if (year.get("net").isNull()) {
                assertThat(value).as("DPRK-PRC in %s", year.get("year")).isNull();
            } else {
                assertThat(((Number) value).doubleValue()).isEqualTo(year.get("net").asDouble());
            }
        }
    }

    @Test
    @DisplayName("the link to Neo4j Browser is hidden where no Browser runs")
    void noBrowserNoLink() {
        open(base + "/?year=1963");

        assertThat(element("browser-link").isDisplayed()).isFalse();
    }

    @Test
    @DisplayName("beside a server that names its Browser, the link opens the same year's triangle query in Neo4j Browser")
    void linkOpensTheTriangleOfTheYear() throws IOException {
        BrowserLink browser = new BrowserLink("http://127.0.0.1:7474/browser/", "bolt://127.0.0.1:7687", false);
        ConfigurableApplicationContext server = RestApplication.start(TestGraph.driver(), "127.0.0.1", 0,
                Weights.locate(null), Reads.DEFAULT_TIMEOUT, Optional.of(browser));
        try {
            open("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port") + "/?year=1963");
            WebElement link = element("browser-link");
            assertThat(link.isDisplayed()).isTrue();
            assertThat(link.getText()).contains("1963");

            URI href = URI.create(link.getDomProperty("href"));
            assertThat(href.getPath()).isEqualTo("/browser/");
            Map<String, String> query = parameters(href.getRawQuery());
            assertThat(query).containsEntry("cmd", "edit").containsEntry("dbms", "bolt://127.0.0.1:7687")
                    .containsEntry("preselectAuthMethod", "NO_AUTH");
            // The example query the README shows for 1951, asked of 1963.
            String example = Files.readString(Path.of("cypher/queries/triangle-1951.cypher")).lines()
                    .filter(line -> !line.startsWith("//")).reduce((a, b) -> a + "\n" + b).orElseThrow();
            assertThat(query.get("arg")).isEqualTo(example.replace("1951", "1963").strip());
        } finally {
            server.close();
        }
    }

    private static void open(String url) {
        driver().get(url);
        await().until(d -> "true".equals(script("return document.documentElement.dataset.ready")));
    }

    /** Moves the slider the way a keyboard user does, one year per arrow key. */
    private static void moveSliderTo(int year) {
        WebElement slider = element("year");
        for (int i = 0; i < 100 && Integer.parseInt(element("year-value").getText()) != year; i++) {
            slider.sendKeys(Integer.parseInt(element("year-value").getText()) < year ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
        }
        assertThat(element("year-value").getText()).isEqualTo(String.valueOf(year));
        assertThat(element("ties-caption").getText()).contains("in " + year);
    }

    private static void choose(String dyad) {
        tieRow(dyad).findElement(By.tagName("button")).click();
    }

    private static WebElement tieRow(String dyad) {
        return driver().findElement(By.cssSelector("#ties-table tr[data-dyad='" + dyad + "']"));
    }

    private static WebElement fact(String id) {
        return driver().findElement(By.cssSelector("#panel article[data-fact='" + id + "']"));
    }

    private static void awaitPanelTitle(String title) {
        await().until(d -> element("panel-title").getText().equals(title));
    }

    /** Waits until every fact in the panel shows what its endnotes cite. */
    private static void awaitSources() {
        await().until(d -> d.findElements(By.cssSelector("#panel .citations .loading")).isEmpty());
    }

    private static WebElement element(String id) {
        return driver().findElement(By.id(id));
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(code, arguments);
    }

    private static WebDriverWait await() {
        return new WebDriverWait(driver(), LOADED);
    }

    private static WebDriver driver() {
        return chromium.driver();
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : List.of(rawQuery.split("&"))) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}

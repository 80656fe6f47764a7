package org.alliancegraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.alliancegraph.TestGraph;
import org.alliancegraph.embedded.EmbeddedNeo4j;
import org.alliancegraph.embedded.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser as a first-time visitor meets it: a fresh Chromium profile opens the embedded
 * server's Browser, lands connected with the guide open and the product's style applied, and
 * draws the Sino-Soviet-DPRK triangle of 1951 and of 1963 from the guide, two clicks each. The
 * statuses expected come from the article: the three allied in 1951 (the alliance of the war),
 * the DPRK and the USSR frozen in 1963 (the freeze of 1962-1964). The screenshots are the
 * README's.
 */
class BrowserFrontDoorTests {

    private static Path data;
    private static EmbeddedNeo4j server;
    private static String browserUrl;

    @BeforeAll
    static void chromium() {
        Optional<String> why = Chromium.unavailable();
        assumeTrue(why.isEmpty(), () -> "Skipped: " + why.orElseThrow());
    }

    /** The article's graph served with Browser, on free ports, started by the test that needs it. */
    static void serve() throws Exception {
        data = Files.createTempDirectory("alliance-graph-browser");
        EmbeddedStore.Opened opened = new EmbeddedStore(data, line -> { })
                .open(TestGraph.scripts(), new EmbeddedNeo4j.Connectors("127.0.0.1", 0, 0, Optional.empty()), false);
        server = opened.server();
        browserUrl = server.httpUri().orElseThrow() + "browser/";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            EmbeddedStore.deleteRecursively(data);
        }
    }

    @Test
    @DisplayName("a new visitor lands connected, with the guide; two clicks draw the 1951 triangle allied and the 1963 one with DPRK-USSR frozen")
    void firstVisit() throws Exception {
        serve();
        try (Chromium chromium = Chromium.start(1600, 1000)) {
            WebDriver page = chromium.driver();
            page.get(browserUrl);
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(60));

            // Connected: no connect form, the guide of the product on screen.
            WebElement guide = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//pre[contains(@class,'runnable') and contains(., ':param year => 1951')]")));
            assertThat(page.findElements(By.cssSelector("[data-testid='connect']"))).isEmpty();
            assertThat(page.findElements(By.cssSelector("[data-testid='disconnectedBanner']"))).isEmpty();
            chromium.screenshot("browser-guide");

            runFromGuide(page, wait, ":param year => 1951");
            List<String> captions1951 = triangle(page, wait);
            chromium.screenshot("browser-triangle-1951");
            assertThat(captions1951).hasSize(3).allSatisfy(c -> assertThat(c).startsWith("allied 1951"));

            runFromGuide(page, wait, ":param year => 1963");
            List<String> captions1963 = triangle(page, wait);
            chromium.screenshot("browser-triangle-1963");
            assertThat(captions1963).anySatisfy(c -> assertThat(c).startsWith("frozen 1963"));
        }
    }

    @Test
    @DisplayName("with a password, a new visitor meets the form pre-filled with bolt:// and the user neo4j, and the password gets in")
    void withPassword() throws Exception {
        Path store = Files.createTempDirectory("alliance-graph-browser-auth");
        String password = "browser-" + java.util.UUID.randomUUID();
        try (EmbeddedNeo4j secured = EmbeddedNeo4j.start(store.resolve("graph"),
                new EmbeddedNeo4j.Connectors("127.0.0.1", 0, 0, Optional.of(password)));
             Chromium chromium = Chromium.start(1400, 900)) {
            WebDriver page = chromium.driver();
            page.get(secured.httpUri().orElseThrow() + "browser/");
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(60));

            WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='boltaddress']")));
            WebElement scheme = page.findElement(By.xpath("//input[@data-testid='boltaddress']/preceding::select[1]"));
            WebElement user = page.findElement(By.cssSelector("[data-testid='username']"));
            assertThat(new org.openqa.selenium.support.ui.Select(scheme).getFirstSelectedOption().getText()).isEqualTo("bolt://");
            assertThat(address.getDomProperty("value")).isEqualTo("127.0.0.1:" + secured.boltUri().getPort());
            assertThat(user.getDomProperty("value")).isEqualTo("neo4j");

            page.findElement(By.cssSelector("[data-testid='password']")).sendKeys(password);
            page.findElement(By.cssSelector("[data-testid='connect']")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid='boltaddress']")));
            assertThat(page.findElements(By.cssSelector("[data-testid='disconnectedBanner']"))).isEmpty();
        } finally {
            EmbeddedStore.deleteRecursively(store);
        }
    }

    /**
     * Clicks the run icon of one of the guide's runnable blocks, which runs it at once, and waits
     * for the frame it opens.
     */
    private static void runFromGuide(WebDriver page, WebDriverWait wait, String text) {
        int framesBefore = page.findElements(By.cssSelector("[data-testid='frame']")).size();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//pre[contains(@class,'runnable') and contains(., '" + text + "')]/i[contains(@class,'fa-play-circle-o')]")))
                .click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid='frame']")).size() > framesBefore);
    }

    /** Runs the guide's triangle query and reads the captions of the edges Browser draws. */
    @SuppressWarnings("unchecked")
    private static List<String> triangle(WebDriver page, WebDriverWait wait) {
        runFromGuide(page, wait, "s.year = $year");
        // The newest frame is the first; its drawing has one caption per relationship.
        return wait.until(d -> {
            List<String> captions = (List<String>) ((JavascriptExecutor) d).executeScript(
                    "var frame = document.querySelector(\"[data-testid='frame']\");"
                            + "return Array.from(frame.querySelectorAll('g.relationship text')).map(t => t.textContent);");
            return captions.size() >= 3 ? captions : null;
        });
    }
}

package org.alliancegraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.AllianceGraph;
import org.alliancegraph.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The validity report: the sign of each judged dyad-year's net against the article's status. */
class ValidityTests {

    static Validity report;

    @BeforeAll
    static void compute() {
        report = AllianceGraph.on(TestGraph.driver()).validity();
    }

    @Test
    @DisplayName("it is checked against the statuses committed before any tuning (config/validity.yml)")
    void statusesAsCommitted() throws IOException {
        Matcher m = Pattern.compile("(?m)^statusesSha256: ([0-9a-f]{64})$")
                .matcher(Files.readString(Path.of("config/validity.yml")));
        assertThat(m.find()).as("config/validity.yml holds statusesSha256").isTrue();
        assertThat(report.statusesSha256()).isEqualTo(m.group(1));
    }

    @Test
    @DisplayName("the split deals dyads, largest first, to the half with fewer judged years")
    void splitRule() {
        Map<String, Integer> years = new LinkedHashMap<>();
        years.put("a/b", 25);
        years.put("c/d", 42);
        years.put("e/f", 27);
        years.put("g/h", 38);
        years.put("i/j", 3);
        years.put("k/l", 3);
        // c/d 42 -> tuning (0 <= 0); g/h 38 -> held (42 > 0); e/f 27 -> held (42 > 38);
        // a/b 25 -> tuning (42 <= 65); i/j 3 -> held (67 > 65); k/l 3 -> tuning (67 <= 68)
        assertThat(IndexService.tuningHalf(years)).containsExactlyInAnyOrder("c/d", "a/b", "k/l");
    }

    @Test
    @DisplayName("the two halves hold the DPRK's two patrons apart, and add up to the whole")
    void halves() {
        assertThat(report.tuningDyads()).containsOnlyOnce("dprk/ussr").doesNotContain("dprk/prc");
        assertThat(report.tuning().checked() + report.heldBack().checked()).isEqualTo(report.all().checked());
        assertThat(report.tuning().agree() + report.heldBack().agree()).isEqualTo(report.all().agree());
        assertThat(report.all().checked() - report.all().agree()).isEqualTo(report.disagreements().size());
        assertThat(report.all().rate()).isEqualTo(Math.round(1000.0 * report.all().agree() / report.all().checked()) / 1000.0);
    }

    @Test
    @DisplayName("every disagreement is a signed status against a net of the other sign (or zero), with its facts")
    void disagreementsDisagree() {
        List<String> positive = List.of("allied", "close", "normal");
        List<String> negative = List.of("strained", "frozen", "crisis", "hostile");
        assertThat(report.disagreements()).allSatisfy(row -> {
            assertThat(positive.contains(row.status()) || negative.contains(row.status())).as(row.status()).isTrue();
            if (positive.contains(row.status())) {
                assertThat(row.net()).isLessThanOrEqualTo(0.0);
            } else {
                assertThat(row.net()).isGreaterThanOrEqualTo(0.0);
            }
            assertThat(row.facts()).isNotEmpty();
            assertThat(row.half()).isEqualTo(report.tuningDyads().contains(row.dyad()) ? "tuning" : "held back");
        });
    }
}

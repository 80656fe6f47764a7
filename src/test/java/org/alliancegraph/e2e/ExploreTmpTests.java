package org.alliancegraph.e2e;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
import org.openqa.selenium.*;
class ExploreTmpTests {
  @Test void look() throws Exception {
    try (Chromium c = Chromium.start(1400, 900)) {
      String[] urls = System.getProperty("urls").split(" ");
      int i = 0;
      for (String u : urls) {
        if (u.startsWith("JS:")) { Object r = ((JavascriptExecutor) c.driver()).executeScript(u.substring(3)); System.out.println("JS => " + r); continue; }
        if (u.startsWith("SLEEP:")) { Thread.sleep(Long.parseLong(u.substring(6))); continue; }
        if (u.startsWith("TYPE:")) { WebElement e = c.driver().switchTo().activeElement(); e.sendKeys(u.substring(5).replace('_',' ')); e.sendKeys(Keys.CONTROL, Keys.ENTER); continue; }
        c.driver().get(u);
        Thread.sleep(Long.getLong("wait", 12000));
        Files.write(Path.of("/tmp/explore/s" + (i++) + ".png"), ((TakesScreenshot) c.driver()).getScreenshotAs(OutputType.BYTES));
        for (var entry : c.driver().manage().logs().get("browser")) System.out.println("LOG " + entry);
      }
      Files.write(Path.of("/tmp/explore/final.png"), ((TakesScreenshot) c.driver()).getScreenshotAs(OutputType.BYTES));
    }
  }
}

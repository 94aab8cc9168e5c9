package io.wirewatch.dashboard;

import static io.wirewatch.dashboard.view.Fixtures.article;
import static io.wirewatch.dashboard.view.Fixtures.assignment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * The page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; no
 * driver is downloaded): a story published to the topics appears without a reload, hostile titles
 * stay text, and the story page lists its copies in order. Screenshots go to
 * {@code target/dashboard-screenshots/}.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final String HOSTILE = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> Raketen";

    private TestTopics topics;
    private DashboardService service;
    private ChromeDriver browser;
    private Path profile;

    @BeforeAll
    static void browserInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: install Debian's packages with "
                    + "'apt-get install -y chromium chromium-driver' (.ci/run does so when they are missing)");
        }
        assumeTrue(installed, "browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are not installed (apt-get install -y chromium chromium-driver); with CI=true this fails instead");
    }

    @BeforeEach
    void start() throws Exception {
        topics = new TestTopics();
        service = new DashboardService(DashboardConfig.defaults().withAddress("127.0.0.1", 0), TestTopics.client(),
                topics.prefix, Clock.systemUTC());
        service.start();
        profile = Files.createTempDirectory("wirewatch-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driverService, options);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        service.close();
        topics.close();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aPublishedStoryAppearsLiveAsTextAndItsPageListsTheCopiesInOrder() throws Exception {
        browser.get("http://127.0.0.1:" + service.port() + "/");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "live".equals(browser.findElement(By.id("status")).getDomAttribute("data-state")));
        js("window.loadedOnce = 'yes';");

        Instant now = Instant.now();
        topics.publish(Topics.ARTICLES, "h1", article("h1", "erste", HOSTILE, now.minusSeconds(1200)));
        topics.publish(Topics.ASSIGNMENTS, "h1", assignment("h1", "s-hostile", null));
        topics.publish(Topics.ARTICLES, "h2", article("h2", "zweite", "Kopie: " + HOSTILE, now));
        topics.publish(Topics.ASSIGNMENTS, "h2", assignment("h2", "s-hostile", "h1"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<WebElement> rows = browser.findElements(By.cssSelector("li.story[data-id='s-hostile'] .meta"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getText()).startsWith("2 articles · 2 outlets");
        });
        WebElement headline = browser.findElement(By.cssSelector("li.story[data-id='s-hostile'] a.headline"));
        assertThat(headline.getText()).as("the title is shown as text").isEqualTo(HOSTILE);
        assertThat(js("return window.loadedOnce")).as("no reload").isEqualTo("yes");
        assertNothingRan();
        screenshot("stories.png");

        headline.click();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(browser.findElements(By.cssSelector("tr.article"))).hasSize(2));
        List<WebElement> articles = browser.findElements(By.cssSelector("tr.article"));
        assertThat(articles).extracting(row -> row.getDomAttribute("data-id")).containsExactly("h1", "h2");
        assertThat(articles.get(0).findElements(By.tagName("td")).get(3).getText()).isEqualTo("original");
        assertThat(articles.get(1).findElements(By.tagName("td")).get(3).getText()).isEqualTo("copy");
        assertThat(articles.get(1).findElements(By.tagName("td")).get(4).getText()).isEqualTo("+20 min");
        assertThat(articles.get(0).findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("https://erste.example/h1");
        assertNothingRan();
        screenshot("story.png");
    }

    private void assertNothingRan() {
        assertThat(js("return typeof window.pwned")).as("no injected script ran").isEqualTo("undefined");
        assertThat(browser.findElements(By.cssSelector("#main script, #main img"))).as("no injected elements").isEmpty();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).isPositive();
    }
}

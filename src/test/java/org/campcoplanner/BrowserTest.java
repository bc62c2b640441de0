package org.campcoplanner;

import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.demo.DemoCamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The app in a real headless browser (Debian's Chromium and ChromeDriver; .ci/run installs
 * them): the demo leader's roster board, also with a seat selected at a laptop's width, and the
 * demo volunteer's shifts at a phone's width, with screenshots kept in {@code target/}; signing in
 * through the login form's CSRF token, under the Content-Security-Policy, with the session in its
 * cookie only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
@Import(CampWeekClock.class)
class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @LocalServerPort
    int port;
    @Autowired
    CampPlanService campPlans;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = chromium("en");
    }

    /** Headless Chromium whose user speaks the language, as its Accept-Language says. */
    static WebDriver chromium(String language) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser test drives Debian's headless Chromium; install it with "
                    + "'sudo apt-get install -y chromium chromium-driver' (CI does this itself)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        options.addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void aFrenchSpeakingBrowserGetsTheLoginPageInFrench() throws IOException {
        browser.quit();
        browser = chromium("fr");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get("http://localhost:" + port + "/login");

        wait.until(ExpectedConditions.titleIs("Connexion | Camp co-planner"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        Object submit = ((JavascriptExecutor) browser).executeScript("return arguments[0].i18n.form.submit", form);
        assertThat(submit).isEqualTo("Se connecter");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "login-french.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theDemoCampsRosterBoardOpensInABrowser() throws IOException {
        String demo = DemoCamp.NAME;
        long campId = openTheDemoCampsBoardAsItsLeader(new WebDriverWait(browser, Duration.ofSeconds(60)));

        // the score in plain words, "No rule broken. 3 seats empty.", never the solver's 0hard/0medium/-283940soft
        assertThat(browser.findElement(By.id("roster-score")).getText())
                .matches("(No rule broken|\\d+ hard rules? broken: .+)\\. .+").doesNotContainPattern("\\d+hard/");
        assertThat(browser.findElements(By.className("roster-session"))).isNotEmpty();
        // the camp page's export link is signed in by the same web session
        Object exported = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/export/camps/" + campId + "/plan.json').then(r => r.text()).then(done, e => done(String(e)));");
        assertThat(String.valueOf(exported)).startsWith("{").contains("\"formatVersion\"").contains(demo);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path saved = Path.of("target", "roster-board.png");
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isPositive();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void selectingASeatOnALaptopKeepsTheBoardsWednesdayAboveTheFold() throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 768));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        openTheDemoCampsBoardAsItsLeader(wait);
        JavascriptExecutor page = (JavascriptExecutor) browser;
        String wednesdayTop = "const day = [...document.querySelectorAll('.roster-day')]"
                + ".find(d => d.querySelector('h4').textContent.startsWith('Wednesday'));"
                + "return day ? day.getBoundingClientRect().top : null;";
        assertThat(page.executeScript(wednesdayTop)).as("the demo camp's first week has a Wednesday").isNotNull();

        browser.findElement(By.cssSelector(".roster-day .roster-seat, .roster-day .roster-seat-empty")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seat-panel-title")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("roster-seat-selected")));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "roster-board-seat-selected.png"), StandardCopyOption.REPLACE_EXISTING);

        long viewport = ((Number) page.executeScript("return window.innerHeight")).longValue();
        double top = ((Number) page.executeScript(wednesdayTop)).doubleValue();
        assertThat(top).as("Wednesday's column starts above the fold").isBetween(0.0, viewport - 100.0);
        double panel = ((Number) page.executeScript(
                "return document.getElementById('seat-panel').getBoundingClientRect().height")).doubleValue();
        assertThat(panel).as("the seat panel keeps its height and scrolls on its own").isLessThan(viewport);
        assertThat(browser.findElements(By.cssSelector("#seat-panel .roster-candidate")).size()).isBetween(1, 10);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void onAPhoneASelectedSeatOpensAsASheetFromTheBottomThatCloses() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        openTheDemoCampsBoardAsItsLeader(wait);
        JavascriptExecutor page = (JavascriptExecutor) browser;
        String sheet = "const box = document.getElementById('seat-panel').getBoundingClientRect();"
                + "return [box.top, box.bottom, box.height, box.width, window.innerHeight, window.innerWidth,"
                + " getComputedStyle(document.getElementById('seat-panel')).display];";
        assertThat(((List<?>) page.executeScript(sheet)).get(6)).as("no sheet before a seat is chosen").isEqualTo("none");

        WebElement seat = browser.findElement(By.cssSelector(".roster-day .roster-seat, .roster-day .roster-seat-empty"));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", seat);
        seat.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("seat-panel-title")));

        List<?> box = (List<?>) page.executeScript(sheet);
        double bottom = ((Number) box.get(1)).doubleValue();
        double height = ((Number) box.get(2)).doubleValue();
        double viewport = ((Number) box.get(4)).doubleValue();
        assertThat(bottom).as("the sheet sits on the bottom edge").isCloseTo(viewport, within(2.0));
        assertThat(height).as("the sheet leaves the board in sight above it").isBetween(viewport * 0.3, viewport * 0.75);
        assertThat(((Number) box.get(3)).doubleValue()).as("the sheet spans the phone")
                .isCloseTo(((Number) box.get(5)).doubleValue(), within(20.0));
        assertNothingSticksOutSideways("the seat sheet needs no sideways scrolling on a phone");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "roster-board-phone-sheet.png"), StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.id("seat-panel-close")).click();
        wait.until(driver -> "none".equals(((List<?>) page.executeScript(sheet)).get(6)));
    }

    @Test
    void aVolunteersShiftsFitAPhoneScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 780));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get("http://localhost:" + port + "/");
        signIn(wait, "volunteer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("shift-card")));

        assertNothingSticksOutSideways("nothing sticks out sideways on a phone");
        assertThat(browser.findElements(By.className("cannot-make-it"))).isNotEmpty();
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "my-shifts-phone.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theImpactPageDrawsItsChartsOnALaptopAndOnAPhoneAndItsFiguresDownload() throws IOException {
        long campId = campPlans.listCamps().stream().filter(c -> c.name().equals(DemoCamp.NAME)).findFirst()
                .orElseThrow().id();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");
        signIn(wait, "leader");
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            browser.get("http://localhost:" + port + "/impact/" + campId);
            wait.until(driver -> driver.findElements(By.cssSelector(".impact-chart svg")).size() == 8);

            assertNothingSticksOutSideways("the impact page needs no sideways scrolling at " + size.width + " px");
            long chartWidth = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return [...document.querySelectorAll('.impact-chart svg')].map(svg => svg.getBoundingClientRect().width)"
                            + ".find(width => width > 0)")).longValue();
            assertThat(chartWidth).as("one of each chart's two drawings shows, scaled to the screen").isBetween(200L, 760L);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "impact-" + size.width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/export/camps/" + campId + "/hours.csv').then(r => r.arrayBuffer().then(bytes => done("
                + "r.status + ' ' + r.headers.get('content-type') + ' ' + new Uint8Array(bytes).slice(0, 3).join(','))))"
                + ".catch(e => done('failed ' + e))");
        assertThat(csv).isEqualTo("200 text/csv;charset=UTF-8 239,187,191");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aRefusedExportLinkAndAnUnknownAddressShowTheProductsOwnPages() {
        long campId = campPlans.listCamps().stream().filter(c -> c.name().equals(DemoCamp.NAME)).findFirst()
                .orElseThrow().id();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");
        signIn(wait, "volunteer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("shift-card")));

        browser.get("http://localhost:" + port + "/export/camps/" + campId + "/plan.json");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");

        browser.get("http://localhost:" + port + "/no-such-page");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-not-found")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Page not found")
                .doesNotContain("Could not navigate");
    }

    @Test
    void theStatementOfHoursFitsAPhoneScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");
        signIn(wait, "volunteer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("shift-card")));

        browser.get("http://localhost:" + port + "/my-statement");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statement-hours")));
        assertNothingSticksOutSideways("the statement needs no sideways scrolling on a phone");
        assertThat(browser.findElement(By.id("statement-camp")).getText()).contains(DemoCamp.NAME);
        // the PDF link downloads a PDF in the volunteer's own session
        Object pdf = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('statement-pdf').href).then(r => r.arrayBuffer().then(bytes => done("
                + "r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + String.fromCharCode(...new Uint8Array(bytes).slice(0, 5))))).catch(e => done('failed ' + e))");
        assertThat(pdf).isEqualTo("200 application/pdf %PDF-");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "statement-phone.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void thePeopleAndSessionsListsShowWholeHeadersAndValuesOnALaptopAndFillThePage() throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 768));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        long campId = openTheDemoCampsBoardAsItsLeader(wait);
        JavascriptExecutor page = (JavascriptExecutor) browser;
        for (Map.Entry<String, String> list : Map.of("people", "#people-grid",
                "sessions", "#series-grid").entrySet()) {
            browser.get("http://localhost:" + port + "/" + list.getKey() + "/" + campId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(list.getValue()
                    + " vaadin-grid-cell-content")));
            // auto-width columns are measured once the first rows are in
            wait.until(driver -> page.executeScript("const grid = document.querySelector(arguments[0]);"
                    + "return grid._effectiveSize > 0 && !grid.loading;", list.getValue()));
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    Path.of("target", list.getKey() + "-laptop.png"), StandardCopyOption.REPLACE_EXISTING);

            Object cut = page.executeScript("return [...document.querySelector(arguments[0])"
                    + ".querySelectorAll('vaadin-grid-cell-content')].filter(c => c.clientWidth > 0 "
                    + "&& c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim())", list.getValue());
            assertThat((List<?>) cut).as("headers and values cut short on the " + list.getKey() + " page").isEmpty();
            Object sideways = page.executeScript("const table = document.querySelector(arguments[0]).$.table;"
                    + "return table.scrollWidth - table.clientWidth", list.getValue());
            assertThat(((Number) sideways).longValue()).as("the " + list.getKey() + " list scrolls sideways")
                    .isLessThanOrEqualTo(1);
            double bottom = ((Number) page.executeScript("return document.querySelector(arguments[0])"
                    + ".getBoundingClientRect().bottom", list.getValue())).doubleValue();
            long viewport = ((Number) page.executeScript("return window.innerHeight")).longValue();
            assertThat(bottom).as("the " + list.getKey() + " list reaches down the page").isGreaterThan(viewport - 60.0);
        }
    }

    /** Signs in as the demo leader and opens the demo camp's roster board; the camp's id. */
    private long openTheDemoCampsBoardAsItsLeader(WebDriverWait wait) {
        String demo = DemoCamp.NAME;
        long campId = campPlans.listCamps().stream().filter(c -> c.name().equals(demo)).findFirst().orElseThrow().id();
        browser.get("http://localhost:" + port + "/");
        signIn(wait, "leader");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), demo));
        browser.get("http://localhost:" + port + "/roster/" + campId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster-score")));
        return campId;
    }

    @Test
    void theLoginFormSignsInUnderTheContentPolicyAndTheSessionStaysInItsCookie() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get("http://localhost:" + port + "/");
        signIn(wait, "leader");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), DemoCamp.NAME));

        assertThat(browser.getCurrentUrl()).doesNotContainIgnoringCase("jsessionid");
        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
        assertThat(blocked).as("what the browser refused under the policy").isEmpty();
        HttpResponse<String> firstVisit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(firstVisit.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(firstVisit.headers().firstValue("Location").orElse("") + firstVisit.body())
                .doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aSlowedDownSignInSaysWhenToTryAgain() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        JavascriptExecutor page = (JavascriptExecutor) browser;

        for (int attempt = 0; attempt < 6; attempt++) {
            browser.get("http://localhost:" + port + "/login");
            signIn(wait, "nobody-in-particular", "guess " + attempt);
            wait.until(ExpectedConditions.urlContains("error"));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));

        Object shown = page.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
        assertThat(String.valueOf(shown)).isEqualTo("Too many attempts: try again in 1 minute.");
    }

    private void assertNothingSticksOutSideways(String why) {
        long viewport = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).longValue();
        long content = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).longValue();
        assertThat(content).as(why).isLessThanOrEqualTo(viewport);
    }

    private void signIn(WebDriverWait wait, String account) {
        signIn(wait, account, "demo");
    }

    private void signIn(WebDriverWait wait, String account, String password) {
        LoginPage.signIn(browser, wait, account, password);
    }
}

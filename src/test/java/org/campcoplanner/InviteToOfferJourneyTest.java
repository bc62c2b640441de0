package org.campcoplanner;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.campcoplanner.account.Invitations;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.roster.PublishedBaseline;
import org.campcoplanner.roster.RosterChanges;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.signoff.PublishedRevisions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A season's newcomer gets in and picks up a shift by themselves, in a real headless browser: the
 * demo leader invites one person by name, the person opens the emailed link, chooses a username and
 * password, signs in on a phone, offers to take an open shift, and the leader accepts it into the
 * draft. Screenshots are kept in {@code target/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
@Import(CampWeekClock.class)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "camp.public-url=https://camps.example.ca"})
class InviteToOfferJourneyTest {

    private static final Pattern LINK = Pattern.compile("/welcome/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    Invitations invitations;
    @Autowired
    PublishedRevisions published;
    @Autowired
    RosterChanges rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private WebDriver browser;
    /** The open shift the newcomer offers to take, as its card starts: "Tue 4 Aug 18:00–21:00\nEvening sports - Helper". */
    private String offeredShift;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.update("delete from user_account where username = 'newcomer'");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aNewcomerIsInvitedMakesTheirAccountPicksUpAShiftAndTheLeaderAcceptsIt() throws IOException {
        long campId = campPlans.listCamps().stream().filter(c -> c.name().equals(DemoCamp.NAME)).findFirst()
                .orElseThrow().id();
        String newcomer = someoneInvitableWithAnOpenShift(campId);
        browser = BrowserTest.chromium("en");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.manage().window().setSize(new Dimension(1366, 900));
        open("/invitations/" + campId);
        signIn(wait, "leader", "demo");
        WebElement person = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-combo-box#invite-one-person input")));
        person.sendKeys(newcomer);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-combo-box-item")));
        person.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.findElement(By.id("invite-one")).click();
        waitForNotification(wait, "The invitation to " + newcomer + " is on its way.");
        shot("journey-1-invited.png");
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        // the demo's own messages may reach the mail server too: the invitation is the one with the link
        Matcher link = java.util.Arrays.stream(smtp.getReceivedMessages())
                .map(message -> LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "")))
                .filter(Matcher::find).findFirst().orElseThrow();

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/welcome/" + link.group(1));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#welcome-username input")))
                .sendKeys("newcomer");
        browser.findElement(By.cssSelector("#welcome-password input")).sendKeys("a long password 1");
        browser.findElement(By.cssSelector("#welcome-repeat-password input")).sendKeys("a long password 1");
        shot("journey-2-welcome-phone.png");
        browser.findElement(By.id("welcome-create")).click();
        waitForNotification(wait, "Your account newcomer is ready.");
        open("/login");
        signIn(wait, "newcomer", "a long password 1");

        open("/my-shifts");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.offer-shift")));
        WebElement offer = browser.findElements(By.cssSelector(".open-shift")).stream()
                .filter(card -> card.getText().startsWith(offeredShift)).findFirst().orElseThrow()
                .findElement(By.cssSelector("vaadin-button.offer-shift"));
        if (!offer.isDisplayed()) {
            browser.findElement(By.id("more-open-shifts")).click();
            wait.until(ExpectedConditions.visibilityOf(offer));
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", offer);
        offer.click();
        waitForNotification(wait, "Sent to the planning team. You will be told.");
        assertThat(browser.findElements(By.cssSelector(".shift-request"))).hasSize(1);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).longValue()).isLessThanOrEqualTo(390);
        shot("journey-3-offered-phone.png");

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 900));
        open("/login");
        signIn(wait, "leader", "demo");
        open("/requests/" + campId);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.accept-request")));
        WebElement accept = browser.findElements(By.cssSelector(".shift-request")).stream()
                .filter(card -> card.getText().startsWith(newcomer + " offers to take ")).findFirst().orElseThrow()
                .findElement(By.cssSelector("vaadin-button.accept-request"));
        accept.click();
        waitForNotification(wait, "In the draft now.");
        shot("journey-4-accepted.png");
        assertThat(jdbc.queryForObject("select count(*) from shift_request r join user_account a on a.person_id = r.person_id "
                + "where a.username = 'newcomer' and r.status = 'ACCEPTED'", Integer.class)).isEqualTo(1);
    }

    /**
     * Someone without an account who could take an empty seat ahead, given an address and no invitation
     * yet: the page tests before this one share the demo camp and may have used up its invitable people.
     */
    private String someoneInvitableWithAnOpenShift(long campId) {
        PublishedRevisions.Published revision = published.of(campId).orElseThrow();
        CampPlan now = campPlans.planForChecks(campId);
        CampPlan facing = now.withAssignments(new PublishedBaseline.Revision(revision.number(), revision.plan())
                .seatsStillIn(now));
        LocalDateTime today = LocalDateTime.now(clock.withZone(ZoneId.of(facing.camp().timeZone())));
        Map<String, Object> person = jdbc.queryForList("select p.id, p.external_id, p.name from person p where p.camp_id = ? "
                        + "and p.kind = 'VOLUNTEER' and not exists (select 1 from user_account a where a.person_id = p.id) "
                        + "order by p.id", campId).stream()
                .filter(row -> rules.openSeatsFor(facing, (String) row.get("external_id"), today).stream()
                        .anyMatch(seat -> emptyInTheDraft(now, seat)))
                .findFirst().orElseThrow();
        // a re-plan in an earlier page test may have filled some of the demo's open seats in the draft
        SeatKey seat = rules.openSeatsFor(facing, (String) person.get("external_id"), today).stream()
                .filter(key -> emptyInTheDraft(now, key)).findFirst().orElseThrow();
        CampPlan.Session session = now.sessions().stream().filter(s -> s.id().equals(seat.session())).findFirst()
                .orElseThrow();
        offeredShift = DateStyle.when(session.start(), session.end(), Locale.ENGLISH) + "\n" + session.title() + " - "
                + seat.role();
        long id = ((Number) person.get("id")).longValue();
        jdbc.update("delete from invitation where person_id = ?", id);
        jdbc.update("update person set email = 'newcomer@example.org' where id = ?", id);
        assertThat(invitations.invitable(campId)).extracting(Invitations.InvitablePerson::personId).contains(id);
        return (String) person.get("name");
    }

    private static boolean emptyInTheDraft(CampPlan draft, SeatKey seat) {
        return draft.assignments().stream().noneMatch(a -> a.session().equals(seat.session()) && a.role().equals(seat.role())
                && a.index() == seat.index() && a.person() != null);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(WebDriverWait wait, String account, String password) {
        LoginPage.signIn(browser, wait, account, password);
        wait.withMessage(() -> account + " still not signed in " + LoginPage.state(browser))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void waitForNotification(WebDriverWait wait, String startingWith) {
        wait.until(driver -> driver.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().startsWith(startingWith)));
    }

    private void shot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}

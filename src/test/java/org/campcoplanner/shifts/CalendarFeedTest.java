package org.campcoplanner.shifts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.campcoplanner.Actors;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.roster.DraftRosterService;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.signoff.SignOffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A volunteer's calendar feed on PostgreSQL: it parses, an overnight camp-out has the right local
 * times in the camp's zone, UIDs survive a republish, and a new URL kills the old one.
 */
@PostgresTest
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    SignOffService signOff;
    @Autowired
    DraftRosterService drafts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private Actors actors;
    private long campId;
    private String suffix;

    @BeforeEach
    void aPublishedCampOutWithAminaAsAVolunteerAccount() {
        actors = new Actors(userDetails);
        suffix = Long.toString(System.nanoTime(), 36);
        account("admin", "ADMIN", null);
        // the example breaks rules on purpose; this is the camp-out alone, with limits that allow it
        campId = actors.as("admin-" + suffix, () -> campPlans.importPlan(new PlanReader().read(
                TestPlans.changed(TestPlans.OVERNIGHT_CAMP, plan -> {
                    ((ArrayNode) plan.get("sessions")).remove(1);
                    ((ArrayNode) plan.get("assignments")).remove(3);
                    TestPlans.at(plan, "/people/1").put("maxHoursPerDay", 16).put("maxHoursOutsideStandardPerWeek", 20)
                            .put("minRestHours", 8);
                }))));
        account("leader", "LEADER", null);
        account("staff", "STAFF", null);
        jdbc.update("insert into camp_member (account_id, camp_id) select id, ? from user_account where username in (?, ?)",
                campId, "leader-" + suffix, "staff-" + suffix);
        account("amina", "VOLUNTEER", jdbc.queryForObject(
                "select id from person where camp_id = ? and external_id = 'amina'", Long.class, campId));
        publish();
    }

    @Test
    void theFeedParsesWithTheCampOutAtLocalTimesInTheCampsZone() throws Exception {
        Calendar calendar = feed(calendarUrl());

        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(calendar.getComponents(Component.VTIMEZONE).get(0).getProperty(Property.TZID).orElseThrow().getValue())
                .isEqualTo("America/Toronto");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).singleElement().satisfies(campOut -> {
            Property start = campOut.getProperty(Property.DTSTART).orElseThrow();
            Property end = campOut.getProperty(Property.DTEND).orElseThrow();
            assertThat(start.getValue()).isEqualTo("20260710T190000");
            assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/Toronto");
            assertThat(end.getValue()).isEqualTo("20260711T090000");
            assertThat(end.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/Toronto");
        });
    }

    @Test
    void theFeedSpeaksThePersonsLanguage() throws Exception {
        String url = calendarUrl();
        assertThat(event(feed(url), Property.DESCRIPTION)).endsWith(": Lead at Friday camp-out.");

        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", "amina-" + suffix);

        assertThat(event(feed(url), Property.DESCRIPTION)).endsWith(" : Lead à Friday camp-out.");
        assertThat(event(feed(url), Property.SUMMARY)).isEqualTo("Friday camp-out (Lead)");
    }

    @Test
    void theFeedShowsOnlyThePersonsOwnShiftsAndNoContactDetails() throws Exception {
        String ics = mvc.perform(get(path(calendarUrl()))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();

        assertThat(ics).doesNotContain("Noah").doesNotContain("@example.org");
    }

    @Test
    void uidsStayTheSameWhenALaterRevisionIsPublished() throws Exception {
        Set<String> before = uids(feed(calendarUrl()));

        actors.run("leader-" + suffix, () -> {
            SeatKey campOutLead = new SeatKey("campout", "Lead", 1);
            drafts.assign(campId, campOutLead, "amina", false, drafts.snapshot(campId).get(campOutLead).version());
        });
        publish();

        assertThat(jdbc.queryForObject("select count(*) from roster_revision where camp_id = ? and status = 'SUPERSEDED'",
                Integer.class, campId)).isEqualTo(1);
        assertThat(uids(feed(calendarUrl()))).isEqualTo(before).isNotEmpty();
    }

    @Test
    void aNewUrlMakesTheOldOneAnswer404() throws Exception {
        String old = calendarUrl();

        String renewed = json.readTree(mvc.perform(post("/api/me/calendar-url").with(amina()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("url").asText();

        assertThat(renewed).isNotEqualTo(old);
        mvc.perform(get(path(old))).andExpect(status().isNotFound());
        mvc.perform(get(path(renewed))).andExpect(status().isOk());
        mvc.perform(get("/calendar/not-a-real-secret-at-all-0123456789.ics")).andExpect(status().isNotFound());
    }

    @Test
    void myShiftsOverTheApiListTheCampOutWithBothDays() throws Exception {
        JsonNode shifts = json.readTree(mvc.perform(get("/api/me/shifts").with(amina())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(shifts.get("revision").asInt()).isEqualTo(1);
        List<JsonNode> all = new ArrayList<>();
        shifts.get("upcoming").forEach(all::add);
        shifts.get("past").forEach(all::add);
        assertThat(all).singleElement().satisfies(shift -> {
            assertThat(shift.get("start").asText()).isEqualTo("2026-07-10T19:00:00");
            assertThat(shift.get("end").asText()).isEqualTo("2026-07-11T09:00:00");
            assertThat(shift.get("with").toString()).isEqualTo("[\"Noah\"]");
        });
        mvc.perform(get("/api/me/shifts")).andExpect(status().isUnauthorized());
    }

    private void publish() {
        actors.run("leader-" + suffix, () -> signOff.propose(campId, true));
        int number = jdbc.queryForObject("select max(number) from roster_revision where camp_id = ?", Integer.class, campId);
        actors.run("staff-" + suffix, () -> signOff.approve(campId, number, true));
    }

    private void account(String name, String role, Long personId) {
        jdbc.update("insert into user_account (id, version, username, display_name, password_hash, role, person_id, "
                + "created_at) values (nextval('entity_id_seq'), 0, ?, ?, '{noop}pw', ?, ?, now())",
                name + "-" + suffix, name, role, personId);
    }

    private RequestPostProcessor amina() {
        return httpBasic("amina-" + suffix, "pw");
    }

    private String calendarUrl() throws Exception {
        return json.readTree(mvc.perform(get("/api/me/calendar-url").with(amina())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("url").asText();
    }

    private Calendar feed(String url) throws Exception {
        String ics = mvc.perform(get(path(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String event(Calendar calendar, String property) {
        return calendar.<VEvent>getComponents(Component.VEVENT).get(0).getProperty(property).orElseThrow().getValue();
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static Set<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> event.getProperty(Property.UID).orElseThrow().getValue()).collect(Collectors.toSet());
    }
}

package org.campcoplanner.inbox.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.inbox.InboxMessage;
import org.campcoplanner.planning.Text;
import org.campcoplanner.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo volunteer reads a message about their shifts. */
@H2Test
class InboxViewTest extends KaribuTest {

    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String signedInAs() {
        return "volunteer";
    }

    @Test
    void aNewMessageIsUnreadUntilOpened() {
        long campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        String planId = jdbc.queryForObject("select p.external_id from person p join user_account a on a.person_id = p.id "
                + "where a.username = 'volunteer'", String.class);
        String camp = "Camp " + System.nanoTime();
        String subject = "Your shifts at " + camp + " changed (revision 7)";
        Text line = Text.of("notice.shift.taken", "Swim", new Text.When(LocalDateTime.of(2026, 7, 6, 10, 0),
                LocalDateTime.of(2026, 7, 6, 12, 0)), "Pool", "Lead 1");
        SystemActor.run(() -> inbox.post(campId, planId, Text.of("notice.changed.subject", camp, 7),
                Text.of("notice.changed.body", List.of(line)), "my-shifts"));

        UI.getCurrent().navigate(InboxView.class);
        Div message = message(subject);
        assertThat(message.getClassNames()).contains("unread");

        ComponentUtil.fireEvent(message, new ClickEvent<>(message));

        assertThat(message.getElement().getText() + message.getElement().getOuterHTML())
                .contains("+ Swim, Mon 6 Jul 10:00–12:00, Pool (Lead 1)");
        assertThat(message.getClassNames()).doesNotContain("unread");
        assertThat(jdbc.queryForObject("select read_at is not null from notification where subject = ?", Boolean.class,
                subject)).isTrue();
    }

    @Test
    void aPlannersAccountReadsWhatWaitsForItAndOpensThePageToActOn() {
        long campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        long staffAccount = jdbc.queryForObject("select id from user_account where username = 'staff'", Long.class);
        String camp = "Camp " + System.nanoTime();
        String subject = "Revision 9 of " + camp + " waits for your signature";
        SystemActor.run(() -> inbox.postToAccounts(campId, List.of(staffAccount), Text.of("notice.proposed.subject", 9, camp),
                Text.of("notice.proposed.body", "Lee", 0), "sign-off/" + campId));

        login("staff");
        UI.getCurrent().navigate(InboxView.class);

        Div message = message(subject);
        Anchor act = _get(message, Anchor.class, spec -> spec.withClasses("inbox-act"));
        assertThat(act.getHref()).isEqualTo("sign-off/" + campId);
        assertThat(act.getText()).isEqualTo("Open the sign-off page");
        login("volunteer");
        assertThat(inbox.mine()).extracting(InboxMessage::subject).doesNotContain(subject);
    }

    @Test
    void aFrenchReaderReadsTheInboxInFrench() {
        long campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        String planId = jdbc.queryForObject("select p.external_id from person p join user_account a on a.person_id = p.id "
                + "where a.username = 'volunteer'", String.class);
        String toShifts = "Natation " + System.nanoTime();
        String toElsewhere = "Camp " + System.nanoTime();
        SystemActor.run(() -> {
            inbox.post(campId, planId, Text.of("notice.reminder.subject", toShifts), Text.of("notice.seconds", 1),
                    "my-shifts");
            inbox.post(campId, planId, Text.of("notice.published.subject", toElsewhere), Text.of("notice.seconds", 2),
                    "camp/" + campId);
        });
        UI.getCurrent().setLocale(Locale.CANADA_FRENCH);

        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(InboxView.class).getPageTitle()).isEqualTo("Messages | Camp co-planner");
        assertThat(_get(H2.class).getText()).isEqualTo("Messages");
        assertThat(_get(message(toShifts), Anchor.class, spec -> spec.withClasses("inbox-act")).getText())
                .isEqualTo("Voir mes quarts");
        assertThat(_get(message(toElsewhere), Anchor.class, spec -> spec.withClasses("inbox-act")).getText())
                .isEqualTo("Ouvrir la page");
    }

    private static Div message(String subject) {
        List<Div> messages = _find(Div.class, spec -> spec.withClasses("inbox-message"));
        return messages.stream().filter(m -> m.getElement().getOuterHTML().contains(subject)).findFirst().orElseThrow();
    }
}

package org.campcoplanner.account.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.InvitationStatus;
import org.campcoplanner.account.InvitationSummary;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.security.ui.LoginView;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.component.dialog.Dialog;
import org.campcoplanner.account.Invitations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A leader invites the camp's people from the people page; one of them opens the link and makes their account. */
@H2Test
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "camp.public-url=https://camps.example.ca"})
class InvitationViewsTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/welcome/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcTemplate jdbc;

    private long campId;

    @Override
    protected String signedInAs() {
        return "leader";
    }

    @BeforeEach
    void onlyOnePersonOfTheDemoCampHasAnAddressAndNoAccount() {
        campId = jdbc.queryForObject("select id from camp where name = ?", Long.class, DemoCamp.NAME);
        jdbc.update("delete from invitation where camp_id = ?", campId);
        jdbc.update("update person set email = null where camp_id = ?", campId);
        jdbc.update("update person set email = 'invited@example.org' where id = (select min(p.id) from person p where "
                + "p.camp_id = ? and p.kind = 'VOLUNTEER' and not exists (select 1 from user_account a where a.person_id = p.id))",
                campId);
    }

    @Test
    void theLeaderInvitesAndTheVolunteerMakesTheirAccount() throws Exception {
        UI.getCurrent().navigate(InvitationsView.class, campId);
        InvitationsView view = _get(InvitationsView.class);
        assertThat(view.inviteEveryone.getText()).isEqualTo("Invite 1 person");

        _click(view.inviteEveryone);
        // nothing leaves before the planner confirms
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Send the invitations?");
        _click(_get(Button.class, spec -> spec.withId("invite-everyone-send")));

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(view.inviteEveryone.isEnabled()).isFalse();
        assertThat(view.inviteEveryone.getText()).isEqualTo("Nobody to invite");
        Matcher link = LINK.matcher((String) smtp.getReceivedMessages()[0].getContent());
        assertThat(link.find()).isTrue();

        UI.getCurrent().navigate(WelcomeView.class, link.group(1));
        WelcomeView welcome = _get(WelcomeView.class);
        assertThat(_get(H2.class).getText()).startsWith("Welcome, ");
        welcome.username.setValue("Not Allowed!");
        welcome.password.chosen.setValue("a long password");
        welcome.password.repeated.setValue("a long password");
        _click(welcome.create);
        assertThat(welcome.username.isInvalid()).isTrue();
        welcome.username.setValue("invited-volunteer");
        _click(welcome.create);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(jdbc.queryForObject("select role from user_account where username = 'invited-volunteer'", String.class))
                .isEqualTo("VOLUNTEER");
        UI.getCurrent().navigate(WelcomeView.class, link.group(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("welcome-link-closed")).getText()).startsWith("It was used already");
        jdbc.update("delete from user_account where username = 'invited-volunteer'");
    }

    @Test
    void onePersonInvitedByNameIsTakenBackFromTheList() {
        UI.getCurrent().navigate(InvitationsView.class, campId);
        InvitationsView view = _get(InvitationsView.class);
        _click(view.inviteOne);
        assertThat(view.onePerson.isInvalid()).isTrue();
        Invitations.InvitablePerson person = view.onePerson.getListDataView().getItems().findFirst().orElseThrow();
        view.onePerson.setValue(person);
        _click(view.inviteOne);
        assertThat(notifications()).contains("The invitation to " + person.name() + " is on its way.");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(view.onePerson.isEnabled()).isFalse();

        InvitationSummary open = List.copyOf(view.grid.getGenericDataView().getItems().toList()).get(0);
        assertThat(open.status()).isEqualTo(InvitationStatus.SENT);
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(view.grid, 0, "actions");
        _click(actions.getChildren().map(Button.class::cast).filter(button -> button.getText().equals("Take back"))
                .findFirst().orElseThrow());

        assertThat(view.grid.getGenericDataView().getItems().toList()).singleElement()
                .extracting(InvitationSummary::status).isEqualTo(InvitationStatus.REVOKED);
    }
}

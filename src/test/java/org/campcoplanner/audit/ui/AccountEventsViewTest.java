package org.campcoplanner.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.ui.AccountsView;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditEntry;
import org.campcoplanner.base.ui.PageNotAllowedView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The account events page: what happened to accounts and logins, for admins only. */
@H2Test
class AccountEventsViewTest {

    @Nested
    class Admin extends KaribuTest {

        @Test
        @SuppressWarnings("unchecked")
        void opensTheAccountEventsFromTheAccountsPageAndSeesTheDemoAccountsCreated() {
            UI.getCurrent().navigate(AccountsView.class);
            Anchor link = _get(Anchor.class, spec -> spec.withId("account-events"));
            UI.getCurrent().navigate(link.getHref());

            _assertOne(AccountEventsView.class);
            Grid<AuditEntry> events = _get(Grid.class, spec -> spec.withId("audit-events"));
            assertThat(_findAll(events)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo(AuditAction.ACCOUNT_CREATED);
                assertThat(entry.subject()).isEqualTo("Demo account leader");
                assertThat(entry.what()).isEqualTo("account created");
            });
        }
    }

    @Nested
    class FrenchAdmin extends KaribuTest {

        @Test
        @SuppressWarnings("unchecked")
        void readsTheAccountEventsInFrench() {
            UI.getCurrent().setLocale(Locale.CANADA_FRENCH);
            UI.getCurrent().navigate(AccountEventsView.class);

            assertThat(_get(AccountEventsView.class).getPageTitle()).isEqualTo("Événements des comptes | Camp co-planner");
            assertThat(_get(H2.class).getText()).isEqualTo("Événements des comptes");
            assertThat(_get(Anchor.class, spec -> spec.withText("Retour aux comptes")).getHref()).isEqualTo("accounts");
            Grid<AuditEntry> events = _get(Grid.class, spec -> spec.withId("audit-events"));
            assertThat(events.getColumns().stream().map(Grid.Column::getHeaderText))
                    .containsExactly("Quand", "Qui", "Quoi", "Objet", "Avant", "Après");
            List<AuditEntry> entries = _findAll(events);
            int created = entries.indexOf(entries.stream().filter(entry -> entry.action() == AuditAction.ACCOUNT_CREATED)
                    .findFirst().orElseThrow());
            assertThat(_getFormattedRow(events, created)).contains("compte créé");
        }
    }

    @Nested
    class Staff extends KaribuTest {

        @Override
        protected String signedInAs() {
            return "staff";
        }

        @Test
        void isRefusedTheAccountEvents() {
            UI.getCurrent().navigate(AccountEventsView.class);

            _assertNone(AccountEventsView.class);
            _assertOne(PageNotAllowedView.class);
        }
    }
}

package org.campcoplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.base.Language;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;

/**
 * The frame around every view: the product name, who is signed in, their language, and the
 * navigation their role allows.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ReaderLanguage readerLanguage) {
        Span title = new Span(getTranslation("base.app.name"));
        title.addClassName("camp-app-title");
        HorizontalLayout account = new HorizontalLayout();
        account.addClassName("camp-account");
        account.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Span who = new Span(CurrentUser.get().map(CampUser::displayName).orElse(CurrentUser.name()));
        who.setId("signed-in-as");
        Anchor ownAccount = new Anchor("account", getTranslation("base.layout.own-account"));
        ownAccount.setId("own-account");
        Select<Language> language = new Select<>();
        language.setId("language-switch");
        language.setAriaLabel(getTranslation("base.layout.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::ownName);
        language.setValue(Language.of(getLocale()));
        language.addThemeName("small");
        language.setWidth("8.5em");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                readerLanguage.choose(UI.getCurrent(), change.getValue());
                // every part of the page was written in the old language: draw it again
                UI.getCurrent().getPage().reload();
            }
        });
        Button signOut = new Button(getTranslation("base.layout.sign-out"), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.add(who, ownAccount, language, signOut);
        addToNavbar(new DrawerToggle(), title, account);

        SideNav navigation = new SideNav();
        navigation.setLabel(getTranslation("base.nav.label"));
        // by path, so the shared layout does not depend on the features it frames
        if (!CurrentUser.hasRole("VOLUNTEER")) {
            navigation.addItem(new SideNavItem(getTranslation("base.nav.camps"), "camps", VaadinIcon.CALENDAR.create()));
        }
        if (CurrentUser.get().map(CampUser::personId).isPresent()) {
            navigation.addItem(new SideNavItem(getTranslation("base.nav.my-shifts"), "my-shifts", VaadinIcon.CLOCK.create()));
            navigation.addItem(new SideNavItem(getTranslation("base.nav.my-availability"), "my-availability", VaadinIcon.CALENDAR_USER.create()));
            navigation.addItem(new SideNavItem(getTranslation("base.nav.my-credits"), "my-credits", VaadinIcon.PIGGY_BANK.create()));
        }
        navigation.addItem(new SideNavItem(getTranslation("base.nav.inbox"), "inbox", VaadinIcon.ENVELOPE.create()));
        if (CurrentUser.hasRole("ADMIN")) {
            navigation.addItem(new SideNavItem(getTranslation("base.nav.accounts"), "accounts", VaadinIcon.USERS.create()));
        }
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }
}

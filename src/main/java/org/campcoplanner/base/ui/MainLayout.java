package org.campcoplanner.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;

/** The frame around every view: the product name, who is signed in, and the navigation their role allows. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span title = new Span("Camp co-planner");
        title.addClassName("camp-app-title");
        HorizontalLayout account = new HorizontalLayout();
        account.addClassName("camp-account");
        account.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Span who = new Span(CurrentUser.get().map(CampUser::displayName).orElse(CurrentUser.name()));
        who.setId("signed-in-as");
        Anchor ownAccount = new Anchor("account", "Your account");
        ownAccount.setId("own-account");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.add(who, ownAccount, signOut);
        addToNavbar(new DrawerToggle(), title, account);

        SideNav navigation = new SideNav();
        navigation.setLabel("Main");
        // by path, so the shared layout does not depend on the features it frames
        if (!CurrentUser.hasRole("VOLUNTEER")) {
            navigation.addItem(new SideNavItem("Camps", "camps", VaadinIcon.CALENDAR.create()));
        }
        if (CurrentUser.get().map(CampUser::personId).isPresent()) {
            navigation.addItem(new SideNavItem("My shifts", "my-shifts", VaadinIcon.CLOCK.create()));
            navigation.addItem(new SideNavItem("My availability", "my-availability", VaadinIcon.CALENDAR_USER.create()));
            navigation.addItem(new SideNavItem("My time credits", "my-credits", VaadinIcon.PIGGY_BANK.create()));
        }
        navigation.addItem(new SideNavItem("Inbox", "inbox", VaadinIcon.ENVELOPE.create()));
        if (CurrentUser.hasRole("ADMIN")) {
            navigation.addItem(new SideNavItem("Accounts", "accounts", VaadinIcon.USERS.create()));
        }
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }
}

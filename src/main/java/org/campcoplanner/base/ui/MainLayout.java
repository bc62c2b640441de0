package org.campcoplanner.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;

/** The frame around every view: the product name and the side navigation. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span title = new Span("Camp co-planner");
        title.addClassName("camp-app-title");
        addToNavbar(new DrawerToggle(), title);

        SideNav navigation = new SideNav();
        navigation.setLabel("Main");
        // by path, so the shared layout does not depend on the features it frames
        navigation.addItem(new SideNavItem("Camps", "camps", VaadinIcon.CALENDAR.create()));
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }
}

package org.campcoplanner.camp.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.camp.CampSettings;
import org.campcoplanner.camp.CampSetupService;
import org.campcoplanner.planning.format.CampPlan;

/** Creating a camp, or changing an existing camp's days, rules, weights and sites. */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("camp-settings")
public class CampSettingsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CampSetupService setup;
    private final CampSettingsForm form = new CampSettingsForm();
    private final TextField siteName = new TextField(getTranslation("camp.settings.site"));
    private final TextField siteAddress = new TextField(getTranslation("camp.settings.address"));
    private final Grid<CampPlan.Site> sites = new Grid<>(CampPlan.Site.class, false);
    private final Button save = new Button(getTranslation("camp.settings.save"));
    private Long campId;
    private CampSettings loaded;

    public CampSettingsView(CampSetupService setup) {
        this.setup = setup;
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        sites.addColumn(CampPlan.Site::name).setHeader(getTranslation("camp.settings.site"));
        sites.addColumn(CampPlan.Site::address).setHeader(getTranslation("camp.settings.address"));
        sites.setAllRowsVisible(true);
        sites.setAriaLabel(getTranslation("camp.settings.sites"));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long camp) {
        campId = camp;
        removeAll();
        if (campId == null) {
            siteName.setHelperText(getTranslation("camp.settings.first-site-help"));
            add(new H2(getTranslation("camp.settings.new-camp")), form, new HorizontalLayout(siteName, siteAddress), save);
            return;
        }
        loaded = setup.load(campId);
        form.show(loaded);
        Button addSite = new Button(getTranslation("camp.settings.add-site"), click -> addSite());
        add(new H2(getTranslation("camp.settings.heading", loaded.name())), form, save,
                new H3(getTranslation("camp.settings.sites")), sites,
                new HorizontalLayout(siteName, siteAddress, addSite));
        sites.setItems(setup.sites(campId));
    }

    private void save() {
        try {
            CampSettings edited = form.settings();
            if (campId == null) {
                long created = setup.create(edited, siteName.getValue(), siteAddress.getValue());
                getUI().ifPresent(ui -> ui.navigate(CampView.class, created));
                Notifications.success(getTranslation("camp.settings.created", edited.name().strip()));
                return;
            }
            setup.update(campId, loaded, edited);
            loaded = setup.load(campId);
            form.show(loaded);
            Notifications.success(getTranslation("camp.settings.saved"));
        } catch (InvalidFormException e) {
            form.show(e);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("camp.settings.page-title");
    }

    private void addSite() {
        try {
            setup.addSite(campId, siteName.getValue(), siteAddress.getValue());
            siteName.clear();
            siteAddress.clear();
            sites.setItems(setup.sites(campId));
        } catch (InvalidFormException e) {
            FormProblems.on(siteName).show(e);
        }
    }
}

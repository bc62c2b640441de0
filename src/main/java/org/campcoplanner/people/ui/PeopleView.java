package org.campcoplanner.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.base.ui.Hours;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.base.ui.PersonKinds;
import org.campcoplanner.camp.CampNotFoundException;
import org.campcoplanner.people.InvalidPersonException;
import org.campcoplanner.people.PeopleService;
import org.campcoplanner.people.PersonDetails;
import org.campcoplanner.people.PersonSummary;
import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;
import org.campcoplanner.planning.format.CredentialNames;
import org.campcoplanner.planning.format.PersonKind;

import java.util.stream.Collectors;

/**
 * The people of one camp for planners: filter the list, open someone beside it to edit them, add
 * someone new, or import a CSV file of people.
 */
@RolesAllowed({"ADMIN", "STAFF", "LEADER"})
@Route("people")
public class PeopleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PeopleService people;
    private final Grid<PersonSummary> grid = new Grid<>(PersonSummary.class, false);
    private final PeopleFilterBar filters = new PeopleFilterBar(this::refresh);
    private final PersonForm form = new PersonForm();
    private final HorizontalLayout heading = new HorizontalLayout();
    private final Details importSection = new Details(getTranslation("people.view.import"));
    private long campId;
    private String campName = "";

    public PeopleView(PeopleService people) {
        this.people = people;
        setSizeFull();
        addClassName("people-view");
        configureGrid();
        form.setVisible(false);
        form.addSaveListener(this::save);
        form.addCloseListener(e -> close());

        Button newPerson = new Button(getTranslation("people.view.new-person"), VaadinIcon.PLUS.create(), e -> openNew());
        newPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPerson.setId("new-person");
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();

        HorizontalLayout body = new HorizontalLayout(grid, form);
        body.addClassName("people-body");
        body.setSizeFull();
        body.setFlexGrow(2, grid);
        body.setFlexGrow(1, form);
        add(heading, new HorizontalLayout(filters, newPerson), importSection, body);
        setFlexGrow(1, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long camp) {
        try {
            campName = people.campName(camp);
        } catch (CampNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        }
        campId = camp;
        heading.removeAll();
        Anchor back = new Anchor("camp/" + campId, campName);
        Anchor invitations = new Anchor("invitations/" + campId, getTranslation("people.view.invitations"));
        invitations.setId("people-invitations");
        heading.add(new H2(getTranslation("people.view.heading")), back, invitations);
        importSection.removeAll();
        importSection.add(new PeopleImport(people, campId, this::refresh));
        grid.setItems(query -> people.find(campId, filters.value(), query.getOffset(), query.getLimit()).stream(),
                        query -> people.count(campId, filters.value()))
                .setIdentifierProvider(PersonSummary::id);
    }

    private void configureGrid() {
        // Every value fits at a laptop's 1366 px beside the menu: columns whose values are all alike are
        // as wide as their header or value (auto width measures only the first rows, so not for names or
        // kinds); the others share the rest and wrap their words rather than cutting them off.
        grid.addColumn(PersonSummary::name).setHeader(getTranslation("people.grid.name")).setWidth("9em").setFlexGrow(1);
        grid.addColumn(this::kind).setHeader(getTranslation("people.grid.kind")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(p -> p.credentials().stream().map(this::credential).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.grid.credentials")).setWidth("12em").setFlexGrow(2);
        grid.addColumn(p -> p.credentialMissingOrExpiring() ? getTranslation("people.grid.credential-missing") : "")
                .setHeader(getTranslation("people.grid.needs-attention")).setWidth("8em").setFlexGrow(1);
        grid.addColumn(p -> Hours.of(p.pledgedHoursPerWeek(), getLocale())).setHeader(getTranslation("people.grid.pledged"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> new Anchor("availability/" + p.id(), getTranslation("people.grid.availability-link")))
                .setHeader(getTranslation("people.grid.availability")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> new Anchor("credits/" + p.id(), getTranslation("people.grid.credits-link")))
                .setHeader(getTranslation("people.grid.credits")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeightFull();
        grid.setPartNameGenerator(p -> p.credentialMissingOrExpiring() ? "people-needs-attention" : null);
        grid.setAriaLabel(getTranslation("people.view.heading"));
        grid.setId("people-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(people.load(campId, e.getValue().id()));
            } else if (form.isVisible() && !form.edited().isNew()) {
                form.setVisible(false);
            }
        });
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openNew() {
        grid.asSingleSelect().clear();
        open(PersonDetails.newPerson(PersonKind.VOLUNTEER));
        form.name.focus();
    }

    private void open(PersonDetails person) {
        form.edit(person, people.suggestions(campId));
        form.setVisible(true);
    }

    private void close() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(PersonForm.SaveEvent event) {
        PersonDetails edited = event.edited();
        try {
            PersonDetails saved = edited.isNew() ? people.create(campId, edited)
                    : people.update(campId, event.asLoaded(), edited);
            form.edit(saved, people.suggestions(campId));
            refresh();
            Notifications.success(getTranslation("people.view.saved", saved.name()));
        } catch (InvalidPersonException e) {
            form.showProblems(e);
            Notifications.refused(e);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
        }
    }

    /** "Leader (youth), experienced" */
    private String kind(PersonSummary person) {
        String kind = PersonKinds.name(person.kind(), this);
        String ofAge = person.youth() ? getTranslation("people.grid.youth", kind) : kind;
        return getTranslation(person.experienced() ? "people.grid.experienced" : "people.grid.new", ofAge);
    }

    /** "First aid until Fri 10 Jul 2026" */
    private String credential(PersonDetails.HeldCredential held) {
        Text named = CredentialNames.text(held.type());
        String name = getTranslation(named.key(), named.args().toArray());
        return held.validUntil() == null ? name
                : getTranslation("people.grid.credential-until", name, DateStyle.dayInYear(held.validUntil(), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.view.page-title", campName);
    }
}

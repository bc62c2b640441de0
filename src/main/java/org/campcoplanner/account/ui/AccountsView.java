package org.campcoplanner.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.AccountSummary;
import org.campcoplanner.account.NewAccount;
import org.campcoplanner.account.Role;
import org.campcoplanner.account.SlowedAddress;
import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.ui.FormProblems;
import org.campcoplanner.base.ui.Notifications;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.CampSummary;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.people.PeopleService;
import org.campcoplanner.people.PersonSummary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The camp coordinator's page: accounts with their roles, the camps leaders and staff plan, the
 * person a volunteer is; creating accounts, letting slowed-down sign-ins try again at once (per
 * account and per client address), and the trail of account events.
 */
@Route("accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final PeopleService people;
    private final Map<Long, CampSummary> campsById;

    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    private final TextField username = new TextField(getTranslation("account.form.username"));
    private final TextField displayName = new TextField(getTranslation("account.form.display-name"));
    private final Select<Role> role = new Select<>();
    private final PasswordField password = new PasswordField(getTranslation("account.form.password"));
    private final EmailField email = new EmailField(getTranslation("account.form.email"));
    private final MultiSelectComboBox<CampSummary> camps = new MultiSelectComboBox<>(getTranslation("account.form.camps"));
    private final ComboBox<CampSummary> personCamp = new ComboBox<>(getTranslation("account.form.person-camp"));
    private final ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("account.form.person"));
    private final Button create = new Button(getTranslation("account.form.create"), click -> create());
    private final Button save = new Button(getTranslation("account.form.save"), click -> saveChanges());
    private final Button letSignInAgain = new Button(getTranslation("account.form.let-sign-in-again"), click -> letSignInAgain());
    private final Grid<SlowedAddress> slowedAddresses = new Grid<>();
    private final Button resetPassword = new Button(getTranslation("account.form.reset-password"), click -> resetPassword());
    private final FormProblems problems = new FormProblems(Map.of("username", username, "displayName", displayName,
            "role", role, "password", password, "campIds", camps, "personId", person, "email", email));
    private AccountSummary selected;

    public AccountsView(AccountService accounts, CampPlanService campPlans, PeopleService people) {
        this.accounts = accounts;
        this.people = people;
        List<CampSummary> allCamps = campPlans.listCamps();
        campsById = allCamps.stream().collect(Collectors.toMap(CampSummary::id, Function.identity()));

        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.list.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.list.name")).setAutoWidth(true);
        grid.addColumn(a -> roleName(a.role())).setHeader(getTranslation("account.list.role")).setAutoWidth(true);
        // every column as wide as its longest value: a camp's name is what tells accounts apart
        grid.addColumn(a -> a.campIds().stream().map(id -> campsById.containsKey(id) ? campsById.get(id).name() : "#" + id)
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("account.list.camps")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(a -> a.personName() == null ? "" : a.personName()).setHeader(getTranslation("account.list.person")).setAutoWidth(true);
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("account.list.email")).setAutoWidth(true);
        grid.addColumn(a -> a.slowed() ? getTranslation("account.list.slowed") : "")
                .setHeader(getTranslation("account.list.sign-in")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        username.setId("account-username");
        displayName.setId("account-name");
        role.setLabel(getTranslation("account.form.role"));
        role.setId("account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(this::roleName);
        password.setId("account-password");
        password.setHelperText(getTranslation("account.form.password-help"));
        email.setId("account-email");
        email.setHelperText(getTranslation("account.form.email-help"));
        camps.setId("account-camps");
        camps.setItems(allCamps);
        camps.setItemLabelGenerator(CampSummary::name);
        personCamp.setId("account-person-camp");
        personCamp.setItems(allCamps);
        personCamp.setItemLabelGenerator(CampSummary::name);
        personCamp.addValueChangeListener(e -> showPeopleOf(e.getValue()));
        person.setId("account-person");
        person.setItemLabelGenerator(PersonSummary::name);
        role.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-account");
        letSignInAgain.setId("let-sign-in-again");
        resetPassword.setId("reset-password");

        FormLayout form = new FormLayout(username, displayName, role, password, email, camps, personCamp, person);
        Button clear = new Button(getTranslation("account.form.new"), click -> grid.asSingleSelect().clear());
        Anchor events = new Anchor("audit/accounts", getTranslation("account.list.events"));
        events.setId("account-events");
        slowedAddresses.setId("slowed-addresses");
        slowedAddresses.addColumn(SlowedAddress::address).setHeader(getTranslation("account.slowed.address")).setAutoWidth(true);
        slowedAddresses.addColumn(slowed -> getTranslation("account.slowed.minutes",
                        Math.max(1, (slowed.retryAfter().toSeconds() + 59) / 60)))
                .setHeader(getTranslation("account.slowed.for"));
        slowedAddresses.addComponentColumn(slowed -> new Button(getTranslation("account.slowed.let-sign-in-again"), click -> act(() -> {
            accounts.letSignInAgainFrom(slowed.address());
            return getTranslation("account.slowed.may-sign-in-again", slowed.address());
        })));
        slowedAddresses.addThemeVariants(GridVariant.LUMO_COMPACT);
        slowedAddresses.setAllRowsVisible(true);
        add(new H2(getTranslation("account.list.heading")), events, grid, new H3(getTranslation("account.form.heading")),
                form, new HorizontalLayout(create, save, letSignInAgain, resetPassword, clear),
                new H3(getTranslation("account.slowed.heading")), slowedAddresses);
        refresh();
        select(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.list.page-title");
    }

    private String roleName(Role shown) {
        return getTranslation("account.role." + shown.name().toLowerCase(Locale.ROOT));
    }

    private void refresh() {
        grid.setItems(accounts.list());
        slowedAddresses.setItems(accounts.slowedAddresses());
    }

    private void select(AccountSummary account) {
        selected = account;
        boolean creating = account == null;
        username.setReadOnly(!creating);
        displayName.setReadOnly(!creating);
        create.setVisible(creating);
        save.setVisible(!creating);
        letSignInAgain.setVisible(!creating && account.slowed());
        resetPassword.setVisible(!creating);
        password.clear();
        problems.clear();
        if (creating) {
            username.clear();
            displayName.clear();
            role.setValue(Role.VOLUNTEER);
            email.clear();
            camps.clear();
            personCamp.clear();
            return;
        }
        username.setValue(account.username());
        displayName.setValue(account.displayName());
        role.setValue(account.role());
        email.setValue(account.email() == null ? "" : account.email());
        camps.setValue(account.campIds().stream().map(campsById::get).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        personCamp.clear();
        if (account.personId() != null) {
            accounts.campOfPerson(account.personId()).map(campsById::get)
                    .ifPresent(camp -> {
                        personCamp.setValue(camp);
                        person.getListDataView().getItems().filter(p -> p.id() == account.personId()).findFirst()
                                .ifPresent(person::setValue);
                    });
        }
    }

    private void showPeopleOf(CampSummary camp) {
        person.clear();
        List<PersonSummary> ofCamp = camp == null ? List.of() : people.find(camp.id(), PeopleFilter.everyone(), 0, Integer.MAX_VALUE);
        person.setItems(ofCamp);
    }

    private void showFieldsFor(Role chosen) {
        camps.setVisible(chosen != null && chosen.plans());
        camps.setHelperText(getTranslation("account.form.camps-help"));
        person.setHelperText(getTranslation(chosen == Role.VOLUNTEER ? "account.form.person-help-volunteer"
                : "account.form.person-help"));
    }

    private void create() {
        act(() -> {
            AccountSummary created = accounts.create(new NewAccount(username.getValue(), displayName.getValue(),
                    role.getValue(), password.getValue(), campIds(), personId(), email.getValue()));
            return getTranslation("account.form.created", created.username());
        });
    }

    private void saveChanges() {
        act(() -> getTranslation("account.form.saved", accounts.update(selected.id(), selected.version(), role.getValue(),
                campIds(), personId(), email.getValue()).username()));
    }

    private void letSignInAgain() {
        act(() -> {
            accounts.letSignInAgain(selected.id());
            return getTranslation("account.form.may-sign-in-again", selected.username());
        });
    }

    private void resetPassword() {
        act(() -> {
            accounts.resetPassword(selected.id(), password.getValue());
            return getTranslation("account.form.password-set", selected.username());
        });
    }

    private Set<Long> campIds() {
        return camps.getValue().stream().map(CampSummary::id).collect(Collectors.toSet());
    }

    private Long personId() {
        return person.getValue() == null ? null : person.getValue().id();
    }

    private void act(Supplier<String> change) {
        problems.clear();
        try {
            String done = change.get();
            Notifications.success(done);
            refresh();
            grid.asSingleSelect().clear();
            select(null);
        } catch (InvalidFormException e) {
            problems.show(e);
        } catch (ChangedMeanwhileException e) {
            Notifications.changedMeanwhile(e);
            refresh();
        }
    }
}

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Accounts | Camp co-planner")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    private final AccountService accounts;
    private final PeopleService people;
    private final Map<Long, CampSummary> campsById;

    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name shown to others");
    private final Select<Role> role = new Select<>();
    private final PasswordField password = new PasswordField("Password");
    private final EmailField email = new EmailField("Email for messages");
    private final MultiSelectComboBox<CampSummary> camps = new MultiSelectComboBox<>("Camps planned");
    private final ComboBox<CampSummary> personCamp = new ComboBox<>("Camp of the person");
    private final ComboBox<PersonSummary> person = new ComboBox<>("Person in the camp's plan");
    private final Button create = new Button("Create account", click -> create());
    private final Button save = new Button("Save changes", click -> saveChanges());
    private final Button letSignInAgain = new Button("Let sign in again", click -> letSignInAgain());
    private final Grid<SlowedAddress> slowedAddresses = new Grid<>();
    private final Button resetPassword = new Button("Set this password", click -> resetPassword());
    private final FormProblems problems = new FormProblems(Map.of("username", username, "displayName", displayName,
            "role", role, "password", password, "campIds", camps, "personId", person, "email", email));
    private AccountSummary selected;

    public AccountsView(AccountService accounts, CampPlanService campPlans, PeopleService people) {
        this.accounts = accounts;
        this.people = people;
        List<CampSummary> allCamps = campPlans.listCamps();
        campsById = allCamps.stream().collect(Collectors.toMap(CampSummary::id, Function.identity()));

        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(a -> a.role().name().toLowerCase()).setHeader("Role").setAutoWidth(true);
        // every column as wide as its longest value: a camp's name is what tells accounts apart
        grid.addColumn(a -> a.campIds().stream().map(id -> campsById.containsKey(id) ? campsById.get(id).name() : "#" + id)
                .sorted().collect(Collectors.joining(", "))).setHeader("Camps").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(a -> a.personName() == null ? "" : a.personName()).setHeader("Person").setAutoWidth(true);
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader("Email").setAutoWidth(true);
        grid.addColumn(a -> a.slowed() ? "slowed down" : "").setHeader("Sign-in").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        username.setId("account-username");
        displayName.setId("account-name");
        role.setLabel("Role");
        role.setId("account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r.name().toLowerCase());
        password.setId("account-password");
        password.setHelperText("At least 8 characters");
        email.setId("account-email");
        email.setHelperText("Optional: inbox messages are also sent here");
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
        Button clear = new Button("New account", click -> grid.asSingleSelect().clear());
        Anchor events = new Anchor("audit/accounts", "Account events: who signed in, what changed");
        events.setId("account-events");
        slowedAddresses.setId("slowed-addresses");
        slowedAddresses.addColumn(SlowedAddress::address).setHeader("Client address").setAutoWidth(true);
        slowedAddresses.addColumn(slowed -> "for " + Math.max(1, (slowed.retryAfter().toSeconds() + 59) / 60) + " min")
                .setHeader("Slowed down");
        slowedAddresses.addComponentColumn(slowed -> new Button("Let sign in again", click -> act(() -> {
            accounts.letSignInAgainFrom(slowed.address());
            return "Sign-ins from " + slowed.address() + " may try again";
        })));
        slowedAddresses.addThemeVariants(GridVariant.LUMO_COMPACT);
        slowedAddresses.setAllRowsVisible(true);
        add(new H2("Accounts"), events, grid, new H3("Account"), form,
                new HorizontalLayout(create, save, letSignInAgain, resetPassword, clear),
                new H3("Addresses with many failed sign-ins"), slowedAddresses);
        refresh();
        select(null);
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
        camps.setHelperText("The camps this account plans");
        person.setHelperText(chosen == Role.VOLUNTEER ? "The volunteer sees this person's shifts" : "Optional");
    }

    private void create() {
        act(() -> {
            AccountSummary created = accounts.create(new NewAccount(username.getValue(), displayName.getValue(),
                    role.getValue(), password.getValue(), campIds(), personId(), email.getValue()));
            return "Account " + created.username() + " created";
        });
    }

    private void saveChanges() {
        act(() -> accounts.update(selected.id(), selected.version(), role.getValue(), campIds(), personId(),
                email.getValue()).username() + " saved");
    }

    private void letSignInAgain() {
        act(() -> {
            accounts.letSignInAgain(selected.id());
            return selected.username() + " may try their password again at once";
        });
    }

    private void resetPassword() {
        act(() -> {
            accounts.resetPassword(selected.id(), password.getValue());
            return "The password of " + selected.username() + " is set; tell them in person";
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

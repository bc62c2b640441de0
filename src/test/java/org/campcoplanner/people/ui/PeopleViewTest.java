package org.campcoplanner.people.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.upload.Upload;
import org.campcoplanner.H2Test;
import org.campcoplanner.KaribuTest;
import org.campcoplanner.account.AccountService;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.people.PeopleFilter;
import org.campcoplanner.people.PeopleService;
import org.campcoplanner.people.PersonDetails;
import org.campcoplanner.people.PersonSummary;
import org.campcoplanner.planning.format.ConsentMethod;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What a planner does on the people page of the small example camp. */
@H2Test
class PeopleViewTest extends KaribuTest {

    private static final String HEADER = "name,kind,youth,experienced,email,phone,credentials,skills,languages,"
            + "maxHoursPerDay,maxHoursPerWeek,minRestHours,pledgedHoursPerWeek,likes,dislikes\n";

    @Autowired
    CampPlanService campPlans;
    @Autowired
    PeopleService people;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private long campId;

    @BeforeEach
    void openThePeopleOfANewCamp() {
        campId = campPlans.importPlan(TestPlans.read(TestPlans.SMALL_CAMP));
        UI.getCurrent().navigate(PeopleView.class, campId);
    }

    @Test
    void filtersNarrowTheList() {
        PeopleFilterBar filters = _get(PeopleFilterBar.class);

        filters.kind.setValue(PersonKind.LEADER);
        assertThat(shownNames()).containsExactly("Amina Gagnon", "Liam Santos", "Victor Haddad");

        filters.weekends.setValue(true);
        assertThat(shownNames()).containsExactly("Amina Gagnon");

        filters.kind.clear();
        filters.weekends.setValue(false);
        filters.youthOnly.setValue(true);
        filters.credentialMissingOrExpiring.setValue(true);
        filters.evenings.setValue(true);
        filters.name.setValue("haddad");
        assertThat(shownNames()).containsExactly("Dev Haddad");
    }

    @Test
    void aPlannerFindsTheYouthStillWithoutAGuardiansConsent() {
        PeopleFilterBar filters = _get(PeopleFilterBar.class);

        filters.consentMissing.setValue(true);

        assertThat(shownNames()).containsExactly("Liam Yusuf", "Tara Singh", "Quinn Martin", "Dev Haddad");
    }

    @Test
    void aPlannerOpensSomeoneEditsAndSaves() {
        PersonForm form = open("Liam Santos");
        assertThat(form.name.getValue()).isEqualTo("Liam Santos");
        assertThat(form.maxHoursPerWeek.getValue()).isEqualTo(7.0);

        form.phone.setValue("519-555-0123");
        form.maxHoursPerWeek.setValue(9.0);
        form.credentials.setValue(List.of(new PersonDetails.HeldCredential("FIRST_AID", LocalDate.of(2026, 7, 10))));
        _click(form.save);

        PersonDetails stored = people.load(campId, idOf("Liam Santos"));
        assertThat(stored.phone()).isEqualTo("519-555-0123");
        assertThat(stored.maxHoursPerWeek()).isEqualTo(9.0);
        assertThat(stored.credentials()).containsExactly(new PersonDetails.HeldCredential("FIRST_AID", LocalDate.of(2026, 7, 10)));
        assertThat(notifications()).contains("Saved Liam Santos");
        assertThat(_find(Grid.class).get(0)).satisfies(grid -> assertThat(GridKt._getFormattedRow(grid, 5))
                .contains("First aid until Fri 10 Jul 2026", "Credential missing or expiring"));
    }

    @Test
    void credentialsReadAsTheirNamesInTheListAndTheFormAndAreStoredAsTypes() {
        assertThat(String.join(" | ", GridKt._getFormattedRow(_get(Grid.class), 5)))
                .contains("Liam Santos", "Police check (vulnerable sector)", "First aid")
                .doesNotContain("VULNERABLE_SECTOR_CHECK", "FIRST_AID");
        PersonForm form = open("Liam Santos");
        @SuppressWarnings("unchecked")
        List<ComboBox<String>> types = (List<ComboBox<String>>) (List<?>) _find(form.credentials, ComboBox.class,
                spec -> spec.withLabel("Credential"));
        assertThat(types).extracting(type -> type.getItemLabelGenerator().apply(type.getValue()))
                .containsExactly("Police check (vulnerable sector)", "First aid");
        assertThat(ComboBoxKt.getSuggestions(types.get(0))).contains("Police check (vulnerable sector)", "First aid")
                .noneMatch(suggestion -> suggestion.contains("_"));

        ComboBoxKt._fireCustomValueSet(types.get(1), "lifeguard");
        _click(form.save);

        assertThat(people.load(campId, idOf("Liam Santos")).credentials()).extracting(PersonDetails.HeldCredential::type)
                .containsExactly("VULNERABLE_SECTOR_CHECK", "LIFEGUARD");
    }

    @Test
    void theListFillsThePageAndWrapsRatherThanCutsWhatItShows() {
        Grid<?> grid = _get(Grid.class);

        assertThat(grid.getHeight()).isEqualTo("100%");
        assertThat(_get(PeopleView.class).getHeight()).isEqualTo("100%");
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isAutoWidth).extracting(Grid.Column::getHeaderText)
                .containsExactly("Pledged h/week", "Availability", "Time credits");
        assertThat(grid.getColumns()).filteredOn(column -> column.getFlexGrow() > 0).extracting(Grid.Column::getHeaderText)
                .containsExactly("Name", "Credentials", "Needs attention");
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 5)).contains("Leader, experienced");
    }

    @Test
    void aBadEntryIsMarkedOnItsFieldAndTheInputIsKept() {
        PersonForm form = open("Liam Santos");
        form.maxHoursPerWeek.setValue(-5.0);

        _click(form.save);

        assertThat(form.maxHoursPerWeek.isInvalid()).isTrue();
        assertThat(form.maxHoursPerWeek.getErrorMessage()).isNotBlank();
        assertThat(form.maxHoursPerWeek.getValue()).isEqualTo(-5.0);
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Liam Santos was not saved: max hours per week: "));
        assertThat(people.load(campId, idOf("Liam Santos")).maxHoursPerWeek()).isEqualTo(7.0);
    }

    @Test
    void aSaveAfterAnotherPlannerSavedTheSamePersonIsRefusedAndSaysWhatChanged() {
        PersonForm form = open("Liam Santos");
        PersonDetails theirs = people.load(campId, idOf("Liam Santos"));
        people.update(campId, theirs, new PersonDetails(theirs.id(), theirs.version(), "Liam Santos-Ortiz", theirs.kind(),
                theirs.youth(), theirs.experienced(), theirs.email(), theirs.phone(), theirs.credentials(), theirs.skills(),
                theirs.languages(), theirs.preferredLanguage(), theirs.guardianConsent(), theirs.maxHoursPerDay(),
                theirs.maxHoursPerWeek(), theirs.minRestHours(), theirs.pledgedHoursPerWeek(), theirs.likes(),
                theirs.dislikes(), theirs.standardHours(), theirs.maxHoursOutsideStandardPerWeek()));

        form.phone.setValue("519-555-0123");
        _click(form.save);

        assertThat(notifications()).contains("Liam Santos-Ortiz was changed by someone else meanwhile (name). "
                + "Your changes were not saved; reload to see theirs.");
        assertThat(form.phone.getValue()).isEqualTo("519-555-0123");
        assertThat(people.load(campId, theirs.id()).phone()).isNull();
    }

    @Test
    void aPlannerRecordsAYouthsLanguageAndGuardianConsent() {
        PersonForm form = open("Liam Yusuf");
        assertThat(form.guardianConsent.isVisible()).isTrue();
        assertThat(form.preferredLanguage.getValue()).isNull();

        form.preferredLanguage.setValue("fr");
        form.guardianConsent.given.setValue(LocalDate.of(2026, 6, 28));
        form.guardianConsent.by.setValue("Rania Yusuf");
        form.guardianConsent.method.setValue(ConsentMethod.IN_PERSON);
        _click(form.save);

        PersonDetails stored = people.load(campId, idOf("Liam Yusuf"));
        assertThat(stored.preferredLanguage()).isEqualTo("fr");
        assertThat(stored.guardianConsent())
                .isEqualTo(new PersonDetails.Consent(LocalDate.of(2026, 6, 28), "Rania Yusuf", ConsentMethod.IN_PERSON));
        assertThat(notifications()).contains("Saved Liam Yusuf");
        assertThat(form.guardianConsent.by.getValue()).isEqualTo("Rania Yusuf");
    }

    @Test
    void theLanguagesOfferedAreEnglishAndFrenchInTheirOwnWords() {
        PersonForm form = open("Liam Santos");

        assertThat(form.preferredLanguage.getListDataView().getItems()).containsExactly("en", "fr");
        assertThat(PersonForm.languageInWords("en")).isEqualTo("English");
        assertThat(PersonForm.languageInWords("fr")).isEqualTo("Français");
        assertThat(form.preferredLanguage.getEmptySelectionCaption()).isEqualTo("Not chosen (English)");

        form.preferredLanguage.setValue("en");
        _click(form.save);

        assertThat(people.load(campId, idOf("Liam Santos")).preferredLanguage()).isEqualTo("en");
    }

    @Test
    void aLanguageTheFormDoesNotOfferIsKeptWhenSomethingElseIsSaved() {
        PersonDetails theirs = people.load(campId, idOf("Liam Santos"));
        people.update(campId, theirs, new PersonDetails(theirs.id(), theirs.version(), theirs.name(), theirs.kind(),
                theirs.youth(), theirs.experienced(), theirs.email(), theirs.phone(), theirs.credentials(), theirs.skills(),
                theirs.languages(), "es", null, theirs.maxHoursPerDay(), theirs.maxHoursPerWeek(), theirs.minRestHours(),
                theirs.pledgedHoursPerWeek(), theirs.likes(), theirs.dislikes(), theirs.standardHours(),
                theirs.maxHoursOutsideStandardPerWeek()));
        PersonForm form = open("Liam Santos");
        assertThat(form.preferredLanguage.getListDataView().getItems()).containsExactly("en", "fr", "es");
        assertThat(PersonForm.languageInWords("es")).isEqualTo("Español (es)");

        form.phone.setValue("519-555-0123");
        _click(form.save);

        assertThat(people.load(campId, theirs.id()).preferredLanguage()).isEqualTo("es");
    }

    @Test
    void theGuardianConsentShowsOnlyForYouthAndAConsentWithoutAGuardianIsMarkedOnIt() {
        PersonForm form = open("Liam Santos");
        assertThat(form.guardianConsent.isVisible()).isFalse();

        form.youth.setValue(true);
        assertThat(form.guardianConsent.isVisible()).isTrue();
        form.guardianConsent.given.setValue(LocalDate.of(2026, 6, 28));
        _click(form.save);

        assertThat(form.guardianConsent.isInvalid()).isTrue();
        assertThat(form.guardianConsent.getErrorMessage()).isEqualTo("by: must name the parent or guardian who gave it");
        assertThat(notifications())
                .anySatisfy(text -> assertThat(text).startsWith("Liam Santos was not saved: guardian consent: "));
        PersonDetails stored = people.load(campId, idOf("Liam Santos"));
        assertThat(stored.youth()).isFalse();
        assertThat(stored.guardianConsent()).isNull();
    }

    @Test
    void unmarkingSomeoneAsYouthLeavesTheirConsentOut() {
        PersonForm form = open("Tara Singh");
        form.guardianConsent.given.setValue(LocalDate.of(2026, 6, 28));
        form.guardianConsent.by.setValue("Asha Singh");
        _click(form.save);
        assertThat(people.load(campId, idOf("Tara Singh")).guardianConsent()).isNotNull();

        form.youth.setValue(false);
        _click(form.save);

        PersonDetails stored = people.load(campId, idOf("Tara Singh"));
        assertThat(stored.youth()).isFalse();
        assertThat(stored.guardianConsent()).isNull();
    }

    @Test
    void staffTermsShowOnlyForStaff() {
        PersonForm form = open("Noah Smith");
        assertThat(form.standardHours.isVisible()).isTrue();
        assertThat(form.maxHoursOutsideStandardPerWeek.getValue()).isEqualTo(6.0);

        form.kind.setValue(PersonKind.VOLUNTEER);

        assertThat(form.standardHours.isVisible()).isFalse();
        assertThat(form.maxHoursOutsideStandardPerWeek.isVisible()).isFalse();
    }

    @Test
    void aPlannerAddsSomeoneNew() {
        _click(_get(Button.class, spec -> spec.withId("new-person")));
        PersonForm form = _get(PersonForm.class);
        form.name.setValue("Amina Yusuf");
        form.kind.setValue(PersonKind.LEADER);
        form.pledgedHoursPerWeek.setValue(5.0);

        _click(form.save);

        assertThat(shownNames()).hasSize(25).endsWith("Amina Yusuf");
        assertThat(form.heading.getText()).isEqualTo("Amina Yusuf");
    }

    @Test
    void aCsvFileAddsEveryoneInIt() {
        String csv = HEADER + "Amina Yusuf,LEADER,false,true,,,VULNERABLE_SECTOR_CHECK,,en;so,8,20,11,6,arts,\n"
                + "Sam Okafor,VOLUNTEER,yes,no,,,,,,4,10,,4,,\n";

        _get(PeopleImport.class).importPeople("people.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(notifications()).contains("Imported 2 people from people.csv");
        assertThat(shownNames()).hasSize(26).endsWith("Amina Yusuf", "Sam Okafor");
    }

    @Test
    void languagesAndConsentsFromACsvFileShowInThePersonForm() {
        String csv = "name,kind,youth,preferredLanguage,guardianConsentGiven,guardianConsentBy,guardianConsentMethod\n"
                + "Jade Martin,VOLUNTEER,yes,fr,2026-06-20,Claire Martin,ONLINE\n";

        _get(PeopleImport.class).importPeople("youth.csv", csv.getBytes(StandardCharsets.UTF_8));
        PersonForm form = open("Jade Martin");

        assertThat(form.preferredLanguage.getValue()).isEqualTo("fr");
        assertThat(form.guardianConsent.isVisible()).isTrue();
        assertThat(form.guardianConsent.given.getValue()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(form.guardianConsent.by.getValue()).isEqualTo("Claire Martin");
        assertThat(form.guardianConsent.method.getValue()).isEqualTo(ConsentMethod.ONLINE);
    }

    @Test
    void aCsvFileWithProblemsListsThemAllAndAddsNobody() {
        String csv = HEADER + "Amina Yusuf,VISITOR,false,true,,,,,,,,,,,\n" + "Sam Okafor,VOLUNTEER,yes,no,,,,,,,lots,,,,\n";

        _get(PeopleImport.class).importPeople("people.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "row 2, column kind: 'VISITOR' is not one of [VOLUNTEER, LEADER, STAFF]",
                "row 3, column maxHoursPerWeek: 'lots' is not a number of hours");
        assertThat(shownNames()).hasSize(24);
    }

    @Test
    void aFrenchPlannerReadsThePeoplePageInFrench() {
        readsInFrench();
        UI.getCurrent().navigate(PeopleView.class, campId);

        assertThat(_get(H2.class).getText()).isEqualTo("Personnes");
        assertThat(_get(PeopleView.class).getPageTitle()).startsWith("Personnes : ").endsWith(" | Camp co-planner");
        Grid<?> grid = _get(Grid.class);
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("Nom", "Statut",
                "Attestations", "À vérifier", "Heures promises/sem.", "Disponibilités", "Crédits de temps");
        assertThat(GridKt._getFormattedRow(grid, 5)).contains("Responsable de quartier, avec expérience");
        assertThat(GridKt._fetch(grid, 0, 100)).hasSizeGreaterThan(5).satisfies(rows -> assertThat(
                IntStream.range(0, rows.size()).mapToObj(row -> GridKt._getFormattedRow(grid, row)))
                .anySatisfy(cells -> assertThat(cells).contains("Attestation manquante ou qui expire")));
        assertThat(_get(Button.class, spec -> spec.withId("new-person")).getText()).isEqualTo("Nouvelle personne");
        PeopleFilterBar filters = _get(PeopleFilterBar.class);
        assertThat(filters.kind.getEmptySelectionCaption()).isEqualTo("Tous les statuts");
        assertThat(filters.kind.getItemLabelGenerator().apply(PersonKind.VOLUNTEER)).isEqualTo("Bénévole");
        assertThat(_get(Upload.class).getI18n().getAddFiles().getOne()).isEqualTo("Téléverser un fichier...");

        PersonForm form = open("Liam Santos");
        assertThat(form.save.getText()).isEqualTo("Enregistrer");
        assertThat(form.guardianConsent.method.getItemLabelGenerator().apply(ConsentMethod.IN_PERSON)).isEqualTo("En personne");
        form.phone.setValue("519-555-0123");
        _click(form.save);
        assertThat(notifications()).contains("Fiche enregistrée : Liam Santos");

        _get(PeopleImport.class).importPeople("people.csv", (HEADER + "Amina Yusuf,LEADER,false,true,,,,,,,,,,,\n"
                + "Sam Okafor,VOLUNTEER,yes,no,,,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(notifications()).contains("2 personnes importées de people.csv");
    }

    @Test
    void aFrenchPlannerReadsARefusedFieldAChangeMetByAnotherAndAFilesProblemsInFrench() {
        readsInFrench();
        UI.getCurrent().navigate(PeopleView.class, campId);
        PersonForm form = open("Liam Santos");
        form.maxHoursPerWeek.setValue(-5.0);

        _click(form.save);

        assertThat(form.maxHoursPerWeek.isInvalid()).isTrue();
        assertThat(form.maxHoursPerWeek.getErrorMessage()).isEqualTo("doit être supérieur à 0");
        assertThat(notifications()).anySatisfy(text -> assertThat(text)
                .isEqualTo("La fiche de Liam Santos n'a pas été enregistrée : heures maximales par semaine : doit être supérieur à 0"));

        PersonDetails theirs = people.load(campId, idOf("Liam Santos"));
        people.update(campId, theirs, new PersonDetails(theirs.id(), theirs.version(), "Liam Santos-Ortiz", theirs.kind(),
                theirs.youth(), theirs.experienced(), theirs.email(), theirs.phone(), theirs.credentials(), theirs.skills(),
                theirs.languages(), theirs.preferredLanguage(), theirs.guardianConsent(), theirs.maxHoursPerDay(),
                theirs.maxHoursPerWeek(), theirs.minRestHours(), theirs.pledgedHoursPerWeek(), theirs.likes(),
                theirs.dislikes(), theirs.standardHours(), theirs.maxHoursOutsideStandardPerWeek()));
        form.maxHoursPerWeek.setValue(10.0);
        _click(form.save);
        assertThat(notifications()).contains("Quelqu'un d'autre a modifié Liam Santos-Ortiz entre-temps (nom). "
                + "Vos modifications n'ont pas été enregistrées; rechargez la page pour voir les siennes.");

        _get(PeopleImport.class).importPeople("people.csv", (HEADER + "Amina Yusuf,VISITOR,false,true,,,,,,,,,,,\n"
                + "Sam Okafor,VOLUNTEER,yes,no,,,,,,,lots,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "ligne 2, colonne kind : « VISITOR » ne fait pas partie de [VOLUNTEER, LEADER, STAFF]",
                "ligne 3, colonne maxHoursPerWeek : « lots » n'est pas un nombre d'heures");
    }

    @Test
    void thePreferredLanguageFieldOffersEnglishAndFrenchInTheirOwnWordsOnAFrenchPageAndSavesTheChoice() {
        readsInFrench();
        UI.getCurrent().navigate(PeopleView.class, campId);
        PersonForm form = open("Liam Yusuf");

        assertThat(form.preferredLanguage.getLabel()).isEqualTo("Langue préférée");
        assertThat(form.preferredLanguage.getEmptySelectionCaption()).isEqualTo("Non choisie (anglais)");
        assertThat(form.preferredLanguage.getListDataView().getItems().map(form.preferredLanguage.getItemLabelGenerator()))
                .containsExactly("English", "Français");

        form.preferredLanguage.setValue("fr");
        _click(form.save);

        assertThat(people.load(campId, idOf("Liam Yusuf")).preferredLanguage()).isEqualTo("fr");
        assertThat(form.preferredLanguage.getValue()).isEqualTo("fr");

        form.preferredLanguage.clear();
        _click(form.save);

        assertThat(people.load(campId, idOf("Liam Yusuf")).preferredLanguage()).isNull();
    }

    /** Signs in as a new admin whose account reads French, on a new page. */
    private void readsInFrench() {
        String username = "planner-fr-" + System.nanoTime();
        SystemActor.run(() -> accounts.createAdminAsOperator(username, "a long password"));
        jdbc.update("update user_account set preferred_language = 'fr' where username = ?", username);
        signInOnANewPage(username);
    }

    private PersonForm open(String name) {
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        grid.select(GridKt._fetch(grid, 0, 100).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow());
        PersonForm form = _get(PersonForm.class);
        assertThat(form.isVisible()).isTrue();
        return form;
    }

    @SuppressWarnings("unchecked")
    private List<String> shownNames() {
        Grid<PersonSummary> grid = _get(Grid.class);
        return GridKt._fetch(grid, 0, 100).stream().map(PersonSummary::name).toList();
    }

    private long idOf(String name) {
        return people.find(campId, new PeopleFilter(null, false, false, false, false, false, name), 0, 1).get(0).id();
    }

}

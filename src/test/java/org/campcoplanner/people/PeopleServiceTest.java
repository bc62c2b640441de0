package org.campcoplanner.people;

import org.springframework.security.test.context.support.WithMockUser;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.campcoplanner.PostgresTest;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.camp.StoredRows;
import org.campcoplanner.base.TestTexts;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.ConsentMethod;
import org.campcoplanner.planning.format.PersonKind;
import org.campcoplanner.planning.format.PlanJson;
import org.campcoplanner.planning.format.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Planners list, filter, edit and import the people of the small example camp (last day Jul 12, 2026). */
@PostgresTest
@WithMockUser(roles = "ADMIN")
class PeopleServiceTest {

    @Autowired
    PeopleService service;
    @Autowired
    CampPlanService campPlans;
    @Autowired
    JdbcTemplate jdbc;

    private long campId;

    @BeforeEach
    void importTheSmallCampWithSomeWindowsAndExpiriesChanged() {
        campId = campPlans.importPlan(TestPlans.changed(TestPlans.SMALL_CAMP, plan -> {
            weekly(plan, 5, "TUESDAY", "12:00", "18:30");   // Liam Santos: reaches past 18:00
            weekly(plan, 6, "WEDNESDAY", "17:00", "18:00"); // Victor Haddad: starts at 17:00
            weekly(plan, 8, "FRIDAY", "16:00", "02:00");    // Zane Tremblay: over midnight
            weekly(plan, 22, "MONDAY", "09:00", "18:00");   // Ines Nguyen: ends at 18:00, not evening
            TestPlans.at(plan, "/people/8/credentials/0").put("validUntil", "2026-07-11");
            TestPlans.at(plan, "/people/22/credentials/1").put("validUntil", "2026-07-12");
        }));
    }

    @Test
    void filtersByKind() {
        assertThat(names(filter(PersonKind.LEADER, false, false, false, false, null)))
                .containsExactly("Amina Gagnon", "Liam Santos", "Victor Haddad");
    }

    @Test
    void filtersYouth() {
        assertThat(names(filter(null, true, false, false, false, null)))
                .containsExactly("Liam Yusuf", "Tara Singh", "Quinn Martin", "Dev Haddad");
    }

    @Test
    void consentMissingFindsYouthWithoutAGuardiansConsentByTheCampsFirstDay() {
        consent("Liam Yusuf", "2026-07-01");
        consent("Tara Singh", "2026-07-08");

        assertThat(names(new PeopleFilter(null, false, false, true, false, false, null)))
                .containsExactly("Tara Singh", "Quinn Martin", "Dev Haddad");
    }

    private void consent(String youth, String given) {
        jdbc.update("update person set guardian_consent_given = ?::date, guardian_consent_by = 'A parent' "
                + "where camp_id = ? and name = ?", given, campId, youth);
    }

    @Test
    void credentialMissingOrExpiringFindsMissingFirstAidMissingCheckAndExpiryBeforeTheLastDay() {
        List<String> names = names(filter(null, false, true, false, false, null));

        assertThat(names).contains("Amina Gagnon", "Victor Santos", "Grace Chen", "Zane Tremblay")
                .doesNotContain("Noah Smith", "Liam Santos", "Ines Nguyen");
    }

    @Test
    void eveningsMeansPastSixStartingFromFiveOrOverMidnight() {
        List<String> names = names(filter(null, false, false, true, false, null));

        assertThat(names).contains("Liam Santos", "Victor Haddad", "Zane Tremblay", "Xavier Okafor")
                .doesNotContain("Noah Smith", "Ines Nguyen", "Victor Santos");
    }

    @Test
    void weekendsMeansAWeeklyWindowOnSaturdayOrSunday() {
        List<String> names = names(filter(null, false, false, false, true, null));

        assertThat(names).contains("Maya Smith", "Olu Lavoie", "Grace Chen").doesNotContain("Noah Smith", "Tara Singh");
    }

    @Test
    void filtersByPartOfTheNameWhateverTheCase() {
        assertThat(names(filter(null, false, false, false, false, " tremblay"))).containsExactly("Zane Tremblay", "Oneal Tremblay");
    }

    @Test
    void filtersCombineAndPagesCount() {
        PeopleFilter youngWeekendVolunteers = filter(PersonKind.VOLUNTEER, true, false, false, true, null);
        assertThat(names(youngWeekendVolunteers)).containsExactly("Liam Yusuf", "Quinn Martin", "Dev Haddad");

        assertThat(service.count(campId, PeopleFilter.everyone())).isEqualTo(24);
        assertThat(service.find(campId, PeopleFilter.everyone(), 20, 10)).extracting(PersonSummary::name)
                .containsExactly("Quinn Martin", "Wen Haddad", "Ines Nguyen", "Dev Haddad");
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedNamesWhatChangedAndSavesNothing() {
        long noah = idOf("Noah Smith");
        PersonDetails openedByMe = service.load(campId, noah);
        PersonDetails openedByThem = service.load(campId, noah);
        service.update(campId, openedByThem, with(openedByThem, "Noah Smyth", List.of(
                new PersonDetails.HeldCredential("FIRST_AID", LocalDate.of(2027, 1, 31)))));
        PersonDetails theirs = service.load(campId, noah);

        PersonChangedMeanwhileException refused = catchThrowableOfType(PersonChangedMeanwhileException.class,
                () -> service.update(campId, openedByMe, withPhone(openedByMe, "519-555-0199")));

        assertThat(refused).hasMessage("Noah Smyth was changed by someone else meanwhile (name, credentials). "
                + "Your changes were not saved; reload to see theirs.");
        assertThat(service.load(campId, noah)).isEqualTo(theirs);
        assertThat(theirs.phone()).isNull();
    }

    @Test
    void aSaveFromTheCurrentVersionIsStoredAndMovesTheVersionOn() {
        PersonDetails opened = service.load(campId, idOf("Noah Smith"));

        PersonDetails saved = service.update(campId, opened, withPhone(opened, "519-555-0199"));

        assertThat(saved.phone()).isEqualTo("519-555-0199");
        assertThat(saved.version()).isGreaterThan(opened.version());
        assertThat(service.load(campId, opened.id())).isEqualTo(saved);
    }

    @Test
    void anInvalidPersonIsRefusedWithEachFieldNamedAndNothingSaved() {
        PersonDetails opened = service.load(campId, idOf("Noah Smith"));
        PersonDetails bad = new PersonDetails(opened.id(), opened.version(), " ", opened.kind(), false, true,
                "not an address", null, List.of(new PersonDetails.HeldCredential("", null)), List.of(), List.of(),
                null, null, 30.0, -5.0, null, null, List.of(), List.of(), List.of(), null);

        InvalidPersonException refused = catchThrowableOfType(InvalidPersonException.class,
                () -> service.update(campId, opened, bad));

        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("name", "email", "credentials", "maxHoursPerDay", "maxHoursPerWeek");
        assertThat(refused.problems()).filteredOn(p -> p.field().equals("credentials")).singleElement()
                .satisfies(p -> assertThat(TestTexts.english(p.reason())).startsWith("entry 1 type: "));
        assertThat(service.load(campId, opened.id())).isEqualTo(opened);
    }

    @Test
    void aYouthsPreferredLanguageAndGuardianConsentAreSavedAndGoIntoThePlan() {
        PersonDetails opened = details("Liam Yusuf");
        PersonDetails.Consent consent =
                new PersonDetails.Consent(LocalDate.of(2026, 6, 28), "Rania Yusuf", ConsentMethod.EMAIL);

        PersonDetails saved = service.update(campId, opened, withLanguageAndConsent(opened, "FR", consent));

        assertThat(saved.preferredLanguage()).isEqualTo("fr");
        assertThat(saved.guardianConsent()).isEqualTo(consent);
        assertThat(service.load(campId, opened.id())).isEqualTo(saved);
        CampPlan.Person inPlan = personInPlan("Liam Yusuf");
        assertThat(inPlan.preferredLanguage()).isEqualTo("fr");
        assertThat(inPlan.guardianConsent()).isEqualTo(
                new CampPlan.GuardianConsent(LocalDate.of(2026, 6, 28), "Rania Yusuf", ConsentMethod.EMAIL));
    }

    @Test
    void aGuardianConsentOnAnAdultIsRefusedAndNothingIsSaved() {
        PersonDetails opened = details("Noah Smith");
        PersonDetails.Consent consent = new PersonDetails.Consent(LocalDate.of(2026, 6, 28), "Ruth Smith", null);

        InvalidPersonException refused = catchThrowableOfType(InvalidPersonException.class,
                () -> service.update(campId, opened, withLanguageAndConsent(opened, null, consent)));

        assertThat(refused.problems()).extracting(FieldProblem::field, p -> TestTexts.english(p.reason())).containsExactly(
                tuple("guardianConsent", "a guardian's consent is for youth (aged 14-17) only"));
        assertThat(refused).hasMessage("Noah Smith was not saved: guardian consent: a guardian's consent is for youth "
                + "(aged 14-17) only");
        assertThat(service.load(campId, opened.id())).isEqualTo(opened);
    }

    @Test
    void aGuardianConsentWithoutWhoGaveItOrABadLanguageIsRefusedNamingTheField() {
        PersonDetails opened = details("Tara Singh");
        PersonDetails.Consent nameless = new PersonDetails.Consent(LocalDate.of(2026, 6, 28), " ", ConsentMethod.PAPER);

        InvalidPersonException refused = catchThrowableOfType(InvalidPersonException.class,
                () -> service.update(campId, opened, withLanguageAndConsent(opened, "French", nameless)));

        assertThat(refused.problems()).extracting(FieldProblem::field, p -> TestTexts.english(p.reason())).containsExactly(
                tuple("guardianConsent", "by: must name the parent or guardian who gave it"),
                tuple("preferredLanguage", "must be a language tag such as en, fr or fr-CA"));
        assertThat(service.load(campId, opened.id())).isEqualTo(opened);
    }

    @Test
    void someoneNewGetsAnIdNoOneInTheCampHas() {
        PersonDetails amina = new PersonDetails(null, 0, "Amina Yusuf", PersonKind.LEADER, false, false, null, null,
                List.of(), List.of(), List.of("so"), null, null, null, null, null, 5.0, List.of(), List.of(), List.of(),
                null);

        service.create(campId, amina);
        service.create(campId, amina);

        assertThat(campPlans.exportPlan(campId).people()).extracting(CampPlan.Person::id).endsWith("p-25", "p-26");
        assertThat(service.count(campId, filter(null, false, false, false, false, "amina yusuf"))).isEqualTo(2);
    }

    @Test
    void aValidCsvFileImportsEveryone() {
        String csv = """
                name,kind,youth,experienced,email,phone,credentials,skills,languages,maxHoursPerDay,maxHoursPerWeek,minRestHours,pledgedHoursPerWeek,likes,dislikes
                Amina Yusuf,LEADER,false,true,amina@example.org,519-555-0101,first aid:2027-05-31;VULNERABLE_SECTOR_CHECK,cooking,en;so,8,20,11,6,arts;swim,sports
                "Okafor, Sam",volunteer,yes,no,,,,,en,4,10,,4.5,games,
                """;

        int imported = service.importCsv(campId, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported).isEqualTo(2);
        PersonDetails amina = details("Amina Yusuf");
        assertThat(amina.kind()).isEqualTo(PersonKind.LEADER);
        assertThat(amina.credentials()).containsExactly(
                new PersonDetails.HeldCredential("FIRST_AID", LocalDate.of(2027, 5, 31)),
                new PersonDetails.HeldCredential("VULNERABLE_SECTOR_CHECK", null));
        assertThat(amina.languages()).containsExactly("en", "so");
        assertThat(amina.likes()).containsExactly("arts", "swim");
        assertThat(amina.minRestHours()).isEqualTo(11.0);
        PersonDetails sam = details("Okafor, Sam");
        assertThat(sam.youth()).isTrue();
        assertThat(sam.experienced()).isFalse();
        assertThat(sam.email()).isNull();
        assertThat(sam.pledgedHoursPerWeek()).isEqualTo(4.5);
        assertThat(campPlans.exportPlan(campId).people()).extracting(CampPlan.Person::id).endsWith("p-25", "p-26");
    }

    @Test
    void aCsvFileWithBadRowsListsEveryProblemByRowAndColumnAndStoresNothing() {
        String csv = """
                name,kind,youth,experienced,email,phone,credentials,skills,languages,maxHoursPerDay,maxHoursPerWeek,minRestHours,pledgedHoursPerWeek,likes,dislikes
                Good Person,VOLUNTEER,false,false,,,,,,,,,,,
                Bad Kind,VISITOR,maybe,false,,,,,,,,,,,
                Bad Hours,STAFF,false,false,,,FIRST_AID:31/08/2026,,,lots,-5,,,,
                ,LEADER,false,false,,,,,,,,,,,
                """;
        Map<String, Integer> before = StoredRows.count(jdbc);

        InvalidPeopleCsvException refused = catchThrowableOfType(InvalidPeopleCsvException.class,
                () -> service.importCsv(campId, csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.problems()).extracting(PeopleCsvProblem::toString).containsExactly(
                "row 3, column kind: 'VISITOR' is not one of [VOLUNTEER, LEADER, STAFF]",
                "row 3, column youth: 'maybe' is not true, false, yes or no",
                "row 4, column credentials: 'FIRST_AID:31/08/2026' does not end in a date written yyyy-MM-dd",
                "row 4, column maxHoursPerDay: 'lots' is not a number of hours",
                "row 4, column maxHoursPerWeek: " + reason(refused, 4, "maxHoursPerWeek"),
                "row 5, column name: " + reason(refused, 5, "name"));
        assertThat(reason(refused, 4, "maxHoursPerWeek")).isNotBlank();
        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aCsvFileWithLanguagesAndConsentsStoresThemAndThePlanCarriesThem() {
        String csv = """
                name,kind,youth,preferredLanguage,guardianConsentGiven,guardianConsentBy,guardianConsentMethod
                Jade Martin,VOLUNTEER,yes,fr-ca,2026-06-20,Claire Martin,in person
                Théo Nguyen,VOLUNTEER,yes,,2026-07-15,Minh Nguyen,
                Léa Tremblay,LEADER,no,FR,,,
                Ava Singh,VOLUNTEER,yes,,,,
                """;

        service.importCsv(campId, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(details("Jade Martin").guardianConsent())
                .isEqualTo(new PersonDetails.Consent(LocalDate.of(2026, 6, 20), "Claire Martin", ConsentMethod.IN_PERSON));
        assertThat(personInPlan("Jade Martin").preferredLanguage()).isEqualTo("fr-CA");
        assertThat(personInPlan("Théo Nguyen").guardianConsent())
                .isEqualTo(new CampPlan.GuardianConsent(LocalDate.of(2026, 7, 15), "Minh Nguyen", null));
        assertThat(personInPlan("Léa Tremblay").preferredLanguage()).isEqualTo("fr");
        assertThat(personInPlan("Léa Tremblay").guardianConsent()).isNull();
        assertThat(personInPlan("Ava Singh").guardianConsent()).isNull();
        assertThat(personInPlan("Ava Singh").preferredLanguage()).isNull();
    }

    @Test
    void aCsvFileWithHalfAConsentOrAConsentOnAnAdultListsEachAndStoresNothing() {
        String csv = """
                name,kind,youth,preferredLanguage,guardianConsentGiven,guardianConsentBy,guardianConsentMethod
                Adult With Consent,LEADER,no,en,2026-06-20,Marie Tremblay,PAPER
                No Guardian Named,VOLUNTEER,yes,,2026-06-20,,EMAIL
                No Date,VOLUNTEER,yes,,,Claire Martin,
                Bad Date And Way,VOLUNTEER,yes,,20/06/2026,Claire Martin,phone
                Bad Language,VOLUNTEER,no,French,,,
                """;
        Map<String, Integer> before = StoredRows.count(jdbc);

        InvalidPeopleCsvException refused = catchThrowableOfType(InvalidPeopleCsvException.class,
                () -> service.importCsv(campId, csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.problems()).extracting(PeopleCsvProblem::toString).containsExactly(
                "row 2, column guardianConsentGiven: a guardian's consent is for youth (aged 14-17) only, and this row's "
                        + "youth column is not yes; mark them as youth or leave the consent columns empty",
                "row 3, column guardianConsentBy: a guardian's consent needs the name of the parent or guardian who gave it",
                "row 4, column guardianConsentGiven: a guardian's consent needs the day it was given, written yyyy-MM-dd",
                "row 5, column guardianConsentGiven: '20/06/2026' is not a date written yyyy-MM-dd",
                "row 5, column guardianConsentMethod: 'phone' is not one of [PAPER, EMAIL, IN_PERSON, ONLINE]; "
                        + "leave it empty if it is not known",
                "row 6, column preferredLanguage: 'French' is not a language tag such as en, fr or fr-CA");
        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aCsvFileWithAConsentDateColumnButNoGuardianColumnIsRefusedAtTheHeader() {
        String csv = "name,kind,youth,guardianConsentGiven\nJade Martin,VOLUNTEER,yes,2026-06-20\n";

        InvalidPeopleCsvException refused = catchThrowableOfType(InvalidPeopleCsvException.class,
                () -> service.importCsv(campId, csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.problems()).extracting(PeopleCsvProblem::toString).contains("row 1, column guardianConsentBy: "
                + "the column is missing: a guardian's consent needs both guardianConsentGiven and guardianConsentBy");
        assertThat(service.count(campId, PeopleFilter.everyone())).isEqualTo(24);
    }

    @Test
    void aCsvFileWithAnUnknownColumnIsRefusedAtTheHeader() {
        String csv = "name,kind,favouriteColour\nJo,VOLUNTEER,blue\n";

        InvalidPeopleCsvException refused = catchThrowableOfType(InvalidPeopleCsvException.class,
                () -> service.importCsv(campId, csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.problems()).extracting(PeopleCsvProblem::toString).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("row 1, column favouriteColour: unknown column"));
        assertThat(service.count(campId, PeopleFilter.everyone())).isEqualTo(24);
    }

    private static String reason(InvalidPeopleCsvException refused, int row, String column) {
        return refused.problems().stream().filter(p -> p.row() == row && column.equals(p.column()))
                .map(p -> TestTexts.english(p.reason())).findFirst().orElse("(none)");
    }

    private static PeopleFilter filter(PersonKind kind, boolean youth, boolean credentials, boolean evenings,
                                       boolean weekends, String name) {
        return new PeopleFilter(kind, youth, credentials, false, evenings, weekends, name);
    }

    private List<String> names(PeopleFilter filter) {
        return service.find(campId, filter, 0, 100).stream().map(PersonSummary::name).toList();
    }

    private long idOf(String name) {
        return service.find(campId, filter(null, false, false, false, false, name), 0, 1).get(0).id();
    }

    private PersonDetails details(String name) {
        return service.load(campId, idOf(name));
    }

    private static PersonDetails with(PersonDetails p, String name, List<PersonDetails.HeldCredential> credentials) {
        return new PersonDetails(p.id(), p.version(), name, p.kind(), p.youth(), p.experienced(), p.email(), p.phone(),
                credentials, p.skills(), p.languages(), p.preferredLanguage(), p.guardianConsent(), p.maxHoursPerDay(),
                p.maxHoursPerWeek(), p.minRestHours(), p.pledgedHoursPerWeek(), p.likes(), p.dislikes(), p.standardHours(),
                p.maxHoursOutsideStandardPerWeek());
    }

    private CampPlan.Person personInPlan(String name) {
        return campPlans.exportPlan(campId).people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static PersonDetails withLanguageAndConsent(PersonDetails p, String language, PersonDetails.Consent consent) {
        return new PersonDetails(p.id(), p.version(), p.name(), p.kind(), p.youth(), p.experienced(), p.email(), p.phone(),
                p.credentials(), p.skills(), p.languages(), language, consent, p.maxHoursPerDay(),
                p.maxHoursPerWeek(), p.minRestHours(), p.pledgedHoursPerWeek(), p.likes(), p.dislikes(), p.standardHours(),
                p.maxHoursOutsideStandardPerWeek());
    }

    private static PersonDetails withPhone(PersonDetails p, String phone) {
        return new PersonDetails(p.id(), p.version(), p.name(), p.kind(), p.youth(), p.experienced(), p.email(), phone,
                p.credentials(), p.skills(), p.languages(), p.preferredLanguage(), p.guardianConsent(), p.maxHoursPerDay(),
                p.maxHoursPerWeek(), p.minRestHours(), p.pledgedHoursPerWeek(), p.likes(), p.dislikes(), p.standardHours(),
                p.maxHoursOutsideStandardPerWeek());
    }

    private static void weekly(ObjectNode plan, int person, String day, String from, String to) {
        ArrayNode windows = PlanJson.mapper().createArrayNode();
        windows.addObject().put("day", day).put("from", from).put("to", to);
        TestPlans.at(plan, "/people/" + person + "/availability").set("weekly", windows);
    }
}

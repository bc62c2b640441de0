package org.campcoplanner.camp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PersonKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** Someone who can be rostered: a volunteer, a neighbourhood leader or a member of city staff. */
@Entity
public class Person extends CampPart {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PersonKind kind;

    /** Aged 14-17: never counts as an adult. */
    private boolean youth;

    private boolean experienced;

    @Size(max = 254)
    private String email;

    @Size(max = 40)
    private String phone;

    /** A BCP 47 tag such as {@code en} or {@code fr}; null means English. */
    @Pattern(regexp = CampPlan.LANGUAGE_TAG_PATTERN)
    private String preferredLanguage;

    /** Youth only; null when none is on file. */
    @Valid
    @Embedded
    private GuardianConsent guardianConsent;

    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("24")
    private Double maxHoursPerDay;

    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("168")
    private Double maxHoursPerWeek;

    @DecimalMin("0")
    @DecimalMax("48")
    private Double minRestHours;

    @DecimalMin("0")
    @DecimalMax("168")
    private Double pledgedHoursPerWeek;

    @DecimalMin("0")
    @DecimalMax("168")
    private Double maxHoursOutsideStandardPerWeek;

    @Valid
    @ElementCollection
    @CollectionTable(name = "person_credential", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    private List<Credential> credentials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "tag")
    private List<String> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "tag")
    private List<String> languages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_like", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "tag")
    private List<String> likes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_dislike", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "tag")
    private List<String> dislikes = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "person_weekly_window", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    private List<WeeklyWindow> weeklyAvailability = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "person_dated_window", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    private List<DatedWindow> datedAvailability = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "person_unavailable", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    private List<DatedWindow> unavailable = new ArrayList<>();

    /** Staff only; empty means the default Monday-Friday 09:00-17:00. */
    @Valid
    @ElementCollection
    @CollectionTable(name = "person_standard_hours", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "list_position")
    private List<WeeklyWindow> standardHours = new ArrayList<>();

    protected Person() {
    }

    Person(Camp camp, String externalId, int position, String name, PersonKind kind) {
        super(camp, externalId, position);
        this.name = name;
        this.kind = kind;
    }

    @AssertTrue(message = "A guardian's consent is for youth (aged 14-17) only")
    boolean isGuardianConsentForYouthOnly() {
        return guardianConsent == null || youth;
    }

    public boolean isAdult() {
        return !youth;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public boolean isYouth() {
        return youth;
    }

    public void setYouth(boolean youth) {
        this.youth = youth;
    }

    public boolean isExperienced() {
        return experienced;
    }

    public void setExperienced(boolean experienced) {
        this.experienced = experienced;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public GuardianConsent getGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(GuardianConsent guardianConsent) {
        this.guardianConsent = guardianConsent;
    }

    public Double getMaxHoursPerDay() {
        return maxHoursPerDay;
    }

    public void setMaxHoursPerDay(Double maxHoursPerDay) {
        this.maxHoursPerDay = maxHoursPerDay;
    }

    public Double getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public void setMaxHoursPerWeek(Double maxHoursPerWeek) {
        this.maxHoursPerWeek = maxHoursPerWeek;
    }

    public Double getMinRestHours() {
        return minRestHours;
    }

    public void setMinRestHours(Double minRestHours) {
        this.minRestHours = minRestHours;
    }

    public Double getPledgedHoursPerWeek() {
        return pledgedHoursPerWeek;
    }

    public void setPledgedHoursPerWeek(Double pledgedHoursPerWeek) {
        this.pledgedHoursPerWeek = pledgedHoursPerWeek;
    }

    public Double getMaxHoursOutsideStandardPerWeek() {
        return maxHoursOutsideStandardPerWeek;
    }

    public void setMaxHoursOutsideStandardPerWeek(Double maxHoursOutsideStandardPerWeek) {
        this.maxHoursOutsideStandardPerWeek = maxHoursOutsideStandardPerWeek;
    }

    public List<Credential> getCredentials() {
        return credentials;
    }

    public List<String> getSkills() {
        return skills;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public List<String> getLikes() {
        return likes;
    }

    public List<String> getDislikes() {
        return dislikes;
    }

    public List<WeeklyWindow> getWeeklyAvailability() {
        return weeklyAvailability;
    }

    public List<DatedWindow> getDatedAvailability() {
        return datedAvailability;
    }

    public List<DatedWindow> getUnavailable() {
        return unavailable;
    }

    public List<WeeklyWindow> getStandardHours() {
        return standardHours;
    }
}

package org.campcoplanner.camp;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.campcoplanner.base.VersionedEntity;
import org.campcoplanner.planning.format.PersonKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A neighbourhood summer camp: its days, sites, people, sessions and planning rules. */
@Entity
public class Camp extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    private String neighbourhood;

    @NotBlank
    @Size(max = 64)
    private String timeZone;

    @NotNull
    private LocalDate startDate;

    @NotNull
    private LocalDate endDate;

    @ElementCollection
    @CollectionTable(name = "camp_children_per_adult", joinColumns = @JoinColumn(name = "camp_id"))
    @MapKeyColumn(name = "age_group")
    @Column(name = "children_per_adult")
    private Map<String, @Min(1) Integer> childrenPerAdult = new HashMap<>();

    @Min(0)
    @Column(name = "travel_minutes_between_sites")
    private int travelMinutesBetweenSites;

    /** When true, a youth is placed only while a guardian consent is on file. */
    private boolean youthNeedGuardianConsent;

    // not in the plan format: how this app runs the camp, not what the camp is
    private boolean offersStraightToPublished;

    @Valid
    @Embedded
    private SoftRuleWeights weights = new SoftRuleWeights();

    @NotNull
    private Instant createdAt;

    @OneToMany(mappedBy = "camp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Site> sites = new ArrayList<>();

    @OneToMany(mappedBy = "camp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Person> people = new ArrayList<>();

    @OneToMany(mappedBy = "camp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Session> sessions = new ArrayList<>();

    protected Camp() {
    }

    public Camp(String name, LocalDate startDate, LocalDate endDate, String timeZone, Instant createdAt) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.timeZone = timeZone;
        this.createdAt = createdAt;
    }

    @AssertTrue(message = "The camp's last day must not be before its first day")
    boolean isEndDateOnOrAfterStartDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "The time zone must be a known IANA zone such as America/Toronto")
    boolean isTimeZoneKnown() {
        return timeZone == null || ZoneId.getAvailableZoneIds().contains(timeZone);
    }

    public Site addSite(String externalId, String siteName, String address) {
        Site site = new Site(this, externalId, sites.size(), siteName, address);
        sites.add(site);
        return site;
    }

    public Person addPerson(String externalId, String personName, PersonKind kind) {
        Person person = new Person(this, externalId, people.size(), personName, kind);
        people.add(person);
        return person;
    }

    public Session addSession(String externalId, String title, Site site, LocalDateTime start, LocalDateTime end) {
        Session session = new Session(this, externalId, sessions.size(), title, site, start, end);
        sessions.add(session);
        return session;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Map<String, Integer> getChildrenPerAdult() {
        return childrenPerAdult;
    }

    public int getTravelMinutesBetweenSites() {
        return travelMinutesBetweenSites;
    }

    public void setTravelMinutesBetweenSites(int travelMinutesBetweenSites) {
        this.travelMinutesBetweenSites = travelMinutesBetweenSites;
    }

    public boolean isYouthNeedGuardianConsent() {
        return youthNeedGuardianConsent;
    }

    public void setYouthNeedGuardianConsent(boolean youthNeedGuardianConsent) {
        this.youthNeedGuardianConsent = youthNeedGuardianConsent;
    }

    /** Volunteers' offers for empty seats go straight into the published roster when they break no hard rule. */
    public boolean isOffersStraightToPublished() {
        return offersStraightToPublished;
    }

    public void setOffersStraightToPublished(boolean offersStraightToPublished) {
        this.offersStraightToPublished = offersStraightToPublished;
    }

    public SoftRuleWeights getWeights() {
        // Hibernate loads an embeddable whose columns are all null as null
        return weights == null ? new SoftRuleWeights() : weights;
    }

    public void setWeights(SoftRuleWeights weights) {
        this.weights = weights;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<Person> getPeople() {
        return people;
    }

    public List<Session> getSessions() {
        return sessions;
    }
}

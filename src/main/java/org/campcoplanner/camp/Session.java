package org.campcoplanner.camp;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** One block of camp activity at a site, in the camp's wall-clock time; it may run overnight. */
@Entity
@Table(name = "camp_session")
public class Session extends CampPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 60)
    private String activity;

    /** Links recurring sessions, such as "Tuesday evening sports". */
    @Size(max = 100)
    private String seriesKey;

    @NotNull
    private LocalDateTime startAt;

    @NotNull
    private LocalDateTime endAt;

    @Min(0)
    private int children;

    @Size(max = 20)
    private String ageGroup;

    @Valid
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Seat> seats = new ArrayList<>();

    protected Session() {
    }

    Session(Camp camp, String externalId, int position, String title, Site site, LocalDateTime startAt,
            LocalDateTime endAt) {
        super(camp, externalId, position);
        this.title = title;
        this.site = site;
        this.startAt = startAt;
        this.endAt = endAt;
    }

    @AssertTrue(message = "A session must end after it starts and last at most 24 hours")
    boolean isEndWithin24HoursAfterStart() {
        return startAt == null || endAt == null
                || (endAt.isAfter(startAt) && Duration.between(startAt, endAt).compareTo(Duration.ofHours(24)) <= 0);
    }

    /** Adds the next seat of {@code role}, numbered after the seats of that role already here. */
    public Seat addSeat(String role, int priority) {
        int roleIndex = 1 + (int) seats.stream().filter(seat -> seat.getRole().equals(role)).count();
        Seat seat = new Seat(this, seats.size(), role, roleIndex, priority);
        seats.add(seat);
        return seat;
    }

    public boolean isOvernight() {
        return endAt.toLocalDate().isAfter(startAt.toLocalDate()) && endAt.toLocalTime().isAfter(LocalTime.MIDNIGHT);
    }

    public Site getSite() {
        return site;
    }

    public void setSite(Site site) {
        this.site = site;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getSeriesKey() {
        return seriesKey;
    }

    public void setSeriesKey(String seriesKey) {
        this.seriesKey = seriesKey;
    }

    public LocalDateTime getStartAt() {
        return startAt;
    }

    public void setStartAt(LocalDateTime startAt) {
        this.startAt = startAt;
    }

    public LocalDateTime getEndAt() {
        return endAt;
    }

    public void setEndAt(LocalDateTime endAt) {
        this.endAt = endAt;
    }

    public int getChildren() {
        return children;
    }

    public void setChildren(int children) {
        this.children = children;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(String ageGroup) {
        this.ageGroup = ageGroup;
    }

    public List<Seat> getSeats() {
        return seats;
    }
}

package org.campcoplanner.camp;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.campcoplanner.base.VersionedEntity;

/** Who sits in a seat of the camp's working roster; a pinned assignment is one the solver keeps. */
@Entity
public class Assignment extends VersionedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", unique = true)
    private Seat seat;

    /** Null: the seat is deliberately left empty. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    private boolean pinned;

    protected Assignment() {
    }

    public Assignment(Seat seat, Person person, boolean pinned) {
        this.seat = seat;
        this.person = person;
        this.pinned = pinned;
    }

    public Seat getSeat() {
        return seat;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}

package org.campcoplanner.camp;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.campcoplanner.base.VersionedEntity;
import org.campcoplanner.planning.format.PersonKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** One position to fill in a session, such as "Helper 2"; who sits in it is the roster's business. */
@Entity
public class Seat extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    private int position;

    @NotBlank
    @Size(max = 60)
    private String role;

    /** 1..n among the seats of the same role in the session. */
    @Min(1)
    private int roleIndex;

    /** How bad it is to leave the seat empty. */
    @Min(1)
    @Max(100)
    private int priority;

    @ElementCollection
    @CollectionTable(name = "seat_required_credential", joinColumns = @JoinColumn(name = "seat_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "type")
    private List<String> requiredCredentials = new ArrayList<>();

    /** Empty: any kind of person may take the seat. */
    @ElementCollection
    @CollectionTable(name = "seat_allowed_kind", joinColumns = @JoinColumn(name = "seat_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private List<PersonKind> allowedKinds = new ArrayList<>();

    protected Seat() {
    }

    Seat(Session session, int position, String role, int roleIndex, int priority) {
        this.session = session;
        this.position = position;
        this.role = role;
        this.roleIndex = roleIndex;
        this.priority = priority;
    }

    public String label() {
        return role + " " + roleIndex;
    }

    public Session getSession() {
        return session;
    }

    public int getPosition() {
        return position;
    }

    public String getRole() {
        return role;
    }

    public int getRoleIndex() {
        return roleIndex;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public List<String> getRequiredCredentials() {
        return requiredCredentials;
    }

    public List<PersonKind> getAllowedKinds() {
        return allowedKinds;
    }
}

package org.campcoplanner.camp;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.campcoplanner.base.VersionedEntity;

/** A site, person or session: it belongs to one camp, has the id plan files give it, and a place in the camp's order. */
@MappedSuperclass
public abstract class CampPart extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "camp_id")
    private Camp camp;

    /** The id in plan files, unique within the camp. */
    @NotBlank
    @Size(max = 64)
    private String externalId;

    private int position;

    protected CampPart() {
    }

    protected CampPart(Camp camp, String externalId, int position) {
        this.camp = camp;
        this.externalId = externalId;
        this.position = position;
    }

    public Camp getCamp() {
        return camp;
    }

    public String getExternalId() {
        return externalId;
    }

    public int getPosition() {
        return position;
    }
}

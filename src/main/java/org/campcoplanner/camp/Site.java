package org.campcoplanner.camp;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.campcoplanner.base.VersionedEntity;

/** A place where sessions happen: a park, community centre, school gym or pool. */
@Entity
public class Site extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "camp_id")
    private Camp camp;

    /** The id the site has in plan files, unique within its camp. */
    @NotBlank
    @Size(max = 64)
    private String externalId;

    private int position;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 300)
    private String address;

    protected Site() {
    }

    Site(Camp camp, String externalId, int position, String name, String address) {
        this.camp = camp;
        this.externalId = externalId;
        this.position = position;
        this.name = name;
        this.address = address;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}

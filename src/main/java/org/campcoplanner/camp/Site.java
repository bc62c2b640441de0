package org.campcoplanner.camp;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A place where sessions happen: a park, community centre, school gym or pool. */
@Entity
public class Site extends CampPart {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 300)
    private String address;

    protected Site() {
    }

    Site(Camp camp, String externalId, int position, String name, String address) {
        super(camp, externalId, position);
        this.name = name;
        this.address = address;
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

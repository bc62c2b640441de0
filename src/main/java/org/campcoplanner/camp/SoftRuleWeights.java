package org.campcoplanner.camp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;

/** A camp's own weights for the soft roster rules 8-14; null keeps the product default, 0 switches a rule off. */
@Embeddable
public record SoftRuleWeights(
        @Min(0) @Column(name = "weight_fairness") Integer fairness,
        @Min(0) @Column(name = "weight_staff_outside_standard_hours") Integer staffOutsideStandardHours,
        @Min(0) @Column(name = "weight_co_delivery") Integer coDelivery,
        @Min(0) @Column(name = "weight_peer_support") Integer peerSupport,
        @Min(0) @Column(name = "weight_continuity") Integer continuity,
        @Min(0) @Column(name = "weight_preferences") Integer preferences,
        @Min(0) @Column(name = "weight_stability") Integer stability) {

    public SoftRuleWeights() {
        this(null, null, null, null, null, null, null);
    }

    public boolean allDefault() {
        return fairness == null && staffOutsideStandardHours == null && coDelivery == null && peerSupport == null
                && continuity == null && preferences == null && stability == null;
    }
}

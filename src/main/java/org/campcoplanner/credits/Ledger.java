package org.campcoplanner.credits;

import java.util.List;

/**
 * A person's time credits at one camp (named with its neighbourhood, which may be empty): earned by
 * confirmed attendance, spent as planners recorded, and the balance.
 */
public record Ledger(String name, String camp, String neighbourhood, List<ConfirmedHours> earned, List<SpentCredits> spent) {

    public double earnedTotal() {
        return earned.stream().mapToDouble(ConfirmedHours::hours).sum();
    }

    public double spentTotal() {
        return spent.stream().mapToDouble(SpentCredits::hours).sum();
    }

    public double balance() {
        return earnedTotal() - spentTotal();
    }
}

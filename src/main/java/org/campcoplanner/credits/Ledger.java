package org.campcoplanner.credits;

import java.util.List;

/** A person's time credits: earned by confirmed attendance, spent as planners recorded, and the balance. */
public record Ledger(String name, List<Attendance> earned, List<CreditSpent> spent) {

    public double earnedTotal() {
        return earned.stream().mapToDouble(Attendance::getHours).sum();
    }

    public double spentTotal() {
        return spent.stream().mapToDouble(CreditSpent::getHours).sum();
    }

    public double balance() {
        return earnedTotal() - spentTotal();
    }
}

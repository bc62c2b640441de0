package org.campcoplanner.credits;

/** Credits a person spent, as a planner recorded them. */
public record SpentCredits(String what, double hours) {

    static SpentCredits of(CreditSpent spent) {
        return new SpentCredits(spent.getWhat(), spent.getHours());
    }
}

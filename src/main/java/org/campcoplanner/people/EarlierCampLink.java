package org.campcoplanner.people;

/**
 * "{@code name} of this camp is {@code earlierName} of {@code earlierCamp}": how returning residents
 * are known. {@code foundBy} says whether their account moved or a planner confirmed it.
 */
public record EarlierCampLink(long personId, String name, long earlierPersonId, String earlierName,
                              String earlierCamp, FoundBy foundBy) {

    public enum FoundBy { ACCOUNT, PLANNER }
}

package org.campcoplanner.people;

/** Someone of another camp a planner may link a person to, named with their camp. */
public record EarlierSelf(long personId, long campId, String name, String camp) {
}

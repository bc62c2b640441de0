package org.campcoplanner.planning.format;

/** How a parent or guardian gave their consent for a youth to take part. */
public enum ConsentMethod {
    PAPER, EMAIL, IN_PERSON, ONLINE
}

package org.campcoplanner.signoff;

/**
 * A camp stored from a plan with its own admin, leader ("Lee Leader") and staff member, each with
 * a fresh username, so tests sharing a database never meet each other's accounts ({@link CampTeams}).
 */
public record CampTeam(long campId, String admin, String leader, String staff) {
}

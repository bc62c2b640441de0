package org.campcoplanner.account;

/** Where an invitation stands: its link open, used to make an account, past its seven days, or taken back. */
public enum InvitationStatus {
    SENT, ACCEPTED, EXPIRED, REVOKED
}

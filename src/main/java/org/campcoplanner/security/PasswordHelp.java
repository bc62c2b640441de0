package org.campcoplanner.security;

/**
 * Whether the login page offers "Forgot your password?": the accounts feature answers, so security never
 * depends on how reset links are made or sent.
 */
public interface PasswordHelp {

    /** Where the login page sends someone who forgot their password. */
    String ROUTE = "forgot-password";

    boolean offered();
}

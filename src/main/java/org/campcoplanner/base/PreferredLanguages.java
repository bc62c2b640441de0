package org.campcoplanner.base;

import java.util.Optional;

/**
 * The signed-in reader's own language, kept with their account, so that every page opens in it
 * on every device; the account feature keeps it.
 */
public interface PreferredLanguages {

    /** The signed-in account's language; empty while signed out or when it has not chosen one. */
    Optional<Language> signedIn();

    /** Keeps the signed-in account's language; nothing while signed out. */
    void choose(Language language);
}

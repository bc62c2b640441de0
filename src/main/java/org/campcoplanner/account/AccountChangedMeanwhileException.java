package org.campcoplanner.account;

import org.campcoplanner.base.ChangedMeanwhileException;

/** Another admin changed the account since it was loaded; nothing was saved. */
public class AccountChangedMeanwhileException extends ChangedMeanwhileException {

    public AccountChangedMeanwhileException(String username) {
        super("The account " + username, "");
    }
}

package org.campcoplanner.account;

import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.planning.Text;

/** Another admin changed the account since it was loaded; nothing was saved. */
public class AccountChangedMeanwhileException extends ChangedMeanwhileException {

    public AccountChangedMeanwhileException(String username) {
        super(Text.of("account.changed-meanwhile.what", username), null);
    }
}

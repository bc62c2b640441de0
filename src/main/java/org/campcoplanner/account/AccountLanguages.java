package org.campcoplanner.account;

import org.campcoplanner.base.Language;
import org.campcoplanner.base.PreferredLanguages;
import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The signed-in account's language, kept on the account so every device opens in it. */
@Component
class AccountLanguages implements PreferredLanguages {

    private final UserAccountRepository accounts;

    AccountLanguages(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Language> signedIn() {
        return CurrentUser.get().flatMap(user -> accounts.findById(user.accountId()))
                .flatMap(account -> Language.ofTag(account.getPreferredLanguage()));
    }

    @Override
    @Transactional
    public void choose(Language language) {
        // no version bump on purpose: a language is no change an open session must notice
        CurrentUser.get().map(CampUser::accountId)
                .ifPresent(id -> accounts.setPreferredLanguage(id, language.tag()));
    }
}

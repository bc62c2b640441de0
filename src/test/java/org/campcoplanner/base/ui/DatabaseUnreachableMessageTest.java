package org.campcoplanner.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which view errors say "the service is unavailable" rather than "something went wrong, code ...". */
class DatabaseUnreachableMessageTest {

    @Test
    void aConnectionThatCannotBeHadIsTheDatabaseBeingUnreachable() {
        RuntimeException inAView = new RuntimeException("while saving", new CannotCreateTransactionException(
                "Could not open JPA EntityManager", new SQLTransientConnectionException("Connection is not available")));

        assertThat(MainErrorHandler.LoggedWithId.databaseUnreachable(inAView)).isTrue();
    }

    @Test
    void aRefusedChangeIsStillAnUnexpectedErrorWithACode() {
        assertThat(MainErrorHandler.LoggedWithId.databaseUnreachable(
                new DataIntegrityViolationException("duplicate key"))).isFalse();
    }
}

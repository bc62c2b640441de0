package org.campcoplanner.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

interface PasswordResetLinkRepository extends JpaRepository<PasswordResetLink, Long> {

    Optional<PasswordResetLink> findBySecretHash(String secretHash);

    /** Locked, so that two uses of one link at the same moment cannot both set a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PasswordResetLink l where l.secretHash = :secretHash")
    Optional<PasswordResetLink> findForUseBySecretHash(String secretHash);

    @Query("select count(l) from PasswordResetLink l where l.accountId = :accountId and l.createdAt > :since")
    long countSince(long accountId, Instant since);
}

package org.campcoplanner.base;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.ThrowsAdvice;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.sql.SQLException;

/**
 * Every lost race is told, in one place: when a service call fails because someone saved the same
 * row first (a version check) or the same unique thing first (a unique key), the caller gets a
 * {@link SavedAtTheSameMomentException}, the product's changed-meanwhile answer, instead of a
 * database exception that views and the API would show as an unexpected error. Services that can
 * say more (who changed which fields) still check versions themselves and throw their own
 * changed-meanwhile exceptions first; this catches the races between their check and the commit.
 * It wraps each service call outside its transaction, so failures at commit are translated too.
 */
@Configuration(proxyBeanMethods = false)
class LostRaces {

    /** Unique violation in both PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor lostRacesAreToldAsChangedMeanwhile() {
        ClassFilter ours = type -> type.getName().startsWith("org.campcoplanner.");
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true)).intersection(ours),
                new Translation());
        // outermost: around method security and, above all, around the transaction and its commit
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /**
     * A throws advice: what it throws replaces the exception the call ended with. Public, because
     * Spring calls its method by reflection.
     */
    public static final class Translation implements ThrowsAdvice {

        public void afterThrowing(DataAccessException e) {
            if (isLostRace(e)) {
                throw new SavedAtTheSameMomentException(e);
            }
        }
    }

    static boolean isLostRace(DataAccessException e) {
        return e instanceof OptimisticLockingFailureException
                || (e instanceof DataIntegrityViolationException && isUniqueViolation(e));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || (sql.getNextException() != null && UNIQUE_VIOLATION.equals(sql.getNextException().getSQLState())))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

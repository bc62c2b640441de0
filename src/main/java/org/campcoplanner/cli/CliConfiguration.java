package org.campcoplanner.cli;

import org.campcoplanner.account.AccountService;
import org.campcoplanner.account.LoginThrottle;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.camp.CampPlanService;
import org.campcoplanner.people.EarlierCamps;
import org.campcoplanner.people.PersonDirectory;
import org.campcoplanner.security.PasswordConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.dao.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;

/**
 * Only what the database-backed commands need: the data source, Flyway, JPA, the plan and account
 * services and the audit trail. There is no method security here: whoever runs a command can
 * reach the database anyway.
 * Web, Vaadin and Hilla stay out, so a command never starts a server. Deliberately not a
 * {@code @Configuration}, so that the web application's component scan leaves it alone.
 */
@AutoConfigurationPackage(basePackages = "org.campcoplanner")
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class,
        TransactionAutoConfiguration.class, PersistenceExceptionTranslationAutoConfiguration.class,
        ValidationAutoConfiguration.class})
// the throttle and earlier camps only because AccountService needs them; the command line signs no one in
@Import({CampPlanService.class, AuditTrail.class, AccountService.class, LoginThrottle.class, PasswordConfiguration.class,
        EarlierCamps.class, PersonDirectory.class})
class CliConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

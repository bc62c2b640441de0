package org.campcoplanner.instances;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/**
 * PostgreSQL's notices when the app runs on PostgreSQL (where several instances may share it),
 * none on H2; and db-scheduler names this instance as the rest of the app does.
 */
@Configuration(proxyBeanMethods = false)
class InstancesConfiguration {

    @Bean
    @Conditional(OnPostgreSql.class)
    PostgresNotices instanceNotices(JdbcClient jdbc, DataSourceProperties database, InstanceName instance) {
        return new PostgresNotices(jdbc, database, instance);
    }

    @Bean
    @Conditional(NotOnPostgreSql.class)
    InstanceNotices singleInstanceNotices() {
        return new SingleInstanceNotices();
    }

    @Bean
    DbSchedulerCustomizer instanceNamedScheduler(InstanceName instance) {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(instance.value()));
            }
        };
    }

    static final class OnPostgreSql implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        }
    }

    static final class NotOnPostgreSql implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new OnPostgreSql().matches(context, metadata);
        }
    }
}

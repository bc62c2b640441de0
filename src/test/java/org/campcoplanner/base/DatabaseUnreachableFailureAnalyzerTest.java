package org.campcoplanner.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A start that cannot reach its database ends in one sentence naming the setting and the cause. */
class DatabaseUnreachableFailureAnalyzerTest {

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url",
                    "jdbc:postgresql://db.example:5432/camp?password=secret"));

    @Test
    void aRefusedConnectionNamesTheSettingTheUrlAndTheCauseButNotTheParameters() {
        SQLException refused = new SQLException("Connection to db.example:5432 refused", "08001",
                new ConnectException("Connection refused"));

        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("flywayInitializer", "failed", refused));

        assertThat(analysis.getDescription()).contains("spring.datasource.url", "DATABASE_URL",
                "jdbc:postgresql://db.example:5432/camp", "Connection refused").doesNotContain("secret");
        assertThat(analysis.getDescription().lines()).hasSize(1);
    }

    @Test
    void aMistakeInAMigrationIsLeftToTheUsualReport() {
        SQLException badSql = new SQLException("relation \"camp\" does not exist", "42P01");

        assertThat(analyzer.analyze(new BeanCreationException("flywayInitializer", "failed", badSql))).isNull();
    }
}

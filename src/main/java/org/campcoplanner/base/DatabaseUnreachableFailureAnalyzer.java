package org.campcoplanner.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A start that fails because the database cannot be reached (wrong URL, host, port or database,
 * or the server is down) ends with one plain sentence naming the setting and the cause, instead of
 * a long stack trace. The URL is shown without its parameters, which may hold a password.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!unreachable(cause)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        String shown = url.replaceAll("[?;].*$", "");
        return new FailureAnalysis("The database in spring.datasource.url (DATABASE_URL, or POSTGRES_URL with the "
                + "postgres profile) cannot be reached: " + shown + ": " + deepestMessage(cause),
                "Check DATABASE_URL (or POSTGRES_URL), that the database server runs and accepts connections from "
                        + "here, and DATABASE_USER and DATABASE_PASSWORD.", cause);
    }

    private static boolean unreachable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("3D000")
                    || sql.getSQLState().equals("28P01") || sql.getSQLState().equals("90146")))) {
                return true;
            }
        }
        return false;
    }

    private static String deepestMessage(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

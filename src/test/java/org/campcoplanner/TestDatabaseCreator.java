package org.campcoplanner;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the PostgreSQL test database once, before the first test, when the server is reachable
 * and the database is missing: on a fresh machine with PostgreSQL running, the README's test
 * command is the only step. Reads the same settings as the {@code pgtest} profile.
 */
public class TestDatabaseCreator implements LauncherSessionListener {

    /** The default of {@code application-pgtest.properties}. */
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/camp_test";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Matcher url = URL.matcher(setting("TEST_DATABASE_URL", DEFAULT_URL));
        if (!url.matches()) {
            return;
        }
        String database = url.group(2);
        String server = url.group(1) + "postgres";
        try (Connection connection = DriverManager.getConnection(server, setting("TEST_DATABASE_USER", "postgres"),
                setting("TEST_DATABASE_PASSWORD", ""))) {
            if (!exists(connection, database)) {
                try (Statement create = connection.createStatement()) {
                    // the name matched [A-Za-z0-9_]+ above, so it is safe to quote into the statement
                    create.execute("CREATE DATABASE \"" + database + "\"");
                }
                System.out.println("Created the PostgreSQL test database " + database);
            }
        } catch (SQLException e) {
            System.err.println("The PostgreSQL tests need a server at " + url.group(1) + " (set TEST_DATABASE_URL "
                    + "to another one): " + e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private static String setting(String name, String otherwise) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isEmpty() ? otherwise : value;
    }
}

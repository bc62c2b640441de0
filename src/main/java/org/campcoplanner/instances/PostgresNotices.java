package org.campcoplanner.instances;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Notices through PostgreSQL's LISTEN/NOTIFY. Sending is a {@code pg_notify} on the caller's own
 * connection, so it leaves when the caller's transaction commits. Hearing takes one connection of
 * its own per instance, outside the pool (it is held for as long as the instance runs), read by a
 * thread that waits for notices; when that connection is lost it connects again, waiting longer
 * after each failure, and tells its listeners that they may have missed something.
 */
final class PostgresNotices implements InstanceNotices, SmartLifecycle, HealthIndicator {

    static final String CHANNEL = "camp_notices";
    static final String APPLICATION_NAME = "camp-coplanner notices";
    private static final Logger log = LoggerFactory.getLogger(PostgresNotices.class);
    private static final int WAIT_MILLIS = 1000;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    /** How often a quiet connection is checked: a server that vanished sends no error by itself. */
    private static final Duration CHECK_QUIET_EVERY = Duration.ofSeconds(15);

    private final JdbcClient jdbc;
    private final DataSourceProperties database;
    private final String instance;
    private final List<NoticeListener> listeners = new CopyOnWriteArrayList<>();
    // listeners run in order, off the receiving thread, so a slow one never delays hearing
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "instance-notices");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;
    private volatile boolean listening;
    private Thread receiver;

    PostgresNotices(JdbcClient jdbc, DataSourceProperties database, InstanceName instance) {
        this.jdbc = jdbc;
        this.database = database;
        this.instance = instance.value();
    }

    @Override
    public void send(Notice notice) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, instance + " " + notice.payload()).query().listOfRows();
    }

    @Override
    public void listen(NoticeListener listener) {
        listeners.add(listener);
    }

    /** Whether this instance hears the others right now. */
    boolean listening() {
        return listening;
    }

    @Override
    public Health health() {
        return (listening ? Health.up() : Health.down()).build();
    }

    @Override
    public void start() {
        running = true;
        receiver = new Thread(this::receive, "instance-notices-receiver");
        receiver.setDaemon(true);
        receiver.start();
    }

    @Override
    public void stop() {
        running = false;
        if (receiver != null) {
            receiver.interrupt();
            try {
                receiver.join(WAIT_MILLIS * 3L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dispatch.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void receive() {
        Duration retry = FIRST_RETRY;
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(), connectionProperties())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                retry = FIRST_RETRY;
                if (connectedBefore) {
                    log.info("Hearing the other app instances again");
                    listeners.forEach(listener -> dispatch.execute(listener::mayHaveMissedNotices));
                }
                connectedBefore = true;
                hearUntilLost(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException e) {
                if (!running) {
                    break;
                }
                log.warn("Cannot hear the other app instances ({}); trying again in {} s", e.getMessage(),
                        retry.toMillis() / 1000.0);
            } finally {
                listening = false;
            }
            if (!sleep(retry)) {
                break;
            }
            retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
        }
    }

    /** Named, so that operators see in pg_stat_activity which connection hears the notices. */
    private Properties connectionProperties() {
        Properties properties = new Properties();
        if (database.determineUsername() != null) {
            properties.setProperty("user", database.determineUsername());
        }
        if (database.determinePassword() != null) {
            properties.setProperty("password", database.determinePassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return properties;
    }

    private void hearUntilLost(PGConnection notices, Connection connection) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] heard = notices.getNotifications(WAIT_MILLIS);
            if (heard != null && heard.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : heard) {
                    deliver(notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > CHECK_QUIET_EVERY.toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the connection no longer answers");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void deliver(String message) {
        int space = message.indexOf(' ');
        if (space < 0 || message.substring(0, space).equals(instance)) {
            return;
        }
        Notice.parse(message.substring(space + 1)).ifPresent(notice ->
                listeners.forEach(listener -> dispatch.execute(() -> {
                    try {
                        listener.heard(notice);
                    } catch (RuntimeException e) {
                        log.warn("A listener failed on the notice {}", notice, e);
                    }
                })));
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

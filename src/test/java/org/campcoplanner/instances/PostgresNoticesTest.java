package org.campcoplanner.instances;

import org.campcoplanner.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** This instance hears the others' notices, skips its own, and hears again after losing its connection. */
@PostgresTest
class PostgresNoticesTest {

    @Autowired
    InstanceNotices notices;
    @Autowired
    InstanceName instance;
    @Autowired
    JdbcClient jdbc;

    private final List<Notice> heard = new CopyOnWriteArrayList<>();
    private final AtomicInteger gaps = new AtomicInteger();

    @Test
    void anotherInstancesNoticeIsHeardAndThisInstancesOwnIsNot() {
        listen();
        notices.send(Notice.draft(900_000_101L));
        sayFromAnotherInstance("SOLVE 900000102 900000007");

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(Notice.solve(900_000_102L, 900_000_007L)));
        assertThat(heard).doesNotContain(Notice.draft(900_000_101L));
    }

    @Test
    void aLostConnectionIsMadeAgainAndItsListenersAreToldTheyMayHaveMissedSomething() {
        PostgresNotices postgres = (PostgresNotices) notices;
        listen();
        await().atMost(Duration.ofSeconds(5)).until(postgres::listening);

        int dropped = jdbc.sql("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")
                .param(PostgresNotices.APPLICATION_NAME).query(Integer.class).single();
        assertThat(dropped).isPositive();

        await().atMost(Duration.ofSeconds(15)).until(() -> gaps.get() > 0);
        assertThat(postgres.listening()).isTrue();
        assertThat(postgres.health().getStatus()).isEqualTo(Status.UP);
        sayFromAnotherInstance("DRAFT 900000103 0");
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(Notice.draft(900_000_103L)));
    }

    private void listen() {
        notices.listen(new NoticeListener() {
            @Override
            public void heard(Notice notice) {
                heard.add(notice);
            }

            @Override
            public void mayHaveMissedNotices() {
                gaps.incrementAndGet();
            }
        });
    }

    private void sayFromAnotherInstance(String notice) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(PostgresNotices.CHANNEL, "another-instance " + notice).query()
                .listOfRows();
    }
}

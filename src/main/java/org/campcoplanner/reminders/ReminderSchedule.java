package org.campcoplanner.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Runs the reminders with db-scheduler on the app's own database: with several app instances,
 * one at a time runs each execution.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    @Bean
    RecurringTask<Void> shiftReminderTask(ShiftReminders reminders,
                                          @Value("${camp.reminders.every:15m}") Duration every,
                                          MeterRegistry metrics) {
        Counter sentCount = Counter.builder("camp.reminders.sent").description("Shift reminders sent")
                .register(metrics);
        return Tasks.recurring("shift-reminders", FixedDelay.of(every)).execute((instance, context) -> {
            int sent = reminders.sendDue();
            sentCount.increment(sent);
            if (sent > 0) {
                log.info("Sent {} shift reminders", sent);
            }
        });
    }
}

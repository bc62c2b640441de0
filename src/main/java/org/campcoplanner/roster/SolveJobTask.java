package org.campcoplanner.roster;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;

/**
 * Solve jobs as db-scheduler executions: whichever instance picks one runs it; one whose instance
 * was lost (its heartbeat stopped) is picked again by another; one that finds no free solve slot
 * on its instance waits a few seconds and is picked again, by this instance or another.
 */
@Configuration(proxyBeanMethods = false)
class SolveJobTask {

    static final String NAME = "camp-solve";
    private static final Duration NO_SLOT_WAIT = Duration.ofSeconds(3);

    @Bean
    CustomTask<Long> campSolveTask(SolveRunner runner) {
        return Tasks.custom(NAME, Long.class)
                .onDeadExecutionRevive()
                // the runner records every failure in the job itself; a failure here is the database's
                .onFailureReschedule(Schedules.fixedDelay(NO_SLOT_WAIT))
                .execute((instance, context) -> {
                    SolveRunner.Afterwards afterwards = runner.run(instance.getData());
                    return (complete, operations) -> {
                        if (afterwards == SolveRunner.Afterwards.TRY_AGAIN_SOON) {
                            operations.reschedule(complete, Instant.now().plus(NO_SLOT_WAIT));
                        } else {
                            operations.remove();
                        }
                    };
                });
    }
}

package org.campcoplanner.base.ui;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every unexpected error in a view becomes one log line with an id and one plain sentence with the
 * same id for whoever met it, so they can tell the coordinator which error it was without reading a
 * stack trace. The log line holds the id and the exception, nothing about the person. What Vaadin
 * itself ignores (a browser that went away mid-request) stays ignored. An unreachable database is
 * no defect: it says the service is unavailable, and the log line holds no stack trace.
 */
@Configuration(proxyBeanMethods = false)
class MainErrorHandler {

    @Bean
    VaadinServiceInitListener errorHandlerForEverySession() {
        return service -> service.getSource().addSessionInitListener(
                init -> init.getSession().setErrorHandler(new LoggedWithId()));
    }

    /** The session's error handler; kept in the session, so it holds nothing but its class. */
    static final class LoggedWithId extends DefaultErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);
        /** No 0/O or 1/I: the id is read out over the phone. */
        private static final String ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private static final int ID_LENGTH = 8;

        @Override
        public void error(ErrorEvent event) {
            Throwable error = findRelevantThrowable(event.getThrowable());
            if (!shouldHandle(error)) {
                return;
            }
            boolean unavailable = databaseUnreachable(event.getThrowable());
            String id;
            if (unavailable) {
                id = newId();
                log.warn("Database unreachable {}: {}", id, error.getClass().getSimpleName());
            } else {
                id = logged(error);
            }
            event.getComponent().flatMap(Component::getUI).or(() -> Optional.ofNullable(UI.getCurrent()))
                    .ifPresent(ui -> ui.access(() -> Notifications.error(unavailable
                            ? ui.getTranslation("base.error.unavailable") : ui.getTranslation("base.error.unexpected", id))));
        }

        static boolean databaseUnreachable(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                        || t instanceof java.sql.SQLTransientConnectionException) {
                    return true;
                }
            }
            return false;
        }

        /** Logs the failure under a new id, which the person who met it is given. */
        static String logged(Throwable error) {
            String id = newId();
            log.error("Unexpected error {}", id, error);
            return id;
        }

        private static String newId() {
            StringBuilder id = new StringBuilder(ID_LENGTH);
            for (int i = 0; i < ID_LENGTH; i++) {
                id.append(ID_LETTERS.charAt(ThreadLocalRandom.current().nextInt(ID_LETTERS.length())));
            }
            return id.toString();
        }
    }
}

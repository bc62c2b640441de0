package org.campcoplanner.inbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Notification emails go out on Spring's task executor, after the change they report is saved. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class MailConfiguration {
}

package org.campcoplanner;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.campcoplanner.cli.CampCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.time.Clock;

import org.springframework.context.annotation.Bean;

/** The camp co-planner: the web app, or one of its command-line tools when started with a command. */
@SpringBootApplication
@Theme("camp")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (CampCommandLine.handles(args)) {
            System.exit(CampCommandLine.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

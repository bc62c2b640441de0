package org.campcoplanner.cli;

import org.campcoplanner.account.AccountService;
import org.campcoplanner.base.InvalidFormException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * Creates an admin account, typically the first one of a new installation. The password comes
 * from the environment or a prompt, never from the command line, where others could read it.
 */
@Command(name = "add-admin", description = "Creates an admin account. The password is read from "
        + "CAMP_ADMIN_PASSWORD, or asked for when that is not set.")
final class AddAdminCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "USERNAME", description = "The new admin's username.")
    private String username;

    @Option(names = "--password", interactive = true, arity = "0..1",
            description = "Ask for the password (used when CAMP_ADMIN_PASSWORD is not set).")
    private char[] prompted;

    @Override
    public Integer call() {
        String password = System.getenv("CAMP_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = prompted != null ? new String(prompted) : readPassword();
        }
        if (password == null) {
            System.err.println("No password: set CAMP_ADMIN_PASSWORD or run with --password to be asked for one.");
            return CampCommandLine.INVALID_INPUT;
        }
        try (ConfigurableApplicationContext context = CliContext.start()) {
            context.getBean(AccountService.class).createAdminAsOperator(username, password);
            System.out.println("Created the admin account " + username);
            return 0;
        } catch (InvalidFormException e) {
            e.problems().forEach(problem -> System.err.println(problem));
            return CampCommandLine.INVALID_INPUT;
        }
    }

    private static String readPassword() {
        if (System.console() == null) {
            return null;
        }
        char[] typed = System.console().readPassword("Password for the new admin: ");
        return typed == null ? null : new String(typed);
    }
}

package org.campcoplanner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/**
 * {@code java -jar camp-coplanner.jar <command>}: the tools city systems and batch jobs use.
 * None of them starts the web server.
 */
@Command(name = "java -jar camp-coplanner.jar", mixinStandardHelpOptions = true,
        description = "Camp co-planner command-line tools. Without a command, the web app starts.",
        subcommands = {ImportCommand.class, ExportCommand.class, SolveCommand.class, AddAdminCommand.class})
public final class CampCommandLine {

    /** Exit code for a plan file that is not valid. */
    public static final int INVALID_INPUT = 2;

    private static final Set<String> COMMANDS = Set.of("import", "export", "solve", "add-admin", "--help", "-h");

    private CampCommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return new CommandLine(new CampCommandLine()).execute(args);
    }
}

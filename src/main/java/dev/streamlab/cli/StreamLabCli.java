package dev.streamlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The instructor's and scripts' entry point: the commands of the jar that need no web server. */
@Command(name = "streamlab", mixinStandardHelpOptions = true,
        description = "StreamLab command-line tools",
        subcommands = {})
public final class StreamLabCli {

    private static final Set<String> COMMANDS = Set.of("run", "grade", "validate", "help", "--help", "-h");

    private StreamLabCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int execute(String[] args) {
        return new CommandLine(new StreamLabCli()).execute(args);
    }
}

package dev.streamlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The instructor's and scripts' entry point: the commands of the jar that need no web server. */
@Command(name = "streamlab", mixinStandardHelpOptions = true, description = "StreamLab command-line tools",
        subcommands = {RunCommand.class, ValidateCommand.class, GradeCommand.class})
public final class StreamLabCli {

    private static final Set<String> COMMANDS = Set.of("run", "validate", "grade", "help", "--help", "-h");

    private StreamLabCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command; {@code --args} takes the rest of the line as the program's own arguments. */
    public static int execute(String[] args) {
        int split = Arrays.asList(args).indexOf("--args");
        String[] own = split < 0 ? args : Arrays.copyOfRange(args, 0, split);
        List<String> programArgs = split < 0 ? List.of() : List.of(Arrays.copyOfRange(args, split + 1, args.length));
        CommandLine line = new CommandLine(new StreamLabCli());
        line.setExecutionStrategy(parsed -> {
            List<CommandLine> commands = parsed.asCommandLineList();
            Object command = commands.get(commands.size() - 1).getCommand();
            if (command instanceof RunCommand run) {
                run.programArgs = programArgs;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return line.execute(own);
    }
}

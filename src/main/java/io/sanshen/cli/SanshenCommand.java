package io.sanshen.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists every subcommand. */
@Command(name = "sanshen", mixinStandardHelpOptions = true, version = "sanshen 0.1.0",
        resourceBundle = "io.sanshen.cli.Messages")
public final class SanshenCommand implements Runnable {
    /** Every subcommand, in the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class, StatusCommand.class,
            ApproveCommand.class, RejectCommand.class, WithdrawCommand.class, VerifyCommand.class, KeysCommand.class,
            MaskCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class, DeskCommand.class,
            LedgerCommand.class, InspectCommand.class, VerifyOutputCommand.class, DeployCommand.class,
            GuardCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The command line for {@code args}. Picocli models a command by reflecting over its options and their types,
     * ~0.3 s for the whole tree at start-up; when {@code args} start with a subcommand's name only that one is
     * modelled (the others cannot be reached from it), otherwise every one (root help, unknown names and their
     * suggestions).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new SanshenCommand());
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> nameOf(c).equals(first)).toList();
        for (Class<?> c : named.isEmpty() ? SUBCOMMANDS : named) {
            cli.addSubcommand(nameOf(c), new CommandLine(c));
        }
        return cli;
    }

    /**
     * Sibling subcommand {@code name} of {@code root}, modelled now when the command line did not need it, with the
     * streams and handlers {@code root} has (for a command that runs another: import runs check).
     */
    static CommandLine sibling(CommandLine root, String name) {
        CommandLine known = root.getSubcommands().get(name);
        if (known != null) {
            return known;
        }
        Class<?> command = SUBCOMMANDS.stream().filter(c -> nameOf(c).equals(name)).findFirst().orElseThrow();
        CommandLine sub = new CommandLine(command);
        root.addSubcommand(name, sub);
        sub.setOut(root.getOut());
        sub.setErr(root.getErr());
        sub.setExecutionExceptionHandler(root.getExecutionExceptionHandler());
        sub.setParameterExceptionHandler(root.getParameterExceptionHandler());
        return sub;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

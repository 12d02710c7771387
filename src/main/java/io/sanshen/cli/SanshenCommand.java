package io.sanshen.cli;

import picocli.CommandLine.Command;

/** The root command: lists every subcommand. */
@Command(name = "sanshen", mixinStandardHelpOptions = true, version = "sanshen 0.1.0",
        resourceBundle = "io.sanshen.cli.Messages",
        subcommands = {BuildCommand.class, CheckCommand.class, StatusCommand.class, ApproveCommand.class,
                RejectCommand.class, WithdrawCommand.class, VerifyCommand.class, KeysCommand.class, MaskCommand.class, ImportCommand.class,
                NewCommand.class, ServeCommand.class, DeskCommand.class, LedgerCommand.class, InspectCommand.class,
                VerifyOutputCommand.class, DeployCommand.class, GuardCommand.class})
public final class SanshenCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package io.sanshen.cli;

import io.sanshen.diag.Lang;
import picocli.CommandLine;

/** A wrong command line: the message, a pointer to --help, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    private final Lang lang;

    UsageErrorHandler(Lang lang) {
        this.lang = lang;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println((lang == Lang.EN ? "Usage error: " : "命令行错误：") + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
        cmd.getErr().println(lang == Lang.EN ? "See: " + cmd.getCommandSpec().qualifiedName() + " --help"
                : "查看帮助：" + cmd.getCommandSpec().qualifiedName() + " --help");
        return ExitCodes.USAGE;
    }
}

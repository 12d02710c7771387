package io.sanshen.cli;

import io.sanshen.diag.Lang;
import java.util.List;
import picocli.CommandLine;

/** A wrong command line: the message in the user's language, what they may have meant, a pointer to --help, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    private final Lang lang;

    UsageErrorHandler(Lang lang) {
        this.lang = lang;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println((lang == Lang.EN ? "Usage error: " : "命令行错误：") + UsageMessage.of(ex, lang));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                cmd.getErr().println(lang == Lang.EN ? "Did you mean: " + String.join(" or ", suggestions) + "?"
                        : "您是不是想输入：" + String.join(" 或 ", suggestions) + "？");
            }
        }
        cmd.getErr().println(lang == Lang.EN ? "See: " + cmd.getCommandSpec().qualifiedName() + " --help"
                : "查看帮助：" + cmd.getCommandSpec().qualifiedName() + " --help");
        return ExitCodes.USAGE;
    }
}

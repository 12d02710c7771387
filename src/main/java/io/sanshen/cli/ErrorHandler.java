package io.sanshen.cli;

import io.sanshen.diag.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear message: a wrong value on the command line as a usage error, I/O problems as such,
 * anything else as an internal error (a bug).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final Lang lang;

    ErrorHandler(Lang lang) {
        this.lang = lang;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof CommandLine.ParameterException usage) {
            // a command that finds a wrong value only once it reads it (an unknown --level) reports it as a usage error
            return new UsageErrorHandler(lang).handleParseException(usage, parseResult.originalArgs().toArray(String[]::new));
        }
        if (ex instanceof UserError user) {
            cmd.getErr().println(user.problem().in(lang));
            return ExitCodes.USAGE;
        }
        Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (io instanceof IOException) {
            cmd.getErr().println(lang == Lang.EN ? "I/O error: " + io.getMessage() : "读写文件出错：" + io.getMessage());
            return ExitCodes.INTERNAL;
        }
        cmd.getErr().println(lang == Lang.EN ? "Internal error (please report it with the lines below):"
                : "内部错误（请把以下内容报告给维护者）：");
        ex.printStackTrace(cmd.getErr());
        return ExitCodes.INTERNAL;
    }
}

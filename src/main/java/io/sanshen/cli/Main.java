package io.sanshen.cli;

import io.sanshen.diag.CacheKey;
import io.sanshen.diag.Lang;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point: picks the language before picocli loads its localized help, then runs the command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exit = run(args, out, err);
        // auto-flush covers println only: output written with print (allowed-signers, CSV) would be lost at exit
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String asked = askedLanguage(args);
        Optional<Lang> named = Lang.named(asked);
        if (named.isEmpty()) {
            // said in both languages: the user's choice of language is what is wrong
            err.println("命令行错误：--lang 的值“" + asked + "”无效，可用 zh（中文）或 en（英文）。");
            err.println("Usage error: unknown --lang '" + asked + "': use zh (Chinese) or en (English).");
            return ExitCodes.USAGE;
        }
        Lang lang = named.get();
        Locale.setDefault(lang == Lang.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        CommandLine cli = SanshenCommand.commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler(lang));
        cli.setParameterExceptionHandler(new UsageErrorHandler(lang));
        // said once per run: without a usable cache key every cache stays in memory
        CacheKey.refusal().ifPresent(why -> err.println(why.in(lang)));
        return cli.execute(args);
    }

    /** The value of {@code --lang en}, {@code --lang=en} or the SANSHEN_LANG environment variable; zh by default. */
    static String askedLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring(7);
            }
        }
        String env = System.getenv("SANSHEN_LANG");
        return env == null || env.isBlank() ? "zh" : env;
    }
}

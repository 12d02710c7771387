package io.sanshen.cli;

import io.sanshen.diag.Lang;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Picocli's parse errors said in Chinese. Picocli writes them in English only (its resource bundles cover the
 * help text, not the errors), so each kind is worded here from the exception's parts; English keeps picocli's text.
 */
final class UsageMessage {
    private UsageMessage() {
    }

    static String of(CommandLine.ParameterException ex, Lang lang) {
        if (lang == Lang.EN) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            // "Missing required parameter for option '--level'", "Expected parameter for option …": a value is missing
            if (ex.getMessage().contains("for option")) {
                return names(missing.getMissing()) + " 缺少取值";
            }
            return "缺少必需的参数：" + names(missing.getMissing());
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String args = String.join(" ", unmatched.getUnmatched());
            if (unmatched.isUnknownOption()) {
                return "未知选项：" + args;
            }
            return unmatched.getCommandLine().getSubcommands().isEmpty() ? "多余的参数：" + args : "未知命令或多余的参数：" + args;
        }
        if (ex instanceof CommandLine.OverwrittenOptionException over) {
            return "选项 " + name(over.getOverwritten()) + " 只能指定一次";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数过多：" + ex.getMessage().replaceFirst("^.*?: ", "");
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return name(ex.getArgSpec()) + " 的值“" + ex.getValue() + "”无效" + expected(ex.getArgSpec().type());
        }
        // our own commands throw ParameterExceptions already worded in the user's language
        return ex.getMessage();
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "（应为整数）";
        }
        if (type == LocalDate.class) {
            return "（应为 YYYY-MM-DD 格式的日期）";
        }
        if (type == Path.class) {
            return "（应为文件或目录路径）";
        }
        return "";
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageMessage::name).collect(Collectors.joining("、"));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
        }
        return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
    }
}

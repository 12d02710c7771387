package io.sanshen.cli;

import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import io.sanshen.serve.PreviewServer;
import java.net.BindException;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen serve}: local preview with live reload, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "port", defaultValue = "1313")
    int port;

    @Spec
    CommandSpec spec;

    /** A port another program holds: the user's to change (exit 2), said with the option that changes it. */
    static UserError busyPort(int port, String command) {
        return new UserError(Text.of("端口 " + port + " 已被占用（可能已有一个 " + command + " 在运行）：请用 --port 换一个端口，如 --port "
                + (port + 1) + "，或先停止占用它的程序。", "Port " + port + " is already in use (maybe by another " + command
                + "): choose another with --port, e.g. --port " + (port + 1) + ", or stop the program using it."));
    }

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        PreviewServer server;
        try {
            server = new PreviewServer(common.siteRoot(), port, lang, spec.commandLine().getOut());
        } catch (BindException e) {
            throw busyPort(port, "sanshen serve");
        }
        URI uri = server.start();
        spec.commandLine().getOut().println(lang == Lang.EN ? "Preview at " + uri + " (Ctrl+C to stop)"
                : "预览地址：" + uri + "（按 Ctrl+C 停止）");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }
}

package io.sanshen.cli;

import io.sanshen.desk.DeskServer;
import io.sanshen.diag.Lang;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen desk}: the review desk in the browser, until interrupted. */
@Command(name = "desk", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class DeskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "desk.port", defaultValue = "1414")
    int port;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "key")
    Path key;

    @Option(names = "--no-browser", descriptionKey = "desk.no-browser")
    boolean noBrowser;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        long start = System.nanoTime();
        try (org.eclipse.jgit.lib.Repository repo = ReviewSupport.open(common.siteRoot())) {
            // refuses a folder without Git history and a shallow clone, in the user's words, as every review command
        }
        DeskServer server;
        URI uri;
        try {
            server = new DeskServer(common.siteRoot(), port, Optional.ofNullable(key), ReviewSupport.today(),
                    spec.commandLine().getOut());
            uri = server.start();
        } catch (java.net.BindException e) {
            throw ServeCommand.busyPort(port, "sanshen desk");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        spec.commandLine().getOut().println(lang == Lang.EN
                ? "Review desk at " + uri + " (ready in " + millis + " ms; Ctrl+C to stop)"
                : "审核台地址：" + uri + "（" + millis + " 毫秒就绪；按 Ctrl+C 停止）");
        if (!noBrowser) {
            openBrowser(uri);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    /** Hands the address to the desktop's browser; when there is none, the printed address is enough. */
    private static void openBrowser(URI uri) {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : os.contains("mac") ? List.of("open", uri.toString()) : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            // no desktop browser: the address is printed above
        }
    }
}

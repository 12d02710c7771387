package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.CacheKey;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a short run loads (issue #13): a one-file check in a fresh JVM, as users run it, must not load the heavy parts
 * it does not need — the other commands' models (picocli reflects over each one's options and methods, loading the
 * deploy, import, inspection and ledger types they name), the HTTP/TLS stack (only {@code --external} fetches), POI and
 * PDFBox (only an Office or PDF attachment of a checked item), HanLP (only a text with a confusable character),
 * JGit (the history is reviewed for waivers, which only a warning needs).
 * A fresh JVM is the only place where "not loaded" means something; class names, not timings, are asserted.
 */
class StartupClassesTest {
    @TempDir
    Path site;

    // HanLP's dictionary is not on the list: text.missing-character reads it for any Chinese sentence.
    @Test
    void aOneFileCheckLoadsOnlyWhatItsItemNeeds() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/news/plain.md --
                ---
                title: 区政府召开常务会议
                index-no: 11320199014170123X/2026-00001
                publisher: 区政府办公室
                source: 区政府办公室
                date: 2026-05-22
                topic: 综合政务
                genre: 工作动态
                category: 政务动态
                ---
                今天下午区政府召开常务会议。
                -- content/news/with-files/index.md --
                ---
                title: 区政府召开专题会议
                date: 2026-05-22
                ---
                见[附件](附件.docx)和[报告](报告.pdf)，另见[外链](https://www.gov.cn/)。
                -- content/news/with-files/附件.docx --
                not opened by a check of another item
                -- content/news/with-files/报告.pdf --
                %PDF-1.4 not opened either
                """);
        // a Git site: waivers come from its reviewed history, which only a warning needs
        try (Git git = Git.init().setDirectory(site.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("内容").setAuthor("编辑", "editor@example.gov.cn")
                    .setCommitter("编辑", "editor@example.gov.cn").setSign(false).call();
        }
        List<String> loaded = classesLoadedBy("check", "--site", site.toString(), "content/news/plain.md");

        assertThat(loaded).as("the check ran its rules").contains("io.sanshen.check.rules.ConfusableRule",
                "io.sanshen.check.rules.ExternalLinkRule", "io.sanshen.check.rules.AttachmentLeakRule");
        assertThat(loaded).filteredOn(c -> c.startsWith("org.apache.poi.") || c.startsWith("org.apache.pdfbox.")
                || c.startsWith("java.net.http.") || c.startsWith("sun.security.ssl.")
                || c.startsWith("io.sanshen.deploy.") || c.startsWith("io.sanshen.importer.")
                || c.startsWith("io.sanshen.inspect.") || c.startsWith("io.sanshen.ledger.")
                || c.startsWith("org.eclipse.jgit.")).isEmpty();
    }

    /**
     * The demo portal built again (review included, as CI publishes it) loads none of the attachment parsers: every
     * attachment's findings come from the authenticated findings cache. What it writes is byte for byte what the cold
     * build (no {@code .sanshen-cache/}) wrote.
     */
    @Test
    void aWarmPublishingBuildOfTheDemoLoadsNoAttachmentParserAndWritesWhatTheColdOneWrote() throws Exception {
        Path demo = site.resolve("demo");
        Process clone = new ProcessBuilder("git", "clone", "-q", Path.of("").toAbsolutePath().toString(), demo.toString())
                .redirectErrorStream(true).start();
        assertThat(clone.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(clone.exitValue()).isZero();
        List<String> cold = classesLoadedBy("build", "--site", demo.toString(), "--out", site.resolve("cold").toString());
        assertThat(cold).as("the cold build read the attachments").contains("org.apache.pdfbox.pdmodel.PDDocument");
        List<String> warm = classesLoadedBy("build", "--site", demo.toString(), "--out", site.resolve("warm").toString());
        assertThat(warm).filteredOn(c -> c.startsWith("org.apache.poi.") || c.startsWith("org.apache.pdfbox.")
                || c.startsWith("org.apache.xmlbeans.") || c.startsWith("org.apache.fontbox.")
                || c.startsWith("io.sanshen.check.text.TextNormalizer")).isEmpty();
        assertThat(tree(site.resolve("warm"))).isEqualTo(tree(site.resolve("cold")));
    }

    /** Every file below {@code dir} by relative path, as its bytes' digest; the manifest without its build time. */
    private static java.util.Map<String, String> tree(Path dir) throws Exception {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                if (p.getFileName().toString().equals(".sanshen-manifest")) {
                    bytes = Files.readString(p).replaceAll("(?m)^(build|time): .*\n", "").getBytes();
                }
                out.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    /** The classes a separate JVM loads to run {@code args}, by name; the run must end with exit 0. */
    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = Files.createTempFile("classes", ".txt");
        log.toFile().deleteOnExit();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                // the test run's cache key, never the user's ~/.cache/sanshen/cache-key
                "-D" + CacheKey.KEY_PROPERTY + "=" + System.getProperty(CacheKey.KEY_PROPERTY, ""),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        // lines read "[0.012s][info][class,load] java.lang.Object source: …"
        return Files.readAllLines(log).stream().map(l -> l.replaceFirst("^(\\[[^]]*])*\\s*", ""))
                .map(l -> l.split(" ", 2)[0]).toList();
    }
}

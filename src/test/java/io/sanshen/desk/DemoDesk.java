package io.sanshen.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The demo portal cloned into a temporary folder (the tests never write into this repository), with the edits a
 * reviewer gets to see: each item edited and committed by an editor who is no reviewer, except the one committed
 * signed with a reviewer's own key (self-approval).
 */
final class DemoDesk {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final String EDITED = "content/news/2025-06-18-zwgk-meeting.md";
    static final String TO_REJECT = "content/news/2025-09-26-safety-inspection.md";
    static final String BLOCKED = "content/notices/2025-07-08-flood-control.md";
    static final String SELF = "content/notices/2025-10-09-website-self-check.md";

    private DemoDesk() {
    }

    static Path cloneWithEdits(Path dir) throws Exception {
        Path site = dir.resolve("portal");
        run(dir, "git", "clone", "-q", "--no-hardlinks", REPO.toString(), site.toString());
        for (Path key : Files.newDirectoryStream(site.resolve("demo/keys"), p -> !p.toString().endsWith(".pub")
                && !p.toString().endsWith(".md"))) {
            Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        replace(site.resolve(EDITED), "主动公开政府信息1,286条", "主动公开政府信息1,298条");
        replace(site.resolve(EDITED), "source: 区政府办公室\n", "source: 区政府办公室政务公开科\n");
        replace(site.resolve(TO_REJECT), "\n---\n", "\n---\n（本条为待核实的补充说明。）\n\n");
        Files.writeString(site.resolve(BLOCKED), "\n联系人王某，身份证号码11010519491231002X。\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (Git git = Git.open(site.toFile())) {
            git.commit().setAll(true).setMessage("稿件修改（信息员）")
                    .setAuthor(new PersonIdent("信息员小刘", "liu@sfq.example"))
                    .setCommitter(new PersonIdent("信息员小刘", "liu@sfq.example")).setSign(false).call();
        }
        // committed by 王晓明 (level 1 of office) signed with his own key: he is its author and may not approve it
        replace(site.resolve(SELF), "\n---\n", "\n---\n（王晓明补充。）\n\n");
        run(site, "git", "-c", "gpg.format=ssh", "-c", "user.signingkey=" + site.resolve("demo/keys/office-1"),
                "-c", "user.name=王晓明", "-c", "user.email=wxm@sfq.example", "commit", "-q", "-S", "-am", "补充说明");
        // the clone's origin is a bare copy in the same temporary folder: a push from the desk never reaches this repository
        run(dir, "git", "clone", "-q", "--bare", site.toString(), dir.resolve("remote.git").toString());
        run(site, "git", "remote", "set-url", "origin", dir.resolve("remote.git").toString());
        return site;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer contains " + from + ": update the desk test's edits");
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}

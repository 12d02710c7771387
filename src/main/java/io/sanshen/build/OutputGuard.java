package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.render.OutputMarker;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a build may write: a build replaces its output folder whole, so the folder must be new, empty, or a
 * previous Sanshen output (it holds an {@link OutputMarker}), and never the site, a folder above it, or one of
 * the folders the site is made of. Paths are compared after resolving links, so {@code --out} through a link to
 * the site is refused too.
 */
final class OutputGuard {
    /** Site folders (and files) an output may neither be nor lie in. */
    private static final List<String> SITE_PARTS = List.of(".git", "content", "templates", "rules", "static",
            "site-config.yml", ".sanshen-cache", "keys");

    private OutputGuard() {
    }

    static void check(Path siteRoot, Path out) throws BuildFailure, IOException {
        Path root = real(siteRoot.toAbsolutePath().normalize());
        Path target = real(out.toAbsolutePath().normalize());
        if (root.startsWith(target)) {
            throw refuse(out, "它是站点目录本身或其上级目录", "it is the site folder or a folder above it");
        }
        for (String part : SITE_PARTS) {
            if (target.startsWith(root.resolve(part))) {
                throw refuse(out, "它位于站点的 " + part + " 中", "it lies in the site's " + part);
            }
        }
        Path given = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(given)) {
            throw refuse(out, "它是符号链接", "it is a symbolic link");
        }
        if (Files.exists(given, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(given, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(out, "它不是文件夹", "it is not a folder");
        }
        if (Files.isDirectory(given, LinkOption.NOFOLLOW_LINKS) && !empty(given) && !OutputMarker.isOutput(given)) {
            throw refuse(out, "它不是空文件夹，也不是三审生成的输出（没有 " + OutputMarker.FILE + "）",
                    "it is not empty and not a previous Sanshen output (no " + OutputMarker.FILE + ")");
        }
    }

    /** The real path of the deepest existing ancestor, with the rest of {@code p} appended. */
    private static Path real(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        return existing.toRealPath().resolve(existing.relativize(p)).normalize();
    }

    private static boolean empty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static BuildFailure refuse(Path out, String whyZh, String whyEn) {
        String shown = out.toString();
        return new BuildFailure(Phase.OUTPUT, List.of(Finding.of("build.output-refused", Severity.BLOCKER,
                SourcePos.file(shown), Text.of("拒绝输出到“" + shown + "”：" + whyZh + "。构建会整个替换输出目录，其中原有内容将被删除。",
                        "Refusing to write the output to '" + shown + "': " + whyEn
                                + ". A build replaces its output folder whole, deleting what was there."),
                Text.of("用 --out 指定一个新的或空的文件夹（默认为站点下的 public/）。",
                        "Give --out a new or empty folder (the default is public/ in the site)."))));
    }
}

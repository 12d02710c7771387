package io.sanshen.content;

import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Finds symbolic links (and other non-regular files) among the site files a build reads besides content —
 * templates, their assets, word lists — without following any: a link could carry a file from anywhere on the
 * machine ({@code /etc/passwd}, a key) into the published site. Content has the same rule in {@link WorkTreeSource}.
 */
public final class LinkScan {
    private LinkScan() {
    }

    /** Reports every link at or below each of {@code repoPaths} (missing paths are fine) into {@code sink}. */
    public static void refuseLinks(Path siteRoot, List<String> repoPaths, Findings sink) throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        for (String repoPath : repoPaths) {
            Path start = RepoPaths.resolveInside(root, repoPath);
            if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() && !attrs.isDirectory()) {
                        refuse(sink, RepoPaths.relative(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    /** The finding for a link at {@code repoPath}; one wording wherever the site refuses one. */
    static void refuse(Findings sink, String repoPath) {
        sink.error("content.symlink", SourcePos.file(repoPath),
                Text.of("拒绝读取符号链接“" + repoPath + "”：它可能指向仓库之外。",
                        "Refusing symbolic link '" + repoPath + "': it may point outside the repository."),
                Text.of("把文件本身复制到这里，而不是链接。", "Copy the file itself here instead of linking to it."));
    }
}

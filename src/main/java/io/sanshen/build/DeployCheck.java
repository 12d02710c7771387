package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.render.BuildMode;
import io.sanshen.render.OutputMarker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a folder may be deployed: it must be the output of a publishing build ({@link OutputMarker} says
 * {@code publish}), and no page in it may carry another build's mark or the preview watermark (pages copied in
 * from a preview), nor may it hold symbolic links. What the deploy step runs before uploading.
 */
public final class DeployCheck {
    private static final Pattern MARK = Pattern.compile("<meta\\s+name=\"sanshen-build\"\\s+content=\"([^\"]*)\"");
    private static final int MAX_FINDINGS = 20;

    private DeployCheck() {
    }

    /** Blockers against deploying {@code dir}; empty when it is a publishing build's output. */
    public static List<Finding> problems(Path dir) throws IOException {
        List<Finding> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            out.add(refuse(".", "不是文件夹（或是符号链接）", "not a folder (or a symbolic link)"));
            return out;
        }
        Optional<BuildMode> mode = OutputMarker.read(dir);
        if (mode.isEmpty()) {
            out.add(refuse(OutputMarker.FILE, "缺少构建标记，不是三审构建的输出", "no build mark: not a Sanshen output"));
        } else if (mode.get() != BuildMode.PUBLISH) {
            out.add(refuse(OutputMarker.FILE, "是 " + mode.get().id() + " 构建的输出，未经审核", "the output of a "
                    + mode.get().id() + " build, not reviewed"));
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                if (attrs.isSymbolicLink()) {
                    out.add(refuse(rel, "是符号链接", "a symbolic link"));
                } else if (rel.endsWith(".html") && !publishPage(Files.readString(file, StandardCharsets.ISO_8859_1))) {
                    out.add(refuse(rel, "页面带有预览或未审核构建的标记", "a page marked as preview or unreviewed"));
                }
                return out.size() >= MAX_FINDINGS ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static boolean publishPage(String html) {
        Matcher m = MARK.matcher(html);
        while (m.find()) {
            if (!m.group(1).equals(BuildMode.PUBLISH.id())) {
                return false;
            }
        }
        return !html.contains("class=\"is-preview\"");
    }

    private static Finding refuse(String path, String whyZh, String whyEn) {
        return Finding.of("deploy.not-published", Severity.BLOCKER, SourcePos.file(path),
                Text.of("拒绝上线：" + whyZh + "。", "Refusing to deploy: " + whyEn + "."),
                Text.of("只上线 sanshen build（不带 --preview 或 --no-review）生成的输出。",
                        "Deploy only the output of 'sanshen build' without --preview or --no-review."));
    }
}

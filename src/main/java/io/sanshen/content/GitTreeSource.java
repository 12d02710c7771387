package io.sanshen.content;

import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Files of a Git tree (normally HEAD's), read lazily from the object database. Symbolic links (mode 120000),
 * submodules and non-NFC file names are refused: a link could point anywhere, and a name in another
 * normalization could slip past a path rule.
 */
public final class GitTreeSource implements ContentSource {
    private final Repository repo;
    private final ObjectId tree;
    private final String label;

    public GitTreeSource(Repository repo, ObjectId tree, String label) {
        this.repo = repo;
        this.tree = tree;
        this.label = label;
    }

    /** The tree of HEAD. */
    public static GitTreeSource head(Repository repo) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
        if (head == null) {
            throw new IOException("repository has no commit: " + repo.getDirectory());
        }
        return new GitTreeSource(repo, head, "HEAD " + repo.resolve(Constants.HEAD).abbreviate(10).name());
    }

    @Override
    public List<SourceFile> list(String folder, Findings sink) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(tree);
            tw.setRecursive(true);
            tw.setFilter(PathFilter.create(folder));
            while (tw.next()) {
                String raw = tw.getPathString();
                String path = Normalizer.normalize(raw, Normalizer.Form.NFC);
                FileMode mode = tw.getFileMode(0);
                if (mode == FileMode.SYMLINK || mode == FileMode.GITLINK || !raw.equals(path)) {
                    sink.error("content.git-refused", SourcePos.file(path),
                            Text.of("拒绝读取“" + path + "”：符号链接、子模块或非 NFC 文件名。",
                                    "Refusing '" + path + "': symbolic link, submodule or non-NFC file name."),
                            Text.of("提交普通文件，文件名用 NFC 形式。", "Commit a regular file with an NFC file name."));
                    continue;
                }
                if (path.substring(path.lastIndexOf('/') + 1).startsWith(".")) {
                    continue;
                }
                ObjectId blob = tw.getObjectId(0);
                long size;
                try (org.eclipse.jgit.lib.ObjectReader reader = repo.newObjectReader()) {
                    size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
                }
                files.add(new SourceFile(path, size, () -> repo.open(blob, Constants.OBJ_BLOB).getBytes(), blob.name()));
            }
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    @Override
    public String describe() {
        return label;
    }
}

package io.sanshen.content;

import io.sanshen.diag.Findings;
import java.io.IOException;
import java.util.List;

/** Where the site's files come from: the work tree (preview, check) or a Git tree (what was approved). */
public interface ContentSource {
    /**
     * All regular files below {@code folder} (a repository path such as {@code content}), sorted by path.
     * Files that must not be read (symbolic links, paths leaving the repository) are reported to {@code sink}.
     */
    List<SourceFile> list(String folder, Findings sink) throws IOException;

    /** Describes the source for messages: a directory or a commit. */
    String describe();
}

package io.sanshen.content;

import io.sanshen.config.Column;
import java.util.List;
import java.util.Optional;

/**
 * 信息: one publishable page. {@code path} is its Markdown file ({@code content/news/x.md} or
 * {@code content/news/x/index.md}); {@code bundleDir} is the folder of a bundle item, whose other files are its
 * {@code resources} (attachments, images). {@code bodyLine} is the file line on which the Markdown body starts.
 */
public record Item(String path, Column column, String slug, String bundleDir, FrontMatter meta, String body,
                   int bodyLine, List<SourceFile> resources) {

    public Item {
        resources = List.copyOf(resources);
    }

    /** The published page, relative to the site root: {@code news/2026-05-22-meeting.html}. */
    public String url() {
        return column.path() + "/" + slug + ".html";
    }

    /** Where this item's resources are published: {@code news/2026-05-22-meeting/}. */
    public String resourceDir() {
        return column.path() + "/" + slug + "/";
    }

    /** The folder holding the Markdown file; relative links and attachments resolve against it. */
    public String folder() {
        return path.substring(0, path.lastIndexOf('/'));
    }

    public Optional<SourceFile> resource(String repoPath) {
        return resources.stream().filter(r -> r.path().equals(repoPath)).findFirst();
    }

    public String title() {
        return meta.title();
    }
}

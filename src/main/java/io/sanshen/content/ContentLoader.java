package io.sanshen.content;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads {@code content/}: classifies files into items, bundle resources, intros and static files, parses the
 * items in parallel, and reports structural mistakes (unknown column, duplicate slug, missing attachment …).
 * A mistake in one file keeps only that file (or the item it belongs to) offline; an item whose front matter could
 * be read despite its mistakes is kept aside ({@link Result#flawed}) so its body can still be checked.
 */
public final class ContentLoader {
    public static final String ROOT = "content";
    /** The longest file name most file systems accept (NAME_MAX), in bytes of UTF-8. */
    static final int MAX_NAME_BYTES = 255;

    private final SiteConfig config;
    private final FrontMatterReader frontMatter;
    private final SnapshotCache cache;

    public ContentLoader(SiteConfig config) {
        this(config, SnapshotCache.once());
    }

    /** A loader that reuses what {@code cache} read of unchanged files (the preview server keeps one). */
    public ContentLoader(SiteConfig config, SnapshotCache cache) {
        this.config = config;
        this.frontMatter = new FrontMatterReader(config);
        this.cache = cache;
    }

    /**
     * The loaded content and every finding.
     *
     * @param content    the items and files without blocking findings
     * @param flawed     items whose front matter could be read but that have a blocking finding (a value outside a
     *                   vocabulary, a missing attachment, a duplicate address …): never published, but checked,
     *                   so an editor sees every finding in one run
     * @param leftOut    the blockers of each item (its Markdown path; a bundle's files count for the bundle) or
     *                   other file they keep offline
     * @param siteErrors blockers that concern the whole tree (files refused while listing it): the build fails
     */
    public record Result(SiteContent content, List<Finding> findings, List<Item> flawed,
                         Map<String, List<Finding>> leftOut, List<Finding> siteErrors) {
        public Result {
            findings = List.copyOf(findings);
            flawed = List.copyOf(flawed);
            leftOut = java.util.Collections.unmodifiableMap(new TreeMap<>(leftOut));
            siteErrors = List.copyOf(siteErrors);
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isBlocker);
        }

        /** The content with the flawed items added: what the checks run on, so links to those items resolve. */
        public SiteContent checkable() {
            List<Item> all = new ArrayList<>(content.items());
            all.addAll(flawed);
            return content.withItems(all);
        }
    }

    public Result load(ContentSource source) throws IOException {
        return snapshot(source).loaded();
    }

    /** Reads {@code source} into a {@link SiteSnapshot}: the loaded content and each item file's blob id. */
    public SiteSnapshot snapshot(ContentSource source) throws IOException {
        cache.begin(config.vocabularies());
        try {
            Map<String, String> blobs = new ConcurrentHashMap<>();
            return new SiteSnapshot(read(source, blobs), blobs);
        } finally {
            cache.end();
        }
    }

    private Result read(ContentSource source, Map<String, String> blobs) throws IOException {
        Findings listing = new Findings();
        List<SourceFile> files = source.list(ROOT, listing);
        Findings sink = new Findings();
        files.forEach(f -> checkNameLength(f.path(), f.path().substring(ROOT.length() + 1), sink));
        ContentLayout layout = ContentLayout.of(files, SiteLayout.of(config));
        layout.unplaced().forEach(f -> unplaced(f.path(), sink));
        Map<String, Findings> perFile = new ConcurrentHashMap<>();
        List<Item> items = layout.itemFiles().parallelStream()
                .map(f -> parseItem(f, layout, perFile.computeIfAbsent(f.path(), k -> new Findings()), blobs))
                .flatMap(Optional::stream).toList();
        perFile.values().forEach(fs -> sink.addAll(fs.sorted()));
        reportDuplicateSlugs(items, sink);
        Map<String, List<Finding>> leftOut = blockersByOwner(sink.sorted(), layout);
        Map<String, SiteContent.Intro> intros = new HashMap<>();
        for (SourceFile f : layout.introFiles()) {
            String folder = SiteLayout.folderOf(f.path());
            String columnPath = folder.equals(ROOT) ? "" : folder.substring(ROOT.length() + 1);
            readIntro(f, sink).ifPresent(intro -> intros.put(columnPath, intro));
        }
        List<Item> good = items.stream().filter(i -> !leftOut.containsKey(i.path())).toList();
        List<Item> flawed = items.stream().filter(i -> leftOut.containsKey(i.path())).toList();
        List<SourceFile> statics = layout.staticFiles().stream().filter(f -> !leftOut.containsKey(f.path())).toList();
        SiteContent content = new SiteContent(config, good, statics, intros);
        sink.addAll(listing.sorted());
        return new Result(content, sink.sorted(), flawed, leftOut, listing.sorted().stream().filter(Finding::isBlocker).toList());
    }

    /** Blockers grouped by what they keep offline: a file of a bundle belongs to the bundle's item. */
    private static Map<String, List<Finding>> blockersByOwner(List<Finding> findings, ContentLayout layout) {
        Map<String, List<Finding>> out = new TreeMap<>();
        for (Finding f : findings) {
            if (f.isBlocker()) {
                SiteLayout.Placement place = layout.layout().place(f.pos().path());
                String owner = place.kind() == SiteLayout.Kind.RESOURCE && layout.exists(place.itemPath())
                        ? place.itemPath() : f.pos().path();
                out.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private Optional<Item> parseItem(SourceFile f, ContentLayout layout, Findings sink, Map<String, String> blobs) {
        SiteLayout.Placement place = layout.layout().place(f.path());
        boolean bundle = place.kind() == SiteLayout.Kind.BUNDLE_INDEX;
        Column column = place.column().orElseThrow();
        String slug = bundle ? place.bundleDir().substring(place.bundleDir().lastIndexOf('/') + 1)
                : f.fileName().substring(0, f.fileName().length() - 3);
        checkNameLength(f.path(), slug + ".html", sink); // kept offline by the caller, but its text is still checked
        SnapshotCache.Parsed parsed = parse(f, blobs);
        sink.addAll(parsed.findings());
        if (parsed.meta() == null) {
            return Optional.empty();
        }
        FrontMatterSplitter parts = parsed.parts();
        String bundleDir = bundle ? place.bundleDir() : null;
        List<SourceFile> resources = bundle ? layout.resourcesOf(bundleDir) : List.of();
        Item item = new Item(f.path(), column, slug, bundleDir, parsed.meta(), parts.body(), parts.bodyFirstLine(),
                resources);
        checkAttachments(item, layout, sink);
        return Optional.of(item);
    }

    /** Decodes and reads an item file, or takes what the cache read of the same bytes at the same path. */
    private SnapshotCache.Parsed parse(SourceFile f, Map<String, String> blobs) {
        byte[] read = f.blob() == null ? f.bytes() : null; // a work-tree file is read once, for its id and its text
        String blob = read == null ? f.blob() : BlobId.of(read);
        blobs.put(f.path(), blob);
        Supplier<FrontMatterSplitter> split = () -> TextDecoder.decode(read != null ? read : f.bytes(), f.path(),
                new Findings()).flatMap(FrontMatterSplitter::split).orElse(null);
        return cache.parsed(f.path(), blob, () -> {
            Findings sink = new Findings();
            Optional<String> text = TextDecoder.decode(read != null ? read : f.bytes(), f.path(), sink);
            if (text.isEmpty()) {
                return new SnapshotCache.Parsed(sink.sorted(), null, null);
            }
            Optional<FrontMatterSplitter> parts = FrontMatterSplitter.split(text.get());
            if (parts.isEmpty()) {
                sink.error("content.front-matter", new SourcePos(f.path(), 1, 1),
                        Text.of("缺少头部信息（front matter）：文件必须以一行“---”开始，并以另一行“---”结束头部。",
                                "Missing front matter: the file must start with a '---' line and close it with another '---' line."),
                        Text.of("用 sanshen new 生成一篇带完整头部信息的稿件作参照。",
                                "Run 'sanshen new' to create an item with complete front matter to copy from."));
                return new SnapshotCache.Parsed(sink.sorted(), null, null);
            }
            // YAML that parses gives an item even with wrong values, so its body is checked too; the caller keeps
            // it offline. YAML that does not parse gives none: where its body starts cannot be trusted.
            Optional<FrontMatter> meta = frontMatter.read(parts.get(), f.path(), sink);
            return new SnapshotCache.Parsed(sink.sorted(), parts.get(), meta.orElse(null));
        }, split);
    }

    /** A file the layout gives no place (see {@link SiteLayout}): never published, so say where it should go. */
    private static void unplaced(String path, Findings sink) {
        String folder = SiteLayout.folderOf(path);
        String rel = folder.equals(ROOT) ? "" : folder.substring(ROOT.length() + 1);
        sink.error("content.unknown-column", SourcePos.file(path),
                Text.of("目录 content/" + rel + " 不是已配置的栏目，也不是带 index.md 的稿件目录，其中的文件不会发布。",
                        "Folder content/" + rel + " is neither a configured column nor an item folder with index.md, so its files are not published."),
                Text.of("把文件移到栏目目录（content/<栏目>/名称.md，或 content/<栏目>/名称/index.md 与附件），"
                                + "或在 site-config.yml 的 columns 中添加 path 为“" + rel + "”的栏目。",
                        "Move the file into a column folder (content/<column>/name.md, or content/<column>/name/index.md with its attachments), "
                                + "or add a column with path '" + rel + "' to site-config.yml."));
    }

    /**
     * Every name the build writes for {@code file} ({@code published}: its path below the output folder) must fit
     * the file system, or the build could not write it: an error naming the source when one does not.
     */
    private static void checkNameLength(String file, String published, Findings sink) {
        for (String name : published.split("/")) {
            int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                sink.error("content.name-too-long", SourcePos.file(file),
                        Text.of("名称过长：发布时要写出的文件名“" + name + "”有 " + bytes + " 字节，超过文件系统上限 "
                                + MAX_NAME_BYTES + " 字节，无法发布。",
                                "Name too long: the published file name '" + name + "' has " + bytes
                                        + " bytes, over the file system's limit of " + MAX_NAME_BYTES + "."),
                        Text.of("缩短文件名或稿件目录名（中文名不超过约 80 个字，日期加简短英文名更好）。",
                                "Shorten the file or bundle folder name (Chinese names up to about 80 characters; a date and a short name are best)."));
                return;
            }
        }
    }

    private static void checkAttachments(Item item, ContentLayout layout, Findings sink) {
        for (AttachmentRef a : item.meta().attachments()) {
            Optional<String> target = RepoPaths.resolveLink(item.path(), a.file());
            boolean inside = target.isPresent() && target.get().startsWith(ROOT + "/");
            if (!inside || !layout.exists(target.get())) {
                sink.error("content.attachment-missing", a.pos(),
                        Text.of(inside ? "附件“" + a.file() + "”不存在。" : "附件路径“" + a.file() + "”指向 content/ 之外。",
                                inside ? "Attachment '" + a.file() + "' does not exist." : "Attachment path '" + a.file() + "' leaves content/."),
                        Text.of("把附件文件放在稿件目录中（与 index.md 同级），并检查文件名。",
                                "Put the file in the item's folder (beside index.md) and check its name."));
            }
        }
    }

    /** Items that publish to one address: each is reported (naming another), so all of them stay offline. */
    private static void reportDuplicateSlugs(List<Item> items, Findings sink) {
        Map<String, List<Item>> byUrl = new HashMap<>(items.size() * 2);
        // path order, so messages are deterministic; items usually arrive sorted, which is cheap
        items.stream().sorted(Comparator.comparing(Item::path))
                .forEach(i -> byUrl.computeIfAbsent(i.url(), k -> new ArrayList<>(1)).add(i));
        for (List<Item> clash : byUrl.values()) {
            for (int k = 0; clash.size() > 1 && k < clash.size(); k++) {
                Item i = clash.get(k);
                Item other = clash.get(k == 0 ? 1 : 0);
                sink.error("content.duplicate-slug", SourcePos.file(i.path()),
                        Text.of("与“" + other.path() + "”发布到同一地址 " + i.url() + "，两者都不会发布。",
                                "Publishes to the same address " + i.url() + " as '" + other.path() + "'; neither is published."),
                        Text.of("重命名其中一个文件或目录。", "Rename one of the two files or folders."));
            }
        }
    }

    private static Optional<SiteContent.Intro> readIntro(SourceFile f, Findings sink) {
        return TextDecoder.decode(f.bytes(), f.path(), sink).map(text -> {
            Optional<FrontMatterSplitter> parts = FrontMatterSplitter.split(text);
            String title = "";
            String body = text;
            if (parts.isPresent()) {
                body = parts.get().body();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(?:title|标题):\\s*(.+)$")
                        .matcher(parts.get().yaml());
                title = m.find() ? m.group(1).strip().replaceAll("^[\"']|[\"']$", "") : "";
            }
            return new SiteContent.Intro(title, body);
        });
    }
}

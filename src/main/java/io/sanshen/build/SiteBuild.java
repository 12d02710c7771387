package io.sanshen.build;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.check.FindingCache;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Backdating;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.ContentSource;
import io.sanshen.content.Item;
import io.sanshen.content.LinkScan;
import io.sanshen.content.PublicationWindow;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SiteLinks;
import io.sanshen.content.SiteSnapshot;
import io.sanshen.content.SnapshotCache;
import io.sanshen.content.SourceFile;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Text;
import io.sanshen.render.OutputTree;
import io.sanshen.render.PageReuse;
import io.sanshen.render.RenderOptions;
import io.sanshen.render.RenderStats;
import io.sanshen.render.SiteRenderer;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the phases of one build in the order written; each failure names its phase. A publishing build reads
 * everything (config, templates, word lists, content) from the approved view of HEAD; a preview reads the work
 * tree and watermarks what is not approved; {@code noReview} reads the work tree as it is (local experiments).
 */
public final class SiteBuild {
    private final BuildOptions options;
    private final BuildCaches caches;

    /** A build that keeps nothing for a next one (tests, one-off runs). */
    public SiteBuild(BuildOptions options) {
        this(options, BuildCaches.inMemory());
    }

    /** A build that reuses what {@code caches} kept from the builds before it and keeps what it made. */
    public SiteBuild(BuildOptions options, BuildCaches caches) {
        this.options = options;
        this.caches = caches;
    }

    /** What one build reads: where policy files live, where content comes from, and what review said. */
    private record Inputs(Path policyRoot, ContentSource source, Optional<ReviewReport> review, Waivers waivers,
                          Backdating backdating, List<Exclusion> excluded, List<Exclusion> olderVersions,
                          List<Finding> findings) {
    }

    public BuildReport run() throws BuildFailure, IOException {
        long start = System.nanoTime();
        Path root = options.siteRoot();
        OutputGuard.check(root, options.outDir());
        if (options.noReview()) {
            return build(new Inputs(root, new WorkTreeSource(root), Optional.empty(), Waivers.NONE,
                    Backdating.NO_MIGRATION, List.of(), List.of(), List.of()), start);
        }
        if (options.preview()) {
            Optional<ReviewPhase.Reviewed> r = ReviewPhase.forPreview(options, caches);
            return build(new Inputs(root, new WorkTreeSource(root, caches.workTreeIds()), r.map(ReviewPhase.Reviewed::report),
                    r.map(ReviewPhase.Reviewed::waivers).orElse(Waivers.NONE),
                    r.map(ReviewPhase.Reviewed::backdating).orElse(Backdating.NO_MIGRATION), List.of(), List.of(),
                    List.of()), start);
        }
        try (ReviewPhase review = ReviewPhase.run(options)) {
            return build(new Inputs(review.policyRoot, review.source, Optional.of(review.report),
                    Waivers.of(review.report), review.backdating, review.excluded, review.olderVersions, review.findings), start);
        }
    }

    private BuildReport build(Inputs in, long start) throws BuildFailure, IOException {
        SiteConfig config = loadConfig(in.policyRoot());
        refuseLinks(in.policyRoot(), config);
        String checkInputs = BuildInputs.checks(in.policyRoot(), config);
        PageReuse reuse = caches.reuseFor(BuildInputs.digest(in.policyRoot(), options), options.siteRoot(),
                options.outDir());
        UnchangedBuild listed = UnchangedBuild.of(in.source(), checkInputs, options,
                in.review().map(r -> r.head().name()));
        Optional<UnchangedBuild.Outcome> same = reuse.unchanged(listed.key()).flatMap(UnchangedBuild::decode);
        if (same.isPresent()) {
            caches.built(reuse, options.siteRoot(), options.outDir());
            return report(in, same.get(), DropGuard.check(options.outDir(), options.mode(), same.get().items()), start);
        }
        SiteSnapshot snapshot = loadContent(config, listed.source(), caches.snapshots(options.siteRoot(), checkInputs));
        caches.snapshotRead(options.siteRoot(), checkInputs);
        if (options.mode() == io.sanshen.render.BuildMode.PREVIEW) {
            caches.workTreeIds().learned(snapshot.itemBlobs());
        }
        ContentLoader.Result loaded = snapshot.loaded();
        // the content's own findings go through the check phase, so an item they block is kept offline like one
        // with a blocker in its text, and links to it are reported the same way
        List<Finding> extra = new ArrayList<>(loaded.findings());
        in.review().ifPresent(r -> extra.addAll(ReviewFindings.backdated(loaded.content().items(), r,
                in.backdating(), config.checks().severities(), snapshot.itemBlobs())));
        SiteContent checkable = loaded.checkable();
        FindingCache findingCache = caches.findings(options.siteRoot());
        CheckPhase checks = CheckPhase.run(snapshot, options, in.policyRoot(), extra, in.waivers(),
                findingCache.begin(checkInputs, options.today(), p -> snapshot.itemBlobs().get(p)));
        caches.checked(options.siteRoot());
        List<Exclusion> excluded = new ArrayList<>(in.excluded());
        Set<String> watermarked = new HashSet<>();
        if (options.preview() && !options.noReview()) {
            watermarked.addAll(PreviewMarks.unapproved(loaded.content().items(), in.review(), snapshot.itemBlobs()));
        }
        List<Item> publishable = select(checkable, loaded.leftOut(), checks, excluded, watermarked);
        leftOutFiles(loaded, checkable, excluded);
        SiteContent site = loaded.content().withItems(publishable)
                .withStaticFiles(selectStatic(loaded.content(), checks, excluded));
        Optional<Finding> drop = DropGuard.check(options.outDir(), options.mode(), publishable.size());
        RenderStats stats;
        try (OutputTree out = open(publishable.size())) {
            SiteRenderer renderer = new SiteRenderer(in.policyRoot().resolve("templates"));
            stats = render(renderer, site, checks.links(), new RenderOptions(watermarked, options.liveReload(),
                    snapshot.itemBlobs(), reuse), out);
            if (options.mode() == io.sanshen.render.BuildMode.PUBLISH) {
                SiteManifest manifest = ManifestWriter.write(out.stagingDir(),
                        in.review().map(r -> r.head().name()).orElse(""), options.trustRoot().orElse(""),
                        options.manifestKey(), reuse.linkedHashes());
                reuse.hashed(manifest.files());
                for (String file : List.of(SiteManifest.FILE, SiteManifest.SIGNATURE)) {
                    if (java.nio.file.Files.exists(out.stagingDir().resolve(file))) {
                        reuse.wrote(file, out.stagingDir().resolve(file));
                    }
                }
            }
            out.commit();
            if (options.mode() == io.sanshen.render.BuildMode.PREVIEW) {
                caches.served(options.outDir(), out.files());
            }
        }
        UnchangedBuild.Outcome outcome = new UnchangedBuild.Outcome(publishable.size(), stats.pages(), stats.files(),
                excluded.subList(in.excluded().size(), excluded.size()), checks.findings());
        reuse.remember(listed.key(), UnchangedBuild.encode(outcome));
        caches.built(reuse, options.siteRoot(), options.outDir());
        return report(in, outcome, drop, start);
    }

    /** The report of a build: what review said ({@code in}), then what this build (or the same one before) found. */
    private BuildReport report(Inputs in, UnchangedBuild.Outcome o, Optional<Finding> drop, long start) {
        List<Exclusion> excluded = new ArrayList<>(in.excluded());
        excluded.addAll(o.excluded());
        List<Finding> findings = new ArrayList<>(in.findings());
        findings.addAll(o.findings());
        drop.ifPresent(findings::add);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildReport(o.items(), o.pages(), o.files(), excluded, findings, millis, in.olderVersions(),
                options.preview());
    }

    /**
     * The output of this build: a preview into the folder this process's last preview committed is written there in
     * place (the server serves it; staging and swapping every page is most of a one-item rebuild), anything else
     * is staged and swapped in whole.
     */
    private OutputTree open(int items) throws IOException {
        Optional<Set<String>> served = options.mode() == io.sanshen.render.BuildMode.PREVIEW
                ? caches.takeServed(options.outDir()) : Optional.empty();
        return served.isPresent() ? OutputTree.inPlace(options.outDir(), options.mode(), items, served.get())
                : OutputTree.beginAt(options.outDir(), options.mode(), items);
    }

    private static SiteConfig loadConfig(Path root) throws BuildFailure, IOException {
        ConfigResult result = ConfigLoader.load(root);
        if (!result.ok()) {
            throw new BuildFailure(Phase.CONFIG, result.findings());
        }
        return result.config().orElseThrow();
    }

    /** Templates, assets and word lists are read from disk: a link among them fails the build (fails closed). */
    private static void refuseLinks(Path root, SiteConfig config) throws BuildFailure, IOException {
        Findings sink = new Findings();
        LinkScan.refuseLinks(root, List.of("templates", config.checks().wordLists()), sink);
        if (!sink.isEmpty()) {
            throw new BuildFailure(Phase.FILES, sink.sorted());
        }
    }

    private static SiteSnapshot loadContent(SiteConfig config, ContentSource source, SnapshotCache cache)
            throws BuildFailure, IOException {
        SiteSnapshot snapshot = SiteSnapshot.of(config, source, cache);
        if (!snapshot.loaded().siteErrors().isEmpty()) {
            throw new BuildFailure(Phase.CONTENT, snapshot.loaded().findings());
        }
        return snapshot;
    }

    /**
     * Files a content error keeps offline that are no item the checks saw (front matter that does not parse, a file
     * in no column, a static file or intro that cannot be read or written): listed with their rules.
     */
    private static void leftOutFiles(ContentLoader.Result loaded, SiteContent checkable, List<Exclusion> excluded) {
        Set<String> items = checkable.byPath().keySet();
        loaded.leftOut().forEach((path, found) -> {
            if (!items.contains(path)) {
                excluded.add(Exclusion.blockedBy(path, found));
            }
        });
    }

    /**
     * The items the check phase settled on publishing ({@link CheckPhase#links()}, which the renderer writes links
     * with): drafts, expired items, future-dated (scheduled) items and items with a blocking check finding stay
     * offline, except in preview where drafts, scheduled and blocked items show with a watermark. Items with a
     * content error ({@code leftOut}) stay offline even in preview: their front matter cannot be rendered as written.
     */
    private List<Item> select(SiteContent content, Map<String, List<Finding>> leftOut, CheckPhase checks, List<Exclusion> excluded,
                              Set<String> watermarked) {
        List<Item> out = new ArrayList<>();
        for (Item item : content.items()) {
            Optional<Text> offline = PublicationWindow.offlineReason(item, options.today(), options.preview());
            if (!checks.links().publishes(item)) {
                excluded.add(leftOut.containsKey(item.path()) ? checks.exclusion(item.path())
                        .orElseGet(() -> Exclusion.blockedBy(item.path(), leftOut.get(item.path())))
                        : offline.map(why -> new Exclusion(item.path(), why))
                        .orElseGet(() -> checks.exclusion(item.path()).orElseThrow()));
                continue;
            }
            if (options.preview() && (item.meta().draft() || checks.exclusion(item.path()).isPresent()
                    || item.meta().scheduledAfter(options.today()).isPresent())) {
                watermarked.add(item.path());
            }
            out.add(item);
        }
        return out;
    }

    /** Static files (outside any bundle) with a blocker are not copied, not even in preview: nothing can mark them. */
    private static List<SourceFile> selectStatic(SiteContent content, CheckPhase checks, List<Exclusion> excluded) {
        List<SourceFile> out = new ArrayList<>();
        for (SourceFile f : content.staticFiles()) {
            Optional<Exclusion> blocked = checks.exclusion(f.path());
            blocked.ifPresentOrElse(excluded::add, () -> out.add(f));
        }
        return out;
    }

    private static RenderStats render(SiteRenderer renderer, SiteContent site, SiteLinks links, RenderOptions opts,
                                      OutputTree out) throws BuildFailure, IOException {
        try {
            return renderer.render(site, links, opts, out);
        } catch (io.sanshen.render.Templates.TemplateFailure e) {
            throw new BuildFailure(Phase.RENDER, List.of(Finding.of("render.template", io.sanshen.diag.Severity.BLOCKER,
                    io.sanshen.diag.SourcePos.file("templates"), Text.of("模板出错：" + e.getMessage(),
                            "Template error: " + e.getMessage()), Text.of("修正模板中报告的行。", "Fix the template at the reported line."))));
        }
    }
}

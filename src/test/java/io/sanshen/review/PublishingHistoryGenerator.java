package io.sanshen.review;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.config.SiteConfig;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;

/**
 * Not a test: turns a site written by {@code bench/gen_corpus.py} into a Git repository whose every file is
 * approved as the demo policy asks, for the publishing-build benchmark ({@code bench/run.sh publish}). Every
 * DEMO-ONLY key in the site's {@code site-config.yml} is replaced by a freshly generated ed25519 key (private halves
 * in {@code <site>-keys/}, outside the repository). The history: one commit with the policy files, approved by both
 * admins (threshold 2); then the content in batches of {@code batch} items of one column, each batch one editor
 * commit followed by one signed record per item and level 1–3 by the owning unit's reviewers (level 3 attests 保密).
 * Written through a {@link HistoryWriter}, ending about an hour ago (commit times one minute apart). The index is
 * left to {@code git reset}: the work tree already holds the committed files.
 * With {@code dated} instead of a batch size ({@code bench/run.sh inspect}), the history has realistic dates: each
 * item is one editor commit 0–3 days before its front-matter {@code date} and its three levels follow within that
 * time, the last one on the date itself (one item in a hundred a day late: back-dated), in date order.
 * Run: {@code java -cp target/sanshen.jar:target/test-classes io.sanshen.review.PublishingHistoryGenerator SITE
 * [batch|dated]}.
 */
public final class PublishingHistoryGenerator {
    /** A demo key line: {@code "ssh-ed25519 AAAA… DEMO-ONLY-office-1@sfq.gov.cn NEVER USE…"}; group 1 is the tag. */
    private static final Pattern DEMO_KEY = Pattern.compile("\"ssh-ed25519 \\S+ DEMO-ONLY-([a-z0-9-]+)@[^\"]*\"");
    private static final List<String> CHECKS = List.of("政治", "政策", "文字", "保密", "舆情");
    private static final String EDITOR = "信息员 Editor";

    private final Path site;
    private final int batch;
    private final boolean dated;
    private final Map<String, CommitSigner> signers = new HashMap<>();

    private PublishingHistoryGenerator(Path site, int batch, boolean dated) {
        this.site = site;
        this.batch = batch;
        this.dated = dated;
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        boolean dated = args.length > 1 && args[1].equals("dated");
        int batch = args.length > 1 && !dated ? Integer.parseInt(args[1]) : dated ? 1 : 100;
        long t0 = System.nanoTime();
        PublishingHistoryGenerator g = new PublishingHistoryGenerator(site, batch, dated);
        SiteConfig config = g.replaceKeys(site.resolveSibling(site.getFileName() + "-keys"));
        try (Repository repo = TestRepos.init(site)) {
            g.write(repo, config, t0);
        }
    }

    /** Generates a key for every DEMO-ONLY key line and writes the config with the new public keys. */
    private SiteConfig replaceKeys(Path keyDir) throws IOException, SigningException {
        Files.createDirectories(keyDir);
        Path file = site.resolve(SiteConfig.FILE);
        Matcher m = DEMO_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group(1);
            TestKeys.SshKey key = TestKeys.newSshEd25519("bench-" + tag + "@sfq.gov.cn");
            signers.put(tag, CommitSigner.withSshKey(key.writeTo(keyDir, tag)));
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + key.publicLine() + "\""));
        }
        m.appendTail(out);
        if (!dated) {
            // the corpus's items are dated years before these approvals, which are all made now: the run measures
            // review and build cost, not how a site handles content it never declared migrated (review.migration)
            out.append("\nchecks:\n  rules:\n    format.backdated: \"off\"\n");
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        ConfigResult loaded = ConfigLoader.load(site);
        if (!loaded.ok() || signers.isEmpty()) {
            throw new IllegalStateException("the generated site config is not usable: " + loaded.findings());
        }
        return loaded.config().orElseThrow();
    }

    private void write(Repository repo, SiteConfig config, long t0) throws IOException, SigningException {
        List<String> policy = new ArrayList<>();
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        for (String path : files()) {
            if (PathKind.isPolicy(path)) {
                policy.add(path);
            } else {
                List<String> folder = byFolder.computeIfAbsent(path.substring(0, path.lastIndexOf('/')),
                        k -> new ArrayList<>());
                // the column's intro first, then its items in name (date) order
                folder.add(path.endsWith("/_index.md") ? 0 : folder.size(), path);
            }
        }
        int items = byFolder.values().stream().mapToInt(List::size).sum();
        int commits = 3 + 3 * items + items / batch + byFolder.size();
        // dated: the policy is set up before the first item of bench/run.sh inspect's corpus (2016)
        Instant start = dated ? Instant.parse("2015-12-01T01:00:00Z") : Instant.now().minusSeconds(60L * commits + 3600);
        try (HistoryWriter history = new HistoryWriter(repo, start)) {
            List<ApprovalRecord.Item> approved = new ArrayList<>();
            for (String path : policy) {
                approved.add(new ApprovalRecord.Item(path, history.put(path, read(path))));
            }
            history.commit(history.at("站点管理 Setup", "setup@sfq.gov.cn"), "site: policy, templates and word lists");
            for (String admin : List.of("admin-1", "admin-2")) {
                history.approve(signers.get(admin), history.at(admin, admin + "@sfq.gov.cn"),
                        new ApprovalRecord(Action.APPROVE, ApprovalRecord.Level.ADMIN, approved, List.of(), "同意",
                                List.of()));
            }
            if (dated) {
                writeDated(history, config, byFolder);
                history.finish();
                System.out.printf("%d content files with dated history, %d commits in %.1f s in %s%n", items,
                        history.commits(), (System.nanoTime() - t0) / 1e9, site);
                return;
            }
            // round robin over the column folders, one batch each: editors of different columns interleave
            int longest = byFolder.values().stream().mapToInt(List::size).max().orElse(0);
            int done = 0;
            for (int from = 0; from < longest; from += batch) {
                for (List<String> folder : byFolder.values()) {
                    if (from < folder.size()) {
                        List<String> part = folder.subList(from, Math.min(folder.size(), from + batch));
                        addBatch(history, config, part);
                        if ((done + part.size()) / 20_000 > done / 20_000) {
                            System.out.printf("approved %d of %d content files (%.1f s)%n", done + part.size(), items,
                                    (System.nanoTime() - t0) / 1e9);
                        }
                        done += part.size();
                    }
                }
            }
            history.finish();
            System.out.printf("%d policy files and %d content files, %d commits (%d signed approvals) in %.1f s"
                            + " (%.1f s signing) in %s%n", policy.size(), items, history.commits(),
                    history.signatures(), (System.nanoTime() - t0) / 1e9, history.signSeconds(), site);
        }
    }

    /**
     * Column intros first (approved at once), then every item in the order of its front-matter date: one editor
     * commit, then levels 1–3, at the times {@link #datedTimes} gives.
     */
    private void writeDated(HistoryWriter history, SiteConfig config, Map<String, List<String>> byFolder)
            throws IOException, SigningException {
        io.sanshen.content.FrontMatterReader reader = new io.sanshen.content.FrontMatterReader(config);
        List<Map.Entry<java.time.LocalDate, String>> items = new ArrayList<>();
        List<String> intros = new ArrayList<>();
        for (List<String> folder : byFolder.values()) {
            for (String path : folder) {
                java.util.Optional<java.time.LocalDateTime> date = path.endsWith("/_index.md") ? java.util.Optional.empty()
                        : io.sanshen.content.ItemFacts.of(read(path), reader, path).date();
                if (date.isEmpty()) {
                    intros.add(path);
                } else {
                    items.add(Map.entry(date.get().toLocalDate(), path));
                }
            }
        }
        items.sort(Map.Entry.<java.time.LocalDate, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        java.time.LocalDate first = items.isEmpty() ? java.time.LocalDate.now() : items.get(0).getKey();
        java.util.Random random = new java.util.Random(20260101);
        Instant setup = first.minusDays(10).atTime(9, 0).atZone(io.sanshen.diag.TimeZones.CHINA).toInstant();
        for (String path : intros) {
            addDated(history, config, path, datedTimes(setup, 0, false, random));
        }
        for (Map.Entry<java.time.LocalDate, String> item : items) {
            Instant day = item.getKey().atTime(17, 0).atZone(io.sanshen.diag.TimeZones.CHINA).toInstant();
            addDated(history, config, item.getValue(), datedTimes(day, random.nextInt(4), random.nextInt(100) == 0, random));
        }
    }

    /** Submission and levels 1–3 ending at {@code end} ({@code late}: a day after), starting {@code daysBefore} earlier. */
    private static Instant[] datedTimes(Instant end, int daysBefore, boolean late, java.util.Random random) {
        Instant last = late ? end.plusSeconds(86_400) : end;
        Instant start = end.minusSeconds(86_400L * daysBefore + 3_600L * (1 + random.nextInt(7)));
        long span = last.getEpochSecond() - start.getEpochSecond();
        return new Instant[] {start, start.plusSeconds(span / 3), start.plusSeconds(2 * span / 3), last};
    }

    private void addDated(HistoryWriter history, SiteConfig config, String path, Instant[] times)
            throws IOException, SigningException {
        ApprovalRecord.Item item = new ApprovalRecord.Item(path, history.put(path, read(path)));
        history.commit(history.at(EDITOR, "editor@sfq.gov.cn", times[0]), "add " + path);
        String unit = io.sanshen.content.SiteLayout.of(config).column(path).orElseThrow(() ->
                new IllegalStateException("no column for " + path)).unitId();
        for (int level = 1; level <= 3; level++) {
            String tag = unit + "-" + level;
            history.approve(signers.get(tag), history.at(tag, tag + "@sfq.gov.cn", times[level]), new ApprovalRecord(
                    Action.APPROVE, ApprovalRecord.Level.of(level), List.of(item), level == 3 ? CHECKS : List.of("文字"),
                    "同意发布", List.of()));
        }
    }

    /** One editor commit for {@code paths}, then levels 1–3 for each by the owning unit's reviewers. */
    private void addBatch(HistoryWriter history, SiteConfig config, List<String> paths)
            throws IOException, SigningException {
        List<ApprovalRecord.Item> items = new ArrayList<>();
        for (String path : paths) {
            items.add(new ApprovalRecord.Item(path, history.put(path, read(path))));
        }
        history.commit(history.at(EDITOR, "editor@sfq.gov.cn"), "add " + paths.size() + " items under "
                + paths.get(0).substring(0, paths.get(0).lastIndexOf('/')));
        String unit = io.sanshen.content.SiteLayout.of(config).column(paths.get(0)).orElseThrow(() ->
                new IllegalStateException("no column for " + paths.get(0))).unitId();
        for (int level = 1; level <= 3; level++) {
            String tag = unit + "-" + level;
            CommitSigner signer = signers.get(tag);
            if (signer == null) {
                throw new IllegalStateException("the config has no DEMO-ONLY key " + tag);
            }
            for (ApprovalRecord.Item item : items) {
                history.approve(signer, history.at(tag, tag + "@sfq.gov.cn"), new ApprovalRecord(Action.APPROVE,
                        ApprovalRecord.Level.of(level), List.of(item), level == 3 ? CHECKS : List.of("文字"),
                        "同意发布", List.of()));
            }
        }
    }

    /** The site's files as repository paths, sorted; Git's own folder and dot files left out. */
    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.contains("/.")).sorted().toList();
        }
    }

    private byte[] read(String path) throws IOException {
        return Files.readAllBytes(site.resolve(path));
    }
}

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
 * Run: {@code java -cp target/sanshen.jar:target/test-classes io.sanshen.review.PublishingHistoryGenerator SITE
 * [batch]}.
 */
public final class PublishingHistoryGenerator {
    /** A demo key line: {@code "ssh-ed25519 AAAA… DEMO-ONLY-office-1@sfq.gov.cn NEVER USE…"}; group 1 is the tag. */
    private static final Pattern DEMO_KEY = Pattern.compile("\"ssh-ed25519 \\S+ DEMO-ONLY-([a-z0-9-]+)@[^\"]*\"");
    private static final List<String> CHECKS = List.of("政治", "政策", "文字", "保密", "舆情");
    private static final String EDITOR = "信息员 Editor";

    private final Path site;
    private final int batch;
    private final Map<String, CommitSigner> signers = new HashMap<>();

    private PublishingHistoryGenerator(Path site, int batch) {
        this.site = site;
        this.batch = batch;
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long t0 = System.nanoTime();
        PublishingHistoryGenerator g = new PublishingHistoryGenerator(site, batch);
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
        try (HistoryWriter history = new HistoryWriter(repo, Instant.now().minusSeconds(60L * commits + 3600))) {
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

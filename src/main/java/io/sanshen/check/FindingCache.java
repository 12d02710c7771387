package io.sanshen.check;

import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SiteLinks;
import io.sanshen.content.SourceFile;
import io.sanshen.diag.CacheData;
import io.sanshen.diag.ChecksummedFile;
import io.sanshen.diag.Digests;
import io.sanshen.diag.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The findings of each item's rules by the digest of everything they read: the caller's {@code inputs} (program,
 * config, word lists), the item's path, blob id, bundle folder and every attachment's path and blob id, today's date
 * for the rules that read it ({@link RuleRegistry.Reads}), and for the rules that read other items (links) the state
 * of the whole site as links see it ({@link Run#siteKey}: any change there checks every item's links again; an
 * edit of one item's text does not). An unchanged item is
 * then not checked again (attachments are not opened with POI or PDFBox again, Markdown is not parsed again). Only the entries the last run used are kept, so the cache never outgrows one site.
 * Saved in a {@link ChecksummedFile}: a damaged, foreign or forged file (one the user's cache key did not
 * authenticate) is a cache miss, never a different result. Held by
 * the run or the server, never static.
 */
public final class FindingCache {
    private static final String KIND = "sanshen findings v1\n";
    private static final int KEY_BYTES = 32;

    private Map<String, List<Finding>> last;
    private Map<String, List<Finding>> current = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();
    /** {@link LinkTargetFacts#headings} of each item by path and blob, as the last site key used them. */
    private volatile Map<String, byte[]> headings = Map.of();

    /** The keys {@link #load} read: a run that checked nothing and used exactly these needs no new file. */
    private final Set<String> loaded;

    private FindingCache(Map<String, List<Finding>> last) {
        this.last = last;
        this.loaded = Set.copyOf(last.keySet());
    }

    public static FindingCache empty() {
        return new FindingCache(Map.of());
    }

    /** The cache {@link #save} left in {@code file}, if it is intact; else an empty one. */
    public static FindingCache load(Path file) {
        return new FindingCache(ChecksummedFile.read(file, KIND).flatMap(FindingCache::decode).orElse(Map.of()));
    }

    /**
     * One check run's view: items are looked up under {@code inputs} and, for rules reading the date, {@code today};
     * {@code blobOf} gives an item file's blob id (null when unknown: such an item is always checked).
     */
    public synchronized Run begin(String inputs, LocalDate today, Function<String, String> blobOf) {
        if (!current.isEmpty()) {
            Map<String, List<Finding>> both = new HashMap<>(last);
            both.putAll(current);
            last = both;
            current = new ConcurrentHashMap<>();
        }
        return new Run(inputs, today, blobOf, true);
    }

    /**
     * Ends the runs begun so far: only what they used is kept, or with {@code partly} (they checked some items
     * only) what they used and all that was kept before.
     */
    public synchronized void end(boolean partly) {
        Map<String, List<Finding>> kept = partly ? new HashMap<>(last) : new HashMap<>();
        kept.putAll(current);
        last = Map.copyOf(kept);
        current = new ConcurrentHashMap<>();
    }

    /** How many items' own rules actually ran through this cache (the rest were answered from it). */
    public int checked() {
        return checked.get();
    }

    /** One run through the cache; {@link #NONE} checks everything. */
    public final class Run {
        private final String inputs;
        private final LocalDate today;
        private final Function<String, String> blobOf;
        private final boolean keeps;

        private Run(String inputs, LocalDate today, Function<String, String> blobOf, boolean keeps) {
            this.inputs = inputs;
            this.today = today;
            this.blobOf = blobOf;
            this.keeps = keeps;
        }

        /**
         * The state of the whole site as the rules reading other items see it: every item's path, address, bundle
         * files, whether it is published and what a link to it is judged by ({@link LinkTargetFacts}), every static
         * file (and whether it is) and intro. Empty when an item's blob is unknown.
         */
        Optional<String> siteKey(SiteContent site, SiteLinks links) {
            MessageDigest d = Digests.sha256();
            Digests.text(d, "today " + today);
            Map<String, byte[]> lastHeadings = headings;
            Map<String, byte[]> used = new HashMap<>();
            for (Item i : site.items()) {
                String blob = blobOf.apply(i.path());
                if (blob == null) {
                    return Optional.empty();
                }
                Digests.text(d, i.path());
                Digests.text(d, i.url());
                Digests.text(d, String.valueOf(i.bundleDir()));
                String version = i.path() + '\0' + blob;
                byte[] h = lastHeadings.get(version);
                used.put(version, h != null ? h : LinkTargetFacts.headings(i));
                // not its blob: editing one item's text keeps the others' links
                LinkTargetFacts.add(d, i, today, used.get(version));
                Digests.text(d, Boolean.toString(links.publishes(i)));
                i.resources().forEach(r -> Digests.text(d, r.path()));
            }
            Digests.text(d, "static");
            site.staticFiles().forEach(f -> {
                Digests.text(d, f.path());
                Digests.text(d, Boolean.toString(links.publishesStatic(f.path())));
            });
            new TreeMap<>(site.intros()).forEach((column, intro) -> {
                Digests.text(d, column);
                Digests.text(d, intro.title());
                Digests.text(d, intro.body());
            });
            headings = used;
            return Optional.of(HexFormat.of().formatHex(d.digest()));
        }

        /**
         * The findings of {@code item}'s rules that read {@code what}, kept or made; for rules reading other items,
         * {@code site} is the {@link #siteKey} (empty: always checked).
         */
        List<Finding> findings(Item item, RuleRegistry.Reads what, Optional<String> site,
                               Supplier<List<Finding>> check) {
            boolean links = what == RuleRegistry.Reads.SITE;
            Optional<String> key = links && site.isEmpty() ? Optional.empty()
                    : key(item, what, links ? site.get() : "");
            return kept(key, check, checked);
        }

        /**
         * The findings of site rule {@code ruleId}, which reads only the policy files: kept under the run's
         * {@code inputs} (program, config, word lists, templates), or made.
         */
        List<Finding> policyFindings(String ruleId, Supplier<List<Finding>> check) {
            MessageDigest d = Digests.sha256();
            Digests.text(d, inputs);
            Digests.text(d, "policy rule");
            Digests.text(d, ruleId);
            return kept(keeps ? Optional.of(HexFormat.of().formatHex(d.digest())) : Optional.empty(), check,
                    new AtomicInteger()); // not counted: checked() counts the rules run on items
        }

        private List<Finding> kept(Optional<String> key, Supplier<List<Finding>> check, AtomicInteger counter) {
            if (key.isEmpty()) {
                counter.incrementAndGet();
                return check.get();
            }
            // get, then put: the rules must not run inside the map's lock (items are checked in parallel)
            List<Finding> found = last.get(key.get());
            if (found == null) {
                counter.incrementAndGet();
                found = List.copyOf(check.get());
            }
            current.put(key.get(), found);
            return found;
        }

        private Optional<String> key(Item item, RuleRegistry.Reads what, String site) {
            String blob = blobOf.apply(item.path());
            if (blob == null) {
                return Optional.empty();
            }
            MessageDigest d = Digests.sha256();
            Digests.text(d, inputs);
            Digests.text(d, what.name());
            Digests.text(d, what == RuleRegistry.Reads.ITEM ? "" : "today " + today);
            Digests.text(d, site);
            Digests.text(d, item.path());
            Digests.text(d, blob);
            Digests.text(d, String.valueOf(item.bundleDir()));
            for (SourceFile r : item.resources()) {
                Digests.text(d, r.path());
                Digests.text(d, r.blobId());
            }
            return Optional.of(HexFormat.of().formatHex(d.digest()));
        }
    }

    /** A run that keeps and finds nothing (external checks: what the network says may change at any time). */
    static final Run NONE = empty().new Run("", LocalDate.MIN, p -> null, false);

    /** Writes what the last run used; nothing when it is what {@link #load} read (the same bytes again). */
    public void save(Path file) {
        Map<String, List<Finding>> all = new TreeMap<>(current.isEmpty() ? last : current);
        if (checked.get() == 0 && !loaded.isEmpty() && all.keySet().equals(loaded)) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(all.size());
            for (Map.Entry<String, List<Finding>> e : all.entrySet()) {
                out.write(HexFormat.of().parseHex(e.getKey()));
                out.writeInt(e.getValue().size());
                for (Finding f : e.getValue()) {
                    CacheData.writeFinding(out, f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        ChecksummedFile.write(file, KIND, bytes.toByteArray());
    }

    private static Optional<Map<String, List<Finding>>> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = CacheData.readCount(in, KEY_BYTES + Integer.BYTES);
            Map<String, List<Finding>> entries = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String key = HexFormat.of().formatHex(in.readNBytes(KEY_BYTES));
                Finding[] found = new Finding[CacheData.readCount(in, 1)];
                for (int j = 0; j < found.length; j++) {
                    found[j] = CacheData.readFinding(in);
                }
                entries.put(key, List.of(found));
            }
            return in.available() == 0 ? Optional.of(entries) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package io.sanshen.importer;

import io.sanshen.check.fix.MaskFixer;
import io.sanshen.check.pii.MaskDiff;
import io.sanshen.check.pii.Masker;
import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.ItemScaffold;
import io.sanshen.content.RepoPaths;
import io.sanshen.content.attachment.AttachmentInspector;
import io.sanshen.content.attachment.Inspection;
import io.sanshen.content.attachment.LeakKind;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sanshen import}: reads a document in phases (read → layout → front matter → mask → write). It writes only
 * inside the chosen column's folder and never over an existing item unless {@code force} is set.
 */
public final class Importer {
    private final SiteConfig config;
    private final Path siteRoot;
    private final LocalDate today;

    public Importer(SiteConfig config, Path siteRoot, LocalDate today) {
        this.config = config;
        this.siteRoot = siteRoot;
        this.today = today;
    }

    /** Imports {@code file} into {@code columnName} (or the suggested column when empty). */
    public ImportResult importFile(Path file, Optional<String> columnName, boolean force) throws IOException, ImportRefusal {
        if (!Files.isRegularFile(file)) {
            throw new ImportRefusal(Text.of("找不到文件：" + file, "no such file: " + file));
        }
        ReadDocument doc = read(file);
        GongwenLayout.Layout layout = GongwenLayout.read(doc.blocks());
        Optional<String> titleGenre = layout.title().or(doc::metaTitle).flatMap(Genres::fromTitle)
                .filter(g -> config.vocabularies().genres().contains(g));
        Column column = column(columnName, titleGenre, layout.signature().or(layout::issuerMark).orElse(""));
        ItemScaffold scaffold = new ItemScaffold(config, siteRoot);
        String genre = titleGenre.orElse(ItemScaffold.genreFor(column));
        FrontMatterDraft fm = FrontMatterDraft.of(layout, doc, column, scaffold, genre,
                scaffold.indexNo(scaffold.unitOf(column), today), today);

        String body = MarkdownBody.of(layout.body(), doc.footnotes());
        MaskFixer fixer = MaskFixer.forSite(config.checks(), today);
        Masker.Result masked = fixer.maskBody(body, fixer.isListTitle(fm.title()));
        boolean bundle = !doc.media().isEmpty() || !fm.attachments().isEmpty();
        String repoPath = write(file, column, fm.yaml() + "\n" + masked.text(), doc.media(), bundle, force);

        List<Text> missing = new ArrayList<>(doc.leftOut());
        List<ImportResult.Filled> filled = filled(fm, layout, column, columnName.isEmpty(), titleGenre.isPresent(), missing);
        layout.dropped().forEach(d -> missing.add(Text.of("未导入版记/附注：" + d, "left out (colophon or note): " + d)));
        return new ImportResult(repoPath, filled, missing, MaskDiff.render(body, masked.text()),
                masked.replacements().size());
    }

    private ReadDocument read(Path file) throws ImportRefusal {
        String ext = extension(file);
        if (List.of("docx", "doc", "wps").contains(ext)) {
            refuseRevisions(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return switch (ext) {
                case "docx" -> new DocxReader().read(in);
                case "doc", "wps" -> new DocReader().read(in);
                case "ofd" -> new OfdReader().read(file);
                case "xlsx", "xls" -> new SheetReader().readWorkbook(in);
                case "csv" -> new SheetReader().readCsv(in.readAllBytes());
                default -> throw new ImportRefusal(Text.of("不支持的文件类型“." + ext + "”：可导入 .docx、.doc、.wps、.ofd、.xlsx、.csv",
                        "unsupported file type '." + ext + "': import .docx, .doc, .wps, .ofd, .xlsx or .csv"));
            };
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusal(Text.of("无法读取 " + file.getFileName() + "（文件损坏或格式不符）：" + e.getMessage(),
                    "cannot read " + file.getFileName() + " (damaged or not what its name says): " + e.getMessage()));
        }
    }

    /** Tracked changes and comments must be settled by the drafter: the attachment checks find them. */
    private static void refuseRevisions(Path file) throws ImportRefusal {
        Inspection inspection = new AttachmentInspector().inspect(file);
        for (LeakKind kind : List.of(LeakKind.TRACKED_CHANGES, LeakKind.COMMENTS)) {
            if (inspection.hasLeak(kind)) {
                throw new ImportRefusal(Text.of(kind.title("zh") + "，不能导入：请在 Word/WPS 中接受或拒绝全部修订、删除批注后再导入。",
                        kind.title("en") + ", not imported: accept or reject all changes and delete comments in Word/WPS first."));
            }
        }
    }

    private Column column(Optional<String> name, Optional<String> genre, String signer) throws ImportRefusal {
        Optional<Column> column = name.isPresent() ? ColumnChoice.named(config, name.get())
                : ColumnChoice.suggest(config, genre, signer);
        if (column.isEmpty()) {
            String known = String.join(", ", config.columns().stream().map(c -> c.id() + "（" + c.title() + "）").toList());
            throw new ImportRefusal(name.isPresent()
                    ? Text.of("没有栏目“" + name.get() + "”。可用栏目：" + known, "Unknown column '" + name.get() + "'. Known: " + known)
                    : Text.of("无法推断栏目，请用 --column 指定。可用栏目：" + known, "No column could be suggested; give --column. Known: " + known));
        }
        return column.get();
    }

    /** Writes the item (and its images) inside the column; the target must not exist unless {@code force}. */
    private String write(Path source, Column column, String text, Map<String, byte[]> media, boolean bundle,
            boolean force) throws IOException, ImportRefusal {
        String columnDir = ContentLoader.ROOT + "/" + column.path();
        String name = today + "-" + slug(source);
        String itemDir = columnDir + "/" + name;
        String repoPath = bundle ? itemDir + "/index.md" : itemDir + ".md";
        Path target = RepoPaths.resolveInside(siteRoot, repoPath);
        Path columnRoot = RepoPaths.resolveInside(siteRoot, columnDir).normalize();
        if (!target.normalize().startsWith(columnRoot)) {
            throw new ImportRefusal(Text.of("目标路径不在栏目内：" + repoPath, "target is outside the column: " + repoPath));
        }
        boolean exists = Files.exists(RepoPaths.resolveInside(siteRoot, itemDir + ".md"))
                || Files.exists(RepoPaths.resolveInside(siteRoot, itemDir));
        if (exists && !force) {
            throw new ImportRefusal(Text.of("稿件已存在：" + itemDir + "，如需覆盖请加 --force",
                    "item exists: " + itemDir + "; add --force to overwrite it"));
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> m : media.entrySet()) {
            Files.write(target.getParent().resolve(m.getKey()), m.getValue());
        }
        return repoPath;
    }

    private static List<ImportResult.Filled> filled(FrontMatterDraft fm, GongwenLayout.Layout layout, Column column,
            boolean suggested, boolean genreFromTitle, List<Text> missing) {
        List<ImportResult.Filled> out = new ArrayList<>();
        out.add(new ImportResult.Filled(suggested ? Text.of("栏目（推荐）", "column (suggested)")
                : Text.of("栏目", "column"), column.id()));
        if (fm.title().isEmpty()) {
            missing.add(Text.of("未找到标题：请填写 title", "no title found: fill in title"));
        } else {
            out.add(new ImportResult.Filled(Text.of("标题 title", "title"), fm.title()));
        }
        layout.issuerMark().ifPresent(v -> out.add(new ImportResult.Filled(Text.of("发文机关标志", "issuer mark (发文机关标志)"), v)));
        layout.docNo().ifPresentOrElse(v -> out.add(new ImportResult.Filled(Text.of("文号 doc-no", "doc-no"), v)),
                () -> missing.add(Text.of("未找到发文字号（非公文可留空）", "no doc-no found (leave empty if not a 公文)")));
        layout.addressee().ifPresent(v -> out.add(new ImportResult.Filled(Text.of("主送机关（保留在正文开头）", "addressee (主送机关, kept atop the body)"), v)));
        layout.signature().ifPresent(v -> out.add(new ImportResult.Filled(Text.of("信息来源 source（发文机关署名）", "source (signature)"), v)));
        layout.created().ifPresentOrElse(v -> out.add(new ImportResult.Filled(Text.of("成文日期 created", "created"), v.toString())),
                () -> missing.add(Text.of("未找到成文日期：created 暂填今天", "no 成文日期 found: created is today for now")));
        out.add(new ImportResult.Filled(genreFromTitle ? Text.of("体裁 genre（据标题文种）", "genre (from the title)")
                : Text.of("体裁 genre（栏目默认）", "genre (column default)"), fm.genre()));
        out.add(new ImportResult.Filled(Text.of("索引号 index-no", "index-no"), fm.indexNo()));
        fm.attachments().forEach(a -> out.add(new ImportResult.Filled(Text.of("附件 attachments", "attachments"), a)));
        if (!fm.attachments().isEmpty()) {
            missing.add(Text.of("附件说明所列附件需放入稿件目录并填写 file", "attachments named in 附件说明: put the files in the bundle and fill in file"));
        }
        return out;
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file's base name in letters, digits, '-' and '_' only (no path can come out of it); "import" if none. */
    private static String slug(Path source) {
        String n = source.getFileName().toString();
        String base = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
        String s = base.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "import" : s;
    }
}

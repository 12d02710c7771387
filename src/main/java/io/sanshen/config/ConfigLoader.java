package io.sanshen.config;

import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.yaml.SafeYaml;
import io.sanshen.yaml.YamlMap;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Decodes {@code site-config.yml}: top-level sections are read by their own small readers, then cross-checked. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static ConfigResult load(Path siteRoot) throws IOException {
        return load(siteRoot, workTreeFiles(siteRoot));
    }

    /** Reads the config of {@code siteRoot}; key files named in it come from {@code files}. */
    public static ConfigResult load(Path siteRoot, ConfigFiles files) throws IOException {
        Path file = siteRoot.resolve(SiteConfig.FILE);
        if (Files.isSymbolicLink(file)) {
            Findings sink = new Findings();
            sink.error("config.symlink", SourcePos.file(SiteConfig.FILE),
                    Text.of("拒绝读取 site-config.yml：它是符号链接，可能指向仓库之外。",
                            "Refusing site-config.yml: it is a symbolic link and may point outside the repository."),
                    Text.of("把配置文件本身放在站点根目录，而不是链接。", "Keep the config file itself in the site root, not a link."));
            return new ConfigResult(Optional.empty(), sink.sorted());
        }
        if (!Files.isRegularFile(file)) {
            Findings sink = new Findings();
            sink.error("config.missing", SourcePos.file(SiteConfig.FILE),
                    Text.of("找不到站点配置文件 site-config.yml（在 " + siteRoot + "）。",
                            "site-config.yml not found in " + siteRoot + "."),
                    Text.of("在站点根目录创建 site-config.yml，或用 --site 指定站点目录。",
                            "Create site-config.yml in the site root, or point --site at the site directory."));
            return new ConfigResult(Optional.empty(), sink.sorted());
        }
        return parse(Files.readAllBytes(file), files);
    }

    /** Key files resolved below {@code siteRoot}; symbolic links and paths leaving the root are not read. */
    public static ConfigFiles workTreeFiles(Path siteRoot) {
        Path root = siteRoot.toAbsolutePath().normalize();
        return repoPath -> {
            Path p = root.resolve(repoPath).normalize();
            if (!p.startsWith(root) || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(p));
        };
    }

    /** Parses config text that refers to no key files. */
    public static ConfigResult parse(byte[] bytes) {
        return parse(bytes, ConfigFiles.none());
    }

    /** Parses config text; OpenPGP key files it names are read through {@code files}. */
    public static ConfigResult parse(byte[] bytes, ConfigFiles files) {
        Findings sink = new Findings();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            sink.error("config.encoding", SourcePos.file(SiteConfig.FILE),
                    Text.of("site-config.yml 不是 UTF-8 编码。", "site-config.yml is not UTF-8 encoded."),
                    Text.of("用编辑器以 UTF-8 编码另存该文件。", "Save the file as UTF-8."));
            return new ConfigResult(Optional.empty(), sink.sorted());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<Node> root = SafeYaml.compose(text, SiteConfig.FILE, 0, sink);
        Optional<YamlMap> top = root.flatMap(n -> YamlMap.of(n, SiteConfig.FILE, 0, sink,
                Text.of("站点配置", "The site configuration")));
        if (top.isEmpty()) {
            if (root.isEmpty() && sink.isEmpty()) {
                sink.error("config.empty", new SourcePos(SiteConfig.FILE, 1, 1),
                        Text.of("site-config.yml 是空的。", "site-config.yml is empty."),
                        Text.of("参照 README 中的配置说明填写。", "Fill it in as the README's config reference shows."));
            }
            return new ConfigResult(Optional.empty(), sink.sorted());
        }
        YamlMap map = top.get();
        Optional<SiteInfo> site = map.map("site").map(SiteSectionReader::read);
        if (!map.has("site")) {
            map.required("site", Text.of("站点信息", "site identity"));
        }
        List<Unit> units = UnitsReader.read(map);
        List<Column> columns = ColumnsReader.read(map);
        List<String> navigation = map.strings("navigation");
        Vocabularies vocab = map.map("vocabularies").map(ConfigLoader::vocabularies)
                .orElse(new Vocabularies(List.of(), List.of(), List.of()));
        ChecksConfig checks = map.map("checks").map(ChecksReader::read).orElse(ChecksConfig.defaults());
        ReviewPolicy review = reviewPolicy(map, files);
        DeployConfig deploy = map.map("deploy").map(m -> DeployReader.read(m, files)).orElse(DeployConfig.none());
        map.rejectUnknown();
        if (site.isEmpty()) {
            return new ConfigResult(Optional.empty(), sink.sorted());
        }
        SiteConfig config = new SiteConfig(site.get(), units, columns, navigation, vocab, checks, review, deploy);
        ConfigValidator.validate(config, map, sink);
        ReviewPolicyValidator.validate(config, map.keyPos("review"), sink);
        return new ConfigResult(sink.hasBlockers() ? Optional.empty() : Optional.of(config), sink.sorted());
    }

    private static ReviewPolicy reviewPolicy(YamlMap map, ConfigFiles files) {
        ReviewPolicy base = map.map("review").map(ReviewReader::read).orElse(ReviewPolicy.unconfigured());
        boolean configured = map.has("reviewers");
        List<Reviewer> reviewers = ReviewersReader.read(map, files);
        return new ReviewPolicy(configured, base.version(), base.levels(), base.confidentiality(), base.deadlineDays(),
                base.holidays(), base.workdays(), base.admins(), base.adminThreshold(), base.keyRotationMonths(),
                base.migration(), reviewers);
    }

    private static Vocabularies vocabularies(YamlMap m) {
        Vocabularies v = new Vocabularies(new ArrayList<>(m.strings("topics", "主题分类")),
                new ArrayList<>(m.strings("categories", "组配分类")), new ArrayList<>(m.strings("genres", "体裁分类")));
        m.rejectUnknown();
        return v;
    }
}

package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.config.ChecksConfig;
import io.sanshen.content.Item;
import io.sanshen.content.LinkTarget;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 错链: a link whose text names a site or document but whose target is another one: a domain in the text that is
 * not the link's host, a well-known site name (中国政府网, 人民网 …, the site's own title) linking outside that
 * site, any link to a denied domain, and 《文件名》 linking to an item with a different title.
 */
public final class WrongLinkRule implements Rule {
    public static final String ID = "link.wrong";
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:https?://)?((?:[a-z0-9-]+\\.)+(?:cn|com|net|org|gov|edu|info))\\b");
    private static final Pattern DOC_TITLE = Pattern.compile("《([^》]{2,})》");
    private static final List<String> SUFFIXES = List.of("", "网站", "门户网站", "官网", "官方网站", "首页", "网");

    private final Map<String, List<String>> namedSites = new LinkedHashMap<>();
    private final List<String> denied;
    private final RunResources resources;

    public WrongLinkRule(CheckContext ctx) {
        namedSites.put("中国政府网", List.of("gov.cn"));
        namedSites.put("中华人民共和国中央人民政府", List.of("gov.cn"));
        namedSites.put("人民网", List.of("people.com.cn"));
        namedSites.put("新华网", List.of("xinhuanet.com", "news.cn"));
        namedSites.put("江苏省人民政府", List.of("jiangsu.gov.cn"));
        host(ctx.config().site().baseUrl()).ifPresent(h -> namedSites.put(ctx.config().site().title(), List.of(h)));
        this.denied = ctx.checks().denyDomains();
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("链接文字与链接目标不符或指向禁止的域名（错链）", "Link text naming another target, or links to denied domains");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (BodyLink link : BodyLinks.of(doc.markdown())) {
            if (link.kind() == BodyLink.Kind.IMAGE) {
                continue;
            }
            if (link.isWeb()) {
                host(link.url()).ifPresent(h -> checkWeb(doc, link, h, out));
            } else if (link.isRelative()) {
                checkDocumentTitle(doc, link, out);
            }
        }
    }

    private void checkWeb(ItemDocument doc, BodyLink link, String host, Consumer<Finding> out) {
        for (String d : denied) {
            if (ChecksConfig.hostMatches(host, d)) {
                out.accept(block(doc, link, Text.of("链接指向禁止链接的域名 " + d + "。", "Link points to denied domain " + d + "."),
                        Text.of("删除该链接，或改为经审核的权威来源。", "Remove the link or use a vetted, authoritative source.")));
                return;
            }
        }
        Matcher m = DOMAIN.matcher(link.text());
        while (m.find()) {
            String named = m.group(1).toLowerCase(Locale.ROOT);
            if (!sameSite(host, named)) {
                out.accept(block(doc, link, Text.of("链接文字写的是 " + named + "，实际却指向 " + host + "。",
                                "Link text says " + named + " but the link goes to " + host + "."),
                        Text.of("把链接地址改为 " + named + " 上的正确页面，或改正链接文字。",
                                "Point the link at the right page on " + named + ", or correct the text.")));
                return;
            }
        }
        String text = link.text().replaceAll("[\\s《》“”\"]", "");
        for (Map.Entry<String, List<String>> site : namedSites.entrySet()) {
            if (names(text, site.getKey()) && site.getValue().stream().noneMatch(h -> ChecksConfig.hostMatches(host, h))) {
                out.accept(block(doc, link, Text.of("链接文字为“" + site.getKey() + "”，实际却指向 " + host + "。",
                                "Link text names " + site.getKey() + " but the link goes to " + host + "."),
                        Text.of("改为 " + site.getValue().get(0) + " 的地址，或改正链接文字。",
                                "Use an address on " + site.getValue().get(0) + ", or correct the text.")));
                return;
            }
        }
    }

    private void checkDocumentTitle(ItemDocument doc, BodyLink link, Consumer<Finding> out) {
        Matcher m = DOC_TITLE.matcher(link.text());
        if (!m.find()) {
            return;
        }
        LinkTarget resolved = resources.siteTargets().resolve(doc.path(), link.target());
        Optional<Item> target = resolved.kind() == LinkTarget.Kind.ITEM ? Optional.of(resolved.item()) : Optional.empty();
        if (target.isPresent() && !TitleSimilarity.matches(m.group(1), target.get().title())) {
            out.accept(doc.finding(ID, Severity.WARNING, link.start(), link.end(),
                    Text.of("链接文字《" + m.group(1) + "》与目标信息标题“" + target.get().title() + "”不符。",
                            "Link text 《" + m.group(1) + "》 does not match the target's title '" + target.get().title() + "'."),
                    Text.of("核对链接是否指向了该文件；如指向正确，请改正链接文字。",
                            "Check that the link points to that document; if it does, correct the text.")));
        }
    }

    private static boolean names(String text, String name) {
        return SUFFIXES.stream().anyMatch(s -> text.equals(name + s));
    }

    private static boolean sameSite(String host, String named) {
        String a = host.startsWith("www.") ? host.substring(4) : host;
        String b = named.startsWith("www.") ? named.substring(4) : named;
        return ChecksConfig.hostMatches(a, b) || ChecksConfig.hostMatches(b, a);
    }

    private Finding block(ItemDocument doc, BodyLink link, Text message, Text fix) {
        return doc.finding(ID, Severity.BLOCKER, link.start(), link.end(), message, fix);
    }

    static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return Optional.ofNullable(h).map(x -> x.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

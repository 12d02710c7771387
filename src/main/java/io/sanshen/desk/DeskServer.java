package io.sanshen.desk;

import io.sanshen.approve.KeyChoice;
import io.sanshen.approve.ReviewRepo;
import io.sanshen.approve.SignerIdentity;
import io.sanshen.config.Reviewer;
import io.sanshen.diag.Text;
import io.sanshen.ledger.FormBuilder;
import io.sanshen.ledger.FormHtml;
import io.sanshen.ledger.FormType;
import io.sanshen.review.PathReview;
import io.sanshen.serve.HttpRequest;
import io.sanshen.serve.LoopbackServer;
import io.sanshen.serve.Refusal;
import io.sanshen.serve.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.lib.Repository;

/**
 * The desk's web server: the queue ({@code /}), an item ({@code /item?path=}), a decision ({@code POST /decide}),
 * the printable forms ({@code /form?type=&path=}) and the two builds the item page frames ({@code /proposed/…},
 * {@code /online/…}). Every request needs the session cookie; see {@link DeskSession}.
 */
public final class DeskServer implements AutoCloseable {
    private static final String SECURITY_HEADERS_CSP = "default-src 'self'; frame-ancestors 'self'; form-action 'self'";

    private final Path siteRoot;
    private final Optional<Path> keyFile;
    private final LocalDate today;
    private final PrintWriter log;
    private final LoopbackServer http;
    private final DeskSession session;
    private final DeskState state;
    private final Decide decide;

    /**
     * @param keyFile the reviewer's key ({@code --key}); empty: the git signing configuration names it
     */
    public DeskServer(Path siteRoot, int port, Optional<Path> keyFile, LocalDate today, PrintWriter log) throws IOException {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.keyFile = keyFile;
        this.today = today;
        this.log = log;
        this.http = new LoopbackServer(port, this::handle, true);
        this.session = new DeskSession(http.port());
        this.state = new DeskState(this.siteRoot, today);
        this.decide = new Decide(this.siteRoot, today, log);
    }

    /** Reads the review state, starts serving; returns the address that opens the session. */
    public URI start() throws IOException {
        state.snapshot();
        http.start();
        return URI.create("http://127.0.0.1:" + http.port() + session.startPath());
    }

    private Reply handle(HttpRequest r) throws IOException, Refusal {
        String path = r.path();
        if (path.equals("/start")) {
            if (!session.opens(r.query())) {
                throw new Refusal(403, Text.of("地址中的会话令牌不对。", "The session token in the address is wrong."));
            }
            return Reply.seeOther("/").with("Set-Cookie", session.cookie());
        }
        session.checkCookie(r);
        if (path.equals("/assets/desk.css")) {
            return Reply.of(200, "text/css", DeskHtml.CSS.getBytes(StandardCharsets.UTF_8));
        }
        if (path.startsWith("/proposed/") || path.startsWith("/online/")) {
            return builtFile(path);
        }
        DeskState.Snapshot snap = state.snapshot();
        FormBody query = FormBody.parse(r.query());
        Optional<Reviewer> me = reviewer(snap);
        String who = me.map(x -> "审核人：" + x.name()).orElse("未识别审核人（用 --key 指定签名密钥）");
        return switch (path) {
            case "/" -> page(new QueuePage(snap, me, today, Authors.of(siteRoot, snap.head(), snap.report().paths().stream()
                    .filter(p -> !p.waitingFor().isEmpty()).map(PathReview::path).toList())).render(query.get("column")));
            case "/item" -> item(snap, nfc(query.get("path")), who, "");
            case "/form" -> form(snap, nfc(query.get("path")), query.get("type"));
            case "/decide" -> {
                if (!r.method().equals("POST")) {
                    throw new Refusal(405, Text.of("请从审核页面提交决定。", "Send decisions from the item page."));
                }
                FormBody form = FormBody.parse(r.body());
                session.checkForm(r, form);
                yield page(decide.run(form, who, state, session.token()));
            }
            case "/push" -> {
                if (!r.method().equals("POST")) {
                    throw new Refusal(405, Text.of("请用页面上的按钮推送。", "Push with the button on the page."));
                }
                FormBody form = FormBody.parse(r.body());
                session.checkForm(r, form);
                yield page(DeskHtml.page("推送结果 · 三审审核台", who, "<h1>推送结果</h1>" + Push.run(siteRoot)
                        + "<p><a href=\"/\">返回我的待办</a></p>"));
            }
            default -> throw new Refusal(404, Text.of("没有这个页面。", "No such page."));
        };
    }

    private Reply item(DeskState.Snapshot snap, String path, String who, String notice) throws IOException, Refusal {
        PathReview p = snap.report().path(path).orElseThrow(() -> new Refusal(404,
                Text.of(path + "：HEAD 中没有这个需审核的文件。", path + ": no reviewed file at HEAD.")));
        return page(new ItemPage(siteRoot, snap, details(snap)).render(p, who, session.token(),
                keyFile.map(Path::toString), notice));
    }

    private Reply form(DeskState.Snapshot snap, String path, String type) throws IOException, Refusal {
        FormType t = FormType.parse(type).orElseThrow(() -> new Refusal(404, Text.of("未知表格：" + type, "unknown form: " + type)));
        try (Repository repo = ReviewRepo.open(siteRoot)) {
            DeskState.Details d = details(snap);
            return Reply.html(200, FormHtml.render(new FormBuilder(repo, d.logged(), d.ledger()).build(path, t)));
        } catch (FormBuilder.FormException e) {
            throw new Refusal(404, e.problem());
        }
    }

    private Reply builtFile(String path) throws IOException, Refusal {
        DeskState.Sites sites = details(state.snapshot()).sites();
        boolean proposed = path.startsWith("/proposed/");
        Path root = proposed ? sites.proposed() : sites.online();
        Path file = root.resolve(path.substring(proposed ? "/proposed/".length() : "/online/".length())).normalize();
        if (!file.startsWith(root)) {
            throw new Refusal(403, Text.of("不能访问站点目录以外的文件。", "Files outside the site cannot be served."));
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refusal(404, Text.of("没有这个页面。", "No such page."));
        }
        String name = file.getFileName().toString();
        return Reply.of(200, Reply.typeOf(name), Files.readAllBytes(file));
    }

    private DeskState.Details details(DeskState.Snapshot snap) throws IOException {
        try {
            return snap.details().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException("building the item pages failed: " + e.getCause(), e.getCause());
        }
    }

    private Optional<Reviewer> reviewer(DeskState.Snapshot snap) throws IOException {
        try (Repository repo = ReviewRepo.open(siteRoot)) {
            return SignerIdentity.fingerprint(repo, keyFile.orElse(null))
                    .flatMap(f -> snap.report().policy().flatMap(c -> c.review().reviewerByKey(f)));
        }
    }

    private static Reply page(String html) {
        return Reply.html(200, html).with("Content-Security-Policy", SECURITY_HEADERS_CSP)
                .with("X-Frame-Options", "DENY").with("Referrer-Policy", "same-origin"); // not no-referrer: with it, a form's Origin is "null"
    }

    private static String nfc(String path) {
        return Normalizer.normalize(path.replace('\\', '/'), Normalizer.Form.NFC);
    }

    @Override
    public void close() {
        http.close();
        state.close();
        log.flush();
    }

    static KeyChoice keyOf(FormBody form) {
        String key = form.get("key").strip();
        return new KeyChoice(key.isEmpty() ? Optional.empty() : Optional.of(Path.of(key)),
                form.get("passphrase").toCharArray());
    }
}

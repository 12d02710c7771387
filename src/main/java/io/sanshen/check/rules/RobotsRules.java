package io.sanshen.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one host's robots.txt (RFC 9309) that apply to Sanshen: the group naming our product token, else the
 * {@code *} group. The longest matching {@code Allow}/{@code Disallow} path wins, {@code Allow} on a tie;
 * {@code *} and a final {@code $} work as in the RFC.
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Line(false, "/", Pattern.compile("/.*"))));

    private record Line(boolean allow, String path, Pattern pattern) {
    }

    private final List<Line> lines;

    private RobotsRules(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** {@code token}: our product token, lower case ({@code sanshen}). */
    static RobotsRules parse(String text, String token) {
        List<Line> ours = new ArrayList<>();
        List<Line> any = new ArrayList<>();
        boolean oursFound = false;
        boolean inOurs = false;
        boolean inAny = false;
        boolean agentsOpen = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!agentsOpen) {
                    inOurs = false;
                    inAny = false;
                    agentsOpen = true;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals(token)) {
                    inOurs = true;
                    oursFound = true;
                } else if (agent.equals("*")) {
                    inAny = true;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                agentsOpen = false;
                if (value.isEmpty()) {
                    continue;
                }
                Line l = new Line(key.equals("allow"), value, pattern(value));
                if (inOurs) {
                    ours.add(l);
                }
                if (inAny) {
                    any.add(l);
                }
            } else {
                agentsOpen = false;
            }
        }
        return new RobotsRules(oursFound ? ours : any);
    }

    /** {@code pathAndQuery}: the raw path (with its query) of the URL to fetch. */
    boolean allows(String pathAndQuery) {
        String p = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Line best = null;
        for (Line l : lines) {
            if (l.pattern().matcher(p).lookingAt() && (best == null || l.path().length() > best.path().length()
                    || l.path().length() == best.path().length() && l.allow())) {
                best = l;
            }
        }
        return best == null || best.allow();
    }

    private static Pattern pattern(String path) {
        boolean anchored = path.endsWith("$");
        String body = anchored ? path.substring(0, path.length() - 1) : path;
        StringBuilder re = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (re.length() > 0) {
                re.append(".*");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re + (anchored ? "$" : ""));
    }
}

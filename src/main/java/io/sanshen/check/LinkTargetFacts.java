package io.sanshen.check;

import io.sanshen.content.Item;
import io.sanshen.content.PublicationWindow;
import io.sanshen.diag.Digests;
import io.sanshen.diag.Text;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What the link rules of other items read from an item they link to, for {@link FindingCache}'s site key: its
 * title (《文件名》 links), why it is offline (a link to it), and its heading ids (anchors). Heading ids are not
 * computed, which would parse every item: every line that could make or change one goes into the key instead
 * (any line with a '#', any link reference definition, and the whole body when a line could underline a heading),
 * so a change that could move an id changes the key, and an edit of an item's plain text changes nothing the other
 * items' links are judged by.
 */
final class LinkTargetFacts {
    private static final Pattern UNDERLINE = Pattern.compile("(?m)^[ \\t]*(?:=+|-+)[ \\t]*$");

    private LinkTargetFacts() {
    }

    /** Adds the item's facts; {@code headings} is {@link #headings} of the item (kept while its bytes are). */
    static void add(MessageDigest d, Item item, LocalDate today, byte[] headings) {
        Digests.text(d, item.title());
        Digests.text(d, PublicationWindow.offlineReason(item, today, false).map(Text::en).orElse(""));
        d.update(headings);
    }

    /** The digest of every line of the item's body that could make or change a heading id. */
    static byte[] headings(Item item) {
        MessageDigest d = Digests.sha256();
        String body = item.body();
        if (UNDERLINE.matcher(body).find()) {
            Digests.text(d, "body");
            Digests.text(d, body);
            return d.digest();
        }
        java.util.List<String> lines = body.lines().filter(l -> l.indexOf('#') >= 0 || l.contains("]:")).toList();
        Digests.text(d, "heading lines " + lines.size());
        lines.forEach(l -> Digests.text(d, l));
        return d.digest();
    }
}

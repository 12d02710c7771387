package io.sanshen.content.attachment;

import io.sanshen.content.attachment.ActiveContent.Kind;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds what would run or load when an SVG is opened from the portal: script elements, {@code on…} handlers,
 * {@code javascript:} and HTML {@code data:} links, embedded HTML ({@code foreignObject}), external references (in
 * links, CSS {@code url()}, {@code @import}, {@code xml-stylesheet}). Parsed as a stream by the JDK's own StAX
 * parser with DTDs and external entities off: a DOCTYPE or an entity is itself a finding, never expanded (no XXE,
 * no entity bombs). Anything that cannot be parsed is a finding too: what is not understood is not published.
 */
final class SvgScanner {
    /** Charts and logos are small; larger SVG files are not parsed. */
    static final int MAX_BYTES = 10 << 20;
    /** Enough to show what is wrong; a hostile file could otherwise fill the report. */
    static final int MAX_FINDINGS = 50;

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("script", "handler", "listener");
    private static final Set<String> EMBEDDING_ELEMENTS = Set.of("foreignobject", "iframe", "embed", "object",
            "frame", "frameset", "applet", "include");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion",
            "animatecolor");
    private static final Pattern SCHEME = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:|//)");
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?:java|vb|live)script:");
    private static final Pattern DATA = Pattern.compile("data:(?!image/(?:png|jpe?g|gif|webp)[;,])");
    private static final Pattern CSS_URL = Pattern.compile("url\\(['\"]?((?:[a-z][a-z0-9+.-]*:|//)[^'\")]*)");
    private static final Pattern CSS_SCRIPT = Pattern.compile("expression\\(|-moz-binding|behavior:");
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']");

    private final List<ActiveContent> found = new ArrayList<>();
    private String text;
    private int[] lineStarts;

    private SvgScanner() {
    }

    /** Reports every active part of {@code bytes} to {@code sink}; a file too large to parse is an error. */
    static void scan(byte[] bytes, InspectionSink sink) {
        if (bytes.length > MAX_BYTES) {
            sink.error(ProblemKind.TOO_LARGE, bytes.length + " bytes, SVG limit " + MAX_BYTES);
            return;
        }
        scan(bytes).forEach(sink::active);
    }

    static List<ActiveContent> scan(byte[] bytes) {
        SvgScanner scanner = new SvgScanner();
        scanner.run(bytes);
        return List.copyOf(scanner.found);
    }

    private void run(byte[] bytes) {
        try {
            text = decode(bytes).replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException | IllegalArgumentException e) {
            found.add(ActiveContent.document(Kind.MALFORMED, "encoding: " + e.getMessage()));
            return;
        }
        lineStarts = lineStarts(text);
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            walk(reader);
        } catch (XMLStreamException | RuntimeException e) {
            Location at = reader == null ? null : reader.getLocation();
            String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().replaceAll("\\s+", " ").replaceFirst("^ParseError at \\[row,col]:\\[\\d+,\\d+] Message: ", "");
            found.add(at == null || at.getLineNumber() < 1 ? ActiveContent.document(Kind.MALFORMED, detail)
                    : new ActiveContent(at.getLineNumber(), Math.max(1, at.getColumnNumber()), Kind.MALFORMED, detail));
        } finally {
            close(reader);
        }
    }

    private void walk(XMLStreamReader r) throws XMLStreamException {
        boolean root = true;
        int inStyle = 0;
        while (r.hasNext() && found.size() < MAX_FINDINGS) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    found.add(atEnd(r, Kind.DOCTYPE, "<!DOCTYPE>"));
                    return;
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> found.add(atEnd(r, Kind.DOCTYPE, "&" + r.getLocalName() + ";"));
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if ("xml-stylesheet".equalsIgnoreCase(r.getPITarget())) {
                        found.add(atEnd(r, Kind.EXTERNAL_REFERENCE, "<?xml-stylesheet?>"));
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    int[] pos = elementStart(r.getLocation());
                    if (root && !isSvgRoot(r)) {
                        found.add(new ActiveContent(pos[0], pos[1], Kind.NOT_SVG, "<" + r.getLocalName() + ">"));
                    }
                    root = false;
                    element(r, pos);
                    inStyle += r.getLocalName().equals("style") ? 1 : 0;
                }
                case XMLStreamConstants.END_ELEMENT -> inStyle -= r.getLocalName().equals("style") && inStyle > 0 ? 1 : 0;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (inStyle > 0) {
                        css(r.getText(), elementStart(r.getLocation()), "<style>");
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean isSvgRoot(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return r.getLocalName().equals("svg") && (ns == null || ns.isEmpty() || ns.equals(SVG_NS));
    }

    private void element(XMLStreamReader r, int[] pos) {
        String name = r.getLocalName();
        String lower = name.toLowerCase(Locale.ROOT);
        String tag = "<" + name + ">";
        if (SCRIPT_ELEMENTS.contains(lower)) {
            add(pos, Kind.SCRIPT, tag);
        } else if (EMBEDDING_ELEMENTS.contains(lower) || XHTML_NS.equals(r.getNamespaceURI())) {
            add(pos, Kind.EMBEDDED_HTML, tag);
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String attr = r.getAttributeLocalName(i);
            String attrLower = attr.toLowerCase(Locale.ROOT);
            String value = r.getAttributeValue(i);
            String squeezed = squeeze(value);
            String what = tag + " " + attr + "=\"" + shorten(value) + "\"";
            if (attrLower.startsWith("on")) {
                add(pos, Kind.EVENT_HANDLER, what);
            } else if (SCRIPT_SCHEME.matcher(squeezed).find() || DATA.matcher(squeezed).find()) {
                add(pos, Kind.SCRIPT_URL, what);
            } else if (ANIMATIONS.contains(lower) && attrLower.equals("attributename")
                    && (squeezed.endsWith("href") || squeezed.startsWith("on"))) {
                add(pos, Kind.SCRIPT_URL, what);
            } else if ((attrLower.equals("href") || attrLower.equals("src")) && SCHEME.matcher(squeezed).find()
                    && !squeezed.startsWith("data:")) {
                add(pos, Kind.EXTERNAL_REFERENCE, what);
            } else {
                css(value, pos, what);
            }
        }
    }

    /** CSS in a style element or attribute (and url() in presentation attributes such as fill). */
    private void css(String value, int[] pos, String what) {
        String squeezed = squeeze(value);
        if (SCRIPT_SCHEME.matcher(squeezed).find() || CSS_SCRIPT.matcher(squeezed).find()) {
            add(pos, Kind.SCRIPT_URL, what);
            return;
        }
        Matcher url = CSS_URL.matcher(squeezed);
        while (url.find()) {
            if (!url.group(1).startsWith("data:")) {
                add(pos, Kind.EXTERNAL_REFERENCE, what);
                return;
            }
            if (DATA.matcher(url.group(1)).lookingAt()) {
                add(pos, Kind.SCRIPT_URL, what);
                return;
            }
        }
        if (squeezed.contains("@import")) {
            add(pos, Kind.EXTERNAL_REFERENCE, what);
        }
    }

    /** One finding per element and kind: the first attribute that shows it is enough to act on. */
    private void add(int[] pos, Kind kind, String detail) {
        ActiveContent last = found.isEmpty() ? null : found.get(found.size() - 1);
        boolean repeat = last != null && last.line() == pos[0] && last.column() == pos[1] && last.kind() == kind;
        if (!repeat && found.size() < MAX_FINDINGS) {
            found.add(new ActiveContent(pos[0], pos[1], kind, detail));
        }
    }

    private static ActiveContent atEnd(XMLStreamReader r, Kind kind, String detail) {
        Location at = r.getLocation();
        return new ActiveContent(Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber()), kind, detail);
    }

    /**
     * The parser reports where a start tag ends; the element starts at the last {@code <} before that ({@code <}
     * cannot occur inside a tag), so a finding points at the element as the editor sees it.
     */
    private int[] elementStart(Location end) {
        int line = Math.max(1, end.getLineNumber());
        if (line > lineStarts.length) {
            return new int[] {line, Math.max(1, end.getColumnNumber())};
        }
        int offset = Math.min(text.length(), lineStarts[line - 1] + Math.max(0, end.getColumnNumber() - 1));
        int lt = text.lastIndexOf('<', Math.max(0, offset - 1));
        if (lt < 0) {
            return new int[] {line, Math.max(1, end.getColumnNumber())};
        }
        int startLine = line;
        while (startLine > 1 && lineStarts[startLine - 1] > lt) {
            startLine--;
        }
        return new int[] {startLine, lt - lineStarts[startLine - 1] + 1};
    }

    /** Lower case without whitespace and control characters, as browsers read URLs ({@code java&#9;script:}). */
    private static String squeeze(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c > 0x20 && !Character.isISOControl(c))
                .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    private static String shorten(String value) {
        String v = value.replaceAll("\\s+", " ").strip();
        return v.length() <= 60 ? v : v.substring(0, 57) + "...";
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Strict decoding by BOM, UTF-16 without BOM, or the XML declaration's encoding; UTF-8 otherwise. */
    private static String decode(byte[] b) throws CharacterCodingException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b.length >= 2 && b[0] == 0 && b[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
        } else if (b.length >= 2 && b[0] == '<' && b[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            Matcher m = ENCODING.matcher(new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                charset = Charset.forName(m.group(1));
            }
        }
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing to release for a string reader
            }
        }
    }
}

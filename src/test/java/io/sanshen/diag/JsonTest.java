package io.sanshen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the one JSON writer produces is valid JSON, read back by a real parser from UTF-8 bytes, for nasty strings. */
class JsonTest {
    private static final List<String> NASTY = nasty();

    private static List<String> nasty() {
        List<String> out = new ArrayList<>(List.of("", "\"", "\\", "\\\"", "a\"b\\c", "政务公开《通知》“引号”",
                "\u2028\u2029", "</script><script>alert(1)</script>", "\ud800", "\udc00", "x\ud83d", "\ude00x",
                "\ude00\ud83d", "\ud83d\ude00 emoji", "\u007f\u0085\ufeff\uffff", "tab\tcr\rlf\n"));
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        out.add(controls.toString());
        return out;
    }

    @Test
    void prettyAndCompactOutputParseBackToTheSameStrings() throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        for (int i = 0; i < NASTY.size(); i++) {
            doc.put(NASTY.get(i), List.of(NASTY.get(i), i, true));
        }
        doc.put("null", null);
        StringBuilder pretty = new StringBuilder();
        Json.pretty(doc, pretty);
        for (String json : List.of(pretty.toString(), Json.compact(doc))) {
            List<String> strings = strings(json);
            List<String> expected = new ArrayList<>();
            NASTY.forEach(s -> {
                expected.add(readable(s));
                expected.add(readable(s));
            });
            expected.add("null");
            assertThat(strings).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void scriptStringsCannotCloseAScriptAndStayValid() throws IOException {
        for (String s : NASTY) {
            String json = Json.scriptString(new StringBuilder(), s).toString();
            assertThat(json).doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029");
            assertThat(strings(json)).containsExactly(readable(s));
        }
    }

    @Test
    void formatsAreStable() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of());
        m.put("b", List.of(1, "x"));
        m.put("c", Map.of());
        assertThat(Json.compact(m)).isEqualTo("{\"a\":[],\"b\":[1,\"x\"],\"c\":{}}");
        assertThat(Json.compact("\u0001\u2028")).isEqualTo("\"\\u0001\\u2028\"");
    }

    /** {@code s} with each unpaired surrogate replaced by U+FFFD, as UTF-8 text can carry it. */
    private static String readable(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }

    /** Every string token (names and values) of {@code json}, parsed strictly from its UTF-8 bytes. */
    private static List<String> strings(String json) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }
}

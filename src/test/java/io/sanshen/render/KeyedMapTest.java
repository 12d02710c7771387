package io.sanshen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list page's key adds each card's digest, made once per card: so a card must stay as it was made. */
class KeyedMapTest {
    private static byte[] key(Object items) {
        return PageKeys.model("inputs", "list.ftlh", "news/index.html", Map.of("items", items));
    }

    @Test
    void aPageKeyFollowsTheValuesOfItsCards() {
        byte[] key = key(List.of(new KeyedMap(new HashMap<>(Map.of("title", "甲")))));
        assertThat(key(List.of(new KeyedMap(new HashMap<>(Map.of("title", "甲")))))).isEqualTo(key);
        assertThat(key(List.of(new KeyedMap(new HashMap<>(Map.of("title", "乙")))))).isNotEqualTo(key);
        assertThat(key(List.of(new KeyedMap(new HashMap<>(Map.of("title", "甲", "summary", "")))))).isNotEqualTo(key);
        Map<String, Object> odd = new HashMap<>(Map.of("title", "甲", "when", java.time.LocalDate.of(2026, 6, 1)));
        assertThat(key(List.of(new KeyedMap(odd)))).as("a value the key cannot see: never reused").isNull();
    }

    @Test
    void aCardCannotBeChangedAfterItIsMade() {
        KeyedMap card = new KeyedMap(new HashMap<>(Map.of("title", "甲")));
        assertThat(card).containsEntry("title", "甲").hasSize(1);
        assertThatThrownBy(() -> card.put("html", "<p>")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> card.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}

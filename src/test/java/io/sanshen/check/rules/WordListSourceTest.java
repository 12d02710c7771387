package io.sanshen.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.text.TextRules;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListSourceTest {
    @Test
    void usesTheSiteFolderAndReportsProblemsByRepositoryPath(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("rules"));
        Files.writeString(site.resolve("rules/typos.txt"), "再接再励 => 再接再厉\n甲\n");
        TextRules rules = WordListSource.load(site, "rules", ClassLoader.getPlatformClassLoader());
        assertThat(rules.words().find("要再接再励")).hasSize(1);
        assertThat(rules.problems()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("rules/typos.txt"));
    }

    @Test
    void fallsBackToTheShippedListsOnTheClassPath(@TempDir Path site, @TempDir Path jar) throws Exception {
        Path shipped = Files.createDirectories(jar.resolve(WordListSource.SHIPPED));
        for (String name : new String[] {"typos.txt", "allow.txt", "canonical-phrases.txt"}) {
            Files.copy(Path.of("rules", name), shipped.resolve(name));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            TextRules rules = WordListSource.load(site, "rules", loader);
            assertThat(rules.problems()).isEmpty();
            assertThat(rules.words().find("要再接再励，确保平安祥和")).hasSize(1);
            assertThat(rules.nearMisses().size()).isGreaterThan(50);
        }
        assertThat(WordListSource.load(site, "rules", ClassLoader.getPlatformClassLoader()).words().size()).isZero();
    }
}

package io.sanshen.cli;

import io.sanshen.diag.Lang;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: the site directory and the language of messages. */
final class CommonOptions {
    @Option(names = "--site", paramLabel = "DIR", descriptionKey = "site", defaultValue = ".")
    Path site;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang", defaultValue = "${env:SANSHEN_LANG:-zh}")
    String lang;

    Lang language() {
        return Lang.parse(lang);
    }

    Path siteRoot() {
        return site.toAbsolutePath().normalize();
    }
}

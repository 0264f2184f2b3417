package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.BundleAudit;
import io.github.jixiao.core.message.MessageBundles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The examples' own bundle, audited as a plug-in author would audit theirs: both languages, every
 * key used and present, and each language one language.
 */
class ExamplesBundleTest {

  @Test
  void theExamplesBundleIsWholeUsedAndOneLanguageAtATime() {
    MessageBundles.register(StatedFigureRule.MESSAGES, StatedFigureRule.class.getClassLoader());
    assertThat(BundleAudit.of(StatedFigureRule.MESSAGES)
        .usedIn(Path.of("src/main/java"))
        .prefixes("example.")
        .problems()).isEmpty();
  }
}

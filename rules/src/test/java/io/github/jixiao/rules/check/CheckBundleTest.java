package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.BundleAudit;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The checks' bundle, {@code io.github.jixiao.rules.check.messages}: the same keys in English and
 * Chinese, every key the checks use present and every key used, apostrophes doubled, and no
 * English word in a Chinese text nor Chinese in an English one.
 */
class CheckBundleTest {

  static final String BUNDLE = "io.github.jixiao.rules.check.messages";

  /** The keys made at run time: each check code's description, each severity's name. */
  private static List<String> computed() {
    List<String> keys = new ArrayList<>();
    for (CheckCode code : CheckCode.values()) {
      keys.add(code.description().getKey());
    }
    for (Severity severity : Severity.values()) {
      keys.add(Message.label(severity).getKey());
    }
    return keys;
  }

  @Test
  void theBundleIsCompleteUsedAndEachLanguageHoldsOnlyItsOwnWords() {
    assertThat(MessageBundles.baseNames()).contains(BUNDLE);
    assertThat(BundleAudit.of(BUNDLE).usedIn(Path.of("src/main/java")).prefixes("check.")
        .computed(computed()).problems()).isEmpty();
  }

  @Test
  void everyCheckCodeIsDescribedInBothLanguagesAndEverySeverityNamed() {
    for (CheckCode code : CheckCode.values()) {
      assertThat(code.description().getKey()).isEqualTo("check.code." + code.code());
      assertThat(MessageBundles.template(BUNDLE, code.description().getKey(), Locale.ROOT))
          .isPresent();
      assertThat(MessageBundles.template(BUNDLE, code.description().getKey(), Locale.CHINESE))
          .isPresent();
    }
    assertThat(Message.label(Severity.WARNING).render(Locale.ENGLISH)).isEqualTo("warning");
    assertThat(Message.label(Severity.WARNING).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(Severity.WARNING.label());
  }
}

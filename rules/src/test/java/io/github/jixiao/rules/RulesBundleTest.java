package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.BundleAudit;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.RateSource;
import io.github.jixiao.rules.spi.internal.PluginKind;
import io.github.jixiao.rules.spi.internal.PluginPart;
import io.github.jixiao.rules.words.RuleOrigin;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * jixiao-rules' bundle (评分提示信息资源包), {@code io.github.jixiao.rules.messages}: the same keys in
 * English and Chinese, every key the sources use present and every key used, apostrophes written
 * twice, and — rendered with sample arguments — no English word in the Chinese and no Chinese in
 * the English.
 */
class RulesBundleTest {

  private static final String BASE = "io.github.jixiao.rules.messages";

  /** The labels of the enumerations whose names jixiao-rules says: made at run time. */
  private static List<String> labels() {
    List<String> keys = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(ScoreStatus.class,
        FormulaStatus.class, PluginKind.class, PluginPart.class, ExecutionBase.class,
        RateSource.class, ProvenanceStatus.class, RuleOrigin.class,
        io.github.jixiao.rules.monitoring.Light.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        keys.add(Message.label(constant).getKey());
      }
    }
    // The joins of 2 to 8 messages (Joined): the key is the separator's and the count.
    for (int n = 2; n <= 8; n++) {
      keys.add("rules.words.join.comma." + n);
      keys.add("rules.words.join.semicolon." + n);
    }
    // The rounding modes a rounding policy can name (UNNECESSARY does not round: refused).
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode != RoundingMode.UNNECESSARY) {
        keys.add(Message.label(mode).getKey());
      }
    }
    return keys;
  }

  /**
   * The first part of every key, {@code rules.}, {@code note.}, {@code proportional.} …: a literal
   * in the sources that starts with one is taken for a key and must be in the bundle, so that a
   * misspelt {@code "note.rescaledd"} fails here rather than render as a bare key. The explanation
   * keys persisted in score cards have no {@code rules.} prefix, hence the families.
   */
  private static List<String> families() {
    java.util.Set<String> starts = new java.util.TreeSet<>();
    for (String key : MessageBundles.keys(BASE, Locale.ROOT)) {
      if (!key.startsWith("label.")) {
        starts.add(key.substring(0, key.indexOf('.') + 1));
      }
    }
    return List.copyOf(starts);
  }

  @Test
  void theBundleIsCompleteUsedAndFreeOfTheOtherLanguage() {
    assertThat(MessageBundles.baseNames()).contains(BASE);
    assertThat(BundleAudit.of(BASE).usedIn(Path.of("src/main/java"))
        .prefixes(families().toArray(String[]::new)).computed(labels()).problems()).isEmpty();
  }

  @Test
  void theLabelsOfItsEnumerationsSayTheirNamesInBothLanguages() {
    assertThat(Message.label(ScoreStatus.REFUSED).render(Locale.ENGLISH)).isEqualTo("refused");
    assertThat(Message.label(ScoreStatus.REFUSED).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(ScoreStatus.REFUSED.label());
    assertThat(Message.label(FormulaStatus.MISSING_DATA).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(FormulaStatus.MISSING_DATA.label());
    for (ProvenanceStatus status : ProvenanceStatus.values()) {
      assertThat(Message.label(status).render(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo(status.label());
    }
  }
}

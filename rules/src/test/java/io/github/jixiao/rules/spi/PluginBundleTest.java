package io.github.jixiao.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundleException;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "plug-ins register a bundle once": a rule or formula provider names the base name of
 * its bundle ({@code messageBundle()}), which discovery registers, so that its explanations and
 * problems render in the reader's language from its own files; a bundle that is absent or takes
 * another bundle's key is refused naming the provider.
 */
class PluginBundleTest {

  private static ClassLoader plugins(String name) {
    URL dir = PluginBundleTest.class.getResource("/plugins/" + name + "/");
    return new URLClassLoader(new URL[] {dir}, PluginBundleTest.class.getClassLoader());
  }

  private static Rulebook book(RuleSpec rule) {
    return Rulebook.builder().id("bundled").title("插件评分").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicators(RulebookIndicator.builder().code("1").name("履职效能").level(1)
            .weight(new BigDecimal("100")).rule(rule).build())
        .build();
  }

  @Test
  void aDiscoveredRulesExplanationAndProblemsRenderFromItsOwnBundle() {
    Scorer scorer = Scorer.standard().withDiscovered(plugins("bundled"));
    assertThat(MessageBundles.baseNames()).contains(BundledProviders.RULES_BUNDLE);

    // 100 ÷ 2 = 50.00
    IndicatorScore half = scorer.score(BaiyunFixture.asEncoded(),
        book(RuleSpec.of(BundledProviders.HALF))).indicator("1").orElseThrow();
    assertThat(half.getExplanation().getKey()).isEqualTo("bundled.half");
    assertThat(half.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo("履职效能 得分值的一半：50.00 分");
    assertThat(half.explain(Locale.ENGLISH)).isEqualTo("履职效能 earns half its weight: 50.00 points");

    Rulebook withShare = book(RuleSpec.builder().type(BundledProviders.HALF)
        .putParam("share", BigDecimal.ONE).build());
    assertThat(scorer.verify(withShare)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.indicators[0].rule.params.share");
      assertThat(v.message(Locale.ENGLISH)).isEqualTo("the rule 'bundled-half' of indicator '1'"
          + " (履职效能): this rule takes no 'share': it always gives half the weight");
      assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("指标“1”（履职效能）的评分方法"
          + "“bundled-half”：本评分方法没有参数“share”：总是给分值的一半");
    });
  }

  @Test
  void aDiscoveredFormulaProvidersBundleIsRegistered() {
    Formulas found = Formulas.standard().withDiscovered(plugins("bundled"));

    assertThat(found.contains("bundled-nothing")).isTrue();
    assertThat(Message.of("bundled-formulas.nothing").render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("本公式什么也不计算");
    assertThat(Message.of("bundled-formulas.nothing").render(Locale.ENGLISH))
        .isEqualTo("this formula computes nothing");
  }

  @Test
  void aBundleNoFileOfWhichIsOnTheClassPathIsRefusedNamingTheProvider() {
    String provider = BundledProviders.MissingBundle.class.getName();
    assertThatThrownBy(() -> ScoringRules.standard().withDiscovered(plugins("bundle-missing")))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("provider " + provider + " names the message"
              + " bundle com.example.jixiao.absent.messages, but no file of it is on the class"
              + " path: put com/example/jixiao/absent/messages.properties (English) beside the"
              + " provider's classes");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("提供者 " + provider
              + " 指定了提示信息资源包 com.example.jixiao.absent.messages，但类路径上没有它的文件："
              + "请将 com/example/jixiao/absent/messages.properties（英文）放在提供者的类旁");
          assertThat(e.sources()).containsExactly("provider " + provider);
        });
  }

  @Test
  void aBundleTakingAKeyOfJixiaosIsRefusedNamingTheProviderAndTheKey() {
    String provider = BundledProviders.ClashingBundle.class.getName();
    assertThatThrownBy(() -> ScoringRules.standard().withDiscovered(plugins("bundle-clash")))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.getMessage()).startsWith("the message bundle"
              + " com.example.jixiao.clash.messages of provider " + provider
              + " cannot be used: ").contains("missing.actual")
              .contains("io.github.jixiao.rules.messages");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("提供者 " + provider
              + " 的提示信息资源包 com.example.jixiao.clash.messages 无法使用：");
          assertThat(e.getCause()).isInstanceOf(MessageBundleException.class);
        });
    // jixiao-rules' own words are untouched
    assertThat(Message.of("missing.actual").render(Locale.ENGLISH))
        .isEqualTo("{name}: no actual value was given, so the rule cannot score it; 0 points");
  }
}

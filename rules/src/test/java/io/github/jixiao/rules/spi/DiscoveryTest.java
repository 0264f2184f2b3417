package io.github.jixiao.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.check.DiscoveredCheck;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.formula.TestFormulaProvider;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.internal.Discovery;
import io.github.jixiao.rules.spi.internal.PluginKind;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "one provider on the class path poisons the JVM": discovery is asked for, never done
 * while a class initialises; what a provider does wrong is a {@link PluginException} at the call
 * that discovers, naming both sources; the built-ins stay usable in the same JVM.
 */
class DiscoveryTest {

  private static final String IMPOSTOR = "provider " + ImpostorProvider.class.getName();

  /** The test class path plus the service files under {@code plugins/<name>/}. */
  private static ClassLoader plugins(String name) {
    URL dir = DiscoveryTest.class.getResource("/plugins/" + name + "/");
    return new URLClassLoader(new URL[] {dir}, DiscoveryTest.class.getClassLoader());
  }

  @Test
  void aProviderReRegisteringProportionalFailsTheDiscoveringCallAndTheStandardScorerStillScores() {
    ClassLoader poisoned = plugins("impostor");

    assertThatThrownBy(() -> ScoringRules.standard().withDiscovered(poisoned))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("scoring rule type id 'proportional' is given"
              + " twice: by built-in (io.github.jixiao.rules.scoring.internal.ProportionalRule)"
              + " and by " + IMPOSTOR + " (" + impostorRuleClass() + "); an id names one plug-in,"
              + " so rename one of them or leave one out");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("评分方法类型标识“proportional”"
              + "重复：内置（io.github.jixiao.rules.scoring.internal.ProportionalRule）与提供者 "
              + ImpostorProvider.class.getName() + "（" + impostorRuleClass() + "）都使用了它；"
              + "一个标识只能对应一个插件，请为其中之一改名或去掉其一");
          assertThat(e.sources()).containsExactly("built-in", IMPOSTOR);
        });
    assertThatThrownBy(() -> Scorer.standard().withDiscovered(poisoned))
        .isInstanceOf(PluginException.class).hasMessageContaining(IMPOSTOR);

    // The same JVM, the poisoned class path the thread's: the built-ins score the seed as
    // README says — 25 + 20 + 10 × 97.16 % (9.72) + 0 (no 三公 figures) + 5 + 5 × 6 = 89.72.
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(poisoned);
    try {
      assertThat(Scorer.standard().score(BaiyunFixture.asEncoded(),
          Rulebooks.guangzhouDepartment2021()).getTotal().orElseThrow()).isEqualByComparingTo("89.72");
      assertThat(ScoringRules.standard().ids()).containsExactlyElementsOf(BuiltInRules.ids());
      assertThat(Checks.standard().find("GZ-001")).isEmpty();
      assertThatThrownBy(() -> ScoringRules.standard().withDiscovered())
          .isInstanceOf(PluginException.class);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static String impostorRuleClass() {
    return new ImpostorProvider().rules().get(0).getClass().getName();
  }

  @Test
  void aCheckOrFormulaReRegisteringABuiltInIdIsRefusedNamingBothSources() {
    ClassLoader poisoned = plugins("impostor");

    assertThatThrownBy(() -> Checks.standard().withDiscovered(poisoned))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.getMessage()).startsWith("consistency check code 'JX-101' is given twice:"
              + " by built-in (io.github.jixiao.rules.check.internal.StatedRateCheck) and by"
              + " provider " + ImpostorProvider.ImpostorChecks.class.getName() + " (");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("审核规则编码“JX-101”重复：内置（");
        });
    assertThatThrownBy(() -> Formulas.standard().withDiscovered(poisoned))
        .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.getMessage())
            .startsWith("formula id 'execution-rate' is given twice: by built-in (")
            .contains("and by provider " + ImpostorProvider.ImpostorFormulas.class.getName()));
    // 预算执行率 is still the built-in one: 3212.37 ÷ 3306.19 = 97.162293 %
    assertThat(Formulas.standard().compute(Formulas.EXECUTION_RATE, BaiyunFixture.evaluation())
        .getValue()).contains(new BigDecimal("97.162293"));
  }

  @Test
  void aProviderThatThrowsIsNamedAndWhatItSaidIsTheCause() {
    assertThatThrownBy(() -> ScoringRules.standard().withDiscovered(plugins("throwing")))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("provider " + ThrowingProvider.class.getName()
              + " failed when asked for its scoring rules (java.lang.IllegalStateException);"
              + " fix the provider or remove it from the class path");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("提供者 "
              + ThrowingProvider.class.getName() + " 在提供评分方法时出错"
              + "（java.lang.IllegalStateException）；请修正该提供者或将其移出类路径");
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class)
              .hasMessage("licence server unreachable");
        });
  }

  @Test
  void aServiceFileNamingAMissingClassIsAPluginExceptionNotAServiceConfigurationError() {
    assertThatThrownBy(() -> ScoringRules.standard().withDiscovered(plugins("missing")))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("cannot load com.example.jixiao.NoSuchProvider,"
              + " listed as a ScoringRuleProvider in"
              + " META-INF/services/io.github.jixiao.rules.spi.ScoringRuleProvider"
              + " (java.util.ServiceConfigurationError); correct or remove its line in that file"
              + " (a provider needs a public class with a public no-argument constructor that"
              + " implements io.github.jixiao.rules.spi.ScoringRuleProvider)");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("无法加载 META-INF/services/"
              + "io.github.jixiao.rules.spi.ScoringRuleProvider 中列出的 ScoringRuleProvider"
              + " com.example.jixiao.NoSuchProvider（java.util.ServiceConfigurationError）；");
          assertThat(e.getCause()).isInstanceOf(java.util.ServiceConfigurationError.class);
        });
  }

  @Test
  void discoveryIsOptInAndInADeterministicOrder() {
    ClassLoader loader = getClass().getClassLoader();

    assertThat(ScoringRules.standard().ids()).containsExactlyElementsOf(BuiltInRules.ids());
    assertThat(ScoringRules.standard().withDiscovered(loader).ids()).containsExactlyElementsOf(
        concat(BuiltInRules.ids(), "test-half"));
    assertThat(Checks.standard().find("GZ-001")).isEmpty();
    assertThat(Checks.standard().withDiscovered(loader).find("GZ-001"))
        .containsInstanceOf(DiscoveredCheck.class);
    assertThat(Formulas.standard().contains(TestFormulaProvider.DEDUCTION_COUNT)).isFalse();
    Formulas found = Formulas.standard().withDiscovered(loader);
    assertThat(found.ids()).endsWith(TestFormulaProvider.DEDUCTION_COUNT)
        .startsWith(Formulas.EXECUTION_RATE);
    // the seed records one deduction (2.1.3, 项目资金支出进度分配不均)
    assertThat(found.compute(TestFormulaProvider.DEDUCTION_COUNT, BaiyunFixture.evaluation())
        .getValue()).contains(BigDecimal.ONE);
    assertThat(Scorer.standard().withDiscovered(loader).formulas().ids())
        .contains(TestFormulaProvider.DEDUCTION_COUNT);
    assertThat(Scorer.standard().formulas().ids())
        .doesNotContain(TestFormulaProvider.DEDUCTION_COUNT);
  }

  @Test
  void providersComeByPriorityThenClassNameWhateverTheServiceFileSays() {
    // Listed Low, High, AlsoLow (the test class path adds TestFormulaProvider): High has
    // priority 10; the rest 0, by class name: ...formula.TestFormulaProvider,
    // ...spi.OrderedProviders$AlsoLow, ...spi.OrderedProviders$Low.
    assertThat(Formulas.standard().withDiscovered(plugins("ordered")).ids())
        .endsWith("high", TestFormulaProvider.DEDUCTION_COUNT, "also-low", "low");
  }

  private static List<String> concat(List<String> ids, String more) {
    return java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(more)).toList();
  }

  @Test
  void theExceptionIsAJixiaoExceptionAndKeepsItsSourcesThroughSerialization() throws Exception {
    PluginException e = Discovery.duplicate(PluginKind.FORMULA, "x", "built-in", new Object(),
        "provider com.example.Formulas", "a formula");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertThat(back).isInstanceOfSatisfying(PluginException.class, p -> {
      assertThat(p).isInstanceOf(io.github.jixiao.core.message.JixiaoException.class);
      assertThat(p.said()).isEqualTo(e.said());
      assertThat(p.getMessage()).isEqualTo("formula id 'x' is given twice: by built-in"
          + " (java.lang.Object) and by provider com.example.Formulas (java.lang.String); an id"
          + " names one plug-in, so rename one of them or leave one out");
      assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("计算公式标识“x”重复：内置"
          + "（java.lang.Object）与提供者 com.example.Formulas（java.lang.String）都使用了它；"
          + "一个标识只能对应一个插件，请为其中之一改名或去掉其一");
      assertThat(p.sources()).containsExactly("built-in", "provider com.example.Formulas");
    });
  }
}

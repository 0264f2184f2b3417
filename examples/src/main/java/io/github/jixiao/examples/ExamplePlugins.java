package io.github.jixiao.examples;

import io.github.jixiao.rules.spi.ConsistencyCheck;
import io.github.jixiao.rules.spi.ConsistencyCheckProvider;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.rules.spi.ScoringRuleProvider;
import java.util.List;
import java.util.Optional;

/**
 * The examples as a plug-in (插件) the command line loads with {@code --plugins}: the scoring rule
 * {@link StatedFigureRule} and the check {@link CustomConsistencyCheck}, listed under {@code
 * META-INF/services} so that {@link java.util.ServiceLoader} finds them. From the repository
 * root, after {@code ./mvnw -pl examples -am package}:
 *
 * <pre>{@code
 * ./jixiao score --plugins examples/target/jixiao-examples-0.2.0-SNAPSHOT.jar \
 *     --rulebook examples/custom-rule/rulebook.json examples/baiyun-2021/evaluation.json
 * }</pre>
 */
public final class ExamplePlugins {

  private ExamplePlugins() {}

  /** The example's scoring rule, {@code stated-figure-rate}, as a provider (评分方法提供者). */
  public static final class Rules implements ScoringRuleProvider {
    @Override
    public List<ScoringRule> rules() {
      return List.of(new StatedFigureRule());
    }

    @Override
    public Optional<String> messageBundle() {
      return Optional.of(StatedFigureRule.MESSAGES);
    }
  }

  /** The example's check, {@code EX-101}, as a provider (审核规则提供者). */
  public static final class Checks implements ConsistencyCheckProvider {
    @Override
    public List<ConsistencyCheck> checks() {
      return List.of(new CustomConsistencyCheck());
    }

    @Override
    public Optional<String> messageBundle() {
      return Optional.of(StatedFigureRule.MESSAGES);
    }
  }
}

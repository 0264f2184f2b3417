package io.github.jixiao.rules.rulebook;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.internal.Echo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The weight splits a rulebook leaves as parameters (权重划分参数, {@link WeightSplit}): their
 * invariants, and a rulebook with another split. Weights keep two decimals; when a group is
 * scaled, each child's weight is rounded half up and the last child takes what is left, so that
 * the group still adds up exactly.
 */
final class WeightSplits {

  private static final int SCALE = 2;

  private WeightSplits() {}

  /** Records every problem of {@code rulebook}'s splits into {@code v}. */
  static void check(Rulebook rulebook, Validation.Invariants v) {
    Map<String, RulebookIndicator> byCode = byCode(rulebook);
    Set<String> ids = new HashSet<>();
    for (int s = 0; s < rulebook.getSplits().size(); s++) {
      WeightSplit split = rulebook.getSplits().get(s);
      String at = "splits[" + s + "]";
      v.require(ids.add(split.getId()), at + ".id", () -> Message.of("rules.split.duplicate",
          Argument.text("id", Echo.text(split.getId()))));
      Set<String> parents = new HashSet<>();
      Set<String> seen = new HashSet<>();
      for (int c = 0; c < split.getCodes().size(); c++) {
        String code = split.getCodes().get(c);
        RulebookIndicator node = byCode.get(code);
        String where = at + ".codes[" + c + "]";
        if (node == null || node.getWeight().isEmpty() || !seen.add(code)) {
          v.add(where, Message.of("rules.split.code", Argument.text("code", Echo.text(code))));
        } else {
          parents.add(node.getParentCode().orElse(""));
        }
      }
      v.require(parents.size() <= 1, at + ".codes", () -> Message.of("rules.split.siblings"));
    }
  }

  /**
   * {@code rulebook} with split {@code id} set to {@code weights}, in the order of its codes.
   *
   * @throws InvalidValueException if no split has that id, or the weights are not one per code,
   *     each above 0 with at most two decimals, adding up to what the split's weights add up to
   */
  static Rulebook apply(Rulebook rulebook, String id, List<BigDecimal> weights) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(weights, "weights");
    WeightSplit split = rulebook.getSplits().stream().filter(s -> s.getId().equals(id))
        .findFirst().orElseThrow(() -> refused("splits", rulebook.getSplits().isEmpty()
            ? Message.of("rules.split.none", Argument.text("id", Echo.text(id)))
            : Message.of("rules.split.unknown", Argument.text("id", Echo.text(id)),
                Argument.list("ids", rulebook.getSplits().stream().map(WeightSplit::getId)
                    .toList()))));
    Map<String, RulebookIndicator> byCode = byCode(rulebook);
    BigDecimal was = BigDecimal.ZERO;
    BigDecimal now = BigDecimal.ZERO;
    for (String code : split.getCodes()) {
      was = was.add(byCode.get(code).getWeight().orElseThrow());
    }
    boolean shaped = weights.size() == split.getCodes().size();
    for (BigDecimal weight : weights) {
      Objects.requireNonNull(weight, "weight");
      shaped &= weight.signum() > 0 && weight.stripTrailingZeros().scale() <= SCALE
          && weight.precision() - weight.scale() <= 3;
      now = shaped ? now.add(weight) : now;
    }
    if (!shaped || now.compareTo(was) != 0) {
      throw refused("splits", Message.of("rules.split.weights", Argument.text("id",
          Echo.text(id)), Argument.number("count", split.getCodes().size()),
          Argument.number("total", was)));
    }
    Map<String, List<RulebookIndicator>> children = new HashMap<>();
    for (RulebookIndicator node : rulebook.getIndicators()) {
      node.getParentCode().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>())
          .add(node));
    }
    Map<String, BigDecimal> changed = new HashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      scale(byCode.get(split.getCodes().get(i)), weights.get(i), children, changed);
    }
    // Said where it shows: on each changed indicator (a card lists its assumptions) and in the
    // provenance, so that no card passes the user's weights off as the rulebook's.
    String said = "权重划分参数 " + split.getId() + "（" + split.getName() + "）由使用者设为 "
        + join(weights) + "（规则表为 " + join(split.getCodes().stream()
            .map(c -> byCode.get(c).getWeight().orElseThrow()).toList())
        + "），其下各项按同一比例缩放";
    List<RulebookIndicator> nodes = rulebook.getIndicators().stream()
        .map(n -> changed.containsKey(n.getCode()) ? n.withWeight(changed.get(n.getCode()))
            .withAssumption(n.getAssumption().map(a -> a + "；" + said).orElse(said)) : n)
        .toList();
    Provenance provenance = rulebook.getProvenance();
    return rulebook.withIndicators(nodes).withProvenance(Provenance.builder().from(provenance)
        .addAssumptions(said).build());
  }

  /** Gives {@code node} {@code weight} and scales its descendants by the same ratio. */
  private static void scale(RulebookIndicator node, BigDecimal weight,
      Map<String, List<RulebookIndicator>> children, Map<String, BigDecimal> changed) {
    BigDecimal old = node.getWeight().orElseThrow();
    BigDecimal plain = weight.setScale(SCALE, RoundingMode.UNNECESSARY).stripTrailingZeros();
    changed.put(node.getCode(), plain.scale() < 0 ? plain.setScale(0) : plain);
    List<RulebookIndicator> kids = children.getOrDefault(node.getCode(), List.of()).stream()
        .filter(k -> k.getWeight().isPresent()).toList();
    BigDecimal left = weight;
    for (int k = 0; k < kids.size(); k++) {
      RulebookIndicator kid = kids.get(k);
      BigDecimal share = k == kids.size() - 1 ? left : kid.getWeight().get().multiply(weight)
          .divide(old, SCALE, RoundingMode.HALF_UP);
      left = left.subtract(share);
      scale(kid, share, children, changed);
    }
  }

  private static String join(List<BigDecimal> weights) {
    return String.join("、", weights.stream().map(BigDecimal::toPlainString).toList());
  }

  private static Map<String, RulebookIndicator> byCode(Rulebook rulebook) {
    Map<String, RulebookIndicator> byCode = new HashMap<>();
    rulebook.getIndicators().forEach(n -> byCode.putIfAbsent(n.getCode(), n));
    return byCode;
  }

  private static InvalidValueException refused(String path, Message message) {
    return new InvalidValueException("Rulebook", List.of(new Violation(path, message)));
  }
}

package io.github.jixiao.rules.check.internal;

import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A rulebook's indicators by code and by name or alias, built once in linear time. */
final class RulebookIndex {

  private final Map<String, RulebookIndicator> byCode = new HashMap<>();
  private final Map<String, RulebookIndicator> byName = new HashMap<>();

  RulebookIndex(Rulebook rulebook) {
    for (RulebookIndicator node : rulebook.getIndicators()) {
      byCode.putIfAbsent(node.getCode(), node);
      byName.putIfAbsent(node.getName(), node);
      node.getAliases().forEach(a -> byName.putIfAbsent(a, node));
    }
  }

  Optional<RulebookIndicator> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The node a table's indicator stands for, as the scorer matches it: same code, else name. */
  Optional<RulebookIndicator> matching(String code, String name) {
    RulebookIndicator node = byCode.get(code);
    return Optional.ofNullable(node != null ? node : byName.get(name));
  }
}

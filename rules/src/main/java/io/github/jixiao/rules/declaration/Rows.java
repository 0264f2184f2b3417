package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.DeclaredIndicator;
import io.github.jixiao.core.TargetDeclaration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declaration's rows with where each stands: its leaves, and for each row the names of the
 * rows above it (产出指标 › 数量指标), by which the review tells 产出 from 效益 and 数量 from 成本.
 */
final class Rows {

  private final TargetDeclaration declaration;
  private final Map<String, DeclaredIndicator> byCode = new HashMap<>();
  private final Set<String> parents = new HashSet<>();

  Rows(TargetDeclaration declaration) {
    this.declaration = declaration;
    declaration.getIndicators().forEach(i -> {
      byCode.putIfAbsent(i.getCode(), i);
      i.getParentCode().ifPresent(parents::add);
    });
  }

  List<DeclaredIndicator> all() {
    return declaration.getIndicators();
  }

  boolean isLeaf(DeclaredIndicator row) {
    return !parents.contains(row.getCode());
  }

  /** Whether the row or a row above it (up to 3 levels) has a name containing {@code word}. */
  boolean under(DeclaredIndicator row, String word) {
    DeclaredIndicator at = row;
    for (int depth = 0; at != null && depth < 3; depth++) {
      if (at.getName().contains(word)) {
        return true;
      }
      at = at.getParentCode().map(byCode::get).orElse(null);
    }
    return false;
  }

  /** Whether a row above it (not the row itself) has a name containing {@code word}. */
  boolean belowA(DeclaredIndicator row, String word) {
    DeclaredIndicator parent = row.getParentCode().map(byCode::get).orElse(null);
    return parent != null && under(parent, word);
  }
}

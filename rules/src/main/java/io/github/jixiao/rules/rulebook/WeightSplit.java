package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * A weight split a rulebook leaves as a parameter (权重划分参数): sibling indicators whose shares
 * of their common weight were not published, with the split the rulebook assumes (their weights
 * as written) and the other known advice in words. Guangzhou 2021's 履职效能 / 管理效率 is one:
 * 50 / 50 assumed, 60–70 / 30–40 a consultancy's advice for department targets (rulebooks.md);
 * neither is official.
 *
 * <p>{@link Rulebook#withSplit(String, java.util.List)} gives the rulebook with another split:
 * the indicators take the new weights, which must add up to the same total, and each one's
 * descendants are scaled by the same ratio, so that every group still adds up.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightSplit.class)
@JsonDeserialize(as = ImmutableWeightSplit.class)
public interface WeightSplit extends WithWeightSplit {

  /** The id it is set by, e.g. {@code duty-management}. */
  String getId();

  /** What it splits, in words, e.g. 履职效能 / 管理效率. */
  String getName();

  /** The codes of the sibling indicators it splits, at least two, each with a weight. */
  List<String> getCodes();

  /** Why the rulebook's own weights for them were chosen, e.g. 50/50 为推定. */
  String getBasis();

  /** The other known advice, in words, e.g. 履职效能 60–70 %、管理效率 30–40 %（非官方）. */
  List<String> getAlternatives();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WeightSplit}. */
  final class Builder extends ImmutableWeightSplit.Builder {}

  /** Checks that it names an id, at least two codes, and says why. */
  @Value.Check
  default void validate() {
    Validation.check(this, "WeightSplit", v -> {
      v.require(!getId().isBlank(), "id", () -> Message.of("rules.split.id",
          Argument.text("example", "duty-management")));
      v.require(getCodes().size() >= 2, "codes", () -> Message.of("rules.split.codes"));
      v.require(!getBasis().isBlank(), "basis", () -> Message.of("rules.provenance.basis"));
    });
  }
}

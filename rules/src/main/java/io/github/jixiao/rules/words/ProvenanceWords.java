package io.github.jixiao.rules.words;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rulebook comes from, in words (来源说明): its status and the status's name in the
 * reader's language, what it is based on and every assumption, as the rulebook states them (the
 * basis and the assumptions are the rulebook's own text, the same in every language). The
 * assumptions of single nodes are on their {@link IndicatorWords#getAssumption()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenanceWords.class)
@JsonDeserialize(as = ImmutableProvenanceWords.class)
public interface ProvenanceWords extends WithProvenanceWords {

  /** Confirmed, partly confirmed or reconstructed. */
  ProvenanceStatus getStatus();

  /** The status's name: 已确认 / confirmed, 推定 / reconstructed. */
  Message getStatusWords();

  /** What the rulebook is based on, as it says. */
  String getBasis();

  /** Every assumption of the rulebook as a whole, as it says. */
  List<String> getAssumptions();

  /** 发布机关, as it says, when known. */
  Optional<String> getIssuer();

  /** 文号, as it says, when known. */
  Optional<String> getDocumentNumber();

  /** What every card scored under it must show, as it says, if anything. */
  Optional<String> getNotice();

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProvenanceWords}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableProvenanceWords.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "ProvenanceWords");
  }
}

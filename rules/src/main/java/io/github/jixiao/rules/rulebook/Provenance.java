package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a rulebook comes from (来源): confirmed from an official or published table, or
 * reconstructed — and from what — with every assumption it makes. A reconstructed rulebook must
 * list at least one assumption.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public interface Provenance extends WithProvenance {

  /** Confirmed or reconstructed. */
  ProvenanceStatus getStatus();

  /** What it is based on, e.g. the text of 财预〔2020〕10号, or a report's own wording. */
  String getBasis();

  /** Every assumption: what was assumed and why (each weight not found in a source, …). */
  List<String> getAssumptions();

  /** Confirmed from {@code basis}. */
  static Provenance confirmed(String basis, String... assumptions) {
    return builder().status(ProvenanceStatus.CONFIRMED).basis(basis).addAssumptions(assumptions)
        .build();
  }

  /** Reconstructed from {@code basis}, assuming {@code assumptions}. */
  static Provenance reconstructed(String basis, String... assumptions) {
    return builder().status(ProvenanceStatus.RECONSTRUCTED).basis(basis)
        .addAssumptions(assumptions).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provenance}. */
  final class Builder extends ImmutableProvenance.Builder {}

  /** Checks that a basis is given and a reconstruction lists its assumptions. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Provenance", v -> {
      v.require(!getBasis().isBlank(), "basis", () -> Message.of("rules.provenance.basis"));
      v.require(getStatus() != ProvenanceStatus.RECONSTRUCTED || !getAssumptions().isEmpty(),
          "assumptions", () -> Message.of("rules.provenance.assumptions"));
    });
  }
}

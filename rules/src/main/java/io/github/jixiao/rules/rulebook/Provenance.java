package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rulebook comes from (来源): confirmed from an official or published table, partly
 * confirmed, or reconstructed — and from what — with the body that issued it and its document
 * number where known, and every assumption it makes. A rulebook not wholly confirmed must list at
 * least one assumption; one that is reconstructed says, in its {@link #getNotice() notice}, what
 * every score card scored under it must show.
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

  /** 发布机关: the body that issued it, e.g. 财政部, 四川省财政厅; empty when not known. */
  Optional<String> getIssuer();

  /** 文号: the number of the document that issued it, e.g. 财预〔2020〕10号; empty when not known. */
  Optional<String> getDocumentNumber();

  /**
   * What every score card scored under it must say of it, e.g. 官方评分表未找到，各项分值均为假设;
   * empty when there is nothing to warn of. The command line prints it under the rulebook's name.
   */
  Optional<String> getNotice();

  /** Confirmed from {@code basis}. */
  static Provenance confirmed(String basis, String... assumptions) {
    return builder().status(ProvenanceStatus.CONFIRMED).basis(basis).addAssumptions(assumptions)
        .build();
  }

  /** Partly confirmed from {@code basis}, assuming {@code assumptions}. */
  static Provenance partlyConfirmed(String basis, String... assumptions) {
    return builder().status(ProvenanceStatus.PARTLY_CONFIRMED).basis(basis)
        .addAssumptions(assumptions).build();
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

  /**
   * Checks that a basis is given, that a rulebook not wholly confirmed lists its assumptions, and
   * that no text is blank.
   */
  @Value.Check
  default void validate() {
    Validation.check(this, "Provenance", v -> {
      v.require(!getBasis().isBlank(), "basis", () -> Message.of("rules.provenance.basis"));
      v.require(getStatus() == ProvenanceStatus.CONFIRMED || !getAssumptions().isEmpty(),
          "assumptions", () -> Message.of("rules.provenance.assumptions"));
      v.require(getIssuer().map(t -> !t.isBlank()).orElse(true), "issuer",
          () -> Message.of("rules.provenance.blank"));
      v.require(getDocumentNumber().map(t -> !t.isBlank()).orElse(true), "documentNumber",
          () -> Message.of("rules.provenance.blank"));
      v.require(getNotice().map(t -> !t.isBlank()).orElse(true), "notice",
          () -> Message.of("rules.provenance.blank"));
    });
  }
}

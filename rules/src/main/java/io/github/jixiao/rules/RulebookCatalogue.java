package io.github.jixiao.rules;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue of rulebooks (评分办法目录): the built-in ones ({@link Rulebooks#catalogue()}) and
 * any a user adds — each with where it came from — by id, and the choice of one for an
 * evaluation by region and year ({@link #forEvaluation}). Immutable: {@link #with} gives a new
 * catalogue. Two rulebooks with one id are refused, naming where each came from.
 *
 * <pre>{@code
 * RulebookCatalogue ours = Rulebooks.catalogue().with(myRulebook, "rulebooks/dazhou-2024.json");
 * RulebookChoice choice = ours.forEvaluation(evaluation);   // named, or by region and year
 * ScoreCard card = Scorer.standard().score(evaluation, choice.rulebook());
 * }</pre>
 *
 * jixiao-io adds a directory of rulebook files ({@code JixiaoJson.catalogue(Path)}).
 */
public final class RulebookCatalogue {

  /**
   * One rulebook of a catalogue and where it came from: {@code jixiao-rules:rulebooks/<id>.json}
   * for a built-in one, a file's path for a user's.
   *
   * @param rulebook the rulebook
   * @param origin where it came from
   * @param builtIn whether it is one of jixiao-rules' own
   */
  public record Entry(Rulebook rulebook, String origin, boolean builtIn) {

    /** Checks that nothing is null. */
    public Entry {
      Objects.requireNonNull(rulebook, "rulebook");
      Objects.requireNonNull(origin, "origin");
    }
  }

  private static final String PATH = "$.rulebook";

  private final Map<String, Entry> byId;

  private RulebookCatalogue(Map<String, Entry> byId) {
    this.byId = byId;
  }

  /** A catalogue with no rulebook. */
  public static RulebookCatalogue empty() {
    return new RulebookCatalogue(Map.of());
  }

  /**
   * This catalogue with {@code rulebook} added, from {@code origin}.
   *
   * @throws RulebookCatalogueException if the catalogue has a rulebook with its id already; the
   *     message names the id and both origins
   */
  public RulebookCatalogue with(Rulebook rulebook, String origin) {
    return with(new Entry(rulebook, origin, false));
  }

  /** This catalogue with a built-in rulebook added ({@link BuiltInRulebooks}). */
  RulebookCatalogue withBuiltIn(Rulebook rulebook, String origin) {
    return with(new Entry(rulebook, origin, true));
  }

  private RulebookCatalogue with(Entry entry) {
    Rulebook rulebook = entry.rulebook();
    String origin = entry.origin();
    Entry there = byId.get(rulebook.getId());
    if (there != null) {
      throw new RulebookCatalogueException(null, Message.of("rules.catalogue.clash",
          Argument.text("id", Echo.text(rulebook.getId())), Argument.text("first",
              there.origin()), Argument.text("second", origin)), null);
    }
    Map<String, Entry> more = new LinkedHashMap<>(byId);
    more.put(rulebook.getId(), entry);
    return new RulebookCatalogue(java.util.Collections.unmodifiableMap(more));
  }

  /** Every rulebook with its origin, in the order added. */
  public List<Entry> entries() {
    return List.copyOf(byId.values());
  }

  /** Every rulebook, in the order added. */
  public List<Rulebook> all() {
    return byId.values().stream().map(Entry::rulebook).toList();
  }

  /** The rulebook with {@code id}, if any. */
  public Optional<Rulebook> byId(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::rulebook);
  }

  /** Where the rulebook with {@code id} came from, if the catalogue has it. */
  public Optional<String> origin(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::origin);
  }

  /**
   * The rulebook for {@code evaluation}, and why: the one it names ({@code $.rulebook}), else the
   * most specific one (county → city → province → national) whose {@link Rulebook#getRegion()
   * region} covers the unit's ({@code department.region}), whose years include the evaluation's
   * fiscal year and which scores its kind of evaluation; of equally specific ones, the one a user
   * added ({@link #with}) over built-in ones. A rulebook with no region is chosen only when
   * named.
   *
   * @throws RulebookCatalogueException if the evaluation names a rulebook the catalogue does not
   *     have, if none applies, or if several apply equally; the message lists what the catalogue
   *     has
   */
  public RulebookChoice forEvaluation(SelfEvaluation evaluation) {
    Optional<String> named = evaluation.getRulebook();
    if (named.isPresent()) {
      Rulebook rulebook = byId(named.get()).orElseThrow(() -> new RulebookCatalogueException(
          PATH, Message.of("rules.choice.unknown", Argument.text("id", Echo.text(named.get())),
              Argument.list("books", listing(all()))), null));
      return new RulebookChoice(rulebook, true, Message.of("rules.choice.named",
          Argument.text("path", PATH)));
    }
    String unit = evaluation.getDepartment().getRegion();
    int year = evaluation.getFiscalYear();
    List<Rulebook> fitting = new ArrayList<>();
    for (Rulebook rulebook : all()) {
      if (rulebook.getRegion().map(r -> r.covers(unit)).orElse(false) && rulebook.appliesTo(year)
          && rulebook.getEvaluationKind().map(k -> k == evaluation.getKind()).orElse(true)) {
        fitting.add(rulebook);
      }
    }
    Message kind = Message.label(evaluation.getKind());
    Argument[] asked = {Argument.message("kind", kind), Argument.number("year", year),
        Argument.text("unit", Echo.text(unit)), Argument.text("path", PATH)};
    if (fitting.isEmpty()) {
      List<Rulebook> ofKind = all().stream().filter(r -> r.getEvaluationKind()
          .map(k -> k == evaluation.getKind()).orElse(true)).toList();
      throw new RulebookCatalogueException(PATH, Message.of("rules.choice.none",
          with(asked, Argument.list("books", listing(ofKind.isEmpty() ? all() : ofKind)))), null);
    }
    fitting.sort(Comparator.comparingInt((Rulebook r) -> r.getRegion().get().specificity())
        .reversed());
    int best = fitting.get(0).getRegion().get().specificity();
    List<Rulebook> tied = fitting.stream()
        .filter(r -> r.getRegion().get().specificity() == best).toList();
    // A rulebook the user added for a region is preferred over a built-in one for the same
    List<Rulebook> added = tied.stream().filter(r -> !byId.get(r.getId()).builtIn()).toList();
    List<String> passedOver = List.of();
    if (tied.size() > 1 && added.size() == 1) {
      passedOver = tied.stream().filter(r -> r != added.get(0)).map(Rulebook::getId).toList();
      tied = added;
    }
    if (tied.size() > 1) {
      throw new RulebookCatalogueException(PATH, Message.of("rules.choice.tie",
          with(asked, Argument.list("books", listing(tied)))), null);
    }
    Rulebook chosen = tied.get(0);
    Argument[] why = with(asked, Argument.text("id", chosen.getId()),
        Argument.message("region", chosen.getRegion().get().describe()),
        Argument.message("years", chosen.describeYears()),
        Argument.number("count", fitting.size()));
    return new RulebookChoice(chosen, false, passedOver.isEmpty()
        ? Message.of("rules.choice.region", why)
        : Message.of("rules.choice.region-added", with(why, Argument.list("others",
            passedOver))));
  }

  private static Argument[] with(Argument[] asked, Argument... more) {
    Argument[] all = java.util.Arrays.copyOf(asked, asked.length + more.length);
    System.arraycopy(more, 0, all, asked.length, more.length);
    return all;
  }

  /**
   * Each rulebook as its id, its region's divisions and its years, in figures and names only
   * (so the same in every language): {@code gz-dept-2021 (广东省广州市 2021–2021)}, {@code
   * mof-project-2020 (2020–)}.
   */
  static List<String> listing(List<Rulebook> rulebooks) {
    List<String> lines = new ArrayList<>();
    for (Rulebook r : rulebooks) {
      String region = r.getRegion().map(g -> String.join("", g.getDivisions())).orElse("");
      String years = r.getFirstYear().map(String::valueOf).orElse("")
          + (r.getFirstYear().isPresent() || r.getLastYear().isPresent() ? "–" : "")
          + r.getLastYear().map(String::valueOf).orElse("");
      String said = (region + " " + years).strip();
      lines.add(said.isEmpty() ? r.getId() : r.getId() + " (" + said + ")");
    }
    return lines;
  }
}

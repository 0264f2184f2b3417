package io.github.jixiao.report.extract;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.OrganisationalUnit;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A draft as the readings fill it (提取中的草稿): the single values (title, year, kind, the unit's
 * name, budget, claimed total and grade, staffing), the listed ones (stated figures, claims,
 * problems, improvements, duties, units) each with where it was read, the items read that have
 * no place in the evaluation, the items found, and the notes, in Chinese. The listed values are
 * put in the order of the report when the draft is made, and each item then gets its path.
 */
final class Draft {

  /** A value of a list and where it was read. */
  record Listed<T>(T value, Source source) {}

  /** A single value and the items it was read from, each with its path. */
  record Single<T>(T value, List<Placed> sources) {}

  /** An item's source and its path in the evaluation. */
  record Placed(Source source, String path) {}

  Optional<Single<String>> title = Optional.empty();
  Optional<Single<Integer>> fiscalYear = Optional.empty();
  Optional<Single<EvaluationKind>> kind = Optional.empty();
  Optional<Single<String>> departmentName = Optional.empty();
  Optional<Single<String>> projectName = Optional.empty();
  Optional<Single<Budget>> budget = Optional.empty();
  Optional<Single<BigDecimal>> claimedTotal = Optional.empty();
  Optional<Single<Grade>> claimedGrade = Optional.empty();
  Optional<Single<Staffing>> staffing = Optional.empty();

  final List<Listed<StatedFigure>> figures = new ArrayList<>();
  final List<Listed<NarrativeClaim>> claims = new ArrayList<>();
  final List<Listed<Problem>> problems = new ArrayList<>();
  final List<Listed<Improvement>> improvements = new ArrayList<>();
  final List<Listed<Duty>> duties = new ArrayList<>();
  final List<Listed<OrganisationalUnit>> units = new ArrayList<>();

  /**
   * The most values a list holds, and the most items kept without a place: a report has a few
   * hundred; a hostile text could make a draft too large to write.
   */
  static final int MOST = 500;

  private final List<Source> unplaced = new ArrayList<>();
  private final Set<String> full = new LinkedHashSet<>();
  private final Set<String> found = new LinkedHashSet<>();
  private final List<String> notes = new ArrayList<>();

  /** Records that item {@code item} was found. */
  void found(String item) {
    found.add(item);
  }

  /** Whether item {@code item} was found. */
  boolean wasFound(String item) {
    return found.contains(item);
  }

  /**
   * Adds {@code value} to {@code list}, unless the list holds {@link #MOST}: that is noted once.
   *
   * @return whether it was added
   */
  <T> boolean add(List<Listed<T>> list, Listed<T> value) {
    found.add(value.source().item());
    if (list.size() < MOST) {
      return list.add(value);
    }
    if (full.add(value.source().item())) {
      note(Message.of("report.extract.note.too-many", Items.named(value.source().item()),
          Argument.number("most", MOST)));
    }
    return false;
  }

  /** An item read that has no place in the evaluation (a count of unnamed units, a conflict). */
  void unplaced(Source source) {
    found.add(source.item());
    if (unplaced.size() < MOST) {
      unplaced.add(source);
    } else if (full.add("unplaced")) {
      note(Message.of("report.extract.note.too-many", Items.named(source.item()),
          Argument.number("most", MOST)));
    }
  }

  /** A note, kept in Chinese: the report's language. */
  void note(Message message) {
    notes.add(message.render(Locale.SIMPLIFIED_CHINESE));
  }

  /** The notes, in the order made. */
  List<String> notes() {
    return notes;
  }

  /**
   * The items not found, by name, in the order of the rules' items; a project's name is not
   * looked for in a department-wide report.
   */
  List<String> notFound(Optional<EvaluationKind> kind) {
    return ExtractionRules.ITEMS.keySet().stream().filter(i -> !found.contains(i))
        .filter(i -> !(i.equals("project.name") && kind.equals(Optional.of(
            EvaluationKind.DEPARTMENT_WIDE)))).toList();
  }

  /**
   * Every item, in the order of the report, with its path when {@code placed} (the evaluation
   * was made); the listed values' paths are their indices in the order of the report.
   */
  List<ExtractedItem> items(boolean placed) {
    List<Placed> all = new ArrayList<>();
    singles().forEach(s -> all.addAll(s.sources()));
    listed(all, figures, "$.statedFigures");
    listed(all, claims, "$.narrativeClaims");
    listed(all, problems, "$.problems");
    listed(all, improvements, "$.improvements");
    listed(all, duties, "$.department.duties");
    listed(all, units, "$.department.units");
    List<ExtractedItem> items = new ArrayList<>();
    for (Placed p : all) {
      items.add(p.source().item(placed ? Optional.of(p.path()) : Optional.empty()));
    }
    unplaced.stream().sorted(Source::compareByPlace)
        .forEach(s -> items.add(s.item(Optional.empty())));
    items.sort(Comparator.comparing((ExtractedItem i) -> i.getParagraph())
        .thenComparing(ExtractedItem::getStart));
    return items;
  }

  /** The values of {@code list} in the order of the report. */
  static <T> List<T> inOrder(List<Listed<T>> list) {
    return sorted(list).stream().map(Listed::value).toList();
  }

  private static <T> List<Listed<T>> sorted(List<Listed<T>> list) {
    List<Listed<T>> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(Listed::source, Source::compareByPlace));
    return copy;
  }

  private static <T> void listed(List<Placed> all, List<Listed<T>> list, String path) {
    List<Listed<T>> inOrder = sorted(list);
    for (int i = 0; i < inOrder.size(); i++) {
      all.add(new Placed(inOrder.get(i).source(), path + "[" + i + "]"));
    }
  }

  private List<Single<?>> singles() {
    List<Single<?>> all = new ArrayList<>();
    for (Optional<? extends Single<?>> s : List.of(title, fiscalYear, kind, departmentName,
        projectName, budget, claimedTotal, claimedGrade, staffing)) {
      s.ifPresent(all::add);
    }
    return all;
  }

  /** A single value read from one source at {@code path}. */
  static <T> Single<T> single(T value, Source source, String path) {
    return new Single<>(value, List.of(new Placed(source, path)));
  }

  /** The first of {@code values} by confidence, then by place, with the way to tell them apart. */
  static <T> Optional<T> best(List<T> values, Function<T, Source> source) {
    return values.stream().min(Comparator.comparing((T v) -> source.apply(v).confidence())
        .thenComparing(source, Source::compareByPlace));
  }
}

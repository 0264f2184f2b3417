package io.github.jixiao.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.internal.Normalised;
import io.github.jixiao.report.outline.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extraction rules are data, and each is tested by its own data (规则即数据): every rule of
 * {@code rules.json} reads each of its examples — the words it names, exactly, with the dates,
 * document numbers and telephone numbers around them set aside as the extraction sets them
 * aside — and none of its counterexamples; every not-figure matches its examples; every item the
 * draft can report as not found has a rule.
 */
class RulesTest {

  private static final ExtractionRules RULES = ExtractionRules.standard();
  private static final Scan SCAN = new Scan(RULES);

  static Stream<Named<Rule>> rules() {
    return RULES.rules().stream().map(r -> Named.of(r.id(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aRuleReadsTheWordsOfEachOfItsExamples(Rule rule) {
    assertThat(rule.examples()).isNotEmpty();
    for (Rule.Example example : rule.examples()) {
      assertThat(firstMatch(rule, example.text())).as("%s in %s", rule.id(), example.text())
          .contains(example.written());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aRuleReadsNoneOfItsCounterexamples(Rule rule) {
    for (String counter : rule.counterexamples()) {
      assertThat(firstMatch(rule, counter)).as("%s in %s", rule.id(), counter).isEmpty();
    }
  }

  @Test
  void everyItemHasARuleAndEveryRuleAnItemItsKindReads() {
    List<String> items = new ArrayList<>(ExtractionRules.ITEMS.keySet());
    for (String item : items) {
      assertThat(RULES.of(item)).as(item).isNotEmpty();
    }
    for (Rule rule : RULES.rules()) {
      assertThat(ExtractionRules.ITEMS.get(rule.item())).as(rule.id()).contains(rule.kind());
    }
    assertThat(items).startsWith("title", "project.name", "department.name", "fiscalYear",
        "budget.fullYear").hasSize(18);
  }

  @Test
  void theNotFiguresAreDatesDocumentNumbersAndTelephones() {
    List<Pattern> notFigures = RULES.notFigures();
    assertThat(notFigures).hasSize(3);
    for (String text : List.of("2021年12月31日", "5月份", "财预〔2020〕10号", "020-86612345",
        "13812345678")) {
      assertThat(notFigures.stream().anyMatch(p -> p.matcher(text).find())).as(text).isTrue();
    }
    for (String figure : List.of("3306.19万元", "92%", "184条", "94分")) {
      assertThat(notFigures.stream().anyMatch(p -> p.matcher(figure).find())).as(figure)
          .isFalse();
    }
  }

  @Test
  void aGradesWordMapsToTheDomainsGradeAndAnUnknownWordToNone() {
    assertThat(RULES.grade("优秀")).map(Enum::name).contains("EXCELLENT");
    assertThat(RULES.grade("良")).map(Enum::name).contains("GOOD");
    assertThat(RULES.grade("合格")).isEmpty();
    assertThat(RULES.evaluationKind("部门整体支出")).map(Enum::name).contains("DEPARTMENT_WIDE");
    assertThat(RULES.evaluationKind("区人大会议项目支出")).map(Enum::name).contains("PROJECT");
  }

  /** The words the rule's first match covers in {@code text}, as written, if it matches. */
  private static Optional<String> firstMatch(Rule rule, String text) {
    Paragraph paragraph = new Paragraph(1, text, Optional.empty(), Optional.empty(),
        OptionalInt.empty());
    String part = rule.sections().isEmpty() ? Section.OTHER : rule.sections().iterator().next();
    Section section = new Section(part, Optional.empty(), Optional.empty());
    if (rule.kind().bySentence()) {
      return Sentences.of(paragraph, 0, section).stream()
          .flatMap(s -> SCAN.in(rule, s).stream()).findFirst().map(Match::written);
    }
    Matcher m = rule.pattern().matcher(Normalised.of(text));
    return m.find() && m.end() > m.start() ? Optional.of(text.substring(m.start(), m.end()))
        : Optional.empty();
  }
}

package io.github.jixiao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** jixiao-core's bundle is whole in both languages, used, and each language is one language. */
class CoreBundleTest {

  /** The enumerations of the domain whose constants are shown by {@link Message#label}. */
  private static final List<Class<? extends Enum<?>>> LABELLED = List.of(
      io.github.jixiao.core.Grade.class, io.github.jixiao.core.CompletionLikelihood.class,
      io.github.jixiao.core.QualitativeLevel.class,
      io.github.jixiao.core.QualitativeScale.class,
      io.github.jixiao.core.EvaluationKind.class, io.github.jixiao.core.IndicatorKind.class,
      io.github.jixiao.core.Direction.class, io.github.jixiao.core.FigureKind.class,
      io.github.jixiao.core.ClaimKind.class, io.github.jixiao.core.MoneyUnit.class,
      io.github.jixiao.core.DepartmentKind.class, io.github.jixiao.core.GovernmentLevel.class,
      io.github.jixiao.core.FundingSource.class,
      io.github.jixiao.core.FundingSource.FundingScheme.class,
      io.github.jixiao.core.Operator.class, io.github.jixiao.core.ActualReading.class,
      io.github.jixiao.core.ReportFormat.class, io.github.jixiao.core.Confidence.class);

  /** The constraints core's values use; their keys are made from the constraint's name. */
  private static final List<String> CONSTRAINTS = List.of("NotBlank", "NotNull", "NotEmpty",
      "Size", "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative",
      "Digits", "Text", "PercentValue");

  @Test
  void theBundleIsWholeUsedAndOneLanguageAtATime() {
    List<String> computed = new ArrayList<>();
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        computed.add(Message.label(constant).getKey());
      }
    }
    CONSTRAINTS.forEach(c -> computed.add("core.constraint." + c));
    computed.add("core.constraint.other");
    computed.add("core.constraint.DecimalMin.exclusive");
    computed.add("core.constraint.DecimalMax.exclusive");
    List<String> problems = BundleAudit.of(MessageBundles.CORE)
        .usedIn(Path.of("src/main/java"))
        .prefixes("core.")
        .computed(computed)
        // Domain data in Chinese text: the API a message tells a programmer to call, the
        // resource path a service file lives at, and the escape a properties file uses.
        .allowInChinese("Percentage.rounded(value,", "Points.rounded(value)", "UTF-8",
            "META-INF/services", "\\uXXXX",
            // the names of file formats, as a Chinese user reads them on the file's icon
            "Word 文档", "PDF 文档", "Markdown 文本")
        .problems();
    assertThat(problems).isEmpty();
  }

  @Test
  void everyConstraintCoreUsesHasAKey() throws Exception {
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = java.nio.file.Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String text = java.nio.file.Files.readString(f);
        for (String c : CONSTRAINTS) {
          if (text.contains("@" + c + "\n") || text.contains("@" + c + "(")
              || text.contains("@" + c + " ")) {
            used.add(c);
          }
        }
      }
    }
    assertThat(CONSTRAINTS).containsAll(used);
    assertThat(used).contains("NotBlank", "PositiveOrZero", "Digits", "Text", "PercentValue");
  }
}

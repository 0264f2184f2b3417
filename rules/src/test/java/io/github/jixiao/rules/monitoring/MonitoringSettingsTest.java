package io.github.jixiao.rules.monitoring;

import static io.github.jixiao.rules.monitoring.Reports.at;
import static io.github.jixiao.rules.monitoring.Reports.d;
import static io.github.jixiao.rules.monitoring.Reports.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.ProgressCheckpoint;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The monitoring settings as rulebook data: the defaults when a rulebook gives none, thresholds
 * of its own, a checkpoint curve ("50 % before the Spring Festival, 100 % by the end of June"),
 * and the settings refused when out of order.
 */
class MonitoringSettingsTest {

  private static final MonitoringSettings SPRING = MonitoringSettings.builder()
      .addCheckpoints(ProgressCheckpoint.builder().month(2).percent(d("50")).label("春节前").build(),
          ProgressCheckpoint.builder().month(6).percent(d("100")).label("6月底前").build())
      .build();

  @Test
  void aRulebookThatSaysNothingLightsAsTheVendorSystemDoes() {
    Rulebook gz = Rulebooks.guangzhouDepartment2021();

    assertThat(gz.getMonitoring()).isEqualTo(MonitoringSettings.standard());
    assertThat(MonitoringSettings.standard().getYellowFrom()).isEqualTo(d("60"));
    assertThat(MonitoringSettings.standard().getGreenFrom()).isEqualTo(d("80"));
    assertThat(MonitoringSettings.standard().getBlueFrom()).isEqualTo(d("120"));
    assertThat(MonitoringSettings.standard().getBudgetGreenFrom()).isEqualTo(d("80"));
    assertThat(MonitoringSettings.standard().getCheckpoints()).isEmpty();
  }

  @Test
  void aRulebooksOwnThresholdsLightTheReport() {
    // month 6, target 200, current 110: v = 110; green by default, blue from 110
    Rulebook strict = Rulebooks.guangzhouDepartment2021().withMonitoring(MonitoringSettings
        .builder().blueFrom(d("110")).build());

    assertThat(MonitoringLights.of(at(6).addEntries(positive("1", "200", "110").build()).build())
        .projectLight()).contains(Light.GREEN);
    assertThat(MonitoringLights.of(at(6).addEntries(positive("1", "200", "110").build()).build(),
        strict).projectLight()).contains(Light.BLUE);
  }

  /** (0, 0 %) – (2, 50 %) – (6, 100 %), then 100 %: linear between the points. */
  @ParameterizedTest(name = "month {0}: {1} %")
  @CsvSource({"1, 25.00", "2, 50.00", "3, 62.50", "4, 75.00", "5, 87.50", "6, 100.00",
      "7, 100.00", "12, 100.00"})
  void aCheckpointCurveIsLinearBetweenItsPointsAndFlatAfterTheLast(int month, String percent) {
    assertThat(TimeProgress.at(month, SPRING).percent()).isEqualTo(d(percent));
  }

  @Test
  void theLightsFollowTheCheckpointCurve() {
    // month 4: 75 % due; target 100, current 60: v = 60 ÷ 75 × 100 = 80.00, green
    // (linear: 60 ÷ (100 × 4 ÷ 12) × 100 = 180, blue)
    MonitoringCard curve = MonitoringLights.of(at(4).addEntries(positive("1", "100", "60")
        .build()).build(), SPRING);
    MonitoringCard linear = MonitoringLights.of(at(4).addEntries(positive("1", "100", "60")
        .build()).build());

    assertThat(curve.progress().percent()).isEqualTo(d("75.00"));
    assertThat(curve.rows().get(0).ratio()).contains(d("80.00"));
    assertThat(curve.projectLight()).contains(Light.GREEN);
    assertThat(linear.rows().get(0).ratio()).contains(d("180.00"));
    assertThat(linear.projectLight()).contains(Light.BLUE);
  }

  @Test
  void thresholdsOutOfOrderAreRefusedAtTheirPath() {
    assertThatThrownBy(() -> MonitoringSettings.builder().yellowFrom(d("80")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactly("$.greenFrom");
          assertThat(e.violations().get(0).message(Locale.CHINESE))
              .isEqualTo("阈值 greenFrom（80）须高于 yellowFrom（80）");
        });
    assertThatThrownBy(() -> MonitoringSettings.builder().budgetGreenFrom(d("50")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("$.budgetGreenFrom"));
    assertThatThrownBy(() -> MonitoringSettings.builder().greenFrom(d("80.001")).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> MonitoringSettings.builder().yellowFrom(d("0")).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void checkpointsOutOfOrderOrAbove100AreRefused() {
    assertThatThrownBy(() -> MonitoringSettings.builder().addCheckpoints(
        ProgressCheckpoint.of(6, d("100")), ProgressCheckpoint.of(2, d("50"))).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("$.checkpoints[1]"));
    assertThatThrownBy(() -> MonitoringSettings.builder().addCheckpoints(
        ProgressCheckpoint.of(2, d("60")), ProgressCheckpoint.of(6, d("50"))).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ProgressCheckpoint.of(6, d("100.5")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ProgressCheckpoint.of(13, d("100")))
        .isInstanceOf(InvalidValueException.class);
  }
}

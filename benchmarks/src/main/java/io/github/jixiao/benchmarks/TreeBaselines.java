package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The batch's baseline (基线), on Jackson's tree of each line: what a careful programmer would
 * write by hand to total and check a project self-evaluation read with {@code readTree}, with
 * plain {@code BigDecimal} arithmetic — {@link Baselines#scoreProject} and {@link Baselines#check}
 * done on the tree instead of the domain values, plus JX-301 (each claimed score and the claimed
 * total more than 0.50 from the rules' points), which the review under the rulebook runs.
 * Nothing is validated: a field that is missing is taken as absent, a wrong type as whatever
 * Jackson's tree makes of it.
 */
public final class TreeBaselines {

  /** The check codes {@link #review} covers: {@link Baselines#CHECKED} and JX-301. */
  public static final Set<String> CHECKED;

  static {
    Set<String> codes = new TreeSet<>(Baselines.CHECKED);
    codes.add("JX-301");
    CHECKED = Set.copyOf(codes);
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");
  private static final int WORKING_SCALE = 10;
  private static final int RATE_SCALE = 6;
  private static final BigDecimal TOLERANCE = new BigDecimal("0.50");

  private TreeBaselines() {}

  /**
   * What the review of one evaluation found.
   *
   * @param total the total under the MoF project rulebook, as {@link Baselines#scoreProject}
   * @param failing the codes of the checks that found something
   */
  public record Review(BigDecimal total, Set<String> failing) {}

  /** The total and the failing checks of the project evaluation {@code doc}. */
  public static Review review(JsonNode doc) {
    Set<String> found = new TreeSet<>();
    Map<String, JsonNode> byCode = new HashMap<>();
    Map<String, BigDecimal> childWeights = new HashMap<>();
    for (JsonNode indicator : doc.path("indicators")) {
      byCode.put(indicator.path("code").textValue(), indicator);
      JsonNode parent = indicator.get("parentCode");
      if (parent != null) {
        childWeights.merge(parent.textValue(), indicator.path("weight").decimalValue(),
            BigDecimal::add);
      }
    }
    Map<String, JsonNode> entries = byKey(doc.path("entries"), "indicatorCode");
    Map<String, BigDecimal> deducted = new HashMap<>();
    for (JsonNode deduction : doc.path("deductions")) {
      deducted.merge(deduction.path("indicatorCode").textValue(),
          deduction.path("points").decimalValue(), BigDecimal::add);
    }
    for (JsonNode figure : doc.path("statedFigures")) {
      JsonNode denominator = figure.get("denominator");
      if ("RATE".equals(figure.path("kind").textValue()) && denominator != null
          && denominator.decimalValue().signum() != 0) {
        BigDecimal stated = figure.path("statedValue").decimalValue();
        int precision = figure.has("precision") ? figure.path("precision").intValue()
            : Math.max(0, stated.scale());
        BigDecimal rate = figure.path("numerator").decimalValue().multiply(HUNDRED)
            .divide(denominator.decimalValue(), precision, RoundingMode.HALF_UP);
        flag(found, "JX-101", rate.compareTo(stated) != 0);
      }
    }
    JsonNode budget = doc.path("budget");
    BigDecimal rate = budget.path("executed").decimalValue().multiply(HUNDRED)
        .divide(budget.path("fullYear").decimalValue(), RATE_SCALE, RoundingMode.HALF_UP);
    flag(found, "JX-103", rate.compareTo(HUNDRED) > 0);

    BigDecimal total = BigDecimal.ZERO;
    BigDecimal roots = BigDecimal.ZERO;
    BigDecimal claimed = BigDecimal.ZERO;
    boolean everyLeafClaimed = true;
    boolean belowTarget = false;
    boolean explained = !doc.path("problems").isEmpty();
    for (JsonNode indicator : doc.path("indicators")) {
      BigDecimal weight = indicator.path("weight").decimalValue();
      String code = indicator.path("code").textValue();
      JsonNode parent = indicator.get("parentCode");
      if (parent == null) {
        roots = roots.add(weight);
      } else {
        flag(found, "JX-205", !byCode.containsKey(parent.textValue()));
      }
      BigDecimal children = childWeights.get(code);
      flag(found, "JX-203", children != null && children.compareTo(weight) != 0);
      flag(found, "JX-202", deducted.getOrDefault(code, BigDecimal.ZERO).compareTo(weight) > 0);
      JsonNode entry = entries.get(code);
      JsonNode claim = entry == null ? null : entry.get("claimedScore");
      if (children == null && claim == null) {
        everyLeafClaimed = false;
      }
      if (entry == null || children != null) {
        continue;
      }
      boolean executionRate = "execution-rate".equals(indicator.path("formula").textValue());
      explained |= executionRate && entry.has("deviationReason");
      BigDecimal points = null;
      if (executionRate) {
        points = Baselines.proportional(BigDecimal.TEN, rate, HUNDRED);
      } else if (indicator.path("level").intValue() == 2
          && "QUANTITATIVE".equals(indicator.path("kind").textValue())) {
        points = Baselines.proportional(weight, entry.path("actual").decimalValue(),
            indicator.path("target").decimalValue());
      }
      total = points == null ? total : total.add(points);
      if (claim != null) {
        BigDecimal score = claim.decimalValue();
        flag(found, "JX-201", score.signum() < 0 || score.compareTo(weight) > 0);
        flag(found, "JX-301", points != null && beyond(score, points));
        claimed = claimed.add(score);
      }
      if (missed(indicator, entry)) {
        belowTarget = true;
        flag(found, "JX-406", !entry.has("deviationReason"));
      }
    }
    flag(found, "JX-203", roots.compareTo(HUNDRED) != 0);
    JsonNode claimedTotal = doc.get("claimedTotal");
    if (claimedTotal != null) {
      BigDecimal sum = claimedTotal.decimalValue();
      flag(found, "JX-206", everyLeafClaimed && sum.compareTo(claimed) != 0);
      flag(found, "JX-301", beyond(sum, total));
      JsonNode grade = doc.get("claimedGrade");
      flag(found, "JX-207", grade != null
          && Grade.valueOf(grade.textValue()) != Evaluations.grade(sum));
      BigDecimal performance = sum.divide(NINETY, WORKING_SCALE, RoundingMode.HALF_UP);
      flag(found, "JX-404", performance.signum() > 0 && performance.subtract(rate.movePointLeft(2))
          .divide(performance, WORKING_SCALE, RoundingMode.HALF_UP).compareTo(FIVE_PERCENT) > 0);
    }
    flag(found, "JX-405", rate.compareTo(NINETY) < 0 && !explained);
    for (JsonNode claim : doc.path("narrativeClaims")) {
      flag(found, "JX-401", "ALL_TARGETS_MET".equals(claim.path("kind").textValue())
          && (rate.compareTo(HUNDRED) < 0 || belowTarget));
    }
    Set<String> duties = new HashSet<>();
    for (JsonNode duty : doc.path("department").path("duties")) {
      duties.add(duty.path("code").textValue());
    }
    Set<String> served = new HashSet<>();
    for (JsonNode task : doc.path("tasks")) {
      Set<String> codes = new HashSet<>();
      task.path("dutyCodes").forEach(c -> codes.add(c.textValue()));
      served.addAll(codes);
      flag(found, "JX-501", task.path("key").booleanValue() && !duties.containsAll(codes));
    }
    flag(found, "JX-502", !doc.path("tasks").isEmpty() && !served.containsAll(duties));
    return new Review(total, found);
  }

  /** As JX-301: a claim more than half a point from the rules' points. */
  private static boolean beyond(BigDecimal claimed, BigDecimal points) {
    return claimed.subtract(points).abs().compareTo(TOLERANCE) > 0;
  }

  private static boolean missed(JsonNode indicator, JsonNode entry) {
    JsonNode actual = entry.get("actual");
    JsonNode target = indicator.get("target");
    if (!"QUANTITATIVE".equals(indicator.path("kind").textValue()) || actual == null
        || target == null) {
      return false;
    }
    int against = actual.decimalValue().compareTo(target.decimalValue());
    return switch (indicator.path("direction").asText("AT_LEAST")) {
      case "AT_MOST" -> against > 0;
      case "EQUAL" -> against != 0;
      default -> against < 0;
    };
  }

  private static Map<String, JsonNode> byKey(JsonNode list, String key) {
    Map<String, JsonNode> byKey = new HashMap<>();
    for (JsonNode item : list) {
      byKey.put(item.path(key).textValue(), item);
    }
    return byKey;
  }

  private static void flag(Set<String> found, String code, boolean condition) {
    if (condition) {
      found.add(code);
    }
  }
}

package io.github.jixiao.core.value;

import io.github.jixiao.core.message.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one path dialect: JSON paths from the root {@code $}, as the seed's places are named. */
class JsonPathsTest {

  @Test
  void aPlaceIsNamedFromTheRootByFieldsAndIndexes() {
    String budget = JsonPaths.field(JsonPaths.ROOT, "budget");
    assertThat(JsonPaths.field(budget, "executed")).isEqualTo("$.budget.executed");
    assertThat(JsonPaths.field(JsonPaths.index(JsonPaths.field("$", "indicators"), 3), "weight"))
        .isEqualTo("$.indicators[3].weight");
    assertThat(JsonPaths.field(JsonPaths.index(
        JsonPaths.field(JsonPaths.field("$", "department"), "duties"), 2), "code"))
        .isEqualTo("$.department.duties[2].code");
  }

  @Test
  void aNameThatIsNotPlainIsQuotedWithItsQuotesBackslashesAndControlsEscaped() {
    assertThat(JsonPaths.field("$", "第一")).isEqualTo("$['第一']");
    assertThat(JsonPaths.field("$", "it's")).isEqualTo("$['it\\'s']");
    assertThat(JsonPaths.field("$", "a\\b")).isEqualTo("$['a\\\\b']");
    assertThat(JsonPaths.field("$", "a\r\nb\u202Ec")).isEqualTo("$['a\\u000D\\u000Ab\\u202Ec']");
    assertThat(JsonPaths.field("$", "1st")).isEqualTo("$['1st']");
    assertThat(JsonPaths.field("$", "")).isEqualTo("$['']");
    assertThat(JsonPaths.field("$", "预算😀")).isEqualTo("$['预算😀']");
  }

  @Test
  void aNegativeIndexIsNoPlace() {
    assertThatThrownBy(() -> JsonPaths.index("$.duties", -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void aPathOfJixiaoZeroPointOneIsReadFromTheRootAndARootedPathStaysAsItIs() {
    assertThat(JsonPaths.rooted("budget.executed")).isEqualTo("$.budget.executed");
    assertThat(JsonPaths.rooted("duties[2].code")).isEqualTo("$.duties[2].code");
    assertThat(JsonPaths.rooted("[0].code")).isEqualTo("$[0].code");
    assertThat(JsonPaths.rooted("")).isEqualTo("$");
    assertThat(JsonPaths.rooted("$")).isEqualTo("$");
    assertThat(JsonPaths.rooted("$.budget.executed")).isEqualTo("$.budget.executed");
    assertThat(JsonPaths.rooted("$['第一']")).isEqualTo("$['第一']");
    assertThat(JsonPaths.rooted("$ref")).as("a field named $ref, not the root")
        .isEqualTo("$.$ref");
  }

  @Test
  void aViolationIsAlwaysAtARootedPath() {
    Message required = Message.of("core.value.required");
    assertThat(new Violation("fullYear", required).path()).isEqualTo("$.fullYear");
    assertThat(new Violation("", required).path()).isEqualTo("$");
    assertThat(new Violation("$.duties[2].code", required).describe(java.util.Locale.CHINESE))
        .isEqualTo("$.duties[2].code: 为必填项，但未设置");
  }

  @Test
  void theNearestPlaceAboveAPathThatHoldsSomethingIsFound() {
    java.util.Map<String, String> cells = java.util.Map.of("$.entries[3]", "项目1!H12",
        "$.budget", "项目1!C5");
    assertThat(JsonPaths.nearest("$.entries[3].actual", p -> java.util.Optional.ofNullable(
        cells.get(p)))).contains("项目1!H12");
    assertThat(JsonPaths.nearest("$.budget.fullYear", p -> java.util.Optional.ofNullable(
        cells.get(p)))).contains("项目1!C5");
    assertThat(JsonPaths.nearest("$.claimedTotal", p -> java.util.Optional.ofNullable(
        cells.get(p)))).isEmpty();
    java.util.List<String> asked = new java.util.ArrayList<>();
    JsonPaths.nearest("$.department.duties[2].code", p -> {
      asked.add(p);
      return java.util.Optional.empty();
    });
    assertThat(asked).containsExactly("$.department.duties[2].code", "$.department.duties[2]",
        "$.department.duties", "$.department", "$");
  }
}

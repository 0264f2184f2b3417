package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The batch of the summary's tests: four evaluations made from the two examples, written into a
 * directory, with these figures worked out by hand.
 *
 * <ul>
 *   <li>{@code a.json}: training-2021 as 甲单位 (T-1), executing 110 of 200 (55 %): its 预算执行率
 *       indicator (10 points × the rate) gives 5.50 instead of 9.00, so 85.44 − 3.50 = 81.94
 *       against the claimed 86.44 (inflation 4.50); no claimed grade.
 *   <li>{@code b.json}: training-2021 as {@code <script>alert(1)</script>} (T-2), claiming 95.44 and
 *       优: computed 85.44 (良), inflation 10.00; 180 of 200, 90 %. Its claimed total is not the sum
 *       of its indicators' (86.44): JX-206, in this unit only.
 *   <li>{@code c.json}: the Baiyun seed as it is: claimed 94, computed 89.72 (良), inflation 4.28,
 *       3212.37 of 3306.19 = 97.16 %; 2 errors (JX-401 twice), 2 warnings, 18 JX-502.
 *   <li>{@code d.json}: the seed as {@code 乙单位</script>} (B-2), claiming 80 and 良: inflation
 *       −9.72.
 * </ul>
 *
 * Means: claimed 355.88 ÷ 4 = 88.97; computed 346.82 ÷ 4 = 86.705 → 86.71; inflation 9.06 ÷ 4 =
 * 2.265 → 2.27 (half up).
 */
final class SummaryBatch {

  static final String HOSTILE = "<script>alert(1)</script>";
  static final String CLOSING = "乙单位</script>";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("..", "examples");

  private SummaryBatch() {}

  /** Writes the four files into {@code dir}; gives them in order a, b, c, d. */
  static List<Path> write(Path dir) throws IOException {
    ObjectNode a = training();
    unit(a, "T-1", "甲单位");
    ObjectNode budget = (ObjectNode) a.get("budget");
    budget.put("executed", 110);
    ((ObjectNode) ((ArrayNode) budget.get("funding")).get(0)).put("executed", 70);
    ObjectNode b = training();
    unit(b, "T-2", HOSTILE);
    b.put("claimedTotal", new BigDecimal("95.44")).put("claimedGrade", "EXCELLENT");
    ObjectNode c = baiyun();
    ObjectNode d = baiyun();
    unit(d, "B-2", CLOSING);
    d.put("claimedTotal", 80).put("claimedGrade", "GOOD");
    List<Path> files = List.of(dir.resolve("a.json"), dir.resolve("b.json"),
        dir.resolve("c.json"), dir.resolve("d.json"));
    List<ObjectNode> documents = List.of(a, b, c, d);
    for (int i = 0; i < files.size(); i++) {
      Files.writeString(files.get(i), JSON.writeValueAsString(documents.get(i)));
    }
    return files;
  }

  /** training-2021 without the declaration and monitoring reports it names beside it. */
  private static ObjectNode training() throws IOException {
    ObjectNode t = (ObjectNode) JSON.readTree(
        EXAMPLES.resolve("training-2021").resolve("evaluation.json").toFile());
    t.remove("declaration");
    t.remove("monitoring");
    return t;
  }

  private static ObjectNode baiyun() throws IOException {
    return (ObjectNode) JSON.readTree(Cli.BAIYUN.toFile());
  }

  private static void unit(ObjectNode evaluation, String code, String name) {
    ((ObjectNode) evaluation.get("department")).put("code", code).put("name", name);
  }
}

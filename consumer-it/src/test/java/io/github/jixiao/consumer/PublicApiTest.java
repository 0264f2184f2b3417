package io.github.jixiao.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.testkit.JixiaoGens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API gate until there is a release to compare with (japicmp from 0.2.0 on): each library's
 * public signatures against the snapshot in {@code src/test/resources/api/}, which records the
 * CHANGELOG's Unreleased section as it was when the snapshot was written. A signature that
 * changes fails here; writing the snapshot again ({@code -Djixiao.api.write=true}) is refused
 * until the Unreleased section has changed since — a change users would notice gets its line.
 */
class PublicApiTest {

  private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "api");
  private static final Path CHANGELOG = Path.of("..", "CHANGELOG.md");
  private static final String FINGERPRINT = "# changelog-unreleased: ";

  static Stream<Arguments> libraries() {
    return Stream.of(Arguments.of("jixiao-core", SelfEvaluation.class),
        Arguments.of("jixiao-rules", Scorer.class), Arguments.of("jixiao-io", JixiaoJson.class),
        Arguments.of("jixiao-excel", ExcelTables.class),
        Arguments.of("jixiao-report", ReportDrafts.class),
        Arguments.of("jixiao-testkit", JixiaoGens.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libraries")
  void thePublicSignaturesAreTheSnapshotsOrTheChangelogSaysWhy(String artifact, Class<?> anchor)
      throws Exception {
    List<String> now = PublicApi.of(anchor);
    Path file = SNAPSHOTS.resolve(artifact + ".txt");
    List<String> snapshot = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
        : List.of();
    List<String> recorded = snapshot.stream().filter(l -> !l.startsWith("#")).toList();
    String unreleased = fingerprint(Files.readString(CHANGELOG, StandardCharsets.UTF_8));
    if (Boolean.getBoolean("jixiao.api.write")) {
      String before = snapshot.stream().filter(l -> l.startsWith(FINGERPRINT)).findFirst()
          .map(l -> l.substring(FINGERPRINT.length())).orElse("");
      assertThat(recorded.equals(now) || !unreleased.equals(before))
          .as("%s: the public API changed, but CHANGELOG.md's Unreleased section has not since"
              + " the snapshot was written: add the line users will read, then write again",
              artifact).isTrue();
      List<String> out = new ArrayList<>();
      out.add("# The public API of " + artifact + ": a line per type and member (PublicApiTest).");
      out.add("# Write again: ./mvnw -pl consumer-it test -Djixiao.api.write=true");
      out.add(FINGERPRINT + unreleased);
      out.addAll(now);
      Files.createDirectories(SNAPSHOTS);
      Files.write(file, out, StandardCharsets.UTF_8);
      return;
    }
    Set<String> added = new LinkedHashSet<>(now);
    recorded.forEach(added::remove);
    Set<String> removed = new LinkedHashSet<>(recorded);
    now.forEach(removed::remove);
    assertThat(added).as("%s: public signatures added (say so in CHANGELOG.md, then write the"
        + " snapshot again: ./mvnw -pl consumer-it test -Djixiao.api.write=true)", artifact)
        .isEmpty();
    assertThat(removed).as("%s: public signatures removed or changed (say so in CHANGELOG.md,"
        + " then write the snapshot again: ./mvnw -pl consumer-it test -Djixiao.api.write=true)",
        artifact).isEmpty();
  }

  /** The first 16 hex digits of the SHA-256 of the changelog's Unreleased section. */
  static String fingerprint(String changelog) throws NoSuchAlgorithmException {
    int start = changelog.indexOf("## [Unreleased]");
    int end = start < 0 ? -1 : changelog.indexOf("\n## [", start + 1);
    String section = start < 0 ? "" : changelog.substring(start, end < 0 ? changelog.length()
        : end);
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(section.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, 16);
  }
}

package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The region a rulebook applies in (适用地区): the whole country (全国, {@link
 * GovernmentLevel#CENTRAL}), a province (四川省), a city (四川省达州市) or a county, written as the
 * names of its administrative divisions from the province down, in full as a budget unit's region
 * is written ({@code Department.getRegion()}: 广东省广州市白云区).
 *
 * <p>A region applies to a budget unit whose region names every one of its divisions, in order: a
 * rulebook of {@code [广东省, 广州市]} applies to a unit of 广东省广州市白云区, not to one of
 * 广东省深圳市. The most specific region wins when several apply (county → city → province →
 * national): the one with the most divisions.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegion.class)
@JsonDeserialize(as = ImmutableRegion.class)
public interface Region extends WithRegion {

  /** The most divisions a region names: province, city, county. */
  int MAX_DIVISIONS = 3;

  /** The most characters of one division's name. */
  int MAX_NAME = 40;

  /** The level of government whose rulebook it is: 中央 for the whole country. */
  GovernmentLevel getLevel();

  /**
   * The names of its divisions from the province down, e.g. {@code [四川省, 达州市]}; empty for the
   * whole country. A municipality directly under the centre is a province: {@code [重庆市]}.
   */
  List<String> getDivisions();

  /** The whole country (全国). */
  static Region national() {
    return builder().level(GovernmentLevel.CENTRAL).build();
  }

  /** A region of {@code level} with {@code divisions}, from the province down. */
  static Region of(GovernmentLevel level, String... divisions) {
    return builder().level(level).addDivisions(divisions).build();
  }

  /** How specific it is: the number of divisions it names (0 for the whole country). */
  default int specificity() {
    return getDivisions().size();
  }

  /**
   * Whether it applies to a unit of {@code unitRegion} (e.g. 广东省广州市白云区): whether that names
   * every one of its divisions, in order. The whole country applies everywhere.
   */
  default boolean covers(String unitRegion) {
    String region = unitRegion.strip();
    int from = 0;
    for (String division : getDivisions()) {
      int at = region.indexOf(division, from);
      if (at < 0) {
        return false;
      }
      from = at + division.length();
    }
    return true;
  }

  /** Its name for people: the divisions joined (四川省达州市), or 全国 / nationwide. */
  default Message describe() {
    return getDivisions().isEmpty() ? Message.of("rules.region.national")
        : Message.of("rules.region.named", Argument.text("name", String.join("", getDivisions())));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Region}. */
  final class Builder extends ImmutableRegion.Builder {}

  /**
   * Checks that the whole country names no division and any other region one to three, each a
   * name of at most {@value #MAX_NAME} characters.
   */
  @Value.Check
  default void validate() {
    Validation.check(this, "Region", v -> {
      boolean national = getLevel() == GovernmentLevel.CENTRAL;
      v.require(national == getDivisions().isEmpty(), "divisions", () -> Message.of(national
          ? "rules.region.national-divisions" : "rules.region.no-divisions",
          Argument.text("national", GovernmentLevel.CENTRAL.name())));
      v.require(getDivisions().size() <= MAX_DIVISIONS, "divisions", () -> Message.of(
          "rules.region.too-many", Argument.number("most", MAX_DIVISIONS)));
      for (int i = 0; i < getDivisions().size(); i++) {
        String name = getDivisions().get(i);
        v.require(!name.isBlank() && name.length() <= MAX_NAME, "divisions[" + i + "]",
            () -> Message.of("rules.region.name", Argument.number("most", MAX_NAME)));
      }
    });
  }
}

package io.github.jixiao.core;

/**
 * A source of a budget's money (资金来源), one row of the 项目资金 / 预算执行情况 block of a 自评表. Two
 * splits are published, and one budget uses one of them ({@link #scheme()}):
 *
 * <ul>
 *   <li>the national 2020 project form (formats.md layout A), and the department-wide forms that
 *       follow it: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金;
 *   <li>the Sichuan 2023 form (layout B, 报表编号 510000_0013zp): 总额 = 财政资金 + 财政专户管理资金 +
 *       单位资金 + 其他资金.
 * </ul>
 *
 * <p>{@link #OTHER} (其他资金) is a row of both. Confirmed by the published forms' row labels.
 */
public enum FundingSource {
  /** 当年财政拨款 (本年财政拨款): this year's appropriation (national split). */
  CURRENT_APPROPRIATION("当年财政拨款", FundingScheme.NATIONAL),
  /** 上年结转资金: money carried over from last year (national split). */
  CARRIED_OVER("上年结转资金", FundingScheme.NATIONAL),
  /** 财政资金: fiscal money (Sichuan split). */
  FISCAL("财政资金", FundingScheme.SICHUAN),
  /** 财政专户管理资金: money managed in a fiscal special account (Sichuan split). */
  SPECIAL_ACCOUNT("财政专户管理资金", FundingScheme.SICHUAN),
  /** 单位资金: the unit's own money (Sichuan split). */
  UNIT_FUNDS("单位资金", FundingScheme.SICHUAN),
  /** 其他资金: other money (a row of both splits). */
  OTHER("其他资金", null);

  private final String label;
  private final FundingScheme scheme;

  FundingSource(String label, FundingScheme scheme) {
    this.label = label;
    this.scheme = scheme;
  }

  /** The row label as printed, e.g. {@code 当年财政拨款}. */
  public String label() {
    return label;
  }

  /** The split this source belongs to; empty for {@link #OTHER}, a row of both. */
  public java.util.Optional<FundingScheme> scheme() {
    return java.util.Optional.ofNullable(scheme);
  }

  /** The two published splits of a budget by source (资金来源口径). */
  public enum FundingScheme {
    /** 当年财政拨款 / 上年结转资金 / 其他资金: the national 2020 project form. */
    NATIONAL,
    /** 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金: the Sichuan 2023 form. */
    SICHUAN
  }
}

package io.github.jixiao.rules.formula;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Listing;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.spi.Formula;
import io.github.jixiao.rules.spi.FormulaProvider;
import io.github.jixiao.rules.spi.PluginException;
import io.github.jixiao.rules.spi.internal.Discovery;
import io.github.jixiao.rules.spi.internal.PluginKind;
import io.github.jixiao.rules.spi.internal.PluginPart;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The named formulas (计算公式) that derive an indicator's actual value from the evaluation's own
 * data, so that nobody types a rate by hand. An indicator names one by its id ({@code
 * Indicator.getFormula()} or {@code RulebookIndicator.getFormula()}); the score card shows the
 * value next to the figures it came from. A rate is numerator ÷ denominator × 100 %, at six
 * decimals, half up; a zero denominator makes it not applicable.
 *
 * <p>The registry of formulas (计算公式注册表): id → {@link Formula}. Immutable, so it is safe to
 * share between threads. {@link #standard()} is the built-in formulas below, as the MoF framework
 * (财预〔2013〕53号) is commonly quoted (where Jixiao had to choose a reading, the formula's javadoc
 * says so), always usable whatever the class path holds; one's own are added explicitly ({@link
 * #with}) or, only when asked, from the {@link FormulaProvider}s that {@link
 * java.util.ServiceLoader} finds ({@link #withDiscovered()}). An id names one formula: an id given
 * twice is refused with a {@link PluginException} naming both sources. Order: built-ins, then in
 * the order added (providers by priority, then class name).
 *
 * <pre>{@code
 * FormulaResult rate = Formulas.standard().compute(Formulas.EXECUTION_RATE, evaluation);
 * Formulas mine = Formulas.standard().with(new ProblemsSolvedRate());
 * Scorer scorer = Scorer.standard().withFormulas(mine);
 * }</pre>
 */
public final class Formulas {

  /**
   * 预算完成率 / 预算执行率: executed ÷ full-year budget. A leaf names this id whatever its
   * rulebook's execution base ({@code ExecutionSettings.getBase()}); the scorer computes it
   * against that base, by the formula {@link #executionRate(ExecutionBase)} names.
   */
  public static final String EXECUTION_RATE = "execution-rate";
  /**
   * 预算执行率 against the full-year budget and last year's carry-over (a 2020 municipal form,
   * formats.md table D: 预算数 = 调整后财政资金总额, including 上年结余结转): executed ÷ (full-year
   * budget + carry-over at the start of the year); missing data without a carry-over.
   */
  public static final String EXECUTION_RATE_WITH_CARRY_OVER = "execution-rate.with-carry-over";
  /**
   * 预算执行率 against the funds in place: executed ÷ 资金到位数 ({@code
   * Budget.getFundsInPlace()}); missing data when the budget does not give them.
   */
  public static final String EXECUTION_RATE_FUNDS_IN_PLACE = "execution-rate.funds-in-place";
  /**
   * 预算调整率: adjustments ÷ full-year budget. The adjustments are the budget's stated
   * adjustments, else full-year − initial budget; a cut counts as a negative rate (the framework's
   * formula, unsigned; how a band table treats a cut is the rulebook's business).
   */
  public static final String ADJUSTMENT_RATE = "adjustment-rate";
  /** 结转结余率: carry-over at the end of the year ÷ full-year budget. */
  public static final String CARRY_OVER_RATE = "carry-over-rate";
  /** 结转结余变动率: (carry-over at the end − at the start) ÷ at the start. */
  public static final String CARRY_OVER_CHANGE = "carry-over-change";
  /** 公用经费控制率: operating spending ÷ operating budget. */
  public static final String OPERATING_COST_CONTROL = "operating-cost-control";
  /** "三公经费"变动率: (this year's 三公 budget − last year's) ÷ last year's. */
  public static final String THREE_PUBLIC_CHANGE = "three-public-change";
  /** "三公经费"控制率: 三公 spending ÷ 三公 budget. */
  public static final String THREE_PUBLIC_CONTROL = "three-public-control";
  /** 政府采购执行率: procurement spent ÷ procurement budget. */
  public static final String PROCUREMENT_EXECUTION = "procurement-execution";
  /** 在职人员控制率: staff in post ÷ authorised posts (编制数). */
  public static final String STAFF_CONTROL = "staff-control";
  /** 实际完成率: work done ÷ work planned, over the tasks that count both. */
  public static final String TASK_COMPLETION = "task-completion";
  /** 重点工作办结率: work done ÷ work planned, over the key tasks that count both. */
  public static final String KEY_TASK_COMPLETION = "key-task-completion";
  /**
   * 社会公众或服务对象满意度: satisfied ÷ valid respondents, from the stated figure with code
   * {@code satisfaction} (its numerator and denominator).
   */
  public static final String SATISFACTION = "satisfaction";
  /**
   * 重点支出安排率: the key projects' budgets ÷ the project-spending budget; missing data when a key
   * project does not give its budget.
   */
  public static final String KEY_SPENDING_RATE = "key-spending-rate";
  /** 支付进度率: paid ÷ planned, at the last milestone of the year. */
  public static final String PAYMENT_PROGRESS = "payment-progress";
  /** The number of payment milestones whose payment fell short of plan (for milestone rules). */
  public static final String MISSED_MILESTONES = "missed-milestones";


  // Built-in formulas only: nothing here can fail, whatever the class path holds.
  private static final Formulas STANDARD = builtIns();

  private final Map<String, Formula> formulas;
  private final Map<String, String> sources;

  private Formulas(Map<String, Formula> formulas, Map<String, String> sources) {
    this.formulas = Collections.unmodifiableMap(new LinkedHashMap<>(formulas));
    this.sources = Map.copyOf(sources);
  }

  private static Formulas builtIns() {
    Formulas none = new Formulas(Map.of(), Map.of());
    return none.adding(BuiltInFormulas.all(), Discovery.BUILT_IN);
  }

  /** The built-in formulas, and nothing else. */
  public static Formulas standard() {
    return STANDARD;
  }

  /**
   * These formulas and {@code more}, each under its own {@link Formula#id()}.
   *
   * @throws PluginException if an id is already taken, naming both sources
   * @throws IllegalArgumentException if an id is malformed
   */
  public Formulas with(Formula... more) {
    for (Formula formula : more) {
      Objects.requireNonNull(formula, "formula");
    }
    return adding(List.of(more), Discovery.EXPLICIT);
  }

  /** These formulas and those of every provider found with the thread's context class loader. */
  public Formulas withDiscovered() {
    return withDiscovered(Discovery.defaultLoader());
  }

  /**
   * These formulas and those of every {@link FormulaProvider} that {@code loader} finds, by
   * priority (higher first), then class name.
   *
   * The message bundle a provider names ({@link FormulaProvider#messageBundle()}) is registered
   * with it.
   *
   * @throws PluginException if a provider cannot be loaded, throws or returns null, gives an id
   *     already taken (naming both sources), or names a message bundle that cannot be used
   */
  public Formulas withDiscovered(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    Formulas next = this;
    for (FormulaProvider provider : Discovery.providers(FormulaProvider.class, loader,
        FormulaProvider::priority)) {
      Discovery.registerBundle(provider, Discovery.call(provider, PluginPart.MESSAGE_BUNDLE,
          FormulaProvider::messageBundle));
      next = next.adding(Discovery.call(provider, PluginPart.FORMULAS,
          p -> List.copyOf(p.formulas())), Discovery.source(provider));
    }
    return next;
  }

  private Formulas adding(List<Formula> more, String source) {
    Map<String, Formula> next = new LinkedHashMap<>(formulas);
    Map<String, String> nextSources = new LinkedHashMap<>(sources);
    for (Formula formula : more) {
      String id = Discovery.isDiscovered(source)
          ? Discovery.call(formula, PluginPart.FORMULA_ID, Formula::id) : formula.id();
      Discovery.checkId(PluginKind.FORMULA, id, source, "problems-solved-rate");
      Formula taken = next.putIfAbsent(id, formula);
      if (taken != null) {
        throw Discovery.duplicate(PluginKind.FORMULA, id, nextSources.get(id), taken, source,
            formula);
      }
      nextSources.put(id, source);
    }
    return new Formulas(next, nextSources);
  }

  /** Every formula id, in a fixed order; unmodifiable. */
  public Set<String> ids() {
    return formulas.keySet();
  }

  /** Whether {@code id} names a formula here. */
  public boolean contains(String id) {
    return formulas.containsKey(id);
  }

  /** The formula named {@code id}, if any. */
  public Optional<Formula> find(String id) {
    return Optional.ofNullable(formulas.get(id));
  }

  /**
   * Computes formula {@code id} from {@code evaluation}'s data.
   *
   * @throws IllegalArgumentException if no formula has that id (the message, in English, lists
   *     them)
   */
  public FormulaResult compute(String id, SelfEvaluation evaluation) {
    Formula formula = formulas.get(id);
    if (formula == null) {
      throw new IllegalArgumentException(Message.of("rules.formula.no-such",
          Argument.text("formula", Echo.text(id)),
          Argument.text("known", Listing.ids(formulas.keySet()))).render(Locale.ENGLISH));
    }
    return formula.compute(evaluation);
  }

  /**
   * 预算执行率: executed ÷ full-year budget × 100 at {@code scale} decimals, half up; empty when
   * the budget is zero (not applicable). The one place the execution rate is computed: the formula
   * {@link #EXECUTION_RATE} (at 6 decimals) and the checks (through
   * {@code CheckContext.executionRate}) all use it.
   */
  public static Optional<Percentage> executionRate(Budget budget, int scale) {
    return Percentage.ofRatio(budget.getExecuted(), budget.getFullYear(), scale);
  }


  /**
   * The id of the built-in formula that computes 预算执行率 against {@code base}: {@link
   * #EXECUTION_RATE}, {@link #EXECUTION_RATE_WITH_CARRY_OVER} or {@link
   * #EXECUTION_RATE_FUNDS_IN_PLACE}.
   */
  public static String executionRate(ExecutionBase base) {
    return switch (base) {
      case FULL_YEAR -> EXECUTION_RATE;
      case FULL_YEAR_WITH_CARRY_OVER -> EXECUTION_RATE_WITH_CARRY_OVER;
      case FUNDS_IN_PLACE -> EXECUTION_RATE_FUNDS_IN_PLACE;
    };
  }

  @Override
  public String toString() {
    return "Formulas" + formulas.keySet();
  }

}

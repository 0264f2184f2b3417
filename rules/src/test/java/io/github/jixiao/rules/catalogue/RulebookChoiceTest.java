package io.github.jixiao.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.RulebookCatalogue;
import io.github.jixiao.rules.RulebookCatalogueException;
import io.github.jixiao.rules.RulebookChoice;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.rulebook.Region;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Choosing a rulebook by region and year: county → city → province → national. */
class RulebookChoiceTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** The Baiyun evaluation (广东省广州市白云区, 2021, department-wide) naming no rulebook. */
  private static SelfEvaluation unnamed() {
    return BaiyunFixture.asEncoded().withRulebook(java.util.Optional.empty());
  }

  @Test
  void aCountyDocumentIsScoredUnderItsCitysRulebookRatherThanTheNationalFramework() {
    RulebookChoice choice = Rulebooks.forEvaluation(unnamed());
    // gz-dept-2021 (广东省广州市, 2021) and mof-dept-2013 (全国, 2013–) both apply; the city wins.
    assertThat(choice.rulebook().getId()).isEqualTo("gz-dept-2021");
    assertThat(choice.named()).isFalse();
    assertThat(choice.reason().render(ZH)).isEqualTo("gz-dept-2021：适用地区广东省广州市包含单位所在的"
        + "广东省广州市白云区，适用年度（2021 年度）包含 2021 年度，适用于部门整体支出；"
        + "为 2 个适用的评分办法中最具体的一个");
  }

  @Test
  void outsideTheCitysYearsTheNationalFrameworkApplies() {
    RulebookChoice choice = Rulebooks.forEvaluation(unnamed().withFiscalYear(2019));
    assertThat(choice.rulebook().getId()).isEqualTo("mof-dept-2013");
    assertThat(choice.reason().render(Locale.ENGLISH)).contains("its region, nationwide,",
        "its years, from 2013, include 2019", "the most specific of 1 that apply");
  }

  @Test
  void aYearOutsideEveryRulebooksYearsIsAClearErrorListingWhatExists() {
    SelfEvaluation project2019 = unnamed().withKind(EvaluationKind.PROJECT).withFiscalYear(2019);
    assertThatThrownBy(() -> Rulebooks.forEvaluation(project2019))
        .isInstanceOfSatisfying(RulebookCatalogueException.class, e -> {
          assertThat(e.path()).contains("$.rulebook");
          assertThat(e.message(ZH)).startsWith("目录中没有适用于 广东省广州市白云区 单位 2019 年度项目支出的评分办法；"
              + "目录中有：").contains("mof-project-2020 (2020–)").endsWith("请在 $.rulebook 中指定");
        });
  }

  @Test
  void theRulebookADocumentNamesIsTakenAndAnUnknownOneIsNotReplacedSilently() {
    RulebookChoice named = Rulebooks.forEvaluation(BaiyunFixture.asEncoded());
    assertThat(named.named()).isTrue();
    assertThat(named.reason().render(ZH)).isEqualTo("文件指定（$.rulebook）");
    assertThatThrownBy(() -> Rulebooks.forEvaluation(unnamed().withRulebook("gz-dept-2012")))
        .isInstanceOfSatisfying(RulebookCatalogueException.class, e -> assertThat(e.message(ZH))
            .startsWith("文件指定的评分办法“gz-dept-2012”不在目录中；目录中有：")
            .contains("gz-dept-2021 (广东省广州市 2021–2021)"));
  }

  @Test
  void aRulebookWithoutARegionIsUsedOnlyWhenNamedAndTwoEquallySpecificOnesAreATie() {
    Rulebook gz = Rulebooks.guangzhouDepartment2021();
    RulebookCatalogue vendor = Rulebooks.catalogue().with(gz.withId("vendor").withRegion(
        java.util.Optional.empty()), "vendor.json");
    assertThat(vendor.forEvaluation(unnamed()).rulebook().getId()).isEqualTo("gz-dept-2021");
    // A bureau's own rulebook for the city is preferred over the built-in one, and says so.
    RulebookCatalogue ours = Rulebooks.catalogue().with(gz.withId("gz-ours"), "ours.json");
    RulebookChoice mine = ours.forEvaluation(unnamed());
    assertThat(mine.rulebook().getId()).isEqualTo("gz-ours");
    assertThat(mine.reason().render(ZH)).endsWith("为 3 个适用的评分办法中最具体的一个，并作为加入目录的"
        + "评分办法优先于同样具体的内置评分办法 gz-dept-2021");
    // Two added ones as specific as each other are a tie, named.
    RulebookCatalogue twice = ours.with(gz.withId("gz-other"), "other.json");
    assertThatThrownBy(() -> twice.forEvaluation(unnamed()))
        .isInstanceOfSatisfying(RulebookCatalogueException.class, e -> assertThat(e.message(ZH))
            .contains("gz-dept-2021 (广东省广州市 2021–2021)、gz-ours (广东省广州市 2021–2021)、"
                + "gz-other (广东省广州市 2021–2021)"));
    // A district's own rulebook is more specific than its city's.
    RulebookCatalogue district = Rulebooks.catalogue().with(gz.withId("baiyun").withRegion(
        Region.of(GovernmentLevel.COUNTY, "广东省", "广州市", "白云区")), "baiyun.json");
    assertThat(district.forEvaluation(unnamed()).rulebook().getId()).isEqualTo("baiyun");
    // Another city's rulebook does not apply.
    RulebookCatalogue shenzhen = RulebookCatalogue.empty().with(gz.withRegion(
        Region.of(GovernmentLevel.MUNICIPAL, "广东省", "深圳市")), "sz.json");
    assertThatThrownBy(() -> shenzhen.forEvaluation(unnamed()))
        .isInstanceOf(RulebookCatalogueException.class);
  }

  @Test
  void twoRulebooksWithOneIdAreRefusedNamingBothOrigins() {
    assertThatThrownBy(() -> Rulebooks.catalogue().with(Rulebooks.mofProject2020(),
        "/home/bureau/rulebooks/mof.json"))
        .isInstanceOfSatisfying(RulebookCatalogueException.class, e -> assertThat(e.message(ZH))
            .isEqualTo("两个评分办法的标识均为“mof-project-2020”：jixiao-rules:rulebooks/"
                + "mof-project-2020.json 与 /home/bureau/rulebooks/mof.json；请为其中一个另取标识"));
  }
}

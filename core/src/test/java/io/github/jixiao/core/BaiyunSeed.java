package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.List;

/**
 * The seed report (shared/seeds/000_c46ec62863e80d2b.txt) built from its own words and figures:
 * the Office of the Standing Committee of the Baiyun District People's Congress, 2021.
 */
final class BaiyunSeed {

  private BaiyunSeed() {}

  static final List<String> CONGRESS_DUTIES = List.of(
      "保证宪法、法律、行政法规和上级人民代表大会及其常务委员会决议的遵守和执行",
      "在职权范围内通过和发布决议",
      "决定本行政区域内的经济、文化事业和公共事业的建设计划和项目",
      "审查和批准本行政区域内的预算和预算执行情况的报告",
      "决定本行政区域内的民政工作的实施计划",
      "选举本级人民代表大会主席、副主席",
      "选举乡长、副乡长，镇长、副镇长",
      "听取和审议乡、民族乡、镇的人民政府的工作报告",
      "听取和审议乡、民族乡、镇的人民代表大会主席团的工作报告",
      "撤销乡、民族乡、镇的人民政府的不适当的决定和命令",
      "保护社会主义的全民所有的财产和劳动群众集体所有的财产",
      "保护各种经济组织的合法权益",
      "铸牢中华民族共同体意识，保障少数民族的合法权利和利益",
      "保障宪法和法律赋予妇女的男女平等、同工同酬和婚姻自由等各项权利");

  static final List<String> STANDING_COMMITTEE_DUTIES = List.of(
      "保证宪法、法律、行政法规和上级人民代表大会及其常务委员会决议的遵守和执行",
      "领导或者主持本级人民代表大会代表的选举",
      "召集本级人民代表大会会议",
      "讨论、决定本行政区域内的重大事项和项目",
      "审查和批准国民经济和社会发展规划纲要、计划和本级预算的调整方案",
      "监督规划纲要、计划和预算的执行，审查和批准本级决算",
      "监督本级人民政府、监察委员会、人民法院和人民检察院的工作",
      "监督本级人民政府对国有资产的管理",
      "听取和审议年度环境状况和环境保护目标完成情况的报告",
      "听取和审议备案审查工作情况报告",
      "撤销下一级人民代表大会及其常务委员会的不适当的决议",
      "撤销本级人民政府的不适当的决定和命令",
      "闭会期间决定副区长的个别任免",
      "根据区长的提名，决定本级人民政府秘书长、局长等的任免",
      "根据监察委员会主任的提名，任免监察委员会副主任、委员",
      "任免人民法院、人民检察院有关人员",
      "闭会期间决定撤销个别副区长等的职务",
      "闭会期间补选上一级人民代表大会出缺的代表和罢免个别代表");

  static final List<String> OFFICE_DUTIES = List.of(
      "负责区人大会议、区人大常委会会议等有关重要会议的会务组织",
      "负责区人大常委会有关决定事项及常委会领导交办事项的组织实施和督促检查",
      "负责起草和组织有关部门起草常委会的重要文件",
      "负责机关党建、纪检、文秘、人事、信访、财务及后勤工作",
      "协调常委会各工作委员会的工作关系");

  static Department department() {
    Department.Builder department = Department.builder().code("baiyun-rd-sc-office")
        .name("广州市白云区人民代表大会常务委员会办公室").level(GovernmentLevel.COUNTY)
        .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE);
    addDuties(department, "congress", "广州市白云区人民代表大会", CONGRESS_DUTIES);
    addDuties(department, "sc", "广州市白云区人民代表大会常务委员会", STANDING_COMMITTEE_DUTIES);
    addDuties(department, "office", "广州市白云区人民代表大会常务委员会办公室", OFFICE_DUTIES);
    for (String committee : List.of("监察和司法委员会", "财政经济委员会", "城乡建设环境与资源保护委员会",
        "社会建设委员会")) {
      department.addUnit(unit("special-" + committee, committee, "专门委员会", null));
    }
    department.addUnit(unit("office", "办公室", "综合办事机构", null));
    for (String section : List.of("科书科", "综合科", "组织行政科", "联络科")) {
      department.addUnit(unit("office-" + section, section, "科", "office"));
    }
    for (String committee : List.of("监察和司法工作委员会", "财政经济工作委员会",
        "城乡建设环境与资源保护工作委员会", "农村农业工作委员会", "教育科学文化卫生工作委员会",
        "社会建设工作委员会", "选举联络人事任免工作委员会")) {
      department.addUnit(unit("working-" + committee, committee, "工作委员会", null));
    }
    return department.build();
  }

  static Budget budget() {
    return Budget.builder().unit(MoneyUnit.WAN_YUAN).fullYear(new BigDecimal("3306.19"))
        .executed(new BigDecimal("3212.37")).build();
  }

  private static void addDuties(Department.Builder department, String prefix, String organ,
      List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      department.addDuty(Duty.builder().code(prefix + "-" + (i + 1)).text(texts.get(i))
          .organ(organ).build());
    }
  }

  private static OrganisationalUnit unit(String code, String name, String category,
      String parent) {
    OrganisationalUnit.Builder unit = OrganisationalUnit.builder().code(code).name(name)
        .category(category);
    if (parent != null) {
      unit.parentCode(parent);
    }
    return unit.build();
  }
}

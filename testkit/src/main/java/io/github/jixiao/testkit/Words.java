package io.github.jixiao.testkit;

import java.util.List;

/** The words generated values are made of, taken from the methodology and the seed report. */
final class Words {

  private Words() {}

  static final List<String> DEPARTMENTS = List.of(
      "广州市白云区人民代表大会常务委员会办公室", "某区财政局", "某市教育局", "某县卫生健康局",
      "某镇人民政府");

  static final List<String> REGIONS = List.of("广东省广州市白云区", "湖南省岳阳市", "北京市",
      "四川省成都市");

  static final List<String> DUTIES = List.of(
      "负责区人大会议、区人大常委会会议等有关重要会议的会务组织",
      "负责区人大常委会有关决定事项及常委会领导交办事项的组织实施和督促检查",
      "负责起草和组织有关部门起草常委会的重要文件",
      "负责机关党建、纪检、文秘、人事、信访、财务及后勤工作",
      "协调常委会各工作委员会的工作关系",
      "审查和批准本行政区域内的预算和预算执行情况的报告");

  static final List<String> ORGANS = List.of("广州市白云区人民代表大会常务委员会", "广州市白云区人民代表大会");

  static final List<String> UNITS = List.of("办公室", "财政经济委员会", "综合科", "联络科",
      "社会建设工作委员会");

  static final List<String> UNIT_CATEGORIES = List.of("综合办事机构", "专门委员会", "科", "工作委员会");

  static final List<String> TASKS = List.of("召开常委会会议", "依法决定重大事项", "听取审议专项工作报告",
      "办理代表建议", "开展执法检查", "建设代表联络站");

  static final List<String> TASK_HEADINGS = List.of("坚持党的领导", "紧扣中心，服务大局",
      "有效发挥代表主体作用", "全面加强四个机关建设");

  static final List<String> PROJECTS = List.of("区人大会议项目", "代表履职保障项目", "智慧人大建设项目");

  static final List<String> LEVEL_1 = List.of("产出", "投入", "过程", "效果", "履职效能", "管理效率");

  static final List<String> LEVEL_2 = List.of("预算执行", "目标设定", "预算配置", "预算管理", "资产管理",
      "职责履行", "履职效益");

  // not 预算完成率: the execution line's name, which a stated figure of the budget bears (JX-407)
  static final List<String> AT_LEAST = List.of("年度任务完成率", "实际完成率", "完成及时率", "质量达标率",
      "重点工作办结率", "社会公众或服务对象满意度", "政府采购执行率");

  static final List<String> AT_MOST = List.of("在职人员控制率", "\"三公经费\"控制率", "公用经费控制率",
      "结转结余率");

  static final List<String> EQUAL = List.of("预算调整率", "会议召开次数");

  static final List<String> QUALITATIVE = List.of("绩效目标合理性", "绩效指标明确性", "管理制度健全性",
      "资金使用合规性", "社会效益");

  static final List<String> QUALITATIVE_TARGETS = List.of("按期召开会议", "制度健全", "资金使用合规",
      "效益明显");

  static final List<String> QUANTITY_UNITS = List.of("%", "次", "件", "万元");

  static final List<String> DEVIATION_REASONS = List.of("项目资金支出进度分配不均",
      "受疫情影响部分工作延期", "预算编制工作有待细化");

  static final List<String> DEDUCTION_REASONS = List.of("项目资金支出进度分配不均",
      "预算编制不够细化", "部分资料未按时归档");

  static final List<String> EVIDENCE = List.of("会计凭证", "会议纪要", "审计报告");

  static final List<String> PROBLEMS = List.of("预算编制工作有待细化", "预算的合理性和执行力度还需加强",
      "项目资金支出进度分配不均");

  /** Areas of problems and measures; none is an indicator's name, so none names a full score. */
  static final List<String> AREAS = List.of("预算编制", "资金管理", "项目管理", "采购管理");

  /** The area that explains a low execution rate (JX-405), and is no indicator's name. */
  static final String EXECUTION_AREA = "预算执行率";

  static final List<String> IMPROVEMENTS = List.of("着力加强预算编制管理", "着力加强资金使用管理",
      "着力加强项目支出调度");

  static final List<String> PERIODS = List.of("第一季度", "第二季度", "第三季度", "第四季度");

  static final String LOW_EXECUTION = "预算执行率偏低，预算的合理性和执行力度还需加强";
}

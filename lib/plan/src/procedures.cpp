// The built-in procedures: names, arguments (types, defaults, bounds, units), roles and the
// clauses they implement. The engine (lib/engine) implements each by name; see
// docs/formats/test-plan.md for what each one does.

#include "robocert/plan/procedures.hpp"

namespace robocert::plan {
namespace {

using List = std::vector<double>;

ArgumentSpec required(std::string name, ParamType type, Text help, std::string unit = {}) {
  ArgumentSpec a;
  a.name = std::move(name);
  a.type = type;
  a.required = true;
  a.unit = std::move(unit);
  a.help = std::move(help);
  return a;
}

ArgumentSpec optional(std::string name, ParamType type, Value defaultValue, Text help,
                      std::string unit = {}) {
  ArgumentSpec a;
  a.name = std::move(name);
  a.type = type;
  a.defaultValue = std::move(defaultValue);
  a.unit = std::move(unit);
  a.help = std::move(help);
  return a;
}

ArgumentSpec bounded(ArgumentSpec a, std::optional<double> min, std::optional<double> max) {
  a.min = min;
  a.max = max;
  return a;
}

ArgumentSpec choice(std::string name, std::vector<std::string> choices, std::string defaultValue,
                    Text help) {
  ArgumentSpec a =
      optional(std::move(name), ParamType::Choice, std::move(defaultValue), std::move(help));
  a.choices = std::move(choices);
  return a;
}

ArgumentSpec cycles(std::int64_t max, std::int64_t defaultValue) {
  return bounded(optional("cycles", ParamType::Integer, defaultValue,
                          {"Cycles per pose and speed", "每个位姿和速度的循环次数"}),
                 1, static_cast<double>(max));
}

ArgumentSpec speeds() {
  return bounded(optional("speeds", ParamType::NumberList, List{1.0, 0.5, 0.1},
                          {"Speeds as fractions of the rated velocity, in the order run",
                           "速度（额定速度的比例），按执行顺序"}),
                 0.01, 1.0);
}

ArgumentSpec speed(double defaultValue) {
  return bounded(optional("speed", ParamType::Number, defaultValue,
                          {"Speed as a fraction of the rated velocity", "速度（额定速度的比例）"}),
                 0.01, 1.0);
}

ArgumentSpec settle(double defaultValue) {
  return bounded(optional("settle_s", ParamType::Number, defaultValue,
                          {"Wait after the robot reports in position, before measuring",
                           "机器人报告到位后、测量前的等待时间"},
                          "s"),
                 0.0, 60.0);
}

ArgumentSpec motion() {
  return choice("motion", {"linear", "joint"}, "linear",
                {"Motion between poses: linear (straight TCP path) or joint",
                 "位姿间的运动方式：直线（TCP 直线路径）或关节"});
}

ArgumentSpec pose(std::string name, std::string defaultValue, Text help) {
  return choice(std::move(name), {"P1", "P2", "P3", "P4", "P5"}, std::move(defaultValue),
                std::move(help));
}

const std::vector<RoleNeed> kRobotAndTracker{{"robot", Capability::Manipulator},
                                             {"tracker", Capability::PoseSensor}};

std::vector<ProcedureSpec> makeTable() {
  std::vector<ProcedureSpec> t;

  t.push_back(
      {.name = "operator.prompt",
       .title = {"Operator prompt", "操作员提示"},
       .arguments = {
           required("en", ParamType::String,
                    {"What the operator must do (English)", "操作员须完成的操作（英文）"}),
           optional("zh", ParamType::String, std::string(),
                    {"What the operator must do (Chinese)", "操作员须完成的操作（中文）"})}});

  ArgumentSpec centre = required(
      "centre", ParamType::NumberList,
      {"Cube centre x, y, z in the robot base frame", "立方体中心 x, y, z（机器人基坐标系）"},
      "mm");
  centre.length = 3;
  ArgumentSpec orientation =
      optional("orientation", ParamType::NumberList, List{180.0, 0.0, 180.0},
               {"Tool orientation a, b, c at every pose", "各位姿的工具姿态 a, b, c"}, "deg");
  orientation.length = 3;
  t.push_back(
      {.name = "iso9283.test_cube",
       .title = {"ISO 9283 test cube and poses P1..P5", "ISO 9283 测试立方体及位姿 P1..P5"},
       .arguments = {centre,
                     bounded(required("side_mm", ParamType::Number,
                                      {"Cube edge length", "立方体边长"}, "mm"),
                             1.0, std::nullopt),
                     choice("plane", {"C1-C2-C7-C8", "C2-C3-C8-C5", "C3-C4-C5-C6", "C4-C1-C6-C7"},
                            "C1-C2-C7-C8",
                            {"Diagonal plane of the pose tests", "位姿测试所用的对角平面"}),
                     orientation,
                     bounded(optional("offset_fraction", ParamType::Number, 0.10,
                                      {"Distance of P2..P5 from the corners, as a fraction of the "
                                       "diagonal",
                                       "P2..P5 距角点的距离占对角线长度的比例"}),
                             0.08, 0.12)},
       .clauses = {"ISO 9283:1998 6.2", "ISO 9283:1998 6.3"}});

  t.push_back({.name = "frame.registration",
               .title = {"Register the pose sensor to the robot base frame",
                         "位姿传感器与机器人基坐标系配准"},
               .arguments = {bounded(optional("points", ParamType::Integer, std::int64_t{10},
                                              {"Registration points spread over the test cube",
                                               "分布于测试立方体内的配准点数"}),
                                     4, 100),
                             // The residuals hold the robot's own pose accuracy errors (the fit
                             // is to its commanded poses), so the limit catches set-up mistakes
                             // (wrong target, tracker moved), not the robot: 0.5 mm.
                             bounded(optional("residual_limit_mm", ParamType::Number, 0.5,
                                              {"Largest acceptable RMS residual of the fit",
                                               "拟合残差均方根的允许最大值"},
                                              "mm"),
                                     0.001, std::nullopt),
                             speed(0.5), settle(1.0)},
               .roles = kRobotAndTracker,
               .needsEarlier = {"iso9283.test_cube"}});

  t.push_back(
      {.name = "iso9283.pose_cycles",
       .title = {"ISO 9283 pose accuracy and repeatability", "ISO 9283 位姿准确度和重复性"},
       .arguments = {cycles(1000, 30), speeds(), settle(1.0), motion(),
                     choice("directions", {"unidirectional", "multidirectional"}, "unidirectional",
                            {"Approach each pose from one direction (7.2.1, 7.2.2) or from three "
                             "perpendicular directions (7.2.3)",
                             "从一个方向趋近各位姿（7.2.1、7.2.2）或从三个相互垂直的方向趋近"
                             "（7.2.3）"}),
                     bounded(optional("approach_mm", ParamType::Number, 100.0,
                                      {"Approach distance of multidirectional poses",
                                       "多方向趋近时的趋近距离"},
                                      "mm"),
                             1.0, 1000.0)},
       .roles = kRobotAndTracker,
       .clauses = {"ISO 9283:1998 7.2.1", "ISO 9283:1998 7.2.2", "ISO 9283:1998 7.2.3"},
       .needsEarlier = {"iso9283.test_cube", "frame.registration"}});

  t.push_back(
      {.name = "iso9283.distance_cycles",
       .title = {"ISO 9283 distance accuracy and repeatability", "ISO 9283 距离准确度和重复性"},
       .arguments = {cycles(1000, 30), speeds(), settle(1.0), motion(),
                     pose("from", "P2", {"First pose of the distance", "距离的起始位姿"}),
                     pose("to", "P4", {"Second pose of the distance", "距离的终止位姿"})},
       .roles = kRobotAndTracker,
       .clauses = {"ISO 9283:1998 7.3"},
       .needsEarlier = {"iso9283.test_cube", "frame.registration"}});

  t.push_back(
      {.name = "reliability.endurance",
       .title = {"Endurance cycling and MTBF", "耐久循环与平均故障间隔时间（MTBF）"},
       .arguments = {bounded(optional("cycles", ParamType::Integer, std::int64_t{1000},
                                      {"Cycles P1 -> P5 -> P4 -> P3 -> P2 to run",
                                       "运行 P1 -> P5 -> P4 -> P3 -> P2 循环的次数"}),
                             1, 10000000),
                     bounded(optional("hours", ParamType::Number, 0.0,
                                      {"Longest test time; 0 = bounded by the cycles only",
                                       "最长试验时间；0 表示仅按循环次数结束"},
                                      "h"),
                             0.0, 100000.0),
                     bounded(optional("check_every", ParamType::Integer, std::int64_t{50},
                                      {"Measure the pose every this many cycles",
                                       "每隔多少个循环测量一次位姿"}),
                             1, 1000000),
                     bounded(optional("tolerance_mm", ParamType::Number, 0.5,
                                      {"A position deviation beyond this counts as a failure",
                                       "位置偏差超过此值即计为故障"},
                                      "mm"),
                             0.001, std::nullopt),
                     speed(1.0), settle(0.5),
                     bounded(optional("confidence", ParamType::Number, 0.9,
                                      {"Confidence level of the MTBF lower bound",
                                       "MTBF 下限的置信水平"}),
                             0.5, 0.999)},
       .roles = kRobotAndTracker,
       .clauses = {"GB/T 42982-2023", "IEC 61124 / GB/T 5080.7 (time-terminated test)"},
       .needsEarlier = {"iso9283.test_cube", "frame.registration"}});
  return t;
}

}  // namespace

const ArgumentSpec* ProcedureSpec::argument(const std::string& argName) const {
  for (const auto& a : arguments) {
    if (a.name == argName) return &a;
  }
  return nullptr;
}

const std::vector<ProcedureSpec>& procedures() {
  static const std::vector<ProcedureSpec> table = makeTable();
  return table;
}

const ProcedureSpec* findProcedure(const std::string& name) {
  for (const auto& p : procedures()) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

}  // namespace robocert::plan

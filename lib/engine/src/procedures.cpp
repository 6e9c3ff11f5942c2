#include "procedures.hpp"

#include <QLocale>
#include <cmath>
#include <cstdio>

#include "robocert/metrology/pose_transform.hpp"
#include "robocert/metrology/registration.hpp"
#include "robocert/metrology/test_cube.hpp"
#include "text.hpp"

namespace robocert::engine::detail {

namespace {

using metrology::Pose6;

const plan::Value& arg(const std::map<std::string, plan::Value>& args, const std::string& name) {
  const auto it = args.find(name);
  if (it == args.end())
    throw StepFailed(str(EngineText::tr("internal: argument %1 missing").arg(qs(name))));
  return it->second;
}

Eigen::Vector3d vec3(const std::vector<double>& v) {
  if (v.size() != 3) throw StepFailed(str(EngineText::tr("internal: expected 3 numbers")));
  return {v[0], v[1], v[2]};
}

devices::Motion motionOf(const std::map<std::string, plan::Value>& args) {
  return text(args, "motion") == "joint" ? devices::Motion::Joint : devices::Motion::Linear;
}

// "50 %": a speed for a person (speedTag is the one stored in series names).
QString percent(double fraction) {
  return QString::number(fraction * 100.0, 'g', 6) + QStringLiteral(" %");
}

// "12.3456": millimetres shown to 0.1 um.
QString mm4(double mm) { return QString::number(mm, 'f', 4); }

const Pose6& namedPose(RunContext& ctx, const std::string& name) {
  const auto it = ctx.poses.find(name);
  if (it == ctx.poses.end())
    throw StepFailed(str(EngineText::tr("pose %1 is not defined: add an iso9283.test_cube step "
                                        "before")
                             .arg(qs(name))));
  return it->second;
}

void report(RunContext& ctx, const StepCall& call, std::int64_t done, std::int64_t total,
            const QString& detail) {
  Progress p;
  p.stepIndex = call.index;
  p.stepCount = call.count;
  p.stepId = call.step.id;
  p.stepTitle = call.step.title.en.empty() ? call.step.id : call.step.title.en;
  p.detail = str(detail);
  p.done = done;
  p.total = total;
  if (const auto s = ctx.secondsPerUnit(); s && total > done)
    p.etaS = *s * static_cast<double>(total - done);
  ctx.progress(p);
}

// ---- operator.prompt ----

void runPrompt(RunContext& ctx, const StepCall& call) {
  const std::string textEn = text(call.args, "en");
  const std::string zh = text(call.args, "zh");
  const std::string shown = zh.empty() ? textEn : textEn + "\n" + zh;
  // The record and the message in the language the run is made in (as the rest of its text).
  const std::string said = QLocale().language() == QLocale::Chinese && !zh.empty() ? zh : textEn;
  if (!ctx.observer.prompt(shown)) {
    ctx.event("prompt", call.step.id, str(EngineText::tr("declined: %1").arg(qs(said))));
    throw StepFailed(str(EngineText::tr("the operator declined: %1").arg(qs(said))));
  }
  ctx.event("prompt", call.step.id, str(EngineText::tr("confirmed: %1").arg(qs(said))));
}

// ---- iso9283.test_cube ----

void runTestCube(RunContext& ctx, const StepCall& call) {
  const Eigen::Vector3d centre = vec3(numbers(call.args, "centre"));
  const double side = number(call.args, "side_mm");
  const auto plane = metrology::parseCubePlane(text(call.args, "plane"));
  if (!plane)
    throw StepFailed(
        str(EngineText::tr("unknown cube plane %1").arg(qs(text(call.args, "plane")))));
  const Eigen::Vector3d orientation = vec3(numbers(call.args, "orientation"));
  for (const auto& p : metrology::testCubePoses(centre, side, *plane, orientation,
                                                number(call.args, "offset_fraction")))
    ctx.poses[p.name] = p.pose;
  ctx.cube = RunContext::Cube{centre, side, orientation};
}

// ---- frame.registration ----

void runRegistration(RunContext& ctx, const StepCall& call) {
  if (!ctx.cube)
    throw StepFailed(str(EngineText::tr(
        "frame.registration needs the test cube: add an iso9283.test_cube step before")));
  const std::string robot = ctx.manipulatorRole();
  const std::string sensor = ctx.poseSensorRole();
  const auto points =
      registrationPoints(ctx.cube->centreMm, ctx.cube->sideMm, ctx.cube->orientationDeg,
                         static_cast<std::size_t>(integer(call.args, "points")));
  const double speed = number(call.args, "speed");
  const double settleS = number(call.args, "settle_s");
  const std::string series = registrationSeries(call.step.id);

  const auto total = static_cast<std::int64_t>(points.size());
  for (std::size_t k = 0; k < points.size(); ++k) {
    const std::string name = "R" + std::to_string(k + 1);
    if (ctx.measured({series, name, 1, 1})) continue;
    ctx.unit(call.step.id, [&] {
      ctx.move(robot, points[k], devices::Motion::Joint, speed);
      ctx.lastPose.clear();
      ctx.settle(settleS);
      const devices::PoseSample s = ctx.measureRaw(sensor);
      store::PoseMeasurement m;
      m.series = series;
      m.pose = name;
      m.cycle = 1;
      m.direction = 1;
      m.commanded = points[k];
      m.attained = s.pose;  // in the sensor's frame (the series says so)
      m.instrumentId = ctx.instrumentFor(sensor);
      ctx.storeMeasurement(m);
    });
    report(ctx, call, static_cast<std::int64_t>(k + 1), total, qs(name));
  }

  const auto fit = fitRegistration(ctx.store, ctx.runId, call.step.id);
  if (const auto* e = std::get_if<metrology::RegistrationError>(&fit))
    throw StepFailed(
        str(EngineText::tr("frame registration failed: the points are too few or "
                           "collinear (%n point(s))",
                           "", static_cast<int>(e->count))));
  const auto& reg = std::get<metrology::Registration>(fit);
  const double limit = number(call.args, "residual_limit_mm");
  double maxResidual = 0.0;
  for (double r : reg.residualsMm) maxResidual = std::max(maxResidual, r);
  const QString summary = EngineText::tr("rms %1 mm, largest %2 mm over %n point(s) (limit %3 mm)",
                                         "", static_cast<int>(reg.residualsMm.size()))
                              .arg(mm4(reg.rmsMm), mm4(maxResidual), mm4(limit));
  ctx.event("registration", call.step.id, str(summary));
  ctx.log(str(EngineText::tr("frame registration: %1").arg(summary)));
  if (reg.rmsMm > limit)
    throw StepFailed(str(EngineText::tr("frame registration residual above its limit: %1; check "
                                        "the instrument set-up and the target, or raise "
                                        "residual_limit_mm")
                             .arg(summary)));
  ctx.registrations[sensor] = reg.transform;
}

// ---- iso9283.pose_cycles ----

void runPoseCycles(RunContext& ctx, const StepCall& call) {
  const std::string robot = ctx.manipulatorRole();
  const std::string sensor = ctx.poseSensorRole();
  const int cycles = static_cast<int>(integer(call.args, "cycles"));
  const std::vector<double> speeds = numbers(call.args, "speeds");
  const double settleS = number(call.args, "settle_s");
  const devices::Motion motion = motionOf(call.args);
  const bool multi = text(call.args, "directions") == "multidirectional";
  const double approachMm = number(call.args, "approach_mm");
  const int directions = multi ? 3 : 1;
  const std::int64_t total = plannedUnits(call);
  std::int64_t done = 0;

  for (double speed : speeds) {
    const std::string series = call.step.id + "/" + speedTag(speed);
    for (int cycle = 1; cycle <= cycles; ++cycle) {
      for (std::size_t i = 0; i < kPoseCycleOrder.size(); ++i) {
        const std::string name = kPoseCycleOrder[i];
        const Pose6& target = namedPose(ctx, name);
        for (int dir = 1; dir <= directions; ++dir) {
          ++done;
          if (ctx.measured({series, name, dir, cycle})) continue;
          ctx.unit(call.step.id, [&] {
            if (multi) {
              // ISO 9283 7.2.3 (check): each pose approached along three mutually perpendicular
              // directions, here the base axes: from approach_mm on the negative side of x, y, z.
              Pose6 pre = target;
              pre.positionMm[dir - 1] -= approachMm;
              ctx.move(robot, pre, devices::Motion::Linear, speed);
              ctx.move(robot, target, devices::Motion::Linear, speed);
            } else {
              const std::string before =
                  kPoseCycleOrder[(i + kPoseCycleOrder.size() - 1) % kPoseCycleOrder.size()];
              // Every pose is approached from its predecessor in the cycle, also the first one
              // of a series and the first one after a pause.
              if (ctx.lastPose != before) ctx.move(robot, namedPose(ctx, before), motion, speed);
              ctx.move(robot, target, motion, speed);
            }
            ctx.lastPose = name;
            ctx.settle(settleS);
            store::PoseMeasurement m;
            m.series = series;
            m.pose = name;
            m.cycle = cycle;
            m.direction = dir;
            m.commanded = target;
            m.attained = ctx.measureInBase(sensor);
            m.instrumentId = ctx.instrumentFor(sensor);
            ctx.storeMeasurement(m);
          });
          report(ctx, call, done, total,
                 multi ? EngineText::tr("%1 dir %2, cycle %3/%4 at %5")
                             .arg(qs(name), QString::number(dir), QString::number(cycle),
                                  QString::number(cycles), percent(speed))
                       : EngineText::tr("%1, cycle %2/%3 at %4")
                             .arg(qs(name), QString::number(cycle), QString::number(cycles),
                                  percent(speed)));
        }
      }
    }
  }
}

// ---- iso9283.distance_cycles ----

void runDistanceCycles(RunContext& ctx, const StepCall& call) {
  const std::string robot = ctx.manipulatorRole();
  const std::string sensor = ctx.poseSensorRole();
  const int cycles = static_cast<int>(integer(call.args, "cycles"));
  const std::vector<double> speeds = numbers(call.args, "speeds");
  const double settleS = number(call.args, "settle_s");
  const devices::Motion motion = motionOf(call.args);
  const std::array<std::string, 2> ends{text(call.args, "from"), text(call.args, "to")};
  if (ends[0] == ends[1])
    throw StepFailed(str(EngineText::tr("distance cycles need two different poses")));
  const std::int64_t total = plannedUnits(call);
  std::int64_t done = 0;

  for (double speed : speeds) {
    const std::string series = call.step.id + "/" + speedTag(speed);
    for (int cycle = 1; cycle <= cycles; ++cycle) {
      for (std::size_t k = 0; k < 2; ++k) {
        ++done;
        const std::string& name = ends[k];
        if (ctx.measured({series, name, 1, cycle})) continue;
        ctx.unit(call.step.id, [&] {
          // ISO 9283 7.3: the robot moves back and forth between the two poses, each approached
          // from the other.
          const std::string& other = ends[1 - k];
          if (ctx.lastPose != other) ctx.move(robot, namedPose(ctx, other), motion, speed);
          const Pose6& target = namedPose(ctx, name);
          ctx.move(robot, target, motion, speed);
          ctx.lastPose = name;
          ctx.settle(settleS);
          store::PoseMeasurement m;
          m.series = series;
          m.pose = name;
          m.cycle = cycle;
          m.direction = 1;
          m.commanded = target;
          m.attained = ctx.measureInBase(sensor);
          m.instrumentId = ctx.instrumentFor(sensor);
          ctx.storeMeasurement(m);
        });
        report(ctx, call, done, total,
               EngineText::tr("%1, cycle %2/%3 at %4")
                   .arg(qs(name), QString::number(cycle), QString::number(cycles), percent(speed)));
      }
    }
  }
}

// ---- reliability.endurance ----

void runEndurance(RunContext& ctx, const StepCall& call) {
  const std::string robot = ctx.manipulatorRole();
  const std::string sensor = ctx.poseSensorRole();
  const std::int64_t cycles = integer(call.args, "cycles");
  const double hours = number(call.args, "hours");
  const std::int64_t checkEvery = integer(call.args, "check_every");
  const double toleranceMm = number(call.args, "tolerance_mm");
  const double speed = number(call.args, "speed");
  const double settleS = number(call.args, "settle_s");
  const std::string series = call.step.id + "/check";
  RunContext::EnduranceState& st = ctx.endurance[call.step.id];
  const Pose6& home = namedPose(ctx, "P1");

  // A periodic check: the position at P1 against the first check's (the reference). The
  // reference is stored as cycle 0.
  const auto check = [&](std::int64_t cycle) {
    if (ctx.measured({series, "P1", 1, static_cast<int>(cycle)})) return;
    ctx.move(robot, home, devices::Motion::Linear, speed);
    ctx.lastPose = "P1";
    ctx.settle(settleS);
    store::PoseMeasurement m;
    m.series = series;
    m.pose = "P1";
    m.cycle = static_cast<int>(cycle);
    m.direction = 1;
    m.commanded = home;
    m.attained = ctx.measureInBase(sensor);
    m.instrumentId = ctx.instrumentFor(sensor);
    ctx.store.addPoseMeasurements(ctx.runId, std::span(&m, 1));
    ctx.observer.measured(m);
    if (cycle == 0) return;
    for (const store::PoseMeasurement& r : ctx.store.poseMeasurements(ctx.runId)) {
      if (r.series != series || r.cycle != 0) continue;
      const double dev = (m.attained.positionMm - r.attained.positionMm).norm();
      if (dev > toleranceMm) {
        const QString what =
            EngineText::tr("out of tolerance at P1: %1 mm from the reference (limit %2 mm)")
                .arg(mm4(dev), mm4(toleranceMm));
        ctx.event("failure", call.step.id, str(what), cycle, st.testHours);
        ctx.log(str(EngineText::tr("failure: %1").arg(what)));
      }
    }
  };

  ctx.unit(call.step.id, [&] { check(0); });
  const bool byTime = hours > 0.0;
  // Ends after `cycles` cycles, or earlier once `hours` of test time are reached (if set).
  while (st.cycle < cycles && !(byTime && st.testHours >= hours)) {
    const std::int64_t cycle = st.cycle + 1;
    const auto t0 = std::chrono::steady_clock::now();
    try {
      ctx.checkpoint(call.step.id);
      for (const char* name : kPoseCycleOrder)
        ctx.move(robot, namedPose(ctx, name), devices::Motion::Linear, speed);
      ctx.lastPose = "P2";
      if (cycle % checkEvery == 0) check(cycle);
    } catch (const DeviceLost& lost) {
      // GB/T 42982 / IEC 61124: a fault or a timeout of the robot is a relevant failure. It is
      // logged with the test time reached, the run waits for the robot (repair), and the cycle
      // is not counted.
      const double h =
          st.testHours +
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() *
              ctx.station.timeScale / 3600.0;
      ctx.event("failure", call.step.id, lost.role + ": " + lost.error.message, cycle, h);
      st.testHours = h;
      ctx.saveCheckpoint();
      ctx.pauseForDevice(call.step.id, lost);
      continue;
    } catch (const Held&) {
      // The operator paused the run in the middle of the cycle: it is not counted, and is done
      // again after the resume (the checkpoint above waits for it).
      ctx.lastPose.clear();
      continue;
    }
    st.testHours += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() *
                    ctx.station.timeScale / 3600.0;
    st.cycle = cycle;
    ctx.saveCheckpoint();
    ctx.unitDone();
    report(ctx, call, st.cycle, cycles,
           EngineText::tr("cycle %1, %2 h of test time")
               .arg(cycle)
               .arg(QString::number(st.testHours, 'f', 3)));
  }
}

}  // namespace

double number(const std::map<std::string, plan::Value>& args, const std::string& name) {
  const plan::Value& v = arg(args, name);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  throw StepFailed(str(EngineText::tr("internal: argument %1 is not a number").arg(qs(name))));
}

std::int64_t integer(const std::map<std::string, plan::Value>& args, const std::string& name) {
  const plan::Value& v = arg(args, name);
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<std::int64_t>(std::llround(*d));
  throw StepFailed(str(EngineText::tr("internal: argument %1 is not an integer").arg(qs(name))));
}

std::string text(const std::map<std::string, plan::Value>& args, const std::string& name) {
  const plan::Value& v = arg(args, name);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  throw StepFailed(str(EngineText::tr("internal: argument %1 is not text").arg(qs(name))));
}

std::vector<double> numbers(const std::map<std::string, plan::Value>& args,
                            const std::string& name) {
  const plan::Value& v = arg(args, name);
  if (const auto* l = std::get_if<std::vector<double>>(&v)) return *l;
  throw StepFailed(
      str(EngineText::tr("internal: argument %1 is not a list of numbers").arg(qs(name))));
}

std::string speedTag(double speedFraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "v%g", speedFraction * 100.0);
  return buf;
}

std::string registrationSeries(const std::string& stepId) { return stepId + "/sensor-frame"; }

std::variant<metrology::Registration, metrology::RegistrationError> fitRegistration(
    const store::Store& store, std::int64_t runId, const std::string& stepId) {
  std::vector<Eigen::Vector3d> from;
  std::vector<Eigen::Vector3d> to;
  for (const store::PoseMeasurement& m : store.poseMeasurements(runId)) {
    if (m.series != registrationSeries(stepId)) continue;
    from.push_back(m.attained.positionMm);
    to.push_back(m.commanded.positionMm);
  }
  return metrology::registerRigid(from, to);
}

std::vector<metrology::Pose6> registrationPoints(const Eigen::Vector3d& centre, double side,
                                                 const Eigen::Vector3d& orientation,
                                                 std::size_t count) {
  const double h = 0.4 * side;  // 80 % of the half side
  std::vector<Eigen::Vector3d> offsets;
  for (int k = 0; k < 8; ++k)
    offsets.emplace_back((k & 1) ? h : -h, (k & 2) ? h : -h, (k & 4) ? h : -h);
  offsets.emplace_back(0, 0, 0);
  for (int axis = 0; axis < 3; ++axis)
    for (double s : {-h, h}) {
      Eigen::Vector3d o = Eigen::Vector3d::Zero();
      o[axis] = s;
      offsets.push_back(o);
    }
  // Halton (bases 2, 3, 5) for any further points.
  const auto halton = [](std::size_t i, int base) {
    double f = 1.0;
    double r = 0.0;
    for (std::size_t n = i; n > 0; n /= static_cast<std::size_t>(base)) {
      f /= base;
      r += f * static_cast<double>(n % static_cast<std::size_t>(base));
    }
    return r;
  };
  for (std::size_t i = 1; offsets.size() < count; ++i)
    offsets.emplace_back((2 * halton(i, 2) - 1) * h, (2 * halton(i, 3) - 1) * h,
                         (2 * halton(i, 5) - 1) * h);
  std::vector<metrology::Pose6> out;
  for (std::size_t k = 0; k < count; ++k) out.push_back({centre + offsets[k], orientation});
  return out;
}

std::int64_t plannedUnits(const StepCall& call) {
  const std::string& p = call.step.procedure;
  if (p == "frame.registration") return integer(call.args, "points");
  if (p == "iso9283.pose_cycles") {
    const std::int64_t dirs = text(call.args, "directions") == "multidirectional" ? 3 : 1;
    return static_cast<std::int64_t>(numbers(call.args, "speeds").size()) *
           integer(call.args, "cycles") * 5 * dirs;
  }
  if (p == "iso9283.distance_cycles")
    return static_cast<std::int64_t>(numbers(call.args, "speeds").size()) *
           integer(call.args, "cycles") * 2;
  if (p == "reliability.endurance") return integer(call.args, "cycles");
  return 0;
}

void runProcedure(RunContext& ctx, const StepCall& call) {
  const std::string& p = call.step.procedure;
  if (p == "operator.prompt") return runPrompt(ctx, call);
  if (p == "iso9283.test_cube") return runTestCube(ctx, call);
  if (p == "frame.registration") return runRegistration(ctx, call);
  if (p == "iso9283.pose_cycles") return runPoseCycles(ctx, call);
  if (p == "iso9283.distance_cycles") return runDistanceCycles(ctx, call);
  if (p == "reliability.endurance") return runEndurance(ctx, call);
  throw StepFailed(str(EngineText::tr("no built-in procedure %1").arg(qs(p))));
}

}  // namespace robocert::engine::detail

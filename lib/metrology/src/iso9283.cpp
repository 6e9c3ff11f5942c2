#include "robocert/metrology/iso9283.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "robocert/metrology/statistics.hpp"

namespace robocert::metrology {
namespace {

// Per-cycle deviations from the commanded pose: the well-conditioned quantities every
// characteristic is computed from.
struct Deviations {
  std::vector<Eigen::Vector3d> positionMm;
  std::array<std::vector<double>, 3> angleDeg;  // wrapped, per angle a, b, c
};

Deviations deviationsOf(const PoseSeries& series) {
  Deviations d;
  d.positionMm.reserve(series.attained.size());
  for (auto& v : d.angleDeg) v.reserve(series.attained.size());
  for (const Pose6& p : series.attained) {
    d.positionMm.push_back(p.positionMm - series.commanded.positionMm);
    for (int k = 0; k < 3; ++k) {
      d.angleDeg[static_cast<std::size_t>(k)].push_back(
          wrapDeg(p.anglesDeg[k] - series.commanded.anglesDeg[k]));
    }
  }
  return d;
}

Eigen::Vector3d meanOf(const std::vector<Eigen::Vector3d>& vectors) {
  Eigen::Vector3d mean;
  std::vector<double> component(vectors.size());
  for (int k = 0; k < 3; ++k) {
    std::transform(vectors.begin(), vectors.end(), component.begin(),
                   [k](const Eigen::Vector3d& v) { return v[k]; });
    mean[k] = meanAndStd(component).mean;
  }
  return mean;
}

void requireCycles(const PoseSeries& series, std::size_t minimum, const char* what) {
  if (series.attained.size() < minimum) {
    throw std::invalid_argument(std::string(what) + ": needs at least " + std::to_string(minimum) +
                                " attained poses, got " + std::to_string(series.attained.size()));
  }
}

}  // namespace

PoseAccuracy poseAccuracy(const PoseSeries& series) {
  requireCycles(series, 1, "poseAccuracy");
  const Deviations d = deviationsOf(series);
  PoseAccuracy out;
  out.apMm = meanOf(d.positionMm);
  out.apPMm = out.apMm.norm();
  for (int k = 0; k < 3; ++k) {
    out.apDeg[k] = meanAndStd(d.angleDeg[static_cast<std::size_t>(k)]).mean;
  }
  return out;
}

PoseRepeatability poseRepeatability(const PoseSeries& series) {
  requireCycles(series, 2, "poseRepeatability");
  const Deviations d = deviationsOf(series);
  const Eigen::Vector3d barycentreDev = meanOf(d.positionMm);
  std::vector<double> l;
  l.reserve(d.positionMm.size());
  for (const auto& p : d.positionMm) l.push_back((p - barycentreDev).norm());
  const MeanStd ls = meanAndStd(l);
  PoseRepeatability out;
  out.rpLMm = ls.mean + 3.0 * ls.stddev;
  for (int k = 0; k < 3; ++k) {
    out.rpDeg[k] = 3.0 * meanAndStd(d.angleDeg[static_cast<std::size_t>(k)]).stddev;
  }
  return out;
}

PoseAccuracyVariation poseAccuracyVariation(std::span<const PoseAccuracy> perDirection) {
  if (perDirection.size() < 2) {
    throw std::invalid_argument("poseAccuracyVariation: needs at least 2 approach directions");
  }
  PoseAccuracyVariation out;
  for (std::size_t h = 0; h < perDirection.size(); ++h) {
    for (std::size_t k = h + 1; k < perDirection.size(); ++k) {
      // Same commanded pose, so G_h - G_k = AP_h - AP_k and a_h - a_k = AP_a,h - AP_a,k.
      out.vapPMm = std::max(out.vapPMm, (perDirection[h].apMm - perDirection[k].apMm).norm());
      const Eigen::Vector3d da =
          wrapDeg(Eigen::Vector3d(perDirection[h].apDeg - perDirection[k].apDeg));
      out.vapDeg = out.vapDeg.cwiseMax(da.cwiseAbs());
    }
  }
  return out;
}

DistanceCharacteristics distanceCharacteristics(const PoseSeries& a, const PoseSeries& b) {
  requireCycles(a, 2, "distanceCharacteristics");
  if (a.attained.size() != b.attained.size()) {
    throw std::invalid_argument(
        "distanceCharacteristics: both poses need the same number of cycles");
  }
  const Eigen::Vector3d cmdDelta = a.commanded.positionMm - b.commanded.positionMm;
  const double dc = cmdDelta.norm();
  const Eigen::Vector3d dcAxis = cmdDelta.cwiseAbs();
  const Eigen::Vector3d dcAngle =
      wrapDeg(Eigen::Vector3d(a.commanded.anglesDeg - b.commanded.anglesDeg)).cwiseAbs();

  // Errors of each cycle's distance against the commanded one: small numbers, so the mean and
  // spread are exact to the data's own resolution.
  const std::size_t n = a.attained.size();
  std::vector<double> e(n);
  std::array<std::vector<double>, 3> eAxis, eAngle;
  for (auto& v : eAxis) v.resize(n);
  for (auto& v : eAngle) v.resize(n);
  for (std::size_t j = 0; j < n; ++j) {
    const Eigen::Vector3d delta = a.attained[j].positionMm - b.attained[j].positionMm;
    e[j] = delta.norm() - dc;
    const Eigen::Vector3d dAngle =
        wrapDeg(Eigen::Vector3d(a.attained[j].anglesDeg - b.attained[j].anglesDeg));
    for (int k = 0; k < 3; ++k) {
      const auto ku = static_cast<std::size_t>(k);
      eAxis[ku][j] = std::abs(delta[k]) - dcAxis[k];
      eAngle[ku][j] = std::abs(dAngle[k]) - dcAngle[k];
    }
  }
  DistanceCharacteristics out;
  const MeanStd ds = meanAndStd(e);
  out.adPMm = ds.mean;
  out.rdPMm = 3.0 * ds.stddev;
  for (int k = 0; k < 3; ++k) {
    const auto ku = static_cast<std::size_t>(k);
    const MeanStd axis = meanAndStd(eAxis[ku]);
    const MeanStd angle = meanAndStd(eAngle[ku]);
    out.adMm[k] = axis.mean;
    out.rdMm[k] = 3.0 * axis.stddev;
    out.adDeg[k] = angle.mean;
    out.rdDeg[k] = 3.0 * angle.stddev;
  }
  return out;
}

std::vector<NamedValue> namedValues(const PoseResult& r) {
  const auto& ac = r.accuracy;
  const auto& rp = r.repeatability;
  return {
      {"AP_P", ac.apPMm, "mm"},      {"AP_x", ac.apMm.x(), "mm"},   {"AP_y", ac.apMm.y(), "mm"},
      {"AP_z", ac.apMm.z(), "mm"},   {"AP_a", ac.apDeg.x(), "deg"}, {"AP_b", ac.apDeg.y(), "deg"},
      {"AP_c", ac.apDeg.z(), "deg"}, {"RP_l", rp.rpLMm, "mm"},      {"RP_a", rp.rpDeg.x(), "deg"},
      {"RP_b", rp.rpDeg.y(), "deg"}, {"RP_c", rp.rpDeg.z(), "deg"}};
}

std::vector<NamedValue> namedValues(const PoseAccuracyVariation& v) {
  return {{"vAP_P", v.vapPMm, "mm"},
          {"vAP_a", v.vapDeg.x(), "deg"},
          {"vAP_b", v.vapDeg.y(), "deg"},
          {"vAP_c", v.vapDeg.z(), "deg"}};
}

std::vector<NamedValue> namedValues(const DistanceCharacteristics& d) {
  return {{"AD_P", d.adPMm, "mm"},      {"AD_x", d.adMm.x(), "mm"},   {"AD_y", d.adMm.y(), "mm"},
          {"AD_z", d.adMm.z(), "mm"},   {"AD_a", d.adDeg.x(), "deg"}, {"AD_b", d.adDeg.y(), "deg"},
          {"AD_c", d.adDeg.z(), "deg"}, {"RD_P", d.rdPMm, "mm"},      {"RD_x", d.rdMm.x(), "mm"},
          {"RD_y", d.rdMm.y(), "mm"},   {"RD_z", d.rdMm.z(), "mm"},   {"RD_a", d.rdDeg.x(), "deg"},
          {"RD_b", d.rdDeg.y(), "deg"}, {"RD_c", d.rdDeg.z(), "deg"}};
}

// ---- Analysis of a measurement table -------------------------------------------------------

namespace {

struct Group {
  std::string pose;
  int direction = 1;
  PoseSeries series;
  std::map<int, std::pair<std::size_t, std::size_t>> byCycle;  // cycle -> (index, source line)
  std::size_t poseOrder = 0;  // rank of the pose's first appearance in the records
};

// The name of the first characteristic that is not finite, or nullptr when all are.
const char* firstNonFinite(const std::vector<NamedValue>& values) {
  for (const NamedValue& v : values) {
    if (!std::isfinite(v.value)) return v.name;
  }
  return nullptr;
}

PoseAnalysisError nonFinite(const char* characteristic, const Group& g) {
  PoseAnalysisError err;
  err.kind = PoseAnalysisError::Kind::NonFiniteResult;
  err.characteristic = characteristic;
  err.pose = g.pose;
  err.direction = g.direction;
  err.line = g.byCycle.begin()->second.second;
  return err;
}

bool sameCommand(const Pose6& x, const Pose6& y) {
  const Eigen::Vector3d dAngle = wrapDeg(Eigen::Vector3d(x.anglesDeg - y.anglesDeg));
  return (x.positionMm - y.positionMm).cwiseAbs().maxCoeff() <= kSameCommandToleranceMm &&
         dAngle.cwiseAbs().maxCoeff() <= kSameCommandToleranceDeg;
}

// Attained poses of a group ordered by cycle number.
PoseSeries orderedByCycle(const Group& g) {
  PoseSeries s{g.series.commanded, {}};
  s.attained.reserve(g.byCycle.size());
  for (const auto& [cycle, where] : g.byCycle) s.attained.push_back(g.series.attained[where.first]);
  return s;
}

std::variant<DistanceResult, PoseAnalysisError> analyzeDistance(const std::vector<Group>& groups,
                                                                const DistanceRequest& request) {
  auto find = [&](const std::string& pose) -> const Group* {
    for (const Group& g : groups) {
      if (g.pose == pose && g.direction == 1) return &g;
    }
    return nullptr;
  };
  PoseAnalysisError err;
  if (request.from == request.to) {
    err.kind = PoseAnalysisError::Kind::SameDistancePose;
    err.pose = request.from;
    return err;
  }
  const Group* a = find(request.from);
  const Group* b = find(request.to);
  if (a == nullptr || b == nullptr) {
    err.kind = PoseAnalysisError::Kind::UnknownDistancePose;
    err.pose = a == nullptr ? request.from : request.to;
    return err;
  }
  for (auto [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
    for (const auto& [cycle, where] : x->byCycle) {
      if (!y->byCycle.contains(cycle)) {
        err.kind = PoseAnalysisError::Kind::UnpairedCycle;
        err.pose = x->pose;
        err.otherPose = y->pose;
        err.cycle = cycle;
        err.line = where.second;
        return err;
      }
    }
  }
  DistanceResult out;
  out.from = request.from;
  out.to = request.to;
  out.n = a->byCycle.size();
  out.characteristics = distanceCharacteristics(orderedByCycle(*a), orderedByCycle(*b));
  if (const char* name = firstNonFinite(namedValues(out.characteristics))) {
    err = nonFinite(name, *a);
    err.otherPose = b->pose;
    return err;
  }
  return out;
}

}  // namespace

std::variant<PoseAnalysis, PoseAnalysisError> analyzePoses(
    std::span<const PoseRecord> records, const std::optional<DistanceRequest>& distance) {
  PoseAnalysisError err;
  if (records.empty()) return err;  // Kind::NoRecords

  // Maps from names to indices, never linear searches: a table of 200 000 pose names must not
  // cost 200 000^2 comparisons.
  std::vector<Group> groups;
  std::map<std::string, std::pair<const PoseRecord*, std::size_t>> firstOfPose;  // record, rank
  std::map<std::pair<std::string_view, int>, std::size_t> groupOf;  // (pose, direction) -> index
  for (const PoseRecord& r : records) {
    auto [it, inserted] = firstOfPose.try_emplace(r.pose, &r, firstOfPose.size());
    const PoseRecord& first = *it->second.first;
    if (!inserted && !sameCommand(first.commanded, r.commanded)) {
      err.kind = PoseAnalysisError::Kind::InconsistentCommand;
      err.pose = r.pose;
      err.line = r.sourceLine;
      err.otherLine = first.sourceLine;
      return err;
    }
    // Keys view the pose names of the records, which outlive this function's maps.
    auto [slot, fresh] = groupOf.try_emplace({r.pose, r.direction}, groups.size());
    if (fresh) {
      groups.push_back(Group{r.pose, r.direction, {first.commanded, {}}, {}, it->second.second});
    }
    Group* g = &groups[slot->second];
    auto [cyc, freshCycle] =
        g->byCycle.try_emplace(r.cycle, g->series.attained.size(), r.sourceLine);
    if (!freshCycle) {
      err.kind = PoseAnalysisError::Kind::DuplicateCycle;
      err.pose = r.pose;
      err.direction = r.direction;
      err.cycle = r.cycle;
      err.line = r.sourceLine;
      err.otherLine = cyc->second.second;
      return err;
    }
    g->series.attained.push_back(r.attained);
  }

  // Poses in order of first appearance, each pose's directions ascending.
  std::sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) {
    return std::pair(x.poseOrder, x.direction) < std::pair(y.poseOrder, y.direction);
  });

  PoseAnalysis out;
  for (const Group& g : groups) {
    if (g.series.attained.size() < 2) {
      err.kind = PoseAnalysisError::Kind::TooFewCycles;
      err.pose = g.pose;
      err.direction = g.direction;
      err.count = g.series.attained.size();
      err.line = g.byCycle.begin()->second.second;
      return err;
    }
    out.poses.push_back({g.pose, g.direction, g.series.attained.size(), poseAccuracy(g.series),
                         poseRepeatability(g.series)});
    if (const char* name = firstNonFinite(namedValues(out.poses.back()))) return nonFinite(name, g);
  }

  for (std::size_t i = 0; i < out.poses.size();) {
    std::size_t j = i;
    VariationResult v{out.poses[i].pose, {}, {}};
    std::vector<PoseAccuracy> perDirection;
    for (; j < out.poses.size() && out.poses[j].pose == out.poses[i].pose; ++j) {
      v.directions.push_back(out.poses[j].direction);
      perDirection.push_back(out.poses[j].accuracy);
    }
    if (perDirection.size() >= 2) {
      v.variation = poseAccuracyVariation(perDirection);
      // out.poses and groups are in the same order: group i is pose i.
      if (const char* name = firstNonFinite(namedValues(v.variation)))
        return nonFinite(name, groups[i]);
      out.variations.push_back(std::move(v));
    }
    i = j;
  }

  if (distance) {
    auto d = analyzeDistance(groups, *distance);
    if (auto* e = std::get_if<PoseAnalysisError>(&d)) return *e;
    out.distance = std::get<DistanceResult>(std::move(d));
  }
  return out;
}

}  // namespace robocert::metrology

#pragma once

// The characteristics a plan's criteria can name, each with its unit: the one place that says
// RP_l is in mm and MTBF in hours. Plan validation refuses a criterion whose characteristic is
// not here or whose unit differs; results carry the same names and units.

#include <string_view>
#include <vector>

namespace robocert::plan {

struct Characteristic {
  // How a limit applies: AtMost bounds the magnitude |value| from above (signed deviations
  // such as AP_x or AD_P count by their size), AtLeast bounds the value from below.
  enum class Sense { AtMost, AtLeast };

  std::string_view name;  // AP_P, RP_l, ...
  std::string_view unit;  // mm, deg, h; "" for a count
  Sense sense = Sense::AtMost;
  std::string_view clause;  // where it is defined, e.g. "ISO 9283:1998 7.2.2"
};

// ISO 9283 pose (AP, RP, vAP) and distance (AD, RD) characteristics, the tracker
// registration's RMS residual, and the reliability test's MTBF, its lower bound and failures.
const std::vector<Characteristic>& characteristics();
const Characteristic* findCharacteristic(std::string_view name);  // nullptr when unknown

}  // namespace robocert::plan

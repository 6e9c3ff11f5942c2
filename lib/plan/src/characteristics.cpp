#include "robocert/plan/characteristics.hpp"

namespace robocert::plan {

const std::vector<Characteristic>& characteristics() {
  using S = Characteristic::Sense;
  static const std::vector<Characteristic> table{
      {"AP_P", "mm", S::AtMost, "ISO 9283:1998 7.2.1"},
      {"AP_x", "mm", S::AtMost, "ISO 9283:1998 7.2.1"},
      {"AP_y", "mm", S::AtMost, "ISO 9283:1998 7.2.1"},
      {"AP_z", "mm", S::AtMost, "ISO 9283:1998 7.2.1"},
      {"AP_a", "deg", S::AtMost, "ISO 9283:1998 7.2.1"},
      {"AP_b", "deg", S::AtMost, "ISO 9283:1998 7.2.1"},
      {"AP_c", "deg", S::AtMost, "ISO 9283:1998 7.2.1"},
      {"RP_l", "mm", S::AtMost, "ISO 9283:1998 7.2.2"},
      {"RP_a", "deg", S::AtMost, "ISO 9283:1998 7.2.2"},
      {"RP_b", "deg", S::AtMost, "ISO 9283:1998 7.2.2"},
      {"RP_c", "deg", S::AtMost, "ISO 9283:1998 7.2.2"},
      {"vAP_P", "mm", S::AtMost, "ISO 9283:1998 7.2.3"},
      {"vAP_a", "deg", S::AtMost, "ISO 9283:1998 7.2.3"},
      {"vAP_b", "deg", S::AtMost, "ISO 9283:1998 7.2.3"},
      {"vAP_c", "deg", S::AtMost, "ISO 9283:1998 7.2.3"},
      {"AD_P", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"AD_x", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"AD_y", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"AD_z", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"AD_a", "deg", S::AtMost, "ISO 9283:1998 7.3"},
      {"AD_b", "deg", S::AtMost, "ISO 9283:1998 7.3"},
      {"AD_c", "deg", S::AtMost, "ISO 9283:1998 7.3"},
      {"RD_P", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"RD_x", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"RD_y", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"RD_z", "mm", S::AtMost, "ISO 9283:1998 7.3"},
      {"RD_a", "deg", S::AtMost, "ISO 9283:1998 7.3"},
      {"RD_b", "deg", S::AtMost, "ISO 9283:1998 7.3"},
      {"RD_c", "deg", S::AtMost, "ISO 9283:1998 7.3"},
      {"registration_rms", "mm", S::AtMost, "rigid registration of the pose sensor"},
      {"MTBF", "h", S::AtLeast, "IEC 61124 / GB/T 5080.7"},
      {"MTBF_lower", "h", S::AtLeast, "IEC 61124 / GB/T 5080.7"},
      {"failures", "", S::AtMost, "IEC 61124 / GB/T 5080.7"},
  };
  return table;
}

const Characteristic* findCharacteristic(std::string_view name) {
  for (const auto& c : characteristics()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

}  // namespace robocert::plan

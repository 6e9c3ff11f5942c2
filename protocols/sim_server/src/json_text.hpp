#pragma once

// Just enough JSON writing for the station's two output lines (URLs and truth), without pulling
// Qt or a JSON library into the simulator. Numbers in the shortest text that reads back exactly.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace robocert::sim_server::json {

std::string string(std::string_view text);  // quoted and escaped
std::string number(double value);           // null for NaN and infinities
std::string integer(std::uint64_t value);
std::string array(const std::vector<std::string>& items);  // items already JSON

// Members in the order added.
class Object {
 public:
  Object& add(std::string_view key, std::string json);
  std::string str() const { return text_ + "}"; }

 private:
  std::string text_ = "{";
};

}  // namespace robocert::sim_server::json

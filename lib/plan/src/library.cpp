// The plan library: the plans under a folder.

#include <algorithm>
#include <regex>

#include "robocert/plan/plan.hpp"
#include "text_file.hpp"

namespace robocert::plan {
namespace {

// A plan file has a top-level `plan:` key: a line starting with it (after a UTF-8 BOM on the
// first line). Other YAML files in the library (station files, simulator models) do not.
bool declaresPlan(const std::string& text) {
  static const std::regex kPlanKey(R"((^|\n)(\xEF\xBB\xBF)?plan:)");
  return std::regex_search(text, kPlanKey);
}

}  // namespace

std::vector<LibraryEntry> library(const std::filesystem::path& dir, const LoadOptions& options) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    const auto ext = it->path().extension();
    if ((ext == ".yaml" || ext == ".yml") && it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  std::vector<LibraryEntry> out;
  for (const auto& f : files) {
    auto text = detail::readTextFile(f);
    const auto* bytes = std::get_if<std::string>(&text);
    if (bytes == nullptr || !declaresPlan(*bytes)) continue;
    LibraryEntry e{f, std::nullopt, {}};
    auto loaded = parse(*bytes, options);
    if (auto* plan = std::get_if<Plan>(&loaded)) {
      e.plan = std::move(*plan);
    } else {
      e.problems = std::get<std::vector<Problem>>(std::move(loaded));
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace robocert::plan

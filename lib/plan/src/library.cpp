// The plan library: the plans under a folder.

#include <QString>
#include <algorithm>
#include <exception>
#include <optional>
#include <string_view>

#include "robocert/plan/plan.hpp"
#include "text_file.hpp"

namespace robocert::plan {
namespace {

// A plan file has a top-level `plan:` key: a line starting with it (after a UTF-8 BOM on the
// first line). Other YAML files in the library (station files, simulator models) do not.
// A plain search, linear in the text (a regex search may recurse per character).
bool declaresPlan(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text.starts_with("plan:") || text.find("\nplan:") != std::string_view::npos;
}

// One file of the library: its plan, or why it is not one. A file that cannot be read is listed
// with the reason (it may be a plan); a readable YAML file without `plan:` is not a plan.
std::optional<LibraryEntry> entryOf(const std::filesystem::path& file, const LoadOptions& options) {
  LibraryEntry e{file, std::nullopt, {}};
  auto text = detail::readTextFile(file);
  if (const auto* why = std::get_if<QString>(&text)) {
    e.problems.push_back({{}, why->toStdString()});
    return e;
  }
  const auto& bytes = std::get<std::string>(text);
  if (!declaresPlan(bytes)) return std::nullopt;
  auto loaded = parse(bytes, options);
  if (auto* plan = std::get_if<Plan>(&loaded)) {
    e.plan = std::move(*plan);
  } else {
    e.problems = std::get<std::vector<Problem>>(std::move(loaded));
  }
  return e;
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
    if ((ext == ".yaml" || ext == ".yml") && !it->is_directory(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  std::vector<LibraryEntry> out;
  for (const auto& f : files) {
    // One bad file must not hide the others: whatever goes wrong is that file's problem.
    try {
      if (auto e = entryOf(f, options)) out.push_back(std::move(*e));
    } catch (const std::exception& e) {
      out.push_back({f, std::nullopt, {{{}, e.what()}}});
    }
  }
  return out;
}

}  // namespace robocert::plan

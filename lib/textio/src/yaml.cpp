#include "robocert/textio/yaml.hpp"

#include <optional>
#include <utility>
#include <vector>

#include "robocert/textio/utf8.hpp"

namespace robocert::textio {
namespace {

YamlError errorAt(YamlError::Kind kind, const YAML::Mark& mark, std::size_t limit = 0,
                  std::string detail = {}) {
  YamlError e;
  e.kind = kind;
  if (!mark.is_null()) {
    e.line = static_cast<std::size_t>(mark.line) + 1;
    e.column = static_cast<std::size_t>(mark.column) + 1;
  }
  e.limit = limit;
  e.detail = std::move(detail);
  return e;
}

// Walks the document as every reader will, aliases expanded, without recursion and stopping at
// the first limit passed, so the walk itself costs at most maxNodes steps.
std::optional<YamlError> checkSize(const YAML::Node& root, const YamlLimits& limits) {
  std::vector<std::pair<YAML::Node, std::size_t>> pending{{root, 1}};  // node, depth
  std::size_t nodes = 0;
  while (!pending.empty()) {
    auto [node, depth] = std::move(pending.back());
    pending.pop_back();
    if (++nodes > limits.maxNodes) {
      return errorAt(YamlError::Kind::TooManyNodes, node.Mark(), limits.maxNodes);
    }
    if (!node.IsSequence() && !node.IsMap()) continue;
    if (depth > limits.maxDepth) {
      return errorAt(YamlError::Kind::TooDeep, node.Mark(), limits.maxDepth);
    }
    for (const auto& child : node) {
      if (node.IsMap()) {
        pending.emplace_back(child.first, depth + 1);
        pending.emplace_back(child.second, depth + 1);
      } else {
        pending.emplace_back(child, depth + 1);
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::variant<YAML::Node, YamlError> loadYaml(std::string_view text, const YamlLimits& limits) {
  if (const auto bad = firstInvalidUtf8(text)) {
    YamlError e;
    e.kind = YamlError::Kind::InvalidUtf8;
    e.line = bad->line;
    e.column = bad->column;
    return e;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {  // syntax, and yaml-cpp's own nesting limit
    return errorAt(YamlError::Kind::Syntax, e.mark, 0, e.msg);
  }
  if (auto e = checkSize(root, limits)) return *e;
  return root;
}

std::string describe(const YamlError& e) {
  switch (e.kind) {
    case YamlError::Kind::InvalidUtf8:
      return "this byte is not UTF-8; save the file as UTF-8";
    case YamlError::Kind::Syntax:
      return "YAML syntax error: " + e.detail;
    case YamlError::Kind::TooManyNodes:
      return "the document expands to more than " + std::to_string(e.limit) +
             " YAML nodes (aliases counted each time they are used); write it out plainly "
             "or split it";
    case YamlError::Kind::TooDeep:
      return "nested more than " + std::to_string(e.limit) + " levels deep";
  }
  return e.detail;
}

}  // namespace robocert::textio

#pragma once

// YAML documents with bounded cost. yaml-cpp shares an anchored node between its aliases, so a
// 500 KB "alias bomb" loads quickly but expands to billions of nodes in any walk of the tree
// (reading a plan, copying a value): every YAML file is loaded through loadYaml, which checks the
// text is UTF-8 and counts the nodes with aliases expanded, before anything walks the document.

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace robocert::textio {

struct YamlLimits {
  std::size_t maxNodes = 1'000'000;  // scalars, sequences and maps, aliases counted expanded
  std::size_t maxDepth = 100;        // nesting of sequences and maps
};

struct YamlError {
  enum class Kind {
    InvalidUtf8,   // the byte at line:column is not UTF-8
    Syntax,        // yaml-cpp's message in `detail`
    TooManyNodes,  // more than limit nodes once aliases are expanded
    TooDeep,       // nested deeper than limit
  };
  Kind kind = Kind::Syntax;
  std::size_t line = 0;  // 1-based; 0 when unknown
  std::size_t column = 0;
  std::size_t limit = 0;
  std::string detail;
};

// The document (a null node for an empty text), or the first problem with its place.
std::variant<YAML::Node, YamlError> loadYaml(std::string_view text, const YamlLimits& limits = {});

// English message without the place, for the layers without a translator (protocols);
// lib/plan's describe() gives the translated text.
std::string describe(const YamlError& error);

}  // namespace robocert::textio

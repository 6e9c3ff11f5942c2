#pragma once

// Reading YAML documents (plans, station files) into typed values while collecting every
// problem with its location, instead of stopping at the first. yaml-cpp stays private to
// lib/plan.

#include <QString>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "robocert/plan/plan.hpp"
#include "values.hpp"

namespace robocert::plan::detail {

// 1-based line and column of a yaml-cpp mark ({0, 0} for a null mark).
Location locate(const YAML::Mark& mark);

class Problems;
// The YAML document of a plan or station file (robocert::textio::loadYaml: UTF-8, bounded after
// alias expansion), or nullopt after adding the located problem.
std::optional<YAML::Node> loadDocument(const std::string& text, Problems& problems);

// A YAML node and where it is. A null value has no useful mark of its own (yaml-cpp points at
// whatever follows), so it carries its key's location instead.
struct Node {
  YAML::Node yaml;
  Location at;
};

// Problems in the order they are found; sorted() orders them by location (stable).
class Problems {
 public:
  void add(Location at, const QString& message);
  bool empty() const { return list_.empty(); }
  std::size_t size() const { return list_.size(); }
  std::vector<Problem> sorted() &&;

 private:
  std::vector<Problem> list_;
};

// "\"name\"" for messages.
QString quote(std::string_view text);
// "what, key": a field of something for messages ("parameter \"cycles\", default"); just the
// key when what is empty.
QString field(const QString& what, std::string_view key);

// The known name closest to `name` by edit distance, when close enough to be a likely typo.
std::optional<std::string> closest(std::string_view name, const std::vector<std::string>& known);
// "; did you mean \"best\"?" when a known name is close, else " (known: a, b, c)".
QString suggestion(std::string_view name, const std::vector<std::string>& known);
// "unknown X \"name\"" and the suggestion.
QString unknownName(const QString& what, std::string_view name,
                    const std::vector<std::string>& known);

struct Entry {
  std::string key;
  Location keyAt;
  Node value;
};

// One YAML mapping whose keys are checked against the keys it may have: a node that is not a
// mapping, unknown keys (with a suggestion) and repeated keys are problems.
class Mapping {
 public:
  static std::optional<Mapping> read(const Node& node, const QString& what,
                                     std::initializer_list<std::string_view> known,
                                     Problems& problems);
  const Node* get(std::string_view key) const;  // nullptr when absent
  // As get(); a missing key is a problem located at the mapping.
  const Node* require(std::string_view key, Problems& problems) const;
  const std::vector<Entry>& entries() const { return entries_; }
  Location at() const { return at_; }
  const QString& what() const { return what_; }

 private:
  std::vector<Entry> entries_;
  Location at_;
  QString what_;
};

// Scalars. Each reports its problem (prefixed by `what`) and returns nullopt when the node
// does not hold what is asked for. A quoted scalar is text, never a number or a boolean.
std::optional<std::string> readString(const Node& n, const QString& what, Problems& problems);
// A name as plans use them: [a-z][a-z0-9_]*.
std::optional<std::string> readName(const Node& n, const QString& what, Problems& problems);
std::optional<double> readNumber(const Node& n, const QString& what, Problems& problems);
std::optional<std::int64_t> readInteger(const Node& n, const QString& what, Problems& problems);
std::optional<bool> readBoolean(const Node& n, const QString& what, Problems& problems);
// {en: ..., zh: ...}, or plain text (English); at least one of them not empty.
std::optional<Text> readText(const Node& n, const QString& what, Problems& problems);
// A YAML sequence's elements (empty is fine unless the caller says otherwise).
std::optional<std::vector<Node>> readSequence(const Node& n, const QString& what,
                                              Problems& problems);
std::optional<std::vector<std::string>> readStringList(const Node& n, const QString& what,
                                                       Problems& problems);
// A value of the spec's type, within its bounds.
std::optional<Value> readValue(const Node& n, const ValueSpec& spec, const QString& what,
                               Problems& problems);

// [a-z][a-z0-9_]*
bool isName(std::string_view s);

// The text of `key` in a mapping node, when there is one: names a list element ("step
// \"cube\"") in the messages about it before it is read.
std::optional<std::string> peek(const Node& n, std::string_view key);

}  // namespace robocert::plan::detail

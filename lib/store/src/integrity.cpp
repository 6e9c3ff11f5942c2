#include "integrity.hpp"

#include <algorithm>
#include <sstream>

namespace robocert::store::detail {

namespace {

// The findings of one integrity_check pragma, without its "ok" and its "*** in database main
// ***" headings. A page so damaged that the check itself stops is one finding, SQLite's error.
std::vector<std::string> findingsOf(const Connection& c, const std::string& pragma) {
  std::vector<std::string> out;
  try {
    Statement s = c.prepare(pragma);
    while (s.step()) {
      std::istringstream lines(s.columnText(0));
      for (std::string line; std::getline(lines, line);) {
        if (line != "ok" && !line.starts_with("*** ")) out.push_back(line);
      }
    }
  } catch (const StoreError& e) {
    if (e.kind() != StoreError::Kind::Damaged) throw;
    out.push_back(e.detail());
  }
  return out;
}

std::string quoted(const std::string& name) {
  std::string q = "\"";
  for (char ch : name) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return q + "\"";
}

struct SchemaObject {
  std::string type, name;
};

std::vector<SchemaObject> schemaObjects(const Connection& c) {
  std::vector<SchemaObject> out;
  Statement s =
      c.prepare("SELECT type, name FROM sqlite_schema WHERE rootpage > 0 ORDER BY rootpage, name");
  while (s.step()) out.push_back({s.columnText(0), s.columnText(1)});
  return out;
}

// dbstat marks each page it cannot read as 'corrupted' under the table or index it belongs to.
// Without dbstat (SQLite built without it) or when it names nothing, the tables whose own check
// fails (their indexes included) are named instead.
void nameDamagedObjects(const Connection& c, FileDamage& damage) {
  std::vector<SchemaObject> all;
  try {
    all = schemaObjects(c);
  } catch (const StoreError&) {
    return;  // the schema itself cannot be read: SQLite's findings are all there is
  }
  auto add = [&](const SchemaObject& o) {
    damage.objects.push_back(o.type + " " + o.name);
    damage.names.push_back(o.name);
  };
  try {
    Statement s = c.prepare("SELECT DISTINCT name FROM dbstat WHERE pagetype = 'corrupted'");
    std::vector<std::string> corrupted;
    while (s.step()) corrupted.push_back(s.columnText(0));
    for (const SchemaObject& o : all) {
      if (std::find(corrupted.begin(), corrupted.end(), o.name) != corrupted.end()) add(o);
    }
  } catch (const StoreError&) {
  }
  if (!damage.objects.empty()) return;
  for (const SchemaObject& o : all) {
    if (o.type == "table" &&
        !findingsOf(c, "PRAGMA integrity_check(" + quoted(o.name) + ")").empty())
      add(o);
  }
}

}  // namespace

std::optional<FileDamage> checkFile(const Connection& c) {
  FileDamage damage;
  damage.findings = findingsOf(c, "PRAGMA integrity_check(" + std::to_string(kMaxFindings) + ")");
  if (damage.findings.empty()) return std::nullopt;
  if (damage.findings.size() > static_cast<std::size_t>(kMaxFindings))
    damage.findings.resize(kMaxFindings);
  nameDamagedObjects(c, damage);
  return damage;
}

}  // namespace robocert::store::detail

#include "report_template.hpp"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <set>

#include "json_value.hpp"
#include "robocert/plan/text_input.hpp"
#include "robocert/textio/file.hpp"
#include "robocert/textio/utf8.hpp"
#include "robocert/textio/yaml.hpp"

namespace robocert::report {

namespace {

std::string where(const std::filesystem::path& file, int line, int column) {
  std::string s = file.string();
  if (line > 0) s += ":" + std::to_string(line);
  if (line > 0 && column > 0) s += ":" + std::to_string(column);
  return s;
}

}  // namespace

RenderError::RenderError(std::filesystem::path file, int line, int column,
                         const std::string& message)
    : std::runtime_error(where(file, line, column) + ": " + message),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(message) {}

RenderError::RenderError(const std::string& message)
    : std::runtime_error(message), message_(message) {}

std::optional<Language> languageFromString(std::string_view text) {
  if (text == "en") return Language::En;
  if (text == "zh" || text == "zh-CN" || text == "zh_CN") return Language::Zh;
  if (text == "both") return Language::Both;
  return std::nullopt;
}

std::filesystem::path defaultTemplateDir() {
  if (const char* env = std::getenv("ROBOCERT_REPORT_TEMPLATES"); env && *env) return env;
  return std::filesystem::path(ROBOCERT_REPORT_TEMPLATE_DIR) / "default";
}

namespace detail {

namespace {

// Every key strings.yaml must have, with the placeholders its texts may use.
struct StringSpec {
  std::string_view key;
  std::vector<std::string_view> placeholders;
};
const std::vector<StringSpec>& stringSpecs() {
  static const std::vector<StringSpec> specs = {
      {"header.report_number", {}},
      {"header.revision", {}},
      {"header.page", {"page", "pages"}},
      {"footer.reproduction", {}},
      {"footer.draft", {}},
      {"footer.approved", {"date"}},
      {"watermark.draft", {}},
      {"end_of_report", {}},
      {"title.fallback", {}},
      {"value.none", {}},
      {"value.not_recorded", {}},
      {"section.identification", {}},
      {"section.parties", {}},
      {"section.item", {}},
      {"section.method", {}},
      {"section.conditions", {}},
      {"section.instruments", {}},
      {"section.results", {}},
      {"section.conformity", {}},
      {"section.deviations", {}},
      {"section.figures", {}},
      {"section.authorisation", {}},
      {"section.budgets", {}},
      {"field.report_number", {}},
      {"field.revision", {}},
      {"field.first_issue", {"revision"}},
      {"field.replaces", {}},
      {"field.amendment_reason", {}},
      {"field.received_on", {}},
      {"field.tested", {}},
      {"field.issued_on", {}},
      {"field.not_issued", {}},
      {"field.laboratory", {}},
      {"field.lab_address", {}},
      {"field.accreditation", {}},
      {"field.performed_at", {}},
      {"field.customer", {}},
      {"field.customer_address", {}},
      {"field.customer_contact", {}},
      {"field.item", {}},
      {"field.manufacturer", {}},
      {"field.model", {}},
      {"field.serial", {}},
      {"field.description", {}},
      {"field.condition", {}},
      {"field.plan", {}},
      {"field.plan_version", {}},
      {"field.plan_sha256", {}},
      {"field.standards", {}},
      {"field.data_file", {}},
      {"field.data_sha256", {}},
      {"field.analysis", {}},
      {"field.temperature", {}},
      {"field.humidity", {}},
      {"field.operator", {}},
      {"field.run", {}},
      {"column.role", {}},
      {"column.instrument", {}},
      {"column.serial", {}},
      {"column.certificate", {}},
      {"column.calibrated_on", {}},
      {"column.due_on", {}},
      {"column.uncertainty", {}},
      {"column.status", {}},
      {"instruments.none", {}},
      {"status.valid", {}},
      {"status.expired", {}},
      {"status.missing", {}},
      {"status.overridden", {}},
      {"results.group", {"unit"}},
      {"results.group_count", {}},
      {"results.none", {}},
      {"column.characteristic", {}},
      {"column.subject", {}},
      {"column.value", {}},
      {"column.expanded", {"k"}},
      {"column.k", {}},
      {"column.limit", {}},
      {"column.rule", {}},
      {"column.verdict", {}},
      {"column.with_unit", {"label", "unit"}},
      {"verdict.pass", {}},
      {"verdict.conditional_pass", {}},
      {"verdict.conditional_fail", {}},
      {"verdict.fail", {}},
      {"verdict.undecided", {}},
      {"statement.uncertainty", {}},
      {"results.script_subject", {"step"}},
      {"results.script_note", {}},
      {"results.script_judged", {}},
      {"statement.only_item", {}},
      {"conformity.intro", {}},
      {"conformity.none", {}},
      {"conformity.agreed", {}},
      {"conformity.summary",
       {"compared", "pass", "conditional_pass", "conditional_fail", "fail", "undecided"}},
      {"conformity.covers", {"characteristics", "count"}},
      {"column.meaning", {}},
      {"column.covers", {}},
      {"rule.simple", {}},
      {"rule.simple.meaning", {}},
      {"rule.guard-band", {}},
      {"rule.guard-band.meaning", {}},
      {"rule.non-binary", {}},
      {"rule.non-binary.meaning", {}},
      {"deviations.none", {}},
      {"column.deviation", {}},
      {"column.when", {}},
      {"figure.label", {"n"}},
      {"figure.pose", {"subject"}},
      {"figure.bars", {"characteristic"}},
      {"figure.histogram", {"subject", "commanded"}},
      {"figure.endurance", {"subject"}},
      {"figures.none", {}},
      {"plot.attained", {}},
      {"plot.barycentre", {}},
      {"plot.command", {}},
      {"plot.limit", {}},
      {"plot.count", {}},
      {"plot.mean", {}},
      {"plot.test_hours", {}},
      {"plot.failures", {}},
      {"plot.failure", {}},
      {"plot.end_of_test", {}},
      {"plot.mtbf", {}},
      {"plot.lower_bound", {}},
      {"plot.cycles", {}},
      {"plot.deviation", {}},
      {"plot.no_data", {}},
      {"field.approved_by", {}},
      {"field.approved_at", {}},
      {"field.content_sha256", {}},
      {"field.audit_head", {}},
      {"approval.note", {}},
      {"approval.draft", {}},
      {"field.signature", {}},
      {"budget.title", {"characteristic", "subject"}},
      {"budget.none", {}},
      {"column.quantity", {}},
      {"column.type", {}},
      {"column.distribution", {}},
      {"column.standard_uncertainty", {}},
      {"column.unit", {}},
      {"column.sensitivity", {}},
      {"column.contribution", {"unit"}},
      {"column.dof", {}},
      {"budget.combined", {}},
      {"budget.effective_dof", {}},
      {"budget.k", {}},
      {"budget.expanded", {}},
      {"budget.method", {}},
      {"budget.mc_interval", {}},
      {"distribution.normal", {}},
      {"distribution.rectangular", {}},
      {"distribution.triangular", {}},
      {"distribution.u-shaped", {}},
  };
  return specs;
}

const StringSpec* findSpec(std::string_view key) {
  for (const StringSpec& s : stringSpecs())
    if (s.key == key) return &s;
  return nullptr;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// "; did you mean "x"?" when a known name is close to name.
QString suggestion(std::string_view name, const std::vector<std::string_view>& known) {
  std::string_view best;
  std::size_t bestDistance = 4;
  for (std::string_view k : known) {
    const std::size_t d = editDistance(name, k);
    if (d < bestDistance) bestDistance = d, best = k;
  }
  if (best.empty()) return {};
  return QCoreApplication::translate("robocert::report", "; did you mean \"%1\"?")
      .arg(QString::fromUtf8(best.data(), static_cast<qsizetype>(best.size())));
}

QString q(std::string_view s) {
  return QStringLiteral("\"%1\"").arg(
      QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())));
}

class Checker {
 public:
  Checker(std::filesystem::path file, std::vector<RenderError>& problems)
      : file_(std::move(file)), problems_(problems) {}
  void add(int line, int column, const QString& message) {
    problems_.emplace_back(file_, line, column, message.toStdString());
  }
  void add(const YAML::Node& at, const QString& message) {
    const YAML::Mark m = at.Mark();
    if (m.is_null()) {
      add(0, 0, message);
    } else {
      add(m.line + 1, m.column + 1, message);
    }
  }
  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  std::vector<RenderError>& problems_;
};

// The file's YAML document, or a null node after adding why.
// The file's text (bounded, a regular file), or nullopt after adding why not.
std::optional<std::string> readTemplateFile(Checker& c) {
  auto read = textio::readFile(c.file(), textio::kTextFileLimitBytes);
  if (const auto* e = std::get_if<textio::ReadError>(&read)) {
    c.add(
        0, 0,
        e->kind == textio::ReadError::Kind::NotFound
            ? QCoreApplication::translate("robocert::report", "is missing from the template folder")
            : QString::fromStdString(plan::describe(*e)));
    return std::nullopt;
  }
  return std::get<std::string>(std::move(read));
}

YAML::Node loadYaml(Checker& c) {
  const auto text = readTemplateFile(c);
  if (!text) return YAML::Node();
  auto document = textio::loadYaml(*text);
  if (const auto* e = std::get_if<textio::YamlError>(&document)) {
    c.add(static_cast<int>(e->line), static_cast<int>(e->column),
          QString::fromStdString(plan::describe(*e)));
    return YAML::Node();
  }
  return std::get<YAML::Node>(std::move(document));
}

// The mapping's entries by key, with unknown and repeated keys reported; nullopt (after a
// problem) when node is not a mapping.
std::optional<std::vector<std::pair<std::string, YAML::Node>>> entries(
    Checker& c, const YAML::Node& node, const QString& what,
    const std::vector<std::string_view>& known) {
  if (!node.IsMap()) {
    c.add(node,
          QCoreApplication::translate("robocert::report", "%1 must be a mapping (key: value lines)")
              .arg(what));
    return std::nullopt;
  }
  std::vector<std::pair<std::string, YAML::Node>> out;
  std::set<std::string> seen;
  for (const auto& kv : node) {
    const std::string key = kv.first.Scalar();
    if (!known.empty() && std::find(known.begin(), known.end(), key) == known.end()) {
      c.add(kv.first, QCoreApplication::translate("robocert::report", "unknown key %1 in %2%3")
                          .arg(q(key), what, suggestion(key, known)));
      continue;
    }
    if (!seen.insert(key).second) {
      c.add(kv.first, QCoreApplication::translate("robocert::report", "%1 appears twice in %2")
                          .arg(q(key), what));
      continue;
    }
    out.emplace_back(key, kv.second);
  }
  return out;
}

const YAML::Node* get(const std::vector<std::pair<std::string, YAML::Node>>& es,
                      std::string_view key) {
  for (const auto& [k, v] : es)
    if (k == key) return &v;
  return nullptr;
}

const YAML::Node* require(Checker& c, const YAML::Node& parent,
                          const std::vector<std::pair<std::string, YAML::Node>>& es,
                          std::string_view key, const QString& what) {
  const YAML::Node* n = get(es, key);
  if (!n)
    c.add(parent,
          QCoreApplication::translate("robocert::report", "%1 has no %2").arg(what, q(key)));
  return n;
}

std::optional<QString> scalar(Checker& c, const YAML::Node& n, const QString& what) {
  if (!n.IsScalar()) {
    c.add(n, QCoreApplication::translate("robocert::report", "%1 must be a text").arg(what));
    return std::nullopt;
  }
  return QString::fromStdString(n.Scalar());
}

std::optional<double> number(Checker& c, const YAML::Node& n, const QString& what, double lo,
                             double hi) {
  double v = 0.0;
  if (!n.IsScalar() || !YAML::convert<double>::decode(n, v) || !(v >= lo && v <= hi)) {
    c.add(n, QCoreApplication::translate("robocert::report", "%1 must be a number from %2 to %3")
                 .arg(what)
                 .arg(lo)
                 .arg(hi));
    return std::nullopt;
  }
  return v;
}

void readFont(Checker& c, const YAML::Node& n, const QString& what, bool needsChinese,
              QString& out) {
  const auto name = scalar(c, n, what);
  if (!name) return;
  static const QRegularExpression bad(QStringLiteral("[\"'<>\\\\;{}]"));
  if (name->isEmpty() || name->contains(bad)) {
    c.add(n, QCoreApplication::translate("robocert::report", "%1: %2 is not a font family name")
                 .arg(what, *name));
    return;
  }
  if (!QFontDatabase::families().contains(*name)) {
    c.add(n, QCoreApplication::translate(
                 "robocert::report",
                 "font %1 is not installed (fc-list : family lists the installed ones; Debian's "
                 "fonts-noto-cjk has \"Noto Sans CJK SC\")")
                 .arg(q(name->toStdString())));
    return;
  }
  if (needsChinese &&
      !QFontDatabase::writingSystems(*name).contains(QFontDatabase::SimplifiedChinese)) {
    c.add(n, QCoreApplication::translate(
                 "robocert::report",
                 "font %1 has no Chinese characters; a report in zh or both needs one such as "
                 "\"Noto Sans CJK SC\"")
                 .arg(q(name->toStdString())));
    return;
  }
  out = *name;
}

void readColour(Checker& c, const YAML::Node& n, const QString& what, QColor& out) {
  static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
  const auto text = scalar(c, n, what);
  if (!text) return;
  if (!hex.match(*text).hasMatch()) {
    c.add(n, QCoreApplication::translate("robocert::report", "%1 must be a colour \"#rrggbb\"")
                 .arg(what));
    return;
  }
  out = QColor(*text);
}

bool imageReadable(const std::filesystem::path& file) {
  const QString path = QString::fromStdString(file.string());
  if (file.extension() == ".svg") return QSvgRenderer(path).isValid();
  QImageReader reader(path);
  return reader.canRead();
}

void readSettings(const std::filesystem::path& dir, Language language, ReportTemplate& t,
                  std::vector<RenderError>& problems) {
  Checker c(dir / "template.yaml", problems);
  const YAML::Node root = loadYaml(c);
  if (!root) return;
  const auto top = entries(c, root, QStringLiteral("template.yaml"),
                           {"page", "fonts", "colours", "letterhead", "sections"});
  if (!top) return;

  if (const YAML::Node* page = require(c, root, *top, "page", QStringLiteral("template.yaml"))) {
    if (const auto es = entries(c, *page, QStringLiteral("page"), {"size", "margins_mm"})) {
      if (const YAML::Node* size = require(c, *page, *es, "size", QStringLiteral("page"))) {
        if (const auto s = scalar(c, *size, QStringLiteral("page.size"))) {
          if (*s == QStringLiteral("A4")) {
            t.pageSize = QPageSize::A4;
          } else if (*s == QStringLiteral("Letter")) {
            t.pageSize = QPageSize::Letter;
          } else {
            c.add(*size, QCoreApplication::translate("robocert::report",
                                                     "page.size must be A4 or Letter"));
          }
        }
      }
      if (const YAML::Node* m = require(c, *page, *es, "margins_mm", QStringLiteral("page"))) {
        if (const auto ms = entries(c, *m, QStringLiteral("page.margins_mm"),
                                    {"top", "right", "bottom", "left"})) {
          double v[4] = {t.marginsMm.top(), t.marginsMm.right(), t.marginsMm.bottom(),
                         t.marginsMm.left()};
          const char* names[4] = {"top", "right", "bottom", "left"};
          for (int i = 0; i < 4; ++i)
            if (const YAML::Node* n =
                    require(c, *m, *ms, names[i], QStringLiteral("page.margins_mm")))
              if (auto x =
                      number(c, *n, QStringLiteral("page.margins_mm.%1").arg(names[i]), 5.0, 50.0))
                v[i] = *x;
          t.marginsMm = QMarginsF(v[3], v[0], v[1], v[2]);
        }
      }
    }
  }
  if (const YAML::Node* fonts = require(c, root, *top, "fonts", QStringLiteral("template.yaml"))) {
    if (const auto es = entries(c, *fonts, QStringLiteral("fonts"), {"text", "mono", "size_pt"})) {
      if (const YAML::Node* n = require(c, *fonts, *es, "text", QStringLiteral("fonts")))
        readFont(c, *n, QStringLiteral("fonts.text"), language != Language::En, t.textFont);
      if (const YAML::Node* n = require(c, *fonts, *es, "mono", QStringLiteral("fonts")))
        readFont(c, *n, QStringLiteral("fonts.mono"), false, t.monoFont);
      if (const YAML::Node* n = require(c, *fonts, *es, "size_pt", QStringLiteral("fonts")))
        if (auto x = number(c, *n, QStringLiteral("fonts.size_pt"), 6.0, 14.0)) t.sizePt = *x;
    }
  }
  if (const YAML::Node* colours =
          require(c, root, *top, "colours", QStringLiteral("template.yaml"))) {
    if (const auto es = entries(c, *colours, QStringLiteral("colours"),
                                {"accent", "pass", "conditional", "fail"})) {
      const std::pair<const char*, QColor*> fields[] = {{"accent", &t.accent},
                                                        {"pass", &t.pass},
                                                        {"conditional", &t.conditional},
                                                        {"fail", &t.fail}};
      for (const auto& [key, out] : fields)
        if (const YAML::Node* n = require(c, *colours, *es, key, QStringLiteral("colours")))
          readColour(c, *n, QStringLiteral("colours.%1").arg(key), *out);
    }
  }
  if (const YAML::Node* lh = get(*top, "letterhead")) {
    if (const auto es = entries(c, *lh, QStringLiteral("letterhead"), {"logo", "lines"})) {
      if (const YAML::Node* n = get(*es, "logo")) {
        if (const auto s = scalar(c, *n, QStringLiteral("letterhead.logo")); s && !s->isEmpty()) {
          const std::filesystem::path logo = dir / s->toStdString();
          if (!imageReadable(logo)) {
            c.add(*n,
                  QCoreApplication::translate(
                      "robocert::report", "the logo %1 is not a readable PNG, JPEG or SVG image")
                      .arg(q(logo.string())));
          } else {
            t.logo = logo;
          }
        }
      }
      if (const YAML::Node* n = get(*es, "lines")) {
        if (!n->IsSequence()) {
          c.add(*n, QCoreApplication::translate("robocert::report",
                                                "letterhead.lines must be a list of texts"));
        } else {
          for (const auto& line : *n)
            if (const auto s = scalar(c, line, QStringLiteral("letterhead.lines")))
              t.letterheadLines.push_back(*s);
        }
      }
    }
  }
  if (const YAML::Node* sections =
          require(c, root, *top, "sections", QStringLiteral("template.yaml"))) {
    if (!sections->IsSequence()) {
      c.add(*sections, QCoreApplication::translate("robocert::report",
                                                   "sections must be a list of section names"));
    } else {
      for (const auto& n : *sections) {
        const auto s = scalar(c, n, QStringLiteral("sections"));
        if (!s) continue;
        const std::string name = s->toStdString();
        const auto& known = knownSections();
        if (std::find(known.begin(), known.end(), name) == known.end()) {
          c.add(n, QCoreApplication::translate("robocert::report", "unknown section %1%2")
                       .arg(q(name), suggestion(name, known)));
        } else if (std::find(t.sections.begin(), t.sections.end(), name) != t.sections.end()) {
          c.add(n, QCoreApplication::translate("robocert::report", "section %1 is listed twice")
                       .arg(q(name)));
        } else {
          t.sections.push_back(name);
        }
      }
      for (std::string_view name : knownSections())
        if (name != "figures" &&
            std::find(t.sections.begin(), t.sections.end(), name) == t.sections.end())
          c.add(*sections, QCoreApplication::translate(
                               "robocert::report",
                               "section %1 is missing: ISO/IEC 17025:2017 7.8 requires it in "
                               "every report")
                               .arg(q(name)));
    }
  }
}

// The placeholders of a text ("{page}"), each checked against the allowed ones.
void checkPlaceholders(Checker& c, const YAML::Node& n, const std::string& key, const QString& text,
                       const std::vector<std::string_view>& allowed) {
  for (qsizetype i = text.indexOf(u'{'); i >= 0; i = text.indexOf(u'{', i + 1)) {
    const qsizetype end = text.indexOf(u'}', i);
    if (end < 0) {
      c.add(n, QCoreApplication::translate("robocert::report", "%1: a \"{\" without its \"}\"")
                   .arg(q(key)));
      return;
    }
    const std::string name = text.mid(i + 1, end - i - 1).toStdString();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      QStringList names;
      for (auto a : allowed)
        names << QStringLiteral("{%1}").arg(
            QString::fromUtf8(a.data(), static_cast<qsizetype>(a.size())));
      c.add(n,
            QCoreApplication::translate("robocert::report", "%1: unknown placeholder {%2} (%3)")
                .arg(q(key), QString::fromStdString(name),
                     names.isEmpty()
                         ? QCoreApplication::translate("robocert::report", "this text takes none")
                         : QCoreApplication::translate("robocert::report", "this text takes %1")
                               .arg(names.join(QStringLiteral(", ")))));
    }
  }
}

void readStrings(const std::filesystem::path& dir, ReportTemplate& t,
                 std::vector<RenderError>& problems) {
  Checker c(dir / "strings.yaml", problems);
  const YAML::Node root = loadYaml(c);
  if (!root) return;
  std::vector<std::string_view> known;
  for (const StringSpec& s : stringSpecs()) known.push_back(s.key);
  const auto es = entries(c, root, QStringLiteral("strings.yaml"), known);
  if (!es) return;
  for (const auto& [key, node] : *es) {
    const auto texts = entries(c, node, q(key), {"en", "zh"});
    if (!texts) continue;
    TemplateText text;
    text.line = node.Mark().is_null() ? 0 : node.Mark().line + 1;
    bool ok = true;
    for (const char* lang : {"en", "zh"}) {
      const YAML::Node* n = get(*texts, lang);
      if (!n) {
        c.add(node, QCoreApplication::translate("robocert::report", "%1 has no %2 text")
                        .arg(q(key), QString::fromLatin1(lang)));
        ok = false;
        continue;
      }
      const auto s = scalar(c, *n, QStringLiteral("%1.%2").arg(q(key), QString::fromLatin1(lang)));
      if (!s || s->trimmed().isEmpty()) {
        if (s)
          c.add(*n, QCoreApplication::translate("robocert::report", "%1 has an empty %2 text")
                        .arg(q(key), QString::fromLatin1(lang)));
        ok = false;
        continue;
      }
      checkPlaceholders(c, *n, key, *s, findSpec(key)->placeholders);
      (std::string_view(lang) == "en" ? text.en : text.zh) = *s;
    }
    if (ok) t.strings.emplace(key, text);
  }
  for (const StringSpec& s : stringSpecs())
    if (!get(*es, s.key))
      c.add(0, 0,
            QCoreApplication::translate("robocert::report",
                                        "%1 is missing (add it with its en and zh texts)")
                .arg(q(s.key)));
}

void readHtml(const std::filesystem::path& dir, ReportTemplate& t,
              std::vector<RenderError>& problems) {
  Checker c(dir / "report.html", problems);
  const auto read = readTemplateFile(c);
  if (!read) return;
  const std::string& text = *read;
  if (const auto bad = textio::firstInvalidUtf8(text)) {
    c.add(static_cast<int>(bad->line), static_cast<int>(bad->column),
          QString::fromStdString(plan::invalidUtf8Message()));
    return;
  }
  const auto& known = htmlPlaceholders();
  std::set<std::string> used;
  std::size_t from = 0;
  for (;;) {
    const std::size_t open = text.find("{{", from);
    if (open == std::string::npos) break;
    const auto [line, column] = lineColumn(text, open);
    const std::size_t close = text.find("}}", open + 2);
    const std::size_t nextOpen = text.find("{{", open + 2);
    if (close == std::string::npos || (nextOpen != std::string::npos && nextOpen < close)) {
      c.add(static_cast<int>(line), static_cast<int>(column),
            QCoreApplication::translate("robocert::report", "a \"{{\" without its \"}}\""));
      return;
    }
    std::string name = text.substr(open + 2, close - open - 2);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      c.add(static_cast<int>(line), static_cast<int>(column),
            QCoreApplication::translate("robocert::report", "unknown placeholder {{%1}}%2")
                .arg(QString::fromStdString(name), suggestion(name, known)));
    } else {
      t.html.push_back({false, text.substr(from, open - from)});
      t.html.push_back({true, name});
      used.insert(name);
    }
    from = close + 2;
  }
  t.html.push_back({false, text.substr(from)});
  for (const char* required : {"body", "report.number"})
    if (!used.count(required))
      c.add(0, 0,
            QCoreApplication::translate("robocert::report",
                                        "{{%1}} is missing: the report would lack %2")
                .arg(QString::fromLatin1(required),
                     std::string_view(required) == "body"
                         ? QCoreApplication::translate("robocert::report", "its content")
                         : QCoreApplication::translate("robocert::report", "its number")));
}

}  // namespace

const std::vector<std::string_view>& knownSections() {
  static const std::vector<std::string_view> names = {
      "identification", "parties",    "item",       "method",  "conditions",    "instruments",
      "results",        "conformity", "deviations", "figures", "authorisation", "budgets"};
  return names;
}

const std::vector<std::string_view>& htmlPlaceholders() {
  static const std::vector<std::string_view> names = {"lang",
                                                      "title.text",
                                                      "title.html",
                                                      "logo",
                                                      "lab.name",
                                                      "lab.address",
                                                      "lab.lines",
                                                      "label.report_number",
                                                      "report.number",
                                                      "label.revision",
                                                      "report.revision",
                                                      "status",
                                                      "watermark",
                                                      "body",
                                                      "footer",
                                                      "colour.accent",
                                                      "colour.pass",
                                                      "colour.conditional",
                                                      "colour.fail",
                                                      "font.text"};
  return names;
}

void requireGuiApplication() {
  if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
    throw RenderError(QCoreApplication::translate(
                          "robocert::report",
                          "rendering a report needs a QGuiApplication (fonts and painting); where "
                          "there is no display, set QT_QPA_PLATFORM=offscreen")
                          .toStdString());
}

ReportTemplate readTemplate(const std::filesystem::path& dir, Language language,
                            std::vector<RenderError>& problems) {
  ReportTemplate t;
  t.dir = dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    problems.emplace_back(dir, 0, 0,
                          QCoreApplication::translate(
                              "robocert::report",
                              "is not a report template folder (it should hold template.yaml, "
                              "strings.yaml and report.html)")
                              .toStdString());
    return t;
  }
  readSettings(dir, language, t, problems);
  readStrings(dir, t, problems);
  readHtml(dir, t, problems);
  return t;
}

ReportTemplate loadTemplate(const RenderOptions& options) {
  requireGuiApplication();
  const std::filesystem::path dir =
      options.templateDir.empty() ? defaultTemplateDir() : options.templateDir;
  std::vector<RenderError> problems;
  ReportTemplate t = readTemplate(dir, options.language, problems);
  if (!problems.empty()) throw problems.front();
  return t;
}

// ---- Wording ----

namespace {

QString fill(QString text, const Args& args) {
  for (const auto& [name, value] : args)
    text.replace(QStringLiteral("{%1}").arg(
                     QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()))),
                 value);
  return text;
}

}  // namespace

const TemplateText& Wording::text(std::string_view key) const {
  const auto it = t_.strings.find(key);
  if (it == t_.strings.end())  // a key missing from stringSpecs(): a bug here, not in a template
    throw std::logic_error("report template: no text " + std::string(key));
  return it->second;
}

QString Wording::en(std::string_view key, const Args& args) const {
  return fill(text(key).en, args);
}
QString Wording::zh(std::string_view key, const Args& args) const {
  return fill(text(key).zh, args);
}

QString Wording::label(std::string_view key, const Args& args) const {
  switch (language_) {
    case Language::En:
      return en(key, args);
    case Language::Zh:
      return zh(key, args);
    case Language::Both:
      break;
  }
  const QString a = en(key, args), b = zh(key, args);
  return a == b ? a : a + QStringLiteral(" / ") + b;
}

QString Wording::stacked(std::string_view key, const Args& args) const {
  if (language_ != Language::Both) return label(key, args);
  const QString a = en(key, args), b = zh(key, args);
  return a == b ? a : a + u'\n' + b;
}

std::vector<QString> Wording::paragraphs(std::string_view key, const Args& args) const {
  switch (language_) {
    case Language::En:
      return {en(key, args)};
    case Language::Zh:
      return {zh(key, args)};
    case Language::Both:
      break;
  }
  return {en(key, args), zh(key, args)};
}

QString Wording::pick(const std::string& enText, const std::string& zhText) const {
  const QString a = QString::fromStdString(enText), b = QString::fromStdString(zhText);
  if (b.isEmpty()) return a;
  if (a.isEmpty()) return b;
  switch (language_) {
    case Language::En:
      return a;
    case Language::Zh:
      return b;
    case Language::Both:
      break;
  }
  return a == b ? a : a + u'\n' + b;
}

}  // namespace detail
}  // namespace robocert::report

namespace robocert::report {

std::vector<RenderError> checkTemplate(const std::filesystem::path& templateDir,
                                       Language language) {
  std::vector<RenderError> problems;
  try {
    detail::requireGuiApplication();
  } catch (const RenderError& e) {
    problems.push_back(e);
    return problems;
  }
  detail::readTemplate(templateDir, language, problems);
  return problems;
}

}  // namespace robocert::report

#pragma once

// A report template folder read and checked (reports/README.md): template.yaml (layout,
// fonts, colours, letterhead, section order), strings.yaml (every fixed text in en and zh)
// and report.html (the HTML page with {{placeholders}}).

#include <QColor>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "robocert/report/render.hpp"

namespace robocert::report::detail {

struct TemplateText {
  QString en, zh;
  int line = 0;
};

// A piece of report.html: literal HTML, or a placeholder's name.
struct HtmlPiece {
  bool placeholder = false;
  std::string text;
};

struct ReportTemplate {
  std::filesystem::path dir;
  // template.yaml
  QPageSize::PageSizeId pageSize = QPageSize::A4;
  QMarginsF marginsMm{18.0, 12.0, 16.0, 12.0};  // left, top, right, bottom
  QString textFont, monoFont;
  double sizePt = 8.5;
  QColor accent, pass, conditional, fail;
  std::filesystem::path logo;  // absolute; empty without
  std::vector<QString> letterheadLines;
  std::vector<std::string> sections;
  // strings.yaml
  std::map<std::string, TemplateText, std::less<>> strings;
  // report.html
  std::vector<HtmlPiece> html;
};

// The section names template.yaml may list, in the default order.
const std::vector<std::string_view>& knownSections();
// The placeholders report.html may use.
const std::vector<std::string_view>& htmlPlaceholders();

// Reads dir, adding every problem found to `problems` (file order); the template is usable
// only when none was added.
ReportTemplate readTemplate(const std::filesystem::path& dir, Language language,
                            std::vector<RenderError>& problems);

// The template of options (defaultTemplateDir() when empty), or throws the first problem.
ReportTemplate loadTemplate(const RenderOptions& options);

// Throws RenderError when there is no QGuiApplication (fonts and painting need one).
void requireGuiApplication();

// "en", "zh" or "en / zh" texts of a template key with {placeholders} filled.
using Args = std::vector<std::pair<std::string_view, QString>>;
class Wording {
 public:
  Wording(const ReportTemplate& t, Language language) : t_(t), language_(language) {}
  Language language() const { return language_; }
  QString en(std::string_view key, const Args& args = {}) const;
  QString zh(std::string_view key, const Args& args = {}) const;
  // En: en; Zh: zh; Both: "en / zh" on one line.
  QString label(std::string_view key, const Args& args = {}) const;
  // As label, Both on two lines ("en\nzh"): labels in narrow columns.
  QString stacked(std::string_view key, const Args& args = {}) const;
  // One paragraph per language shown.
  std::vector<QString> paragraphs(std::string_view key, const Args& args = {}) const;
  // A bilingual value: en or zh (falling back to en), Both: both lines when they differ.
  QString pick(const std::string& en, const std::string& zh) const;

 private:
  const TemplateText& text(std::string_view key) const;
  const ReportTemplate& t_;
  Language language_;
};

}  // namespace robocert::report::detail

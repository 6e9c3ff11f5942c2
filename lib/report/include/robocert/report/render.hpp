#pragma once

// Rendering a report Document to the certificate (PDF) and to one self-contained HTML file,
// from a template folder (reports/default, reports/README.md): the layout and letterhead
// (template.yaml), every fixed text in English and Chinese (strings.yaml) and the HTML page
// (report.html). Labs copy the folder, edit it and point RenderOptions::templateDir at it.
//
// Both renderers paint text and plots with Qt Gui and so need a QGuiApplication (the offscreen
// platform is enough: QT_QPA_PLATFORM=offscreen); without one they throw RenderError instead of
// aborting. They are deterministic apart from the PDF's creation date.

#include <QByteArray>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "robocert/report/document.hpp"

namespace robocert::report {

// En or Zh: every fixed text and bilingual value in that language (a value missing in Chinese
// falls back to English). Both: headings and labels in both ("Results / 结果"), statements as
// an English and a Chinese paragraph, bilingual values on two lines.
enum class Language { En, Zh, Both };

// "en", "zh" (also "zh-CN", "zh_CN") and "both"; nullopt for anything else.
std::optional<Language> languageFromString(std::string_view text);

struct RenderOptions {
  Language language = Language::Both;
  // The template folder; empty: defaultTemplateDir().
  std::filesystem::path templateDir;
};

// $ROBOCERT_REPORT_TEMPLATES when set and not empty, else the "default" template of the
// reports/ folder this was built from.
std::filesystem::path defaultTemplateDir();

// A template or an input the renderer cannot use, located where that is known:
// what() is "file:line:column: message" ("file:line: message" without a column, "file: message"
// without a line). The message is for a person (translatable, context "robocert::report").
class RenderError : public std::runtime_error {
 public:
  RenderError(std::filesystem::path file, int line, int column, const std::string& message);
  explicit RenderError(const std::string& message);  // not about a file

  const std::filesystem::path& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& message() const { return message_; }

 private:
  std::filesystem::path file_;
  int line_ = 0;
  int column_ = 0;
  std::string message_;
};

// Every problem of the template folder that the renderers would stop at, in file order
// (missing files, YAML errors, unknown or missing keys and placeholders, a font that is not
// installed or has no Chinese when `language` needs it, a logo that cannot be read). Empty when
// the template is usable. Needs a QGuiApplication (fonts), like the renderers.
std::vector<RenderError> checkTemplate(const std::filesystem::path& templateDir,
                                       Language language = Language::Both);

// The report as one HTML file (UTF-8): CSS inline, plots as inline SVG (the same painting code
// as the PDF, plots.hpp), the logo as a data URI. Throws RenderError.
std::string renderHtml(const Document& doc, const RenderOptions& options);

// The certificate: an A4 (or the template's page size) PDF with vector text and plots, the
// fonts embedded (Chinese in the template's CJK font). Every page carries the letterhead, the
// report number and revision and "page x of y"; an end-of-report mark follows the last
// section; a draft (no approval) is watermarked on every page; an approved report prints who
// approved it, when, the content SHA-256 and the audit-chain head. Throws RenderError.
QByteArray renderPdf(const Document& doc, const RenderOptions& options);

// renderPdf written to `file` (replaced); throws RenderError when it cannot be written.
void writePdf(const Document& doc, const RenderOptions& options, const std::filesystem::path& file);

}  // namespace robocert::report

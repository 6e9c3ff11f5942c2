#pragma once

// The report laid out as neutral blocks (headings, paragraphs, field lists, tables, figures)
// with every text already in the report's language: built once from the Document and the
// template, then painted into the PDF (render_pdf.cpp) or written as HTML (render_html.cpp),
// so both carry the same items in the same order.

#include <QString>
#include <filesystem>
#include <functional>
#include <optional>
#include <variant>
#include <vector>

#include "report_template.hpp"
#include "robocert/report/approval.hpp"
#include "robocert/report/document.hpp"

class QPainter;
class QRectF;

namespace robocert::report::detail {

// How a cell reads: verdict colours are always paired with the verdict in words.
enum class Tone { Normal, Muted, Pass, Conditional, Fail };

struct Cell {
  QString text;
  Tone tone = Tone::Normal;
  bool mono = false;  // hashes, identifiers
};

struct Heading {
  int level = 1;  // 1 section, 2 sub-section
  QString text;
  bool annex = false;  // starts a new page
};

struct Paragraph {
  enum class Style { Body, Statement, Note, List };
  QString text;
  Style style = Style::Body;
};

struct Fields {  // label: value lines
  std::vector<std::pair<QString, Cell>> rows;
};

enum class Align { Left, Right, Center };
struct Column {
  QString header;
  Align align = Align::Left;
  double weight = 1.0;  // share of the table's width
};
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

using PaintFn = std::function<void(QPainter&, const QRectF&)>;
struct Figure {
  std::vector<PaintFn> panels;  // side by side, equal widths
  double heightPt = 200.0;      // in the PDF (the HTML scales with the page width)
  double widthPt = 0.0;         // 0: the full text width
  QString caption;
};

struct EndMark {
  QString text;
};

using Block = std::variant<Heading, Paragraph, Fields, Table, Figure, EndMark>;

struct Content {
  // Letterhead and page furniture.
  QString labName, labAddress, accreditation;
  std::vector<QString> letterheadLines;
  std::filesystem::path logo;  // empty without
  QByteArray logoBytes;        // the frozen letterhead's logo: used instead of the file
  QString reportNumberLabel, reportNumber, revisionLabel, revision;
  QString titleMain, titleSecond;  // Both: English and Chinese title
  QString pageFormat;              // with {page} and {pages}
  QString footer;                  // the reproduction statement
  QString status;                  // draft notice or the approval date
  bool draft = true;
  QString watermark;  // "DRAFT / 草稿" when draft
  QString lang;       // "en", "zh-CN" or "zh-CN" for Both (HTML lang)

  std::vector<Block> blocks;
};

// The report's content in the template's wording and language.
Content buildContent(const Document& doc, const ReportTemplate& t, Language language);

// Rounding for the tables: with an uncertainty U, U to two significant digits and the value to
// the same decimal place (GUM 7.2.6); without, four significant digits; counts as integers.
// Returns {value, U}.
std::pair<QString, QString> formatMeasured(double value, std::optional<double> u);
QString formatNumber(double value, int significant = 4);

// The identity a file of doc embeds (approval.hpp, EmbeddedIdentity) as (name, value) tags, the
// names readEmbeddedIdentity reads back: ReportNumber, Revision, Status, ContentSHA256, and for
// an approved report Signer, ApprovedAt, SignerFingerprint, Signature. Throws RenderError when
// doc has no canonical JSON (a NaN, text that is not UTF-8).
std::vector<std::pair<QString, QString>> identityTags(const Document& doc);

}  // namespace robocert::report::detail

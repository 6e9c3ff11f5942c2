// The certificate as PDF: the content blocks (content.hpp) laid out on pages in a first pass,
// then painted with the page furniture once the page count is known ("page x of y").
// Geometry is in points converted to the writer's device units (1200 dpi): text, rules and
// plots are vector; fonts are embedded by Qt's PDF engine (subsets).

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <cmath>
#include <functional>
#include <memory>
#include <numbers>
#include <stdexcept>

#include "content.hpp"
#include "logo.hpp"
#include "pdf_text_map.hpp"
#include "report_template.hpp"
#include "robocert/report/approval.hpp"
#include "robocert/report/json.hpp"
#include "robocert/report/render.hpp"

namespace robocert::report {

namespace {

using namespace detail;

constexpr int kDpi = 1200;
constexpr double kMmPerInch = 25.4;

QString xmlEscape(const QString& s) { return s.toHtmlEscaped(); }

// XMP metadata: the standard title and tool, and the report's identity for `report verify`
// (approval.hpp, EmbeddedIdentity: robocert:ContentSHA256 is the SHA-256 of the canonical content
// JSON, json.hpp; an approved report adds its signature).
QByteArray xmp(const Document& doc, const QString& title) {
  QString identity;
  for (const auto& [name, value] : identityTags(doc))
    identity += QStringLiteral("<robocert:%1>%2</robocert:%1>\n").arg(name, xmlEscape(value));
  const QString text =
      QStringLiteral(
          "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
          "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
          "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
          "xmlns:robocert=\"urn:robocert:ns:report:1.0#\">\n"
          "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
          "<xmp:CreatorTool>RoboCert</xmp:CreatorTool>\n"
          "<pdf:Producer>RoboCert (Qt PDF)</pdf:Producer>\n"
          "%2"
          "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
          .arg(xmlEscape(title), identity);
  return text.toUtf8();
}

class PdfLayout {
 public:
  PdfLayout(QPdfWriter& writer, const ReportTemplate& t, const Content& c, const Logo& logo)
      : w_(writer), t_(t), c_(c), logo_(logo) {
    pt_ = kDpi / 72.0;
    const QSizeF pageMm = QPageSize(t.pageSize).size(QPageSize::Millimeter);
    page_ = QRectF(0, 0, mm(pageMm.width()), mm(pageMm.height()));
    left_ = mm(t.marginsMm.left());
    right_ = page_.width() - mm(t.marginsMm.right());
    const double base = t.sizePt;
    body_ = font(base);
    small_ = font(base - 1.0);
    tiny_ = font(base - 1.8);
    bold_ = font(base, true);
    h1_ = font(base + 2.5, true);
    h2_ = font(base + 0.5, true);
    title_ = font(base + 8.0, true);
    title2_ = font(base + 4.0);
    labName_ = font(base + 4.0, true);
    number_ = font(base + 2.0, true);
    mono_ = QFont(t.monoFont);
    mono_.setPointSizeF(base - 1.0);
    mono_.setHintingPreference(QFont::PreferNoHinting);
    mono_.setStyleStrategy(QFont::PreferNoShaping);
    headerBottom_ = mm(t.marginsMm.top()) + headerHeight();
    top_ = headerBottom_ + 12.0 * pt_;
    footerTop_ = page_.height() - mm(t.marginsMm.bottom()) - footerHeight();
    bottom_ = footerTop_ - 8.0 * pt_;
  }

  void run() {
    pages_.emplace_back();
    y_ = top_;
    titleBlock();
    for (std::size_t i = 0; i < c_.blocks.size(); ++i) {
      const Block* next = i + 1 < c_.blocks.size() ? &c_.blocks[i + 1] : nullptr;
      std::visit([&](const auto& b) { layout(b, next); }, c_.blocks[i]);
    }
    QPainter p;
    if (!p.begin(&w_))
      throw RenderError(QCoreApplication::translate("robocert::report", "the PDF cannot be painted")
                            .toStdString());
    for (std::size_t i = 0; i < pages_.size(); ++i) {
      if (i > 0) w_.newPage();
      for (const auto& op : pages_[i]) op(p);
      furniture(p, static_cast<int>(i) + 1, static_cast<int>(pages_.size()));
    }
    p.end();
  }

 private:
  using Op = std::function<void(QPainter&)>;

  double mm(double v) const { return v / kMmPerInch * kDpi; }
  double width() const { return right_ - left_; }
  QFont font(double sizePt, bool bold = false) const {
    QFont f(t_.textFont);
    f.setPointSizeF(sizePt);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No shaping: HarfBuzz's ligatures and Noto CJK's substituted digits have no entry in the
    // PDF's ToUnicode map, so pdftotext (and search, copy) would lose them.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
  }
  // Text is laid out by one QTextLayout both to measure and to paint, so the heights the pages
  // are planned with are the heights painted. Lines break at words, and inside a word only when
  // it is wider than the column (a serial number, a hash).
  struct Laid {
    std::unique_ptr<QTextLayout> layout;
    double height = 0.0;
  };
  Laid layoutText(const QFont& f, const QString& text, double w, int align) const {
    QString s = text;
    s.replace(u'\n', QChar::LineSeparator);
    Laid b;
    b.layout = std::make_unique<QTextLayout>(s, f, &w_);
    QTextOption option(static_cast<Qt::Alignment>(align));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    b.layout->setTextOption(option);
    b.layout->beginLayout();
    for (QTextLine line = b.layout->createLine(); line.isValid(); line = b.layout->createLine()) {
      line.setLineWidth(w);
      line.setPosition(QPointF(0.0, b.height));
      b.height += line.height();
    }
    b.layout->endLayout();
    if (text.isEmpty()) b.height = QFontMetricsF(f, &w_).height();
    return b;
  }
  double textHeight(const QFont& f, const QString& text, double w) const {
    return layoutText(f, text, w, Qt::AlignLeft).height;
  }
  double textWidth(const QFont& f, const QString& text) const {
    return QFontMetricsF(f, &w_).horizontalAdvance(text);
  }
  // Paints text from the top of r, wrapped to its width (its height is not a limit).
  void text(QPainter& p, const QFont& f, const QColor& colour, const QRectF& r, int align,
            const QString& s) const {
    const Laid b = layoutText(f, s, r.width(), align);
    p.setPen(colour);
    b.layout->draw(&p, r.topLeft());
  }
  QColor muted() const { return QColor(0x5b, 0x64, 0x70); }
  QColor rule() const { return QColor(0xc9, 0xce, 0xd6); }
  QColor headFill() const { return QColor(0xe8, 0xed, 0xf3); }
  QColor tone(Tone t) const {
    switch (t) {
      case Tone::Normal:
        return QColor(0x1a, 0x1a, 0x1a);
      case Tone::Muted:
        return muted();
      case Tone::Pass:
        return t_.pass;
      case Tone::Conditional:
        return t_.conditional;
      case Tone::Fail:
        return t_.fail;
    }
    return Qt::black;
  }
  QPen pen(double widthPt, const QColor& colour) const {
    QPen p(colour, widthPt * pt_);
    p.setCapStyle(Qt::FlatCap);
    return p;
  }

  // ---- Page furniture ----

  double headerHeight() const {
    double left = textHeight(labName_, c_.labName.isEmpty() ? QStringLiteral(" ") : c_.labName,
                             width() * 0.62);
    QStringList lines;
    if (!c_.labAddress.isEmpty()) lines << c_.labAddress;
    if (!c_.accreditation.isEmpty()) lines << c_.accreditation;
    for (const QString& l : c_.letterheadLines) lines << l;
    if (!lines.isEmpty()) left += textHeight(small_, lines.join(u'\n'), width() * 0.62);
    const double logo = logo_.empty() ? 0.0 : 40.0 * pt_;
    const double right = textHeight(small_, QStringLiteral("X"), width()) * 3.0 +
                         textHeight(number_, QStringLiteral("X"), width());
    return std::max({left, logo, right}) + 6.0 * pt_;
  }

  double footerHeight() const {
    const double status = textHeight(tiny_, c_.reportNumber + u'\n' + c_.status, width() * 0.34);
    return std::max(textHeight(tiny_, c_.footer, width() * 0.62), status) + 6.0 * pt_;
  }

  void furniture(QPainter& p, int pageNo, int pages) const {
    const double top = mm(t_.marginsMm.top());
    double x = left_;
    if (!logo_.empty()) {
      const QRectF used = logo_.paint(p, QRectF(left_, top, 110.0 * pt_, 40.0 * pt_));
      x = used.right() + 10.0 * pt_;
    }
    const double labWidth = width() * 0.62 - (x - left_);
    double y = top;
    const double nameH = textHeight(labName_, c_.labName, labWidth);
    text(p, labName_, t_.accent, QRectF(x, y, labWidth, nameH), Qt::AlignLeft, c_.labName);
    y += nameH;
    QStringList lines;
    if (!c_.labAddress.isEmpty()) lines << c_.labAddress;
    if (!c_.accreditation.isEmpty()) lines << c_.accreditation;
    for (const QString& l : c_.letterheadLines) lines << l;
    if (!lines.isEmpty())
      text(p, small_, muted(), QRectF(x, y, labWidth, 1e6), Qt::AlignLeft, lines.join(u'\n'));

    // Right block: report number, revision, page x of y.
    const double rw = width() * 0.36;
    const double rx = right_ - rw;
    double ry = top;
    const double sh = textHeight(small_, QStringLiteral("X"), rw);
    text(p, small_, muted(), QRectF(rx, ry, rw, sh), Qt::AlignRight, c_.reportNumberLabel);
    ry += sh;
    const double nh = textHeight(number_, c_.reportNumber, rw);
    text(p, number_, QColor(0x11, 0x11, 0x11), QRectF(rx, ry, rw, nh), Qt::AlignRight,
         c_.reportNumber);
    ry += nh;
    text(p, small_, QColor(0x1a, 0x1a, 0x1a), QRectF(rx, ry, rw, sh), Qt::AlignRight,
         c_.revisionLabel + QStringLiteral(" ") + c_.revision);
    ry += sh;
    QString pageText = c_.pageFormat;
    pageText.replace(QStringLiteral("{page}"), QString::number(pageNo));
    pageText.replace(QStringLiteral("{pages}"), QString::number(pages));
    text(p, small_, QColor(0x1a, 0x1a, 0x1a), QRectF(rx, ry, rw, sh), Qt::AlignRight, pageText);
    p.setPen(pen(1.2, t_.accent));
    p.drawLine(QPointF(left_, headerBottom_), QPointF(right_, headerBottom_));

    // Footer: reproduction statement, and the report's status.
    p.setPen(pen(0.4, rule()));
    p.drawLine(QPointF(left_, footerTop_), QPointF(right_, footerTop_));
    const double fy = footerTop_ + 3.0 * pt_;
    text(p, tiny_, muted(), QRectF(left_, fy, width() * 0.62, 1e6), Qt::AlignLeft, c_.footer);
    QFont status = tiny_;
    status.setBold(c_.draft);
    text(p, status, c_.draft ? t_.fail : muted(),
         QRectF(left_ + width() * 0.66, fy, width() * 0.34, 1e6), Qt::AlignRight,
         c_.reportNumber + u'\n' + c_.status);

    if (c_.draft) watermark(p);
  }

  void watermark(QPainter& p) const {
    p.save();
    const double angle = std::atan2(page_.height(), page_.width()) * 180.0 / std::numbers::pi;
    const double diagonal = std::hypot(page_.width(), page_.height());
    QFont f = font(100.0, true);
    const double w = textWidth(f, c_.watermark);
    f.setPointSizeF(std::min(140.0, 100.0 * diagonal * 0.62 / std::max(w, 1.0)));
    QColor colour = t_.fail;
    colour.setAlphaF(0.11f);
    p.translate(page_.center());
    p.rotate(-angle);
    p.setFont(f);
    p.setPen(colour);
    const double h = QFontMetricsF(f, &w_).height();
    p.drawText(QRectF(-diagonal / 2.0, -h / 2.0, diagonal, h), Qt::AlignCenter, c_.watermark);
    p.restore();
  }

  // ---- Flow ----

  void add(Op op) { pages_.back().push_back(std::move(op)); }
  void newPage() {
    pages_.emplace_back();
    y_ = top_;
  }
  bool atTop() const { return y_ <= top_ + 0.5; }
  double room() const { return bottom_ - y_; }
  void need(double h) {
    if (h > room() && !atTop()) newPage();
  }

  void titleBlock() {
    const double h1 = textHeight(title_, c_.titleMain, width());
    const QString main = c_.titleMain;
    const double y = y_;
    add([=, this](QPainter& p) {
      text(p, title_, QColor(0x11, 0x11, 0x11), QRectF(left_, y, width(), h1), Qt::AlignLeft, main);
    });
    y_ += h1;
    if (!c_.titleSecond.isEmpty()) {
      const double h2 = textHeight(title2_, c_.titleSecond, width());
      const QString second = c_.titleSecond;
      const double y2 = y_;
      add([=, this](QPainter& p) {
        text(p, title2_, QColor(0x33, 0x33, 0x33), QRectF(left_, y2, width(), h2), Qt::AlignLeft,
             second);
      });
      y_ += h2;
    }
    y_ += 4.0 * pt_;
  }

  // The height the start of a block needs on the page of its heading (keep with next).
  double firstPart(const Block* b) const {
    if (!b) return 0.0;
    if (const auto* t = std::get_if<Table>(b)) {
      const double head = headerRowHeight(*t, columnWidths(*t));
      return head + (t->rows.empty() ? 0.0 : rowHeight(*t, t->rows.front(), columnWidths(*t)));
    }
    if (const auto* f = std::get_if<Fields>(b))
      return f->rows.empty() ? 0.0 : fieldHeight(f->rows.front());
    if (const auto* f = std::get_if<Figure>(b)) return figureHeight(*f);
    if (const auto* p = std::get_if<Paragraph>(b)) return paragraphHeight(*p);
    return 0.0;
  }

  void layout(const Heading& h, const Block* next) {
    const QFont& f = h.level == 1 ? h1_ : h2_;
    const double before = (h.level == 1 ? 12.0 : 7.0) * pt_;
    const double th = textHeight(f, h.text, width());
    const double after = (h.level == 1 ? 5.0 : 3.0) * pt_;
    if (h.annex && !atTop()) newPage();
    need(before + th + after + std::min(firstPart(next), 0.5 * (bottom_ - top_)));
    if (!atTop()) y_ += before;
    const double y = y_;
    const QString s = h.text;
    const int level = h.level;
    add([=, this](QPainter& p) {
      text(p, f, level == 1 ? t_.accent : QColor(0x1a, 0x1a, 0x1a), QRectF(left_, y, width(), th),
           Qt::AlignLeft, s);
      if (level == 1) {
        p.setPen(pen(0.5, rule()));
        p.drawLine(QPointF(left_, y + th + 1.5 * pt_), QPointF(right_, y + th + 1.5 * pt_));
      }
    });
    y_ += th + after;
  }

  const QFont& paragraphFont(Paragraph::Style s) const {
    switch (s) {
      case Paragraph::Style::Body:
      case Paragraph::Style::List:
        return body_;
      case Paragraph::Style::Statement:
        return bold_;
      case Paragraph::Style::Note:
        return small_;
    }
    return body_;
  }
  double paragraphIndent(const Paragraph& p) const {
    return p.style == Paragraph::Style::List ? 12.0 * pt_ : 0.0;
  }
  double paragraphHeight(const Paragraph& p) const {
    return textHeight(paragraphFont(p.style), p.text, width() - paragraphIndent(p)) + 4.0 * pt_;
  }

  void layout(const Paragraph& para, const Block*) {
    const double h = paragraphHeight(para);
    need(h);
    const double y = y_;
    const double indent = paragraphIndent(para);
    const QFont f = paragraphFont(para.style);
    const QString s = para.text;
    const bool list = para.style == Paragraph::Style::List;
    const QColor colour =
        para.style == Paragraph::Style::Note ? QColor(0x33, 0x33, 0x33) : QColor(0x1a, 0x1a, 0x1a);
    add([=, this](QPainter& p) {
      if (list)
        text(p, f, colour, QRectF(left_ + 3.0 * pt_, y, indent, h), Qt::AlignLeft,
             QStringLiteral("•"));
      text(p, f, colour, QRectF(left_ + indent, y, width() - indent, h), Qt::AlignLeft, s);
    });
    y_ += h;
  }

  // ---- Fields ----

  double labelWidth() const { return width() * 0.34; }
  const QFont& cellFont(const Cell& c) const { return c.mono ? mono_ : body_; }
  double fieldHeight(const std::pair<QString, Cell>& row) const {
    const double pad = 2.4 * pt_;
    const double a = textHeight(small_, row.first, labelWidth() - 6.0 * pt_);
    const double b =
        textHeight(cellFont(row.second), row.second.text, width() - labelWidth() - 6.0 * pt_);
    return std::max(a, b) + 2.0 * pad;
  }

  void layout(const Fields& fields, const Block*) {
    // A short list stays on one page; a long one breaks between rows.
    double total = 0.0;
    for (const auto& row : fields.rows) total += fieldHeight(row);
    if (total < 0.35 * (bottom_ - top_)) need(total);
    for (const auto& row : fields.rows) {
      const double h = fieldHeight(row);
      need(h);
      const double y = y_;
      const QString label = row.first;
      const Cell value = row.second;
      const QFont vf = cellFont(value);
      add([=, this](QPainter& p) {
        const double pad = 2.4 * pt_;
        text(p, small_, muted(), QRectF(left_ + 2.0 * pt_, y + pad, labelWidth() - 6.0 * pt_, h),
             Qt::AlignLeft, label);
        text(p, vf, tone(value.tone),
             QRectF(left_ + labelWidth(), y + pad, width() - labelWidth() - 6.0 * pt_, h),
             Qt::AlignLeft, value.text);
        p.setPen(pen(0.35, rule()));
        p.drawLine(QPointF(left_, y + h), QPointF(right_, y + h));
      });
      y_ += h;
    }
    y_ += 3.0 * pt_;
  }

  // ---- Tables ----

  std::vector<double> columnWidths(const Table& t) const {
    double total = 0.0;
    for (const Column& c : t.columns) total += c.weight;
    std::vector<double> w;
    for (const Column& c : t.columns) w.push_back(width() * c.weight / total);
    return w;
  }
  double cellPad() const { return 3.0 * pt_; }
  static int alignFlag(Align a) {
    switch (a) {
      case Align::Left:
        return Qt::AlignLeft;
      case Align::Right:
        return Qt::AlignRight;
      case Align::Center:
        return Qt::AlignHCenter;
    }
    return Qt::AlignLeft;
  }
  const QFont& tableFont(const Cell& c) const { return c.mono ? mono_ : small_; }
  double headerRowHeight(const Table& t, const std::vector<double>& ws) const {
    double h = 0.0;
    QFont f = small_;
    f.setBold(true);
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      h = std::max(h, textHeight(f, t.columns[i].header, ws[i] - 2.0 * cellPad()));
    return h + 2.0 * 2.6 * pt_;
  }
  double rowHeight(const Table& t, const std::vector<Cell>& row,
                   const std::vector<double>& ws) const {
    double h = 0.0;
    for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
      h = std::max(h, textHeight(tableFont(row[i]), row[i].text, ws[i] - 2.0 * cellPad()));
    return h + 2.0 * 2.0 * pt_;
  }

  void tableHeader(const Table& t, const std::vector<double>& ws) {
    const double h = headerRowHeight(t, ws);
    const double y = y_;
    const std::vector<Column> columns = t.columns;
    add([=, this](QPainter& p) {
      p.fillRect(QRectF(left_, y, width(), h), headFill());
      QFont f = small_;
      f.setBold(true);
      double x = left_;
      for (std::size_t i = 0; i < columns.size(); ++i) {
        text(p, f, QColor(0x10, 0x2a, 0x43),
             QRectF(x + cellPad(), y + 2.6 * pt_, ws[i] - 2.0 * cellPad(), h),
             alignFlag(columns[i].align), columns[i].header);
        x += ws[i];
      }
      p.setPen(pen(0.9, t_.accent));
      p.drawLine(QPointF(left_, y), QPointF(right_, y));
      p.setPen(pen(0.6, t_.accent));
      p.drawLine(QPointF(left_, y + h), QPointF(right_, y + h));
    });
    y_ += h;
  }

  void layout(const Table& t, const Block*) {
    const std::vector<double> ws = columnWidths(t);
    const double head = headerRowHeight(t, ws);
    need(head + (t.rows.empty() ? 0.0 : rowHeight(t, t.rows.front(), ws)));
    tableHeader(t, ws);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const double h = rowHeight(t, t.rows[r], ws);
      if (h > room()) {
        newPage();
        tableHeader(t, ws);
      }
      const double y = y_;
      const std::vector<Cell> row = t.rows[r];
      const std::vector<Column> columns = t.columns;
      const bool zebra = r % 2 == 1;
      const bool last = r + 1 == t.rows.size();
      add([=, this](QPainter& p) {
        if (zebra) p.fillRect(QRectF(left_, y, width(), h), QColor(0xf6, 0xf7, 0xf9));
        double x = left_;
        for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i) {
          QFont f = tableFont(row[i]);
          const bool verdict = row[i].tone == Tone::Pass || row[i].tone == Tone::Fail ||
                               row[i].tone == Tone::Conditional;
          if (verdict) f.setBold(true);
          text(p, f, tone(row[i].tone),
               QRectF(x + cellPad(), y + 2.0 * pt_, ws[i] - 2.0 * cellPad(), h),
               alignFlag(columns[i].align), row[i].text);
          x += ws[i];
        }
        p.setPen(last ? pen(0.6, t_.accent) : pen(0.3, rule()));
        p.drawLine(QPointF(left_, y + h), QPointF(right_, y + h));
      });
      y_ += h;
    }
    y_ += 5.0 * pt_;
  }

  // ---- Figures and the end mark ----

  double figureHeight(const Figure& f) const {
    return f.heightPt * pt_ + 4.0 * pt_ + textHeight(small_, f.caption, width()) + 8.0 * pt_;
  }

  void layout(const Figure& f, const Block*) {
    const double h = figureHeight(f);
    need(h);
    const double y = y_ + 4.0 * pt_;
    const double total = f.widthPt > 0.0 ? std::min(f.widthPt * pt_, width()) : width();
    const double x0 = left_ + (width() - total) / 2.0;
    const double gap = 10.0 * pt_;
    const auto n = static_cast<double>(f.panels.size());
    const double pw = (total - gap * (n - 1.0)) / n;
    const double ph = f.heightPt * pt_;
    const std::vector<PaintFn> panels = f.panels;
    const QString caption = f.caption;
    const double ch = textHeight(small_, caption, width());
    add([=, this](QPainter& p) {
      for (std::size_t i = 0; i < panels.size(); ++i) {
        p.save();
        p.setFont(body_);
        p.setRenderHint(QPainter::Antialiasing);
        panels[i](p, QRectF(x0 + static_cast<double>(i) * (pw + gap), y, pw, ph));
        p.restore();
      }
      text(p, small_, QColor(0x33, 0x33, 0x33), QRectF(left_, y + ph + 4.0 * pt_, width(), ch),
           Qt::AlignLeft, caption);
    });
    y_ += h;
  }

  void layout(const EndMark& e, const Block*) {
    const double h = textHeight(bold_, e.text, width()) + 20.0 * pt_;
    need(h);
    const double y = y_ + 14.0 * pt_;
    const QString s = e.text;
    add([=, this](QPainter& p) {
      const double tw = textWidth(bold_, s);
      const double th = textHeight(bold_, s, width());
      text(p, bold_, QColor(0x11, 0x11, 0x11), QRectF(left_, y, width(), th), Qt::AlignHCenter, s);
      p.setPen(pen(0.6, QColor(0x11, 0x11, 0x11)));
      const double mid = y + th / 2.0;
      const double cx = left_ + width() / 2.0;
      p.drawLine(QPointF(left_ + width() * 0.15, mid), QPointF(cx - tw / 2.0 - 8.0 * pt_, mid));
      p.drawLine(QPointF(cx + tw / 2.0 + 8.0 * pt_, mid), QPointF(right_ - width() * 0.15, mid));
    });
    y_ += h;
  }

  QPdfWriter& w_;
  const ReportTemplate& t_;
  const Content& c_;
  const Logo& logo_;
  double pt_ = 1.0;
  QRectF page_;
  double left_ = 0.0, right_ = 0.0, top_ = 0.0, bottom_ = 0.0;
  double headerBottom_ = 0.0, footerTop_ = 0.0;
  QFont body_, small_, tiny_, bold_, h1_, h2_, title_, title2_, labName_, number_, mono_;
  std::vector<std::vector<Op>> pages_;
  double y_ = 0.0;
};

}  // namespace

QByteArray renderPdf(const Document& doc, const RenderOptions& options) {
  const ReportTemplate t = loadTemplate(options);
  const Content content = buildContent(doc, t, options.language);
  const Logo logo = content.logoBytes.isEmpty() ? loadLogo(content.logo)
                                                : logoFromBytes(content.logoBytes, content.logo);
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(t.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QString title = content.reportNumber + QStringLiteral(" · ") + content.titleMain;
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("RoboCert"));
    writer.setDocumentXmpMetadata(xmp(doc, title));
    PdfLayout(writer, t, content, logo).run();
  }
  buffer.close();
  correctToUnicode(bytes, toUnicodeCorrections({t.textFont, t.monoFont}));
  return bytes;
}

void writePdf(const Document& doc, const RenderOptions& options,
              const std::filesystem::path& file) {
  const QByteArray bytes = renderPdf(doc, options);
  QSaveFile out(QString::fromStdString(file.string()));
  if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
    throw RenderError(
        file, 0, 0,
        QCoreApplication::translate("robocert::report", "the PDF cannot be written (%1)")
            .arg(out.errorString())
            .toStdString());
}

}  // namespace robocert::report

// The report as one self-contained HTML file: report.html with its placeholders filled, the
// content blocks (content.hpp) as HTML, the plots as inline SVG painted by plots.cpp through
// QSvgGenerator, the logo as a data URI.

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <map>

#include "content.hpp"
#include "logo.hpp"
#include "report_template.hpp"
#include "robocert/report/approval.hpp"
#include "robocert/report/render.hpp"

namespace robocert::report {

namespace {

using namespace detail;

// The PDF's text width in points, for the figures' proportions.
constexpr double kTextWidthPt = 510.0;

QString esc(const QString& s) {
  QString out = s.toHtmlEscaped();
  out.replace(u'\n', QStringLiteral("<br>"));
  return out;
}

QString toneClass(Tone t) {
  switch (t) {
    case Tone::Normal:
      return {};
    case Tone::Muted:
      return QStringLiteral("tone-muted");
    case Tone::Pass:
      return QStringLiteral("tone-pass");
    case Tone::Conditional:
      return QStringLiteral("tone-conditional");
    case Tone::Fail:
      return QStringLiteral("tone-fail");
  }
  return {};
}

QString classes(const Cell& c, Align a = Align::Left) {
  QStringList list;
  if (!toneClass(c.tone).isEmpty()) list << toneClass(c.tone);
  if (c.mono) list << QStringLiteral("mono");
  if (a == Align::Right) list << QStringLiteral("num");
  if (a == Align::Center) list << QStringLiteral("center");
  return list.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(list.join(u' '));
}

// The report's identity (approval.hpp, EmbeddedIdentity) as <meta name="robocert:..."> tags
// right after the template's <head>, before anything the content fills in, so `report verify`
// finds them first (or at the very start when a template has no head).
std::string withIdentity(const std::string& html, const Document& doc) {
  std::string tags;
  for (const auto& [name, value] : identityTags(doc))
    tags += QStringLiteral("\n<meta name=\"robocert:%1\" content=\"%2\">")
                .arg(name, value.toHtmlEscaped())
                .toStdString();
  const std::size_t head = html.find("<head>");
  if (head == std::string::npos) return tags.substr(1) + "\n" + html;
  return html.substr(0, head + 6) + tags + html.substr(head + 6);
}

QString svg(const PaintFn& paint, double widthPt, double heightPt, const QString& fontFamily,
            const QString& title) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator gen;
  gen.setOutputDevice(&buffer);
  const QSize size(static_cast<int>(std::lround(widthPt)), static_cast<int>(std::lround(heightPt)));
  gen.setSize(size);
  gen.setViewBox(QRect(QPoint(0, 0), size));
  gen.setResolution(72);  // one unit = one point
  gen.setTitle(title);
  {
    QPainter p(&gen);
    QFont f(fontFamily);
    f.setPointSizeF(8.0);
    p.setFont(f);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p, QRectF(0, 0, size.width(), size.height()));
  }
  buffer.close();
  QString text = QString::fromUtf8(bytes);
  const qsizetype start = text.indexOf(QStringLiteral("<svg"));
  return start < 0 ? text : text.mid(start).trimmed();
}

class HtmlBody {
 public:
  HtmlBody(const ReportTemplate& t) : t_(t) {}

  QString write(const std::vector<Block>& blocks) {
    for (const Block& b : blocks) {
      const bool list = std::holds_alternative<Paragraph>(b) &&
                        std::get<Paragraph>(b).style == Paragraph::Style::List;
      if (!list && inList_) {
        out_ += QStringLiteral("</ul>\n");
        inList_ = false;
      }
      std::visit([&](const auto& x) { write(x); }, b);
    }
    if (inList_) out_ += QStringLiteral("</ul>\n");
    return out_;
  }

 private:
  void write(const Heading& h) {
    if (h.level == 1)
      out_ += QStringLiteral("<h2%1>%2</h2>\n")
                  .arg(h.annex ? QStringLiteral(" class=\"annex\"") : QString(), esc(h.text));
    else
      out_ += QStringLiteral("<h3>%1</h3>\n").arg(esc(h.text));
  }
  void write(const Paragraph& p) {
    switch (p.style) {
      case Paragraph::Style::Body:
        out_ += QStringLiteral("<p>%1</p>\n").arg(esc(p.text));
        return;
      case Paragraph::Style::Statement:
        out_ += QStringLiteral("<p class=\"statement\">%1</p>\n").arg(esc(p.text));
        return;
      case Paragraph::Style::Note:
        out_ += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(p.text));
        return;
      case Paragraph::Style::List:
        if (!inList_) out_ += QStringLiteral("<ul>\n");
        inList_ = true;
        out_ += QStringLiteral("<li>%1</li>\n").arg(esc(p.text));
        return;
    }
  }
  void write(const Fields& f) {
    out_ += QStringLiteral("<table class=\"fields\">\n");
    for (const auto& [label, value] : f.rows)
      out_ += QStringLiteral("<tr><th>%1</th><td%2>%3</td></tr>\n")
                  .arg(esc(label), classes(value), esc(value.text));
    out_ += QStringLiteral("</table>\n");
  }
  void write(const Table& t) {
    out_ += QStringLiteral("<table class=\"grid\">\n<thead><tr>");
    for (const Column& c : t.columns)
      out_ += QStringLiteral("<th%1>%2</th>").arg(classes(Cell{}, c.align), esc(c.header));
    out_ += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const auto& row : t.rows) {
      out_ += QStringLiteral("<tr>");
      for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
        out_ += QStringLiteral("<td%1>%2</td>")
                    .arg(classes(row[i], t.columns[i].align), esc(row[i].text));
      out_ += QStringLiteral("</tr>\n");
    }
    out_ += QStringLiteral("</tbody>\n</table>\n");
  }
  void write(const Figure& f) {
    const double total = f.widthPt > 0.0 ? std::min(f.widthPt, kTextWidthPt) : kTextWidthPt;
    const auto n = static_cast<double>(f.panels.size());
    const double panelWidth = (total - 10.0 * (n - 1.0)) / n;
    out_ += QStringLiteral("<figure style=\"max-width: %1%\">\n<div class=\"panels\">\n")
                .arg(std::lround(total / kTextWidthPt * 100.0));
    for (const PaintFn& panel : f.panels)
      out_ += svg(panel, panelWidth, f.heightPt, t_.textFont, f.caption) + u'\n';
    out_ += QStringLiteral("</div>\n<figcaption>%1</figcaption>\n</figure>\n").arg(esc(f.caption));
  }
  void write(const EndMark& e) {
    out_ += QStringLiteral("<p class=\"end\">%1</p>\n").arg(esc(e.text));
  }

  const ReportTemplate& t_;
  QString out_;
  bool inList_ = false;
};

}  // namespace

std::string renderHtml(const Document& doc, const RenderOptions& options) {
  const ReportTemplate t = loadTemplate(options);
  const Content c = buildContent(doc, t, options.language);
  const Logo logo = c.logoBytes.isEmpty() ? loadLogo(c.logo) : logoFromBytes(c.logoBytes, c.logo);

  QStringList labLines;
  if (!c.accreditation.isEmpty()) labLines << c.accreditation;
  for (const QString& l : c.letterheadLines) labLines << l;
  const QString title =
      c.titleSecond.isEmpty() ? c.titleMain : c.titleMain + QStringLiteral(" / ") + c.titleSecond;
  const std::map<std::string, QString, std::less<>> values = {
      {"lang", c.lang},
      {"title.text", esc(title)},
      {"title.html",
       esc(c.titleMain) +
           (c.titleSecond.isEmpty()
                ? QString()
                : QStringLiteral("<span class=\"zh\">%1</span>").arg(esc(c.titleSecond)))},
      {"logo", logo.empty() ? QString()
                            : QStringLiteral("<img src=\"%1\" alt=\"%2\">")
                                  .arg(logo.dataUri(), c.labName.toHtmlEscaped())},
      {"lab.name", esc(c.labName)},
      {"lab.address", esc(c.labAddress)},
      {"lab.lines", esc(labLines.join(u'\n'))},
      {"label.report_number", esc(c.reportNumberLabel)},
      {"report.number", esc(c.reportNumber)},
      {"label.revision", esc(c.revisionLabel)},
      {"report.revision", esc(c.revision)},
      {"status", QStringLiteral("<p class=\"status%1\">%2</p>")
                     .arg(c.draft ? QStringLiteral(" draft") : QString(), esc(c.status))},
      {"watermark", c.draft
                        ? QStringLiteral("<div class=\"watermark\" aria-hidden=\"true\">%1</div>")
                              .arg(esc(c.watermark))
                        : QString()},
      {"body", HtmlBody(t).write(c.blocks)},
      {"footer", esc(c.reportNumber + QStringLiteral(" · ") + c.footer)},
      {"colour.accent", t.accent.name()},
      {"colour.pass", t.pass.name()},
      {"colour.conditional", t.conditional.name()},
      {"colour.fail", t.fail.name()},
      {"font.text", t.textFont},
  };
  std::string out;
  for (const HtmlPiece& piece : t.html) {
    if (!piece.placeholder) {
      out += piece.text;
      continue;
    }
    const auto it = values.find(piece.text);
    if (it != values.end()) out += it->second.toStdString();
  }
  return withIdentity(out, doc);
}

}  // namespace robocert::report

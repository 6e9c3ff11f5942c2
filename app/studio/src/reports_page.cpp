#include "reports_page.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <fstream>
#include <functional>
#include <sstream>

#include "robocert/plan/text_input.hpp"
#include "robocert/report/approval.hpp"
#include "robocert/report/assemble.hpp"
#include "robocert/report/json.hpp"
#include "robocert/report/render.hpp"
#include "robocert/store/store.hpp"
#include "robocert/textio/file.hpp"
#include "shell_util.hpp"

namespace robocert::studio {
namespace {

// The HTML report in a QTextBrowser: its inline <svg> plots become images drawn by Qt Svg
// (a QTextBrowser shows no inline SVG).
class ReportBrowser : public QTextBrowser {
 public:
  void setReportHtml(QString html) {
    svgs_.clear();
    qsizetype from = 0;
    while (true) {
      const qsizetype start = html.indexOf(QStringLiteral("<svg"), from);
      if (start < 0) break;
      const qsizetype end = html.indexOf(QStringLiteral("</svg>"), start);
      if (end < 0) break;
      const qsizetype stop = end + 6;
      svgs_.push_back(html.mid(start, stop - start).toUtf8());
      const QString img = QStringLiteral("<img src=\"svg:%1\">").arg(svgs_.size() - 1);
      html.replace(start, stop - start, img);
      from = start + img.size();
    }
    setHtml(html);
  }
  QVariant loadResource(int type, const QUrl& url) override {
    if (type == QTextDocument::ImageResource && url.scheme() == QLatin1String("svg")) {
      const auto i = static_cast<std::size_t>(url.path().toInt());
      if (i < svgs_.size()) {
        QSvgRenderer svg(svgs_[i]);
        const qreal dpr = devicePixelRatioF();
        const QSize size = svg.defaultSize().isValid() ? svg.defaultSize() : QSize(480, 300);
        // The SVG's units are points (render_html.cpp): to pixels at the screen's resolution,
        // drawn at the device pixel ratio so they stay sharp on high-DPI screens.
        const double scale = logicalDpiX() / 72.0;
        QImage image((QSizeF(size) * scale * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        image.setDevicePixelRatio(dpr);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p, QRectF(QPointF(0, 0), QSizeF(size) * scale));
        p.end();
        return image;
      }
    }
    return QTextBrowser::loadResource(type, url);
  }

 private:
  std::vector<QByteArray> svgs_;
};

QString statusText(const store::ReportRecord& r) {
  return r.status == store::ReportStatus::Approved ? ReportsPage::tr("approved")
                                                   : ReportsPage::tr("draft");
}

// One sentence for a person from what the report rules, the renderer and the store throw.
QString describe(const std::exception& e) {
  if (const auto* se = dynamic_cast<const store::StoreError*>(&e)) return describeStoreError(*se);
  if (dynamic_cast<const report::RenderError*>(&e))
    return ReportsPage::tr("The report template cannot be used: %1")
        .arg(QString::fromUtf8(e.what()));
  return QString::fromUtf8(e.what());
}

// Runs `work` (rendering, approving: seconds on a large report) on a pool thread while the GUI
// thread goes on (a busy indicator after 0.4 s; the page is disabled meanwhile so it cannot be
// re-entered). work returns what went wrong for a person, empty when nothing did; it opens its
// own Store (one per thread).
QString inBackground(QWidget* page, const QString& what, std::function<QString()> work) {
  QFutureWatcher<QString> watcher;
  QEventLoop loop;
  QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
  QProgressDialog progress(what, QString(), 0, 0, page);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(400);
  progress.setCancelButton(nullptr);  // a renderer cannot be stopped half-way
  page->setEnabled(false);
  watcher.setFuture(QtConcurrent::run([work = std::move(work)]() -> QString {
    try {
      return work();
    } catch (const std::exception& e) {
      return describe(e);
    }
  }));
  if (!watcher.isFinished()) loop.exec();
  page->setEnabled(true);
  return watcher.result();
}

}  // namespace

ReportsPage::ReportsPage(StudioContext& context, QWidget* parent)
    : QWidget(parent), context_(context) {
  runLabel_ = new QLabel;
  run_ = new QComboBox;
  run_->setMinimumContentsLength(40);
  langLabel_ = new QLabel;
  language_ = new QComboBox;
  language_->addItems({QString(), QString(), QString()});
  language_->setItemData(0, QStringLiteral("both"));
  language_->setItemData(1, QStringLiteral("en"));
  language_->setItemData(2, QStringLiteral("zh"));
  generate_ = new QPushButton;
  approve_ = new QPushButton;
  export_ = new QPushButton;
  verify_ = new QPushButton;
  message_ = new QLabel;
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* top = new QHBoxLayout;
  top->addWidget(runLabel_);
  top->addWidget(run_, 1);
  top->addWidget(langLabel_);
  top->addWidget(language_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(generate_);
  buttons->addWidget(approve_);
  buttons->addWidget(export_);
  buttons->addStretch(1);
  buttons->addWidget(verify_);

  revisionsBox_ = new QGroupBox;
  revisionsTable_ = new QTableWidget(0, 6);
  revisionsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  revisionsTable_->setSelectionMode(QAbstractItemView::NoSelection);
  revisionsTable_->verticalHeader()->hide();
  revisionsTable_->horizontalHeader()->setStretchLastSection(true);
  (new QVBoxLayout(revisionsBox_))->addWidget(revisionsTable_);

  previewBox_ = new QGroupBox;
  auto* browser = new ReportBrowser;
  preview_ = browser;
  preview_->setOpenLinks(false);
  (new QVBoxLayout(previewBox_))->addWidget(preview_);

  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(revisionsBox_);
  split->addWidget(previewBox_);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 4);
  split->setSizes({110, 700});

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addLayout(buttons);
  layout->addWidget(message_);
  layout->addWidget(split, 1);

  connect(run_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    showRevisions();
    preview();
  });
  connect(language_, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReportsPage::preview);
  connect(generate_, &QPushButton::clicked, this, [this] { generateDraft(); });
  connect(approve_, &QPushButton::clicked, this, [this] {
    const auto r = latest();
    if (!r || !context_.user()) return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Approve report %1").arg(q(r->number)),
        tr("Approving report %1 rev %2 freezes its content and signs it as %3.\n"
           "Enter your password again to confirm:")
            .arg(q(r->number))
            .arg(r->revision)
            .arg(q(context_.user()->name)),
        QLineEdit::Password, QString(), &ok);
    if (ok) approve(password);
  });
  connect(export_, &QPushButton::clicked, this, [this] {
    const auto r = latest();
    if (!r) return;
    QString selected;
    const QString pdf = tr("Certificate (*.pdf)"), html = tr("HTML report (*.html)"),
                  json = tr("JSON data (*.json)");
    const QString name =
        q(r->number) + (r->revision > 0 ? QStringLiteral("-rev%1").arg(r->revision) : QString()) +
        (r->status == store::ReportStatus::Draft ? QStringLiteral("-draft") : QString()) +
        QStringLiteral(".pdf");
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export report"), name,
        pdf + QStringLiteral(";;") + html + QStringLiteral(";;") + json, &selected);
    if (file.isEmpty()) return;
    const QString format = selected == html   ? QStringLiteral("html")
                           : selected == json ? QStringLiteral("json")
                                              : QStringLiteral("pdf");
    exportTo(s(file), format, language_->currentData().toString());
  });
  connect(verify_, &QPushButton::clicked, this, [this] {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Verify a report file"), QString(),
                                     tr("Reports (*.pdf *.html *.json);;All files (*)"));
    if (!file.isEmpty()) verify(s(file));
  });
  connect(&context_, &StudioContext::runEnded, this, &ReportsPage::refresh);
  connect(&context_, &StudioContext::databaseChanged, this, &ReportsPage::refresh);
  connect(&context_, &StudioContext::userChanged, this, &ReportsPage::updateControls);
  connect(&context_, &StudioContext::showReport, this, [this](qint64 id) { selectRun(id); });

  retranslate();
  refresh();
}

ReportsPage::~ReportsPage() = default;

qint64 ReportsPage::runId() const { return run_->currentData().toLongLong(); }

std::optional<store::ReportRecord> ReportsPage::latest() const {
  if (revisions_.empty()) return std::nullopt;
  return revisions_.back();
}

QString ReportsPage::message() const { return message_->text(); }
QString ReportsPage::previewHtml() const { return preview_->toHtml(); }

void ReportsPage::say(const QString& text, bool error) {
  message_->setText(text);
  message_->setStyleSheet(error ? QStringLiteral("color:#b3261e") : QString());
}

void ReportsPage::refresh() {
  const qint64 keep = runId();
  QSignalBlocker block(run_);
  run_->clear();
  try {
    const store::Store lab = store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
    const auto runs = lab.runs();
    for (auto it = runs.rbegin(); it != runs.rend(); ++it)
      if (it->status == store::RunStatus::Completed)
        run_->addItem(tr("Run %1 · %2 · item %3 · %4")
                          .arg(it->id)
                          .arg(q(it->planName), q(lab.item(it->itemId).serial), q(it->startedAt)),
                      QVariant::fromValue<qlonglong>(it->id));
  } catch (const store::StoreError& e) {
    say(describeStoreError(e), true);
  }
  if (run_->count() == 0)
    say(tr("No completed run yet: reports are made of completed runs."), false);
  run_->setCurrentIndex(std::max(0, run_->findData(QVariant::fromValue<qlonglong>(keep))));
  block.unblock();
  showRevisions();
  preview();
}

bool ReportsPage::selectRun(qint64 id) {
  int i = run_->findData(QVariant::fromValue<qlonglong>(id));
  if (i < 0) {
    refresh();
    i = run_->findData(QVariant::fromValue<qlonglong>(id));
  }
  if (i < 0) return false;
  run_->setCurrentIndex(i);
  return true;
}

void ReportsPage::showRevisions() {
  revisions_.clear();
  if (runId() > 0) {
    try {
      const store::Store lab =
          store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
      revisions_ = lab.reports(runId());
    } catch (const store::StoreError& e) {
      say(describeStoreError(e), true);
    }
  }
  revisionsTable_->setRowCount(static_cast<int>(revisions_.size()));
  for (int row = 0; row < static_cast<int>(revisions_.size()); ++row) {
    const store::ReportRecord& r = revisions_[static_cast<std::size_t>(row)];
    const QStringList cells = {q(r.number),
                               QString::number(r.revision),
                               statusText(r),
                               q(r.createdAt) + QStringLiteral(" · ") + q(r.createdBy),
                               r.approvedAt ? q(*r.approvedAt) + QStringLiteral(" · ") +
                                                  q(r.approvedBy.value_or(std::string()))
                                            : QString(),
                               r.amendmentReason.empty() ? QString() : q(r.amendmentReason)};
    for (int c = 0; c < cells.size(); ++c)
      revisionsTable_->setItem(row, c, new QTableWidgetItem(cells[c]));
  }
  revisionsTable_->resizeColumnsToContents();
  updateControls();
}

void ReportsPage::updateControls() {
  const auto r = latest();
  const bool draft = r && r->status == store::ReportStatus::Draft;
  generate_->setEnabled(runId() > 0 && (!r || draft));
  approve_->setEnabled(draft && mayApprove(context_.user()));
  approve_->setToolTip(mayApprove(context_.user())
                           ? tr("Approve the draft: its content is frozen and signed")
                           : tr("Only a user with the approver role may approve a report"));
  export_->setEnabled(r.has_value());
}

void ReportsPage::preview() {
  const auto r = latest();
  auto* browser = static_cast<ReportBrowser*>(preview_);
  if (!r) {
    browser->setReportHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                               .arg(runId() > 0
                                        ? tr("This run has no report yet: generate its draft.")
                                        : tr("Choose a completed run.")));
    return;
  }
  std::string html;
  const auto language = report::languageFromString(s(language_->currentData().toString()));
  const QString error =
      inBackground(this, tr("Preparing the preview of %1…").arg(q(r->number)),
                   [db = context_.database(), record = *r, language, &html]() -> QString {
                     const store::Store lab = store::Store::open(db, store::Store::Mode::ReadOnly);
                     report::RenderOptions o;
                     o.language = *language;
                     html = report::renderHtml(report::documentOf(lab, record), o);
                     return {};
                   });
  if (!error.isEmpty()) {
    say(error, true);
    return;
  }
  browser->setReportHtml(q(html));
}

std::optional<std::string> ReportsPage::generateDraft() {
  if (runId() <= 0) return std::nullopt;
  std::optional<std::string> number;
  try {
    const std::string actor = context_.user() ? context_.user()->login : std::string();
    store::Store lab =
        store::Store::open(context_.database(), store::Store::Mode::ReadWrite, actor);
    const store::ReportRecord r = report::createDraft(lab, runId(), lab.actor());
    number = r.number;
    say(tr("Draft %1 rev %2 of run %3. Check it below; an approver approves it.")
            .arg(q(r.number))
            .arg(r.revision)
            .arg(runId()),
        false);
  } catch (const std::exception& e) {
    say(describe(e), true);
    return std::nullopt;
  }
  showRevisions();
  preview();
  return number;
}

bool ReportsPage::approve(const QString& password) {
  const auto r = latest();
  if (!r || !context_.user()) return false;
  if (!mayApprove(context_.user())) {
    say(tr("Only a user with the approver role may approve a report."), true);
    return false;
  }
  std::optional<report::Approval> approval;
  std::optional<report::ApprovalError::Kind> refused;
  const QString error = inBackground(
      this, tr("Approving %1…").arg(q(r->number)),
      [db = context_.database(), login = context_.user()->login, pw = s(password), record = *r,
       &approval, &refused]() -> QString {
        try {
          store::Store lab = store::Store::open(db, store::Store::Mode::ReadWrite, login);
          const report::Document d =
              report::assemble(lab, record.runId, report::identityOf(lab, record));
          const std::string content = report::toJson(d, false);
          approval =
              report::approve(lab, record.number, login, pw, content, report::sha256Hex(content));
          return {};
        } catch (const report::ApprovalError& e) {
          refused = e.kind();
          return QString::fromUtf8(e.what());
        }
      });
  if (!error.isEmpty() || !approval) {
    say(refused == report::ApprovalError::Kind::BadPassword
            ? tr("The password is not right: the report is not approved. Try again.")
            : error,
        true);
    return false;
  }
  say(tr("Report %1 rev %2 approved by %3; content SHA-256 %4. Export it to issue it.")
          .arg(q(r->number))
          .arg(r->revision)
          .arg(q(approval->approvedBy), q(approval->contentSha256)),
      false);
  showRevisions();
  preview();
  return true;
}

bool ReportsPage::exportTo(const std::filesystem::path& file, const QString& format,
                           const QString& language) {
  const auto r = latest();
  const auto lang = report::languageFromString(s(language));
  if (!r || !lang) return false;
  const QString error = inBackground(
      this, tr("Writing %1…").arg(q(file.filename().string())),
      [db = context_.database(), actor = context_.user() ? context_.user()->login : std::string(),
       record = *r, fmt = s(format), lang = s(language), language = *lang, file]() -> QString {
        store::Store lab = store::Store::open(db, store::Store::Mode::ReadWrite, actor);
        const report::Document d = report::documentOf(lab, record);
        report::RenderOptions o;
        o.language = language;
        std::string bytes;
        if (fmt == "pdf") {
          const QByteArray pdf = report::renderPdf(d, o);
          bytes.assign(pdf.constData(), static_cast<std::size_t>(pdf.size()));
        } else if (fmt == "html") {
          bytes = report::renderHtml(d, o);
        } else {
          bytes = report::toJson(d, true);
        }
        std::ofstream f(file, std::ios::binary | std::ios::trunc);
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        f.close();
        if (!f)
          return tr("Cannot write %1: check that the folder exists and that you may write there.")
              .arg(q(file.string()));
        report::recordIssuedFile(lab, record.number, fmt, lang, bytes, file.filename().string(),
                                 lab.actor());
        return {};
      });
  if (!error.isEmpty()) {
    say(error, true);
    return false;
  }
  say(tr("%1 written and recorded as issued (%2).").arg(q(file.string()), statusText(*r)), false);
  return true;
}

ReportsPage::Verification ReportsPage::verify(const std::filesystem::path& file) {
  Verification v;
  auto bytes = textio::readFile(file, textio::kDataFileLimitBytes);
  if (const auto* e = std::get_if<textio::ReadError>(&bytes)) {
    v.text = tr("Cannot read %1: %2").arg(q(file.string()), q(plan::describe(*e)));
    say(v.text, true);
    return v;
  }
  const QString error = inBackground(
      this, tr("Verifying %1…").arg(q(file.filename().string())),
      [db = context_.database(), content = std::get<std::string>(std::move(bytes)),
       &v]() -> QString {
        const store::Store lab = store::Store::open(db, store::Store::Mode::ReadOnly);
        report::FileCheck check = report::verifyFile(lab, content);
        report::checkContentAgainstRun(lab, check);  // as `robocert report verify`
        v.issued = check.found();
        v.ok = check.ok();
        QStringList lines{q(check.message)};
        // What was checked, to compare with the certificate.
        if (!check.contentSha256.empty())
          lines << tr("Content SHA-256: %1").arg(q(check.contentSha256));
        if (!check.auditHead.empty()) lines << tr("Audit chain head: %1").arg(q(check.auditHead));
        if (!check.signatureChecked.empty())
          lines << tr("Signature: %1").arg(q(check.signatureChecked));
        for (const auto& f : check.findings)
          lines << (f.informational() ? tr("Note: %1") : tr("Problem: %1")).arg(q(f.message));
        v.text = lines.join(QLatin1Char('\n'));
        return {};
      });
  if (!error.isEmpty()) v.text = error;
  say((v.ok ? tr("Genuine: ") : tr("Not confirmed: ")) + v.text, !v.ok);
  return v;
}

void ReportsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void ReportsPage::retranslate() {
  runLabel_->setText(tr("Run:"));
  langLabel_->setText(tr("Language:"));
  language_->setItemText(0, tr("English and Chinese"));
  language_->setItemText(1, tr("English"));
  language_->setItemText(2, tr("Chinese"));
  generate_->setText(tr("Generate draft"));
  approve_->setText(tr("Approve…"));
  export_->setText(tr("Export…"));
  verify_->setText(tr("Verify a report file…"));
  revisionsBox_->setTitle(tr("Revisions"));
  revisionsTable_->setHorizontalHeaderLabels({tr("Report"), tr("Rev"), tr("Status"), tr("Created"),
                                              tr("Approved"), tr("Amended because")});
  previewBox_->setTitle(tr("Preview"));
  updateControls();
}

}  // namespace robocert::studio

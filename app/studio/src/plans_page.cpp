#include "plans_page.hpp"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "parameter_form.hpp"
#include "robocert/plan/text_input.hpp"
#include "robocert/script/script_host.hpp"
#include "robocert/textio/file.hpp"
#include "robocert/textio/utf8.hpp"
#include "shell_util.hpp"

namespace robocert::studio {
namespace {

constexpr int kValidateDelayMs = 300;
constexpr int kLineRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;
constexpr int kFileRole = Qt::UserRole;

plan::LoadOptions loadOptions() {
  plan::LoadOptions o;
  o.checkScript = [](const std::string& source) { return script::checkSyntax(source); };
  return o;
}

QString standardsText(const plan::Plan& p) {
  QStringList parts;
  for (const auto& st : p.standards) {
    QStringList clauses;
    for (const auto& c : st.clauses) clauses << q(c);
    parts << (clauses.isEmpty() ? q(st.standard)
                                : q(st.standard) + QStringLiteral(" ") + clauses.join(u", "));
  }
  return parts.join(QStringLiteral("; "));
}

}  // namespace

PlansPage::PlansPage(StudioContext& context, QWidget* parent) : QWidget(parent), context_(context) {
  folderLabel_ = new QLabel(this);
  folderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  chooseFolder_ = new QPushButton(this);
  bundled_ = new QPushButton(this);
  library_ = new QTreeWidget(this);
  library_->setColumnCount(5);
  library_->setRootIsDecorated(false);
  library_->setAlternatingRowColors(true);
  library_->setUniformRowHeights(true);

  auto* left = new QWidget(this);
  auto* ll = new QVBoxLayout(left);
  ll->setContentsMargins(0, 0, 0, 0);
  auto* folderRow = new QHBoxLayout;
  folderRow->addWidget(folderLabel_, 1);
  folderRow->addWidget(bundled_);
  folderRow->addWidget(chooseFolder_);
  ll->addLayout(folderRow);
  ll->addWidget(library_);

  fileLabel_ = new QLabel(this);
  fileLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  editor_ = new QPlainTextEdit(this);
  editor_->setObjectName(QStringLiteral("planText"));
  editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
  save_ = new QPushButton(this);
  saveAs_ = new QPushButton(this);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  auto* editorBox = new QWidget(this);
  auto* el = new QVBoxLayout(editorBox);
  el->setContentsMargins(0, 0, 0, 0);
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(fileLabel_, 1);
  fileRow->addWidget(save_);
  fileRow->addWidget(saveAs_);
  el->addLayout(fileRow);
  el->addWidget(editor_, 1);
  el->addWidget(status_);

  problemsTitle_ = new QLabel(this);
  problemList_ = new QListWidget(this);
  problemList_->setObjectName(QStringLiteral("problems"));
  formTitle_ = new QLabel(this);
  form_ = new ParameterForm(this);
  overrides_ = new QLabel(this);
  overrides_->setWordWrap(true);
  overrides_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* formScroll = new QScrollArea(this);
  formScroll->setWidgetResizable(true);
  formScroll->setWidget(form_);
  auto* side = new QWidget(this);
  auto* sl = new QVBoxLayout(side);
  sl->setContentsMargins(0, 0, 0, 0);
  sl->addWidget(problemsTitle_);
  sl->addWidget(problemList_, 1);
  sl->addWidget(formTitle_);
  sl->addWidget(formScroll, 2);
  sl->addWidget(overrides_);

  auto* lower = new QSplitter(Qt::Horizontal, this);
  lower->addWidget(editorBox);
  lower->addWidget(side);
  lower->setStretchFactor(0, 3);
  lower->setStretchFactor(1, 2);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->setObjectName(QStringLiteral("plansSplitter"));
  split->addWidget(left);
  split->addWidget(lower);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 3);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(split);

  debounce_ = new QTimer(this);
  debounce_->setSingleShot(true);
  debounce_->setInterval(kValidateDelayMs);
  connect(debounce_, &QTimer::timeout, this, &PlansPage::validateNow);
  connect(editor_, &QPlainTextEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
  connect(problemList_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    jumpTo(item->data(kLineRole).toInt(), item->data(kColumnRole).toInt());
  });
  connect(problemList_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
    jumpTo(item->data(kLineRole).toInt(), item->data(kColumnRole).toInt());
  });
  connect(library_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (item != nullptr) openFile(s(item->data(0, kFileRole).toString()));
  });
  connect(form_, &ParameterForm::changed, this, [this] { retranslate(); });
  connect(save_, &QPushButton::clicked, this, &PlansPage::onSave);
  connect(saveAs_, &QPushButton::clicked, this, &PlansPage::onSaveAs);
  connect(chooseFolder_, &QPushButton::clicked, this, &PlansPage::onChooseFolder);
  connect(bundled_, &QPushButton::clicked, this, [this] {
    QSettings().remove(QStringLiteral("plans/folder"));
    setLibraryDir({});
  });
  connect(&context_, &StudioContext::languageChanged, this, [this] {
    form_->setLanguage(context_.language());
    reloadLibrary();
  });

  retranslate();
  setLibraryDir(s(QSettings().value(QStringLiteral("plans/folder")).toString()));
}

void PlansPage::retranslate() {
  folderLabel_->setText(tr("Plan library: %1").arg(q(libraryDir_.string())));
  chooseFolder_->setText(tr("Choose folder…"));
  bundled_->setText(tr("Plans shipped with RoboCert"));
  library_->setHeaderLabels(
      {tr("Plan"), tr("Version"), tr("Title"), tr("Standards and clauses"), tr("File")});
  fileLabel_->setText(file_.empty() ? tr("New plan (not saved)") : q(file_.string()));
  save_->setText(tr("Save"));
  saveAs_->setText(tr("Save as…"));
  problemsTitle_->setText(tr("Problems (click one to go to its line):"));
  formTitle_->setText(tr("Parameters for a run:"));
  if (plan_) {
    status_->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    status_->setText(
        tr("Valid: plan %1 version %2, %n step(s).", nullptr, static_cast<int>(plan_->steps.size()))
            .arg(q(plan_->id), q(plan_->version)));
  } else if (!problems_.empty()) {
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    status_->setText(tr("%n problem(s): the plan cannot be run until they are fixed.", nullptr,
                        static_cast<int>(problems_.size())));
  } else {
    status_->clear();
  }
  if (plan_) {
    const auto o = form_->overrides();
    QStringList sets;
    for (const auto& [name, value] : o)
      sets << QStringLiteral("--set %1=%2").arg(q(name), q(value));
    const QStringList bad = form_->problems();
    overrides_->setText(!bad.isEmpty()   ? bad.join(u'\n')
                        : sets.isEmpty() ? tr("All parameters at their defaults.")
                                         : tr("Command line: %1").arg(sets.join(u' ')));
  } else {
    overrides_->clear();
  }
}

void PlansPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    // Plan problems come from the library in the language installed at the time: redo them.
    if (!editor_->toPlainText().isEmpty()) validateNow();
  }
  QWidget::changeEvent(event);
}

void PlansPage::setLibraryDir(const std::filesystem::path& dir) {
  libraryDir_ = dir.empty() ? plan::bundledLibraryDir() : dir;
  reloadLibrary();
}

void PlansPage::reloadLibrary() {
  const QString current =
      library_->currentItem() ? library_->currentItem()->data(0, kFileRole).toString() : QString();
  QSignalBlocker block(library_);
  library_->clear();
  for (const auto& e : plan::library(libraryDir_, loadOptions())) {
    auto* item = new QTreeWidgetItem(library_);
    const QString file = q(std::filesystem::relative(e.file, libraryDir_).string());
    item->setData(0, kFileRole, q(e.file.string()));
    if (e.plan) {
      item->setText(0, q(e.plan->id));
      item->setText(1, q(e.plan->version));
      item->setText(2, q(plan::localized(e.plan->title, s(context_.language()))));
      item->setText(3, standardsText(*e.plan));
    } else {
      item->setText(0, QFileInfo(q(e.file.string())).completeBaseName());
      item->setText(2, e.problems.empty()
                           ? QString()
                           : tr("Cannot be used: %1")
                                 .arg(q(plan::format(e.file.filename(), e.problems.front()))));
      item->setForeground(2, QColor(0xb0, 0x00, 0x20));
    }
    item->setText(4, file);
    item->setToolTip(2, item->text(2));
    item->setToolTip(3, item->text(3));
    if (q(e.file.string()) == current) library_->setCurrentItem(item);
  }
  for (int c = 0; c < 4; ++c) library_->resizeColumnToContents(c);
  retranslate();
}

void PlansPage::openFile(const std::filesystem::path& file) {
  auto read = textio::readFile(file, textio::kTextFileLimitBytes);
  QString problem;
  if (const auto* e = std::get_if<textio::ReadError>(&read)) {
    problem = tr("%1 cannot be read: %2").arg(q(file.string()), q(plan::describe(*e)));
  } else if (const auto bad = textio::firstInvalidUtf8(std::get<std::string>(read))) {
    // Opening it would turn the bad bytes into replacement characters and hide them.
    problem = QStringLiteral("%1:%2:%3: %4")
                  .arg(q(file.string()))
                  .arg(bad->line)
                  .arg(bad->column)
                  .arg(q(plan::invalidUtf8Message()));
  }
  if (!problem.isEmpty()) {
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    status_->setText(problem);
    return;
  }
  openText(QString::fromStdString(std::get<std::string>(read)), file);
}

void PlansPage::openText(const QString& text, const std::filesystem::path& file) {
  file_ = file;
  {
    QSignalBlocker block(editor_);
    editor_->setPlainText(text);
  }
  validateNow();
}

void PlansPage::validateNow() {
  debounce_->stop();
  auto r = plan::parse(s(editor_->toPlainText()), loadOptions());
  const bool wasValid = plan_.has_value();
  const std::string oldSha = plan_ ? plan_->sha256Hex : std::string();
  if (auto* p = std::get_if<plan::Plan>(&r)) {
    problems_.clear();
    plan_ = std::move(*p);
  } else {
    problems_ = std::get<std::vector<plan::Problem>>(r);
    plan_.reset();
  }
  markProblems();
  // Rebuild the form only when the plan itself changed, so values entered survive a pause.
  if (wasValid != plan_.has_value() || (plan_ && plan_->sha256Hex != oldSha)) {
    form_->setPlan(plan_, context_.language());
    emit planChanged();
  }
  retranslate();
}

void PlansPage::markProblems() {
  problemList_->clear();
  QList<QTextEdit::ExtraSelection> marks;
  const QString name = file_.empty() ? tr("plan") : q(file_.filename().string());
  for (const auto& p : problems_) {
    auto* item = new QListWidgetItem(q(plan::format(s(name), p)), problemList_);
    item->setData(kLineRole, p.at.line);
    item->setData(kColumnRole, p.at.column);
    item->setToolTip(item->text());
    if (p.at.line <= 0) continue;
    const QTextBlock block = editor_->document()->findBlockByNumber(p.at.line - 1);
    if (!block.isValid()) continue;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(block);
    mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(QColor(0xd0, 0x00, 0x20));
    mark.format.setBackground(QColor(0xfd, 0xec, 0xec));
    mark.format.setToolTip(q(p.message));
    marks << mark;
  }
  editor_->setExtraSelections(marks);
}

void PlansPage::jumpTo(int line, int column) {
  if (line <= 0) return;
  const QTextBlock block = editor_->document()->findBlockByNumber(line - 1);
  if (!block.isValid()) return;
  QTextCursor c(block);
  c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                 std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
  editor_->setTextCursor(c);
  editor_->centerCursor();
  editor_->setFocus();
}

bool PlansPage::save(const std::filesystem::path& file) {
  QSaveFile f(q(file.string()));
  if (!f.open(QIODevice::WriteOnly) || f.write(editor_->toPlainText().toUtf8()) < 0 ||
      !f.commit()) {
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    status_->setText(tr("%1 cannot be written: %2. Choose another folder with “Save as…”.")
                         .arg(q(file.string()), f.errorString()));
    return false;
  }
  file_ = file;
  reloadLibrary();
  return true;
}

void PlansPage::onSave() {
  if (file_.empty()) {
    onSaveAs();
  } else {
    save(file_);
  }
}

void PlansPage::onSaveAs() {
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Save plan"), q((file_.empty() ? libraryDir_ : file_).string()),
      tr("Test plans (*.yaml *.yml)"));
  if (!file.isEmpty()) save(s(file));
}

void PlansPage::onChooseFolder() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Choose a plan folder"), q(libraryDir_.string()));
  if (dir.isEmpty()) return;
  QSettings().setValue(QStringLiteral("plans/folder"), dir);
  setLibraryDir(s(dir));
}

}  // namespace robocert::studio

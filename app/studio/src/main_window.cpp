#include "main_window.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include "audit_page.hpp"
#include "lab_page.hpp"
#include "plans_page.hpp"
#include "robocert/store/store.hpp"
#include "shell_util.hpp"
#include "sign_in_dialog.hpp"
#if __has_include("station_page.hpp")
#include "station_page.hpp"
#define ROBOCERT_STUDIO_HAS_STATION 1
#endif
#if __has_include("run_page.hpp")
#include "run_page.hpp"
#define ROBOCERT_STUDIO_HAS_RUN 1
#endif
#if __has_include("results_page.hpp")
#include "results_page.hpp"
#define ROBOCERT_STUDIO_HAS_RESULTS 1
#endif
#if __has_include("reports_page.hpp")
#include "reports_page.hpp"
#define ROBOCERT_STUDIO_HAS_REPORTS 1
#endif

namespace robocert::studio {
namespace {

QWidget* placeholder(const QString& name, QWidget* parent) {
  auto* l = new QLabel(parent);
  l->setObjectName(name);
  l->setAlignment(Qt::AlignCenter);
  return l;
}

}  // namespace

MainWindow::MainWindow(StudioContext& context, QWidget* parent)
    : QMainWindow(parent), context_(context) {
  setObjectName(QStringLiteral("studioMainWindow"));
  nav_ = new QListWidget(this);
  nav_->setObjectName(QStringLiteral("navigation"));
  nav_->setFixedWidth(170);
  nav_->setSpacing(2);
  nav_->setStyleSheet(QStringLiteral(
      "QListWidget { background: #26323f; color: #dfe6ee; border: none; font-size: 11pt; }"
      "QListWidget::item { padding: 9px 14px; }"
      "QListWidget::item:selected { background: #3d7bd9; color: white; }"));
  stack_ = new QStackedWidget(this);

  pages_[Lab] = new LabPage(context_, stack_);
#ifdef ROBOCERT_STUDIO_HAS_STATION
  pages_[Station] = new StationPage(context_, stack_);
#endif
  pages_[Plans] = new PlansPage(context_, stack_);
#ifdef ROBOCERT_STUDIO_HAS_RUN
  pages_[Run] = new RunPage(context_, stack_);
#endif
#ifdef ROBOCERT_STUDIO_HAS_RESULTS
  pages_[Results] = new ResultsPage(context_, stack_);
#endif
#ifdef ROBOCERT_STUDIO_HAS_REPORTS
  pages_[Reports] = new ReportsPage(context_, stack_);
#endif
  pages_[Audit] = new AuditPage(context_, stack_);
  for (int i = 0; i < PageCount; ++i) {
    QWidget* w =
        pages_[i] != nullptr ? pages_[i] : placeholder(QStringLiteral("missingPage"), stack_);
    stack_->addWidget(w);
    new QListWidgetItem(nav_);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
    connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(Page(i)); });
  }
  connect(nav_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);

  auto* split = new QSplitter(this);
  split->addWidget(nav_);
  split->addWidget(stack_);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);
  setCentralWidget(split);

  fileMenu_ = menuBar()->addMenu(QString());
  openDb_ = fileMenu_->addAction(QString(), this, &MainWindow::openDatabase);
  openDb_->setShortcut(QKeySequence::Open);
  signInAs_ = fileMenu_->addAction(QString(), this, [this] { signIn(); });
  fileMenu_->addSeparator();
  quit_ = fileMenu_->addAction(QString(), this, &QWidget::close);
  quit_->setShortcut(QKeySequence::Quit);
  languageMenu_ = menuBar()->addMenu(QString());
  auto* group = new QActionGroup(this);
  // Each language is named in itself, so it can be found whatever the current one is.
  english_ = languageMenu_->addAction(QStringLiteral("English"));
  chinese_ = languageMenu_->addAction(QStringLiteral("中文"));
  for (QAction* a : {english_, chinese_}) {
    a->setCheckable(true);
    group->addAction(a);
  }
  connect(english_, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
  connect(chinese_, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
  helpMenu_ = menuBar()->addMenu(QString());
  about_ = helpMenu_->addAction(QString(), this, [this] {
    QMessageBox::about(this, tr("About RoboCert Studio"),
                       tr("<b>RoboCert Studio</b><br>Robot testing and certification: runs test "
                          "plans on a station, records every measurement in the lab database "
                          "and issues approved reports."));
  });

  dbStatus_ = new QLabel(this);
  userStatus_ = new QLabel(this);
  statusBar()->addWidget(dbStatus_, 1);
  statusBar()->addPermanentWidget(userStatus_);
  connect(&context_, &StudioContext::databaseChanged, this, &MainWindow::updateStatus);
  connect(&context_, &StudioContext::userChanged, this, &MainWindow::updateStatus);
  connect(&context_, &StudioContext::showRun, this, [this] { showPage(Results); });
  connect(&context_, &StudioContext::showReport, this, [this] { showPage(Reports); });

  QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  if (!settings.contains(QStringLiteral("window/geometry"))) resize(1280, 800);
  showPage(
      Page(std::clamp(settings.value(QStringLiteral("window/page"), 0).toInt(), 0, PageCount - 1)));
  const QString language =
      settings.value(QStringLiteral("language"), context_.language()).toString();
  if (!setLanguage(language)) setLanguage(QStringLiteral("en"));
  retranslate();
  updateStatus();
}

MainWindow::~MainWindow() {
  if (translator_) QCoreApplication::removeTranslator(translator_.get());
}

bool MainWindow::setLanguage(const QString& language) {
  auto t = std::make_unique<QTranslator>();
  const QString name = language == u"zh_CN" ? QStringLiteral(":/i18n/robocert_zh_CN.qm")
                                            : QStringLiteral(":/i18n/robocert_en.qm");
  if (!t->load(name)) return false;
  if (translator_) QCoreApplication::removeTranslator(translator_.get());
  translator_ = std::move(t);
  QCoreApplication::installTranslator(translator_.get());  // sends LanguageChange everywhere
  const bool zh = language == u"zh_CN";
  QLocale::setDefault(
      zh ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
         : QLocale(QLocale::English, QLocale::UnitedKingdom));
  (zh ? chinese_ : english_)->setChecked(true);
  QSettings().setValue(QStringLiteral("language"),
                       zh ? QStringLiteral("zh_CN") : QStringLiteral("en"));
  context_.setLanguage(zh ? QStringLiteral("zh_CN") : QStringLiteral("en"));
  retranslate();
  return true;
}

QString MainWindow::pageTitle(Page page) const {
  switch (page) {
    case Lab:
      return tr("Lab");
    case Station:
      return tr("Station");
    case Plans:
      return tr("Plans");
    case Run:
      return tr("Run");
    case Results:
      return tr("Results");
    case Reports:
      return tr("Reports");
    case Audit:
      return tr("Audit");
    case PageCount:
      break;
  }
  return {};
}

void MainWindow::retranslate() {
  setWindowTitle(tr("RoboCert Studio"));
  for (int i = 0; i < PageCount; ++i) {
    nav_->item(i)->setText(pageTitle(Page(i)));
    nav_->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(Page(i))).arg(i + 1));
    if (pages_[i] == nullptr) {
      static_cast<QLabel*>(stack_->widget(i))
          ->setText(tr("This page is not part of this build of RoboCert Studio."));
    }
  }
  fileMenu_->setTitle(tr("&File"));
  openDb_->setText(tr("&Open lab database…"));
  signInAs_->setText(tr("Sign in as another &user…"));
  quit_->setText(tr("&Quit"));
  languageMenu_->setTitle(tr("&Language"));
  helpMenu_->setTitle(tr("&Help"));
  about_->setText(tr("&About RoboCert Studio"));
  updateStatus();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::updateStatus() {
  dbStatus_->setText(tr("Lab database: %1").arg(q(context_.database().string())));
  const auto& u = context_.user();
  if (!u) {
    userStatus_->setText(tr("Nobody signed in"));
    return;
  }
  QString role;
  switch (u->role) {
    case store::Role::Operator:
      role = tr("operator");
      break;
    case store::Role::Engineer:
      role = tr("engineer");
      break;
    case store::Role::Approver:
      role = tr("approver");
      break;
  }
  userStatus_->setText(tr("Signed in: %1 (%2, %3)").arg(q(u->name), q(u->login), role));
}

void MainWindow::showPage(Page page) {
  nav_->setCurrentRow(page);
  stack_->setCurrentIndex(page);
}

MainWindow::Page MainWindow::currentPage() const { return Page(stack_->currentIndex()); }

QWidget* MainWindow::page(Page page) const { return pages_[page]; }

bool MainWindow::signIn() {
  SignInDialog dialog(context_, this);
  return dialog.exec() == QDialog::Accepted;
}

void MainWindow::openDatabase() {
  const QString file = QFileDialog::getOpenFileName(
      this, tr("Open lab database"), q(context_.database().parent_path().string()),
      tr("RoboCert lab databases (*.db *.sqlite);;All files (*)"));
  if (file.isEmpty()) return;
  try {
    // Checked before switching, so a wrong file leaves the current database in use.
    (void)store::Store::open(s(file), store::Store::Mode::ReadOnly);
  } catch (const store::StoreError& e) {
    QMessageBox::warning(this, tr("Open lab database"), describeStoreError(e));
    return;
  }
  const auto previous = context_.database();
  const auto previousUser = context_.user();
  context_.setUser(std::nullopt);
  context_.setDatabase(s(file));
  if (!signIn()) {
    context_.setDatabase(previous);
    context_.setUser(previousUser);
    return;
  }
  QSettings().setValue(QStringLiteral("database"), file);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
  QMainWindow::closeEvent(event);
}

}  // namespace robocert::studio

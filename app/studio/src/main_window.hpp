#pragma once

// The Studio's main window: the pages (Lab, Station, Plans, Run, Results, Reports, Audit) in a
// list on the left (Ctrl+1 … Ctrl+7), the database and the signed-in user in the status bar,
// File → Open lab database… / Sign in as another user, and Language → English / 中文, applied at
// once (a new QTranslator; every page re-sets its texts on QEvent::LanguageChange).
// QSettings remembers the window's geometry and state, the last page and the language.

#include <QMainWindow>
#include <QTranslator>
#include <memory>

#include "studio_context.hpp"

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace robocert::studio {

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  enum Page { Lab, Station, Plans, Run, Results, Reports, Audit, PageCount };

  explicit MainWindow(StudioContext& context, QWidget* parent = nullptr);
  ~MainWindow() override;

  // "en" or "zh_CN": installs the embedded translation and tells every widget. False (and
  // nothing changes) when the translation cannot be loaded.
  bool setLanguage(const QString& language);
  void showPage(Page page);
  Page currentPage() const;
  // The page widget (nullptr for a page not built into this program).
  QWidget* page(Page page) const;
  // Shows the sign-in dialog; false when it was cancelled (the previous user stays).
  bool signIn();

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateStatus();
  void openDatabase();
  QString pageTitle(Page page) const;

  StudioContext& context_;
  std::unique_ptr<QTranslator> translator_;
  QListWidget* nav_;
  QStackedWidget* stack_;
  QWidget* pages_[PageCount] = {};
  QMenu* fileMenu_;
  QMenu* languageMenu_;
  QMenu* helpMenu_;
  QAction* openDb_;
  QAction* signInAs_;
  QAction* quit_;
  QAction* english_;
  QAction* chinese_;
  QAction* about_;
  QLabel* dbStatus_;
  QLabel* userStatus_;
};

}  // namespace robocert::studio

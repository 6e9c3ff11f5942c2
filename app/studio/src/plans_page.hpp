#pragma once

// The Plans page: the plan library (the plans shipped with RoboCert, or a folder chosen by the
// user; remembered in QSettings "plans/folder") with each plan's id, version, title in the UI
// language, standards and clauses, or the problem that stops it. Selecting a plan opens it in
// the editor, which validates as you type (300 ms after the last key; plan::parse with the
// script syntax check): each problem is listed with its line, a click jumps there, and the line
// is underlined in the text. Below, the plan's parameters as a form (ParameterForm) whose
// overrides are the command line's --set values.

#include <QString>
#include <QWidget>
#include <filesystem>
#include <optional>

#include "robocert/plan/plan.hpp"
#include "studio_context.hpp"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace robocert::studio {

class ParameterForm;

class PlansPage : public QWidget {
  Q_OBJECT
 public:
  explicit PlansPage(StudioContext& context, QWidget* parent = nullptr);

  // Lists the plans under dir (empty: plan::bundledLibraryDir()).
  void setLibraryDir(const std::filesystem::path& dir);
  const std::filesystem::path& libraryDir() const { return libraryDir_; }
  // Shows `text` in the editor as the content of `file` (may be empty: a new plan) and
  // validates it at once.
  void openText(const QString& text, const std::filesystem::path& file = {});
  void openFile(const std::filesystem::path& file);
  // Validates the editor's text now (instead of after the typing pause).
  void validateNow();

  // The plan in the editor when it is valid.
  const std::optional<plan::Plan>& currentPlan() const { return plan_; }
  std::vector<plan::Problem> currentProblems() const { return problems_; }

  QTreeWidget* libraryView() const { return library_; }
  QPlainTextEdit* editor() const { return editor_; }
  QListWidget* problemList() const { return problemList_; }
  ParameterForm* parameterForm() const { return form_; }

 signals:
  // The valid plan in the editor changed (nullopt: it has problems now).
  void planChanged();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void reloadLibrary();
  void markProblems();
  void jumpTo(int line, int column);
  bool save(const std::filesystem::path& file);
  void onSave();
  void onSaveAs();
  void onChooseFolder();

  StudioContext& context_;
  std::filesystem::path libraryDir_;
  std::filesystem::path file_;
  std::optional<plan::Plan> plan_;
  std::vector<plan::Problem> problems_;
  QLabel* folderLabel_;
  QPushButton* chooseFolder_;
  QPushButton* bundled_;
  QTreeWidget* library_;
  QLabel* fileLabel_;
  QPlainTextEdit* editor_;
  QPushButton* save_;
  QPushButton* saveAs_;
  QLabel* status_;
  QLabel* problemsTitle_;
  QListWidget* problemList_;
  QLabel* formTitle_;
  ParameterForm* form_;
  QLabel* overrides_;
  QTimer* debounce_;
};

}  // namespace robocert::studio

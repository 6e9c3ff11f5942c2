#pragma once

// A form for a plan's typed parameters, generated from the plan: number and integer with their
// bounds -> spin boxes (values outside the bounds cannot be entered), choice -> combo box,
// boolean -> check box, number-list and string -> line edit checked as you type (red, with the
// problem in words beside it). Each field starts at the parameter's default; the title is shown
// in the UI language with the unit. Used by the Plans page and the Run page.
//
// overrides() is what the command line's --set would say: name -> text, only for parameters
// whose value differs from the default, and only values plan::resolve accepts. problems() names
// what is wrong with the rest; acceptable() is true when there is nothing.

#include <QStringList>
#include <QWidget>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "robocert/plan/plan.hpp"

class QFormLayout;
class QLabel;

namespace robocert::studio {

class ParameterForm : public QWidget {
  Q_OBJECT
 public:
  explicit ParameterForm(QWidget* parent = nullptr);

  // Rebuilds the form for `plan` (nullopt: empty form). language: "en" or "zh_CN".
  void setPlan(const std::optional<plan::Plan>& plan, const QString& language);
  const std::optional<plan::Plan>& plan() const { return plan_; }
  // The language of the titles ("en" or "zh_CN"); keeps what was entered.
  void setLanguage(const QString& language);

  std::map<std::string, std::string> overrides() const;
  QStringList problems() const;
  bool acceptable() const { return problems().isEmpty(); }

  // The editor widget of a parameter (nullptr when none): for tests and for focusing a field.
  QWidget* editor(const std::string& name) const;
  // Sets a field from text as typed on the command line; false when the field cannot show it
  // (a spin box refuses a value outside its bounds, a combo box an unknown choice).
  bool setText(const std::string& name, const QString& text);
  // Every field back to its default.
  void resetToDefaults();

 signals:
  void changed();  // any field changed (overrides() or problems() may differ)

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Field {
    const plan::Parameter* parameter = nullptr;
    QWidget* editor = nullptr;
    QLabel* label = nullptr;
    QLabel* problem = nullptr;  // line edits only
  };
  QString currentText(const Field& f) const;
  std::optional<QString> check(const Field& f) const;  // the problem, if any
  void refreshProblem(const Field& f);
  QString labelText(const plan::Parameter& p) const;

  std::optional<plan::Plan> plan_;
  QString language_;
  std::vector<Field> fields_;
  QFormLayout* layout_;
  QLabel* empty_;
};

}  // namespace robocert::studio

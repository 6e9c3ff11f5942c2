#include "parameter_form.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "shell_util.hpp"

namespace robocert::studio {
namespace {

// Shows numbers as they are written in a plan ("0.5", not "0.500000").
class NumberSpinBox : public QDoubleSpinBox {
 public:
  using QDoubleSpinBox::QDoubleSpinBox;
  QString textFromValue(double value) const override { return QString::number(value, 'g', 12); }
};

constexpr double kUnbounded = 1e12;

QString numberText(double v) { return QString::number(v, 'g', 15); }

double asDouble(const plan::Value& v) {
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  return 0.0;
}

// A number-list as typed: "1, 0.5, 0.1" (the brackets of plan::toString dropped).
QString listText(const plan::Value& v) {
  QStringList parts;
  if (const auto* l = std::get_if<std::vector<double>>(&v)) {
    for (const double d : *l) parts << numberText(d);
  }
  return parts.join(QStringLiteral(", "));
}

int clampInt(double v) {
  return static_cast<int>(std::clamp(v, static_cast<double>(std::numeric_limits<int>::min()),
                                     static_cast<double>(std::numeric_limits<int>::max())));
}

}  // namespace

ParameterForm::ParameterForm(QWidget* parent) : QWidget(parent) {
  layout_ = new QFormLayout(this);
  layout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  empty_ = new QLabel(this);
  empty_->setWordWrap(true);
  empty_->setText(tr("This plan has no parameters."));
  layout_->addRow(empty_);
}

QString ParameterForm::labelText(const plan::Parameter& p) const {
  QString title = q(plan::localized(p.title, s(language_)));
  if (title.isEmpty()) title = q(p.name);
  if (!p.unit.empty()) title = tr("%1 (%2)").arg(title, q(p.unit));
  return title + QLatin1Char(':');
}

void ParameterForm::setPlan(const std::optional<plan::Plan>& plan, const QString& language) {
  while (layout_->rowCount() > 1) layout_->removeRow(1);
  fields_.clear();
  plan_ = plan;
  language_ = language;
  empty_->setVisible(!plan_ || plan_->parameters.empty());
  if (!plan_) return;
  for (const auto& p : plan_->parameters) {
    Field f;
    f.parameter = &p;
    QWidget* row = nullptr;
    switch (p.type) {
      case plan::ParamType::Number: {
        auto* box = new NumberSpinBox(this);
        box->setDecimals(9);
        box->setRange(p.min.value_or(-kUnbounded), p.max.value_or(kUnbounded));
        box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        box->setValue(asDouble(p.defaultValue));
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParameterForm::changed);
        f.editor = box;
        break;
      }
      case plan::ParamType::Integer: {
        auto* box = new QSpinBox(this);
        box->setRange(clampInt(std::ceil(p.min.value_or(std::numeric_limits<int>::min()))),
                      clampInt(std::floor(p.max.value_or(std::numeric_limits<int>::max()))));
        box->setValue(clampInt(asDouble(p.defaultValue)));
        connect(box, &QSpinBox::valueChanged, this, &ParameterForm::changed);
        f.editor = box;
        break;
      }
      case plan::ParamType::Boolean: {
        auto* box = new QCheckBox(this);
        const auto* b = std::get_if<bool>(&p.defaultValue);
        box->setChecked(b != nullptr && *b);
        connect(box, &QCheckBox::toggled, this, &ParameterForm::changed);
        f.editor = box;
        break;
      }
      case plan::ParamType::Choice: {
        auto* box = new QComboBox(this);
        for (const auto& c : p.choices) box->addItem(q(c));
        box->setCurrentText(q(plan::toString(p.defaultValue)));
        connect(box, &QComboBox::currentIndexChanged, this, &ParameterForm::changed);
        f.editor = box;
        break;
      }
      case plan::ParamType::String:
      case plan::ParamType::NumberList: {
        auto* edit = new QLineEdit(this);
        edit->setText(p.type == plan::ParamType::NumberList ? listText(p.defaultValue)
                                                            : q(plan::toString(p.defaultValue)));
        if (p.type == plan::ParamType::NumberList) {
          edit->setPlaceholderText(tr("numbers separated by commas, e.g. 1, 0.5, 0.1"));
        }
        f.problem = new QLabel(this);
        f.problem->setWordWrap(true);
        f.problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        f.problem->hide();
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(edit);
        v->addWidget(f.problem);
        row = box;
        f.editor = edit;
        break;
      }
    }
    f.editor->setObjectName(q(p.name));
    f.editor->setToolTip(
        tr("Parameter %1; default %2").arg(q(p.name), q(plan::toString(p.defaultValue))));
    f.label = new QLabel(labelText(p), this);
    f.label->setBuddy(f.editor);
    layout_->addRow(f.label, row != nullptr ? row : f.editor);
    fields_.push_back(f);
    if (auto* edit = qobject_cast<QLineEdit*>(f.editor)) {
      const std::size_t index = fields_.size() - 1;
      connect(edit, &QLineEdit::textChanged, this, [this, index] {
        refreshProblem(fields_[index]);
        emit changed();
      });
    }
  }
}

QString ParameterForm::currentText(const Field& f) const {
  if (auto* d = qobject_cast<QDoubleSpinBox*>(f.editor)) return numberText(d->value());
  if (auto* i = qobject_cast<QSpinBox*>(f.editor)) return QString::number(i->value());
  if (auto* c = qobject_cast<QCheckBox*>(f.editor)) {
    return c->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
  }
  if (auto* c = qobject_cast<QComboBox*>(f.editor)) return c->currentText();
  if (auto* e = qobject_cast<QLineEdit*>(f.editor)) return e->text().trimmed();
  return {};
}

std::optional<QString> ParameterForm::check(const Field& f) const {
  // The plan's own rules (type, bounds, list length) decide, as for --set.
  const auto r = plan::resolve(*plan_, {{f.parameter->name, s(currentText(f))}});
  if (const auto* problems = std::get_if<std::vector<plan::Problem>>(&r)) {
    if (!problems->empty()) return q(problems->front().message);
  }
  return std::nullopt;
}

void ParameterForm::refreshProblem(const Field& f) {
  if (f.problem == nullptr) return;
  const auto problem = check(f);
  f.problem->setText(problem.value_or(QString()));
  f.problem->setVisible(problem.has_value());
  f.editor->setStyleSheet(problem ? QStringLiteral("QLineEdit { border: 1px solid #b00020; }")
                                  : QString());
}

std::map<std::string, std::string> ParameterForm::overrides() const {
  std::map<std::string, std::string> out;
  if (!plan_) return out;
  for (const auto& f : fields_) {
    const QString text = currentText(f);
    const auto& def = f.parameter->defaultValue;
    bool same = false;
    switch (f.parameter->type) {
      case plan::ParamType::Number:
      case plan::ParamType::Integer:
        same = text.toDouble() == asDouble(def);
        break;
      case plan::ParamType::NumberList:
        same = text == listText(def);
        if (!same) {
          // "1,0.5" and "1, 0.5" are the same list.
          const auto r = plan::resolve(*plan_, {{f.parameter->name, s(text)}});
          if (const auto* v = std::get_if<plan::Values>(&r)) same = v->at(f.parameter->name) == def;
        }
        break;
      default:
        same = s(text) == plan::toString(def);
        break;
    }
    if (same || check(f)) continue;
    out[f.parameter->name] = s(text);
  }
  return out;
}

QStringList ParameterForm::problems() const {
  QStringList out;
  if (!plan_) return out;
  for (const auto& f : fields_) {
    if (auto p = check(f)) out << *p;
  }
  return out;
}

QWidget* ParameterForm::editor(const std::string& name) const {
  for (const auto& f : fields_) {
    if (f.parameter->name == name) return f.editor;
  }
  return nullptr;
}

bool ParameterForm::setText(const std::string& name, const QString& text) {
  for (const auto& f : fields_) {
    if (f.parameter->name != name) continue;
    if (auto* d = qobject_cast<QDoubleSpinBox*>(f.editor)) {
      bool ok = false;
      const double v = text.toDouble(&ok);
      if (!ok || v < d->minimum() || v > d->maximum()) return false;
      d->setValue(v);
      return true;
    }
    if (auto* i = qobject_cast<QSpinBox*>(f.editor)) {
      bool ok = false;
      const int v = text.toInt(&ok);
      if (!ok || v < i->minimum() || v > i->maximum()) return false;
      i->setValue(v);
      return true;
    }
    if (auto* c = qobject_cast<QCheckBox*>(f.editor)) {
      const auto r = plan::resolve(*plan_, {{name, s(text)}});
      const auto* v = std::get_if<plan::Values>(&r);
      if (v == nullptr) return false;
      c->setChecked(std::get<bool>(v->at(name)));
      return true;
    }
    if (auto* c = qobject_cast<QComboBox*>(f.editor)) {
      const int index = c->findText(text);
      if (index < 0) return false;
      c->setCurrentIndex(index);
      return true;
    }
    if (auto* e = qobject_cast<QLineEdit*>(f.editor)) {
      e->setText(text);
      return true;
    }
  }
  return false;
}

void ParameterForm::setLanguage(const QString& language) {
  language_ = language;
  for (const auto& f : fields_) f.label->setText(labelText(*f.parameter));
}

void ParameterForm::resetToDefaults() { setPlan(std::optional<plan::Plan>(plan_), language_); }

void ParameterForm::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    empty_->setText(tr("This plan has no parameters."));
    for (const auto& f : fields_) {
      f.label->setText(labelText(*f.parameter));
      refreshProblem(f);
    }
  }
  QWidget::changeEvent(event);
}

}  // namespace robocert::studio

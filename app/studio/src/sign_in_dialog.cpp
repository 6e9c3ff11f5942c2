#include "sign_in_dialog.hpp"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "robocert/store/store.hpp"
#include "shell_util.hpp"

namespace robocert::studio {
namespace {

constexpr const char* kLastLoginKey = "signIn/lastLogin";

struct Outcome {
  std::optional<store::User> user;
  QString error;  // empty: the check ran (user empty: wrong login or password)
};

}  // namespace

SignInDialog::SignInDialog(StudioContext& context, QWidget* parent)
    : QDialog(parent), context_(context) {
  setModal(true);
  setMinimumWidth(420);
  stack_ = new QStackedWidget(this);

  auto* signInPage = new QWidget(stack_);
  auto* signInLayout = new QVBoxLayout(signInPage);
  intro_ = new QLabel(signInPage);
  intro_->setWordWrap(true);
  auto* form = new QFormLayout;
  login_ = new QLineEdit(signInPage);
  login_->setObjectName(QStringLiteral("login"));
  password_ = new QLineEdit(signInPage);
  password_->setObjectName(QStringLiteral("password"));
  password_->setEchoMode(QLineEdit::Password);
  loginLabel_ = new QLabel(signInPage);
  passwordLabel_ = new QLabel(signInPage);
  form->addRow(loginLabel_, login_);
  form->addRow(passwordLabel_, password_);
  signInLayout->addWidget(intro_);
  signInLayout->addLayout(form);
  stack_->addWidget(signInPage);

  auto* firstPage = new QWidget(stack_);
  auto* firstLayout = new QVBoxLayout(firstPage);
  firstIntro_ = new QLabel(firstPage);
  firstIntro_->setWordWrap(true);
  auto* firstForm = new QFormLayout;
  newLogin_ = new QLineEdit(firstPage);
  newName_ = new QLineEdit(firstPage);
  newPassword_ = new QLineEdit(firstPage);
  newPassword_->setEchoMode(QLineEdit::Password);
  repeat_ = new QLineEdit(firstPage);
  repeat_->setEchoMode(QLineEdit::Password);
  newLoginLabel_ = new QLabel(firstPage);
  newNameLabel_ = new QLabel(firstPage);
  newPasswordLabel_ = new QLabel(firstPage);
  repeatLabel_ = new QLabel(firstPage);
  firstForm->addRow(newLoginLabel_, newLogin_);
  firstForm->addRow(newNameLabel_, newName_);
  firstForm->addRow(newPasswordLabel_, newPassword_);
  firstForm->addRow(repeatLabel_, repeat_);
  firstLayout->addWidget(firstIntro_);
  firstLayout->addLayout(firstForm);
  stack_->addWidget(firstPage);

  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("message"));
  message_->setWordWrap(true);
  message_->setStyleSheet(QStringLiteral("color: #b00020;"));
  auto* buttons = new QDialogButtonBox(this);
  ok_ = buttons->addButton(QDialogButtonBox::Ok);
  cancel_ = buttons->addButton(QDialogButtonBox::Cancel);
  connect(ok_, &QPushButton::clicked, this, &SignInDialog::submit);
  connect(cancel_, &QPushButton::clicked, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(stack_);
  layout->addWidget(message_);
  layout->addWidget(buttons);

  try {
    const auto store = store::Store::open(context_.database(), store::Store::Mode::ReadWrite);
    firstStart_ = true;
    for (const auto& u : store.users()) {
      if (u.hasPassword) firstStart_ = false;
    }
  } catch (const store::StoreError& e) {
    message_->setText(describeStoreError(e));
    ok_->setEnabled(false);
  }
  stack_->setCurrentIndex(firstStart_ ? 1 : 0);
  const QString last = QSettings().value(QLatin1String(kLastLoginKey)).toString();
  login_->setText(last);
  (last.isEmpty() ? login_ : password_)->setFocus();
  if (firstStart_) newLogin_->setFocus();
  retranslate();
}

void SignInDialog::retranslate() {
  setWindowTitle(firstStart_ ? tr("RoboCert Studio — first start")
                             : tr("RoboCert Studio — sign in"));
  intro_->setText(tr("Sign in to the lab database %1.").arg(q(context_.database().string())));
  loginLabel_->setText(tr("&Login:"));
  loginLabel_->setBuddy(login_);
  passwordLabel_->setText(tr("&Password:"));
  passwordLabel_->setBuddy(password_);
  firstIntro_->setText(
      tr("Nobody can sign in to the lab database %1 yet. Create the first account: it is an "
         "approver, who may approve reports and add further users (robocert user add).")
          .arg(q(context_.database().string())));
  newLoginLabel_->setText(tr("&Login:"));
  newLoginLabel_->setBuddy(newLogin_);
  newNameLabel_->setText(tr("Full &name (as printed on reports):"));
  newNameLabel_->setBuddy(newName_);
  newPasswordLabel_->setText(tr("&Password (at least %n characters):", nullptr,
                                static_cast<int>(store::Store::kMinPasswordChars)));
  newPasswordLabel_->setBuddy(newPassword_);
  repeatLabel_->setText(tr("&Repeat the password:"));
  repeatLabel_->setBuddy(repeat_);
  ok_->setText(firstStart_ ? tr("Create and sign in") : tr("Sign in"));
  cancel_->setText(tr("Cancel"));
}

void SignInDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

QString SignInDialog::message() const { return message_->text(); }

void SignInDialog::signIn(const QString& login, const QString& password) {
  login_->setText(login);
  password_->setText(password);
  submit();
}

void SignInDialog::createFirstUser(const QString& login, const QString& name,
                                   const QString& password, const QString& repeat) {
  newLogin_->setText(login);
  newName_->setText(name);
  newPassword_->setText(password);
  repeat_->setText(repeat);
  submit();
}

void SignInDialog::setBusy(bool busy) {
  ok_->setEnabled(!busy);
  stack_->setEnabled(!busy);
  if (busy) message_->setText(tr("Checking…"));
}

void SignInDialog::submit() {
  const auto db = context_.database();
  std::function<Outcome()> work;
  if (firstStart_) {
    const std::string login = s(newLogin_->text().trimmed());
    const std::string name = s(newName_->text().trimmed());
    const QString password = newPassword_->text();
    if (login.empty() || name.empty()) {
      message_->setText(tr("Enter a login and the full name."));
      emit checked();
      return;
    }
    if (password != repeat_->text()) {
      message_->setText(tr("The two passwords differ. Type the same password twice."));
      emit checked();
      return;
    }
    if (static_cast<std::size_t>(password.toUcs4().size()) < store::Store::kMinPasswordChars) {
      message_->setText(tr("The password is too short: use at least %n characters.", nullptr,
                           static_cast<int>(store::Store::kMinPasswordChars)));
      emit checked();
      return;
    }
    work = [db, login, name, pw = s(password)]() -> Outcome {
      try {
        auto store = store::Store::open(db, store::Store::Mode::ReadWrite);
        store.addUser(login, name, store::Role::Approver, pw);
        return {store.authenticate(login, pw), {}};
      } catch (const store::StoreError& e) {
        return {std::nullopt, describeStoreError(e)};
      }
    };
  } else {
    const std::string login = s(login_->text().trimmed());
    work = [db, login, pw = s(password_->text())]() -> Outcome {
      try {
        const auto store = store::Store::open(db, store::Store::Mode::ReadOnly);
        return {store.authenticate(login, pw), {}};
      } catch (const store::StoreError& e) {
        return {std::nullopt, describeStoreError(e)};
      }
    };
  }
  setBusy(true);
  auto* watcher = new QFutureWatcher<Outcome>(this);
  connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
    const Outcome o = watcher->result();
    watcher->deleteLater();
    finishSignIn(o.user, o.error);
  });
  watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void SignInDialog::finishSignIn(std::optional<store::User> user, const QString& error) {
  setBusy(false);
  if (!error.isEmpty()) {
    message_->setText(error);
  } else if (!user) {
    message_->setText(
        tr("Wrong login or password. Check both (the password is case-sensitive) "
           "and try again; an approver can set a new password with robocert "
           "user passwd."));
    password_->clear();
    password_->setFocus();
  } else {
    message_->clear();
    QSettings().setValue(QLatin1String(kLastLoginKey), q(user->login));
    context_.setUser(std::move(user));
    accept();
  }
  emit checked();
}

}  // namespace robocert::studio

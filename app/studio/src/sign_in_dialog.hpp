#pragma once

// Who works with the Studio: a login and password checked against the lab database
// (Store::authenticate). On a database without any user who can sign in, the dialog offers to
// create the first account, an approver (docs/reports.md, "Users and roles"). The last login is
// remembered (QSettings "signIn/lastLogin"); the password never is.
//
// Checking a password takes about 0.1 s (PBKDF2), so it runs on a worker thread; the dialog
// stays responsive and shows that it is checking. On success the user is set on the context and
// the dialog is accepted; a wrong password leaves it open with the reason in words.

#include <QDialog>

#include "studio_context.hpp"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace robocert::studio {

class SignInDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SignInDialog(StudioContext& context, QWidget* parent = nullptr);

  // True when the database had nobody who can sign in, so the dialog creates the first approver.
  bool isFirstStart() const { return firstStart_; }
  // For tests and scripted use: fills the fields and presses the button (the result arrives
  // asynchronously: wait for accepted() or for message() to change).
  void signIn(const QString& login, const QString& password);
  void createFirstUser(const QString& login, const QString& name, const QString& password,
                       const QString& repeat);
  QString message() const;

 signals:
  void checked();  // a check finished (either way)

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void submit();
  void finishSignIn(std::optional<store::User> user, const QString& error);
  void setBusy(bool busy);

  StudioContext& context_;
  bool firstStart_ = false;
  QStackedWidget* stack_;
  QLabel* intro_;
  QLabel* loginLabel_;
  QLabel* passwordLabel_;
  QLineEdit* login_;
  QLineEdit* password_;
  QLabel* firstIntro_;
  QLabel* newLoginLabel_;
  QLabel* newNameLabel_;
  QLabel* newPasswordLabel_;
  QLabel* repeatLabel_;
  QLineEdit* newLogin_;
  QLineEdit* newName_;
  QLineEdit* newPassword_;
  QLineEdit* repeat_;
  QLabel* message_;
  QPushButton* ok_;
  QPushButton* cancel_;
};

}  // namespace robocert::studio

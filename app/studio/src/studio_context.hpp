#pragma once

// What every screen of RoboCert Studio shares: the lab database it works on, who is signed in,
// and the notifications screens need from each other. One instance, owned by the main window
// and passed to every page (no singletons). Lives on the GUI thread.
//
// Language: switching the language installs another QTranslator; Qt then sends every widget a
// QEvent::LanguageChange, on which pages re-set their texts (override changeEvent).

#include <QObject>
#include <QString>
#include <cstdint>
#include <filesystem>
#include <optional>

#include "robocert/store/records.hpp"

namespace robocert::studio {

class StudioContext : public QObject {
  Q_OBJECT
 public:
  explicit StudioContext(std::filesystem::path database, QObject* parent = nullptr)
      : QObject(parent), database_(std::move(database)) {}

  const std::filesystem::path& database() const { return database_; }
  void setDatabase(std::filesystem::path db) {
    database_ = std::move(db);
    emit databaseChanged();
  }

  // The signed-in user (nullopt: nobody; the app then shows the sign-in dialog).
  const std::optional<store::User>& user() const { return user_; }
  void setUser(std::optional<store::User> u) {
    user_ = std::move(u);
    emit userChanged();
  }

  // The language in use: "en" or "zh_CN".
  QString language() const { return language_; }
  void setLanguage(const QString& l) {
    language_ = l;
    emit languageChanged();
  }

 signals:
  void databaseChanged();
  void userChanged();
  void languageChanged();
  // A run ended (completed, aborted, interrupted): results and reports pages refresh.
  void runEnded(qint64 runId);
  // A page asks to show a run's results / report (navigation between pages).
  void showRun(qint64 runId);
  void showReport(qint64 runId);

 private:
  std::filesystem::path database_;
  std::optional<store::User> user_;
  QString language_ = QStringLiteral("en");
};

}  // namespace robocert::studio

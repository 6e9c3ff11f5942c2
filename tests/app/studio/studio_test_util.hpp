#pragma once

// What the Studio's widget tests share: a lab database in a fresh temporary folder, waiting on
// the event loop for a condition, and an operator who answers every prompt dialog.

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <chrono>
#include <filesystem>
#include <functional>
#include <random>
#include <string>

namespace robocert::studio {

struct TempLab {
  std::filesystem::path dir;
  std::filesystem::path db;
  TempLab() {
    std::random_device rd;
    dir = std::filesystem::temp_directory_path() /
          ("robocert-studio-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    db = dir / "lab.db";
  }
  ~TempLab() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

// Processes events until pred() holds (true) or the timeout passes (false).
inline bool waitFor(const std::function<bool()>& pred, std::chrono::milliseconds timeout) {
  QElapsedTimer t;
  t.start();
  while (!pred()) {
    if (t.elapsed() > timeout.count()) return false;
    QApplication::processEvents(QEventLoop::AllEvents, 20);
  }
  return true;
}

// Every 50 ms, answers the modal message box shown (an operator prompt) with its accept button
// (confirm) or its reject button, keeping the last text seen. The timer is owned by `owner`.
inline void answerPromptsWith(QObject& owner, bool confirm, QString* lastText) {
  auto* timer = new QTimer(&owner);
  QObject::connect(timer, &QTimer::timeout, [confirm, lastText] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (box == nullptr) return;
    if (lastText != nullptr) *lastText = box->text();
    for (QAbstractButton* b : box->buttons()) {
      const auto role = box->buttonRole(b);
      if ((confirm && role == QMessageBox::AcceptRole) ||
          (!confirm && role == QMessageBox::RejectRole)) {
        b->click();
        return;
      }
    }
  });
  timer->start(50);
}

}  // namespace robocert::studio

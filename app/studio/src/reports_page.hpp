#pragma once

// The Reports page: for the chosen completed run, generate its draft report (report::createDraft
// with the content assembled from the database), preview it inside the app, approve it (the
// approver role only: the password is asked again, report::approve), export it as PDF, HTML or
// JSON in English, Chinese or both (each file recorded as issued), and verify a report file
// against this lab database (report::verifyFile and the re-assembly check of the command line).
//
// The preview is the HTML report (report::renderHtml, the same renderer and template as the
// issued HTML) in a QTextBrowser, its inline SVG plots drawn as images by Qt Svg: Qt PDF, which
// could show the certificate's pages, is not installed, and the HTML carries the same content.

#include <QWidget>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "robocert/store/records.hpp"
#include "studio_context.hpp"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace robocert::studio {

class ReportsPage : public QWidget {
  Q_OBJECT
 public:
  explicit ReportsPage(StudioContext& context, QWidget* parent = nullptr);
  ~ReportsPage() override;

  // What the buttons do, callable without dialogs (tests). Each says what went wrong in the
  // page's message line and returns false / nullopt on failure.
  bool selectRun(qint64 runId);
  // The run's draft (created, or the existing one), previewed; its report number.
  std::optional<std::string> generateDraft();
  // Approves the draft of the selected run as the signed-in user with `password`.
  bool approve(const QString& password);
  // Writes the latest revision as format (pdf, html, json) in language (en, zh, both) to file
  // and records it as issued.
  bool exportTo(const std::filesystem::path& file, const QString& format, const QString& language);
  struct Verification {
    bool issued = false;  // the database issued these bytes
    bool ok = false;      // ... and nothing but informational findings
    QString text;         // the verdict and the findings, for a person
  };
  Verification verify(const std::filesystem::path& file);
  QString message() const;
  QString previewHtml() const;

 public slots:
  void refresh();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void showRevisions();
  void preview();
  void updateControls();
  void say(const QString& text, bool error);
  qint64 runId() const;
  std::optional<store::ReportRecord> latest() const;

  StudioContext& context_;
  std::vector<store::ReportRecord> revisions_;

  QLabel* runLabel_;
  QComboBox* run_;
  QLabel* langLabel_;
  QComboBox* language_;
  QPushButton* generate_;
  QPushButton* approve_;
  QPushButton* export_;
  QPushButton* verify_;
  QLabel* message_;
  QGroupBox* revisionsBox_;
  QTableWidget* revisionsTable_;
  QGroupBox* previewBox_;
  QTextBrowser* preview_;
};

}  // namespace robocert::studio

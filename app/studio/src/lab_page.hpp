#pragma once

// The Lab page: the lab's own records in the lab database. Instruments with their calibration
// status today (expired or missing in red, due within 30 days in amber, each also in words), a
// new instrument or calibration (with the certificate's numeric uncertainty U = u_const +
// u_per_m·L at k), customers (list and add), items under test (found by serial number, added),
// and the lab profile every report's letterhead shows (name, address, accreditation, logo,
// location).
//
// Keeping these records is an engineer's or approver's work (docs/reports.md): for an operator
// the buttons that change them are disabled, with the reason in their tool tip. Every change is
// written through the Store API under the signed-in user's login (audited there).

#include <QDate>
#include <QWidget>
#include <optional>

#include "robocert/store/records.hpp"
#include "studio_context.hpp"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace robocert::studio {

class LabPage : public QWidget {
  Q_OBJECT
 public:
  explicit LabPage(StudioContext& context, QWidget* parent = nullptr);

  // Re-reads everything from the database.
  void refresh();

  // What the add dialogs do, without the dialog (tests, and the dialogs themselves). Each
  // returns an empty string on success, else what went wrong in words (also shown to the user).
  QString addInstrument(const store::InstrumentInfo& info);
  QString addCalibration(const QString& instrumentSerial, const store::Calibration& c);
  QString addCustomer(const store::Customer& c);
  QString saveProfile(const store::LabProfile& profile);

  // The day calibration status is judged on (default: today, local date).
  void setToday(QDate today);

  QTableWidget* instrumentTable() const { return instruments_; }
  QTableWidget* customerTable() const { return customers_; }
  QPushButton* addInstrumentButton() const { return addInstrument_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updatePermissions();
  void showError(const QString& message);
  void onAddInstrument();
  void onAddCalibration();
  void onAddCustomer();
  void onFindItem();
  void onAddItem();
  void onSaveProfile();
  void onChooseLogo();

  StudioContext& context_;
  QDate today_;
  QTabWidget* tabs_;
  // Instruments
  QTableWidget* instruments_;
  QLabel* instrumentsNote_;
  QPushButton* addInstrument_;
  QPushButton* addCalibration_;
  // Customers
  QTableWidget* customers_;
  QPushButton* addCustomer_;
  // Items
  QLabel* itemSerialLabel_;
  QLineEdit* itemSerial_;
  QPushButton* findItem_;
  QPushButton* addItem_;
  QLabel* itemResult_;
  // Profile
  QLabel* profileLabels_[5];
  QLineEdit* profileName_;
  QLineEdit* profileAddress_;
  QLineEdit* profileAccreditation_;
  QLineEdit* profileLogo_;
  QPushButton* chooseLogo_;
  QLineEdit* profileLocation_;
  QPushButton* saveProfile_;
  QLabel* error_;
};

}  // namespace robocert::studio

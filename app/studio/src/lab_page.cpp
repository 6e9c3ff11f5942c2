#include "lab_page.hpp"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "robocert/store/store.hpp"
#include "shell_util.hpp"

namespace robocert::studio {
namespace {

constexpr int kDueSoonDays = 30;
const QColor kRed(0xfd, 0xe2, 0xe1);
const QColor kAmber(0xff, 0xf0, 0xc2);
const QColor kGreen(0xe3, 0xf4, 0xe4);

QTableWidget* makeTable(QWidget* parent) {
  auto* t = new QTableWidget(parent);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setSelectionMode(QAbstractItemView::SingleSelection);
  t->setAlternatingRowColors(true);
  t->verticalHeader()->hide();
  t->horizontalHeader()->setStretchLastSection(true);
  return t;
}

QTableWidgetItem* cell(const QString& text) {
  auto* c = new QTableWidgetItem(text);
  c->setToolTip(text);
  return c;
}

store::Store openStore(const StudioContext& ctx) {
  return store::Store::open(ctx.database(), store::Store::Mode::ReadWrite,
                            ctx.user() ? ctx.user()->login : std::string{});
}

// A spin box for an optional number: empty (special value text) when not given.
QDoubleSpinBox* optionalNumber(QWidget* parent, const QString& none, double max, int decimals) {
  auto* b = new QDoubleSpinBox(parent);
  b->setRange(-1.0, max);
  b->setDecimals(decimals);
  b->setSpecialValueText(none);
  b->setValue(-1.0);
  return b;
}
std::optional<double> optionalValue(const QDoubleSpinBox* b) {
  if (b->value() < 0.0) return std::nullopt;
  return b->value();
}

}  // namespace

LabPage::LabPage(StudioContext& context, QWidget* parent)
    : QWidget(parent), context_(context), today_(QDate::currentDate()) {
  tabs_ = new QTabWidget(this);

  // Instruments
  auto* instrumentsTab = new QWidget(tabs_);
  instruments_ = makeTable(instrumentsTab);
  instruments_->setObjectName(QStringLiteral("instruments"));
  instrumentsNote_ = new QLabel(instrumentsTab);
  instrumentsNote_->setWordWrap(true);
  addInstrument_ = new QPushButton(instrumentsTab);
  addCalibration_ = new QPushButton(instrumentsTab);
  auto* ib = new QHBoxLayout;
  ib->addWidget(addInstrument_);
  ib->addWidget(addCalibration_);
  ib->addStretch();
  auto* il = new QVBoxLayout(instrumentsTab);
  il->addWidget(instrumentsNote_);
  il->addWidget(instruments_);
  il->addLayout(ib);
  tabs_->addTab(instrumentsTab, QString());

  // Customers
  auto* customersTab = new QWidget(tabs_);
  customers_ = makeTable(customersTab);
  addCustomer_ = new QPushButton(customersTab);
  auto* cl = new QVBoxLayout(customersTab);
  cl->addWidget(customers_);
  auto* cb = new QHBoxLayout;
  cb->addWidget(addCustomer_);
  cb->addStretch();
  cl->addLayout(cb);
  tabs_->addTab(customersTab, QString());

  // Items
  auto* itemsTab = new QWidget(tabs_);
  itemSerialLabel_ = new QLabel(itemsTab);
  itemSerial_ = new QLineEdit(itemsTab);
  findItem_ = new QPushButton(itemsTab);
  addItem_ = new QPushButton(itemsTab);
  itemResult_ = new QLabel(itemsTab);
  itemResult_->setWordWrap(true);
  itemResult_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  itemResult_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  auto* row = new QHBoxLayout;
  row->addWidget(itemSerialLabel_);
  row->addWidget(itemSerial_, 1);
  row->addWidget(findItem_);
  row->addWidget(addItem_);
  auto* itl = new QVBoxLayout(itemsTab);
  itl->addLayout(row);
  itl->addWidget(itemResult_, 1);
  tabs_->addTab(itemsTab, QString());
  connect(itemSerial_, &QLineEdit::returnPressed, this, &LabPage::onFindItem);

  // Profile
  auto* profileTab = new QWidget(tabs_);
  auto* pf = new QFormLayout;
  profileName_ = new QLineEdit(profileTab);
  profileAddress_ = new QLineEdit(profileTab);
  profileAccreditation_ = new QLineEdit(profileTab);
  profileLogo_ = new QLineEdit(profileTab);
  chooseLogo_ = new QPushButton(profileTab);
  profileLocation_ = new QLineEdit(profileTab);
  auto* logoRow = new QHBoxLayout;
  logoRow->addWidget(profileLogo_, 1);
  logoRow->addWidget(chooseLogo_);
  QWidget* fields[] = {profileName_, profileAddress_, profileAccreditation_, nullptr,
                       profileLocation_};
  for (int i = 0; i < 5; ++i) {
    profileLabels_[i] = new QLabel(profileTab);
    if (fields[i] != nullptr) {
      pf->addRow(profileLabels_[i], fields[i]);
      profileLabels_[i]->setBuddy(fields[i]);
    } else {
      pf->addRow(profileLabels_[i], logoRow);
      profileLabels_[i]->setBuddy(profileLogo_);
    }
  }
  saveProfile_ = new QPushButton(profileTab);
  auto* pl = new QVBoxLayout(profileTab);
  pl->addLayout(pf);
  auto* pb = new QHBoxLayout;
  pb->addWidget(saveProfile_);
  pb->addStretch();
  pl->addLayout(pb);
  pl->addStretch();
  tabs_->addTab(profileTab, QString());

  error_ = new QLabel(this);
  error_->setObjectName(QStringLiteral("error"));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020;"));
  error_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs_);
  layout->addWidget(error_);

  connect(addInstrument_, &QPushButton::clicked, this, &LabPage::onAddInstrument);
  connect(addCalibration_, &QPushButton::clicked, this, &LabPage::onAddCalibration);
  connect(addCustomer_, &QPushButton::clicked, this, &LabPage::onAddCustomer);
  connect(findItem_, &QPushButton::clicked, this, &LabPage::onFindItem);
  connect(addItem_, &QPushButton::clicked, this, &LabPage::onAddItem);
  connect(saveProfile_, &QPushButton::clicked, this, &LabPage::onSaveProfile);
  connect(chooseLogo_, &QPushButton::clicked, this, &LabPage::onChooseLogo);
  connect(&context_, &StudioContext::databaseChanged, this, &LabPage::refresh);
  connect(&context_, &StudioContext::userChanged, this, &LabPage::updatePermissions);

  retranslate();
  updatePermissions();
  refresh();
}

void LabPage::setToday(QDate today) {
  today_ = today;
  refresh();
}

void LabPage::retranslate() {
  tabs_->setTabText(0, tr("Instruments"));
  tabs_->setTabText(1, tr("Customers"));
  tabs_->setTabText(2, tr("Items under test"));
  tabs_->setTabText(3, tr("Lab profile"));
  instrumentsNote_->setText(
      tr("Calibration status on %1. Red: expired or never calibrated, do not use for a "
         "certificate until recalibrated. Amber: due within %n days, plan the recalibration.",
         nullptr, kDueSoonDays)
          .arg(QLocale().toString(today_, QLocale::ShortFormat)));
  addInstrument_->setText(tr("Add instrument…"));
  addCalibration_->setText(tr("Add calibration…"));
  addCustomer_->setText(tr("Add customer…"));
  itemSerialLabel_->setText(tr("Serial number:"));
  itemSerial_->setPlaceholderText(tr("the item's serial number, e.g. IRB-2600-0042"));
  findItem_->setText(tr("Find"));
  addItem_->setText(tr("Add item…"));
  profileLabels_[0]->setText(tr("Laboratory name:"));
  profileLabels_[1]->setText(tr("Address:"));
  profileLabels_[2]->setText(tr("Accreditation:"));
  profileLabels_[3]->setText(tr("Logo (image file):"));
  profileLabels_[4]->setText(tr("Location of the work:"));
  profileAccreditation_->setPlaceholderText(tr("e.g. CNAS L0000; empty when not accredited"));
  chooseLogo_->setText(tr("Choose…"));
  saveProfile_->setText(tr("Save lab profile"));
  instruments_->setHorizontalHeaderLabels({tr("Serial"), tr("Kind"), tr("Manufacturer"),
                                           tr("Model"), tr("Certificate"), tr("Calibrated"),
                                           tr("Due"), tr("Uncertainty"), tr("Status")});
  customers_->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Address"), tr("Contact")});
  updatePermissions();
}

void LabPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    refresh();  // the status words
  }
  QWidget::changeEvent(event);
}

void LabPage::updatePermissions() {
  const bool may = mayEditLabRecords(context_.user());
  const QString why =
      may ? QString()
          : tr("Only an engineer or an approver keeps the lab's records; you are signed in as "
               "an operator.");
  for (QPushButton* b :
       {addInstrument_, addCalibration_, addCustomer_, addItem_, saveProfile_, chooseLogo_}) {
    b->setEnabled(may);
    b->setToolTip(why);
  }
  for (QLineEdit* e :
       {profileName_, profileAddress_, profileAccreditation_, profileLogo_, profileLocation_}) {
    e->setReadOnly(!may);
  }
}

void LabPage::showError(const QString& message) {
  error_->setText(message);
  error_->setVisible(!message.isEmpty());
}

void LabPage::refresh() {
  showError({});
  instruments_->setRowCount(0);
  instruments_->setColumnCount(9);
  customers_->setRowCount(0);
  customers_->setColumnCount(4);
  retranslate();
  if (context_.database().empty()) return;
  try {
    auto store = openStore(context_);
    const std::string today = s(today_.toString(Qt::ISODate));
    for (const auto& i : store.instruments()) {
      const int r = instruments_->rowCount();
      instruments_->insertRow(r);
      instruments_->setItem(r, 0, cell(q(i.serial)));
      instruments_->setItem(r, 1, cell(q(i.kind)));
      instruments_->setItem(r, 2, cell(q(i.manufacturer)));
      instruments_->setItem(r, 3, cell(q(i.model)));
      const auto [status, cal] = store.calibrationOn(i.id, today);
      QString words;
      QColor colour = kGreen;
      if (cal) {
        instruments_->setItem(r, 4, cell(q(cal->certificateNo)));
        instruments_->setItem(r, 5, cell(q(cal->calibratedOn)));
        instruments_->setItem(r, 6, cell(q(cal->dueOn)));
        QString u = q(cal->uncertainty);
        if (cal->uConstUm && cal->uPerMUm) {
          u = tr("U = %1 µm + %2 µm/m · L (k = %3)")
                  .arg(*cal->uConstUm)
                  .arg(*cal->uPerMUm)
                  .arg(cal->uK.value_or(2.0));
        }
        instruments_->setItem(r, 7, cell(u));
      }
      const QDate due = cal ? QDate::fromString(q(cal->dueOn), Qt::ISODate) : QDate();
      const qint64 days = due.isValid() ? today_.daysTo(due) : 0;
      switch (status) {
        case store::CalibrationStatus::Expired:
          words = tr("Expired on %1: recalibrate before use").arg(q(cal->dueOn));
          colour = kRed;
          break;
        case store::CalibrationStatus::Missing:
          words = tr("Not calibrated: add its calibration before use");
          colour = kRed;
          break;
        case store::CalibrationStatus::Valid:
        case store::CalibrationStatus::Overridden:
          if (days <= kDueSoonDays) {
            words = days == 0 ? tr("Due today: recalibrate now")
                              : tr("Due in %n day(s), on %1", nullptr, static_cast<int>(days))
                                    .arg(q(cal->dueOn));
            colour = kAmber;
          } else {
            words = tr("Valid until %1").arg(q(cal->dueOn));
          }
          break;
      }
      instruments_->setItem(r, 8, cell(words));
      for (int c = 0; c < instruments_->columnCount(); ++c) {
        if (instruments_->item(r, c) == nullptr) instruments_->setItem(r, c, cell({}));
        instruments_->item(r, c)->setBackground(colour);
      }
    }
    for (const store::Customer& c : store.customers()) {
      const int r = customers_->rowCount();
      customers_->insertRow(r);
      customers_->setItem(r, 0, cell(QString::number(c.id)));
      customers_->setItem(r, 1, cell(q(c.name)));
      customers_->setItem(r, 2, cell(q(c.address)));
      customers_->setItem(r, 3, cell(q(c.contact)));
    }
    const auto profile = store.labProfile();
    profileName_->setText(q(profile.name));
    profileAddress_->setText(q(profile.address));
    profileAccreditation_->setText(q(profile.accreditation));
    profileLogo_->setText(q(profile.logoPath));
    profileLocation_->setText(q(profile.location));
  } catch (const store::StoreError& e) {
    showError(describeStoreError(e));
  }
  instruments_->resizeColumnsToContents();
  customers_->resizeColumnsToContents();
}

QString LabPage::addInstrument(const store::InstrumentInfo& info) {
  QString error;
  if (info.serial.empty() || info.kind.empty()) {
    error = tr("Enter at least the instrument's kind and serial number.");
  } else {
    try {
      openStore(context_).addInstrument(info);
    } catch (const store::StoreError& e) {
      error = describeStoreError(e);
    }
  }
  refresh();
  showError(error);
  return error;
}

QString LabPage::addCalibration(const QString& instrumentSerial, const store::Calibration& c) {
  QString error;
  try {
    auto store = openStore(context_);
    const auto id = store.findInstrument(s(instrumentSerial));
    if (!id) {
      error = tr("There is no instrument with serial number %1. Add the instrument first.")
                  .arg(instrumentSerial);
    } else {
      store.addCalibration(*id, c);
    }
  } catch (const store::StoreError& e) {
    error = describeStoreError(e);
  }
  refresh();
  showError(error);
  return error;
}

QString LabPage::addCustomer(const store::Customer& c) {
  QString error;
  if (c.name.empty()) {
    error = tr("Enter the customer's name.");
  } else {
    try {
      openStore(context_).addCustomer(c);
    } catch (const store::StoreError& e) {
      error = describeStoreError(e);
    }
  }
  refresh();
  showError(error);
  return error;
}

QString LabPage::saveProfile(const store::LabProfile& profile) {
  QString error;
  try {
    openStore(context_).setLabProfile(profile);
  } catch (const store::StoreError& e) {
    error = describeStoreError(e);
  }
  refresh();
  showError(error);
  return error;
}

void LabPage::onAddInstrument() {
  QDialog d(this);
  d.setWindowTitle(tr("Add instrument"));
  auto* form = new QFormLayout(&d);
  auto* kind = new QLineEdit(&d);
  kind->setPlaceholderText(tr("laser_tracker, torque_sensor, …"));
  auto* maker = new QLineEdit(&d);
  auto* model = new QLineEdit(&d);
  auto* serial = new QLineEdit(&d);
  form->addRow(tr("Kind:"), kind);
  form->addRow(tr("Manufacturer:"), maker);
  form->addRow(tr("Model:"), model);
  form->addRow(tr("Serial number:"), serial);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
  if (d.exec() != QDialog::Accepted) return;
  addInstrument({s(kind->text().trimmed()), s(maker->text().trimmed()), s(model->text().trimmed()),
                 s(serial->text().trimmed())});
}

void LabPage::onAddCalibration() {
  QDialog d(this);
  d.setWindowTitle(tr("Add calibration"));
  auto* form = new QFormLayout(&d);
  auto* serial = new QLineEdit(&d);
  if (const int r = instruments_->currentRow(); r >= 0 && instruments_->item(r, 0) != nullptr) {
    serial->setText(instruments_->item(r, 0)->text());
  }
  auto* cert = new QLineEdit(&d);
  auto* on = new QDateEdit(today_, &d);
  on->setCalendarPopup(true);
  on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  auto* due = new QDateEdit(today_.addYears(1), &d);
  due->setCalendarPopup(true);
  due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  auto* lab = new QLineEdit(&d);
  auto* statement = new QLineEdit(&d);
  statement->setPlaceholderText(tr("as stated on the certificate, e.g. U = 15 µm + 6 µm/m, k = 2"));
  const QString none = tr("not entered");
  auto* uConst = optionalNumber(&d, none, 1e6, 3);
  auto* uPerM = optionalNumber(&d, none, 1e6, 3);
  auto* k = optionalNumber(&d, none, 10.0, 2);
  uConst->setSuffix(QStringLiteral(" µm"));
  uPerM->setSuffix(QStringLiteral(" µm/m"));
  form->addRow(tr("Instrument serial:"), serial);
  form->addRow(tr("Certificate number:"), cert);
  form->addRow(tr("Calibrated on:"), on);
  form->addRow(tr("Due on:"), due);
  form->addRow(tr("Calibration laboratory:"), lab);
  form->addRow(tr("Uncertainty statement:"), statement);
  form->addRow(tr("U constant part (u_const_um):"), uConst);
  form->addRow(tr("U per metre (u_per_m_um):"), uPerM);
  form->addRow(tr("Coverage factor k:"), k);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
  if (d.exec() != QDialog::Accepted) return;
  store::Calibration c;
  c.certificateNo = s(cert->text().trimmed());
  c.calibratedOn = s(on->date().toString(Qt::ISODate));
  c.dueOn = s(due->date().toString(Qt::ISODate));
  c.laboratory = s(lab->text().trimmed());
  c.uncertainty = s(statement->text().trimmed());
  c.uConstUm = optionalValue(uConst);
  c.uPerMUm = optionalValue(uPerM);
  c.uK = optionalValue(k);
  addCalibration(serial->text().trimmed(), c);
}

void LabPage::onAddCustomer() {
  QDialog d(this);
  d.setWindowTitle(tr("Add customer"));
  auto* form = new QFormLayout(&d);
  auto* name = new QLineEdit(&d);
  auto* address = new QLineEdit(&d);
  auto* contact = new QLineEdit(&d);
  form->addRow(tr("Name:"), name);
  form->addRow(tr("Address:"), address);
  form->addRow(tr("Contact:"), contact);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
  if (d.exec() != QDialog::Accepted) return;
  addCustomer(
      {0, s(name->text().trimmed()), s(address->text().trimmed()), s(contact->text().trimmed())});
}

void LabPage::onFindItem() {
  const std::string serial = s(itemSerial_->text().trimmed());
  if (serial.empty()) return;
  try {
    const auto store = store::Store::open(context_.database(), store::Store::Mode::ReadOnly);
    const auto item = store.findItem(serial);
    if (!item) {
      itemResult_->setText(tr("No item with serial number %1. Add it with “Add item…”, or "
                              "check the number on the nameplate.")
                               .arg(q(serial)));
      return;
    }
    QString customer = tr("none");
    if (item->customerId) customer = q(store.customer(*item->customerId).name);
    QString ratings;
    for (const auto& r : item->ratings) {
      ratings += tr("%1 = %2 %3").arg(q(r.name)).arg(r.value).arg(q(r.unit)) + QStringLiteral("; ");
    }
    itemResult_->setText(
        tr("<b>%1</b> (item %2)<br>Kind: %3<br>Manufacturer: %4<br>Model: %5<br>Customer: %6<br>"
           "Description: %7<br>Ratings: %8<br>Registered: %9")
            .arg(q(item->serial).toHtmlEscaped())
            .arg(item->id)
            .arg(q(item->kind).toHtmlEscaped(), q(item->manufacturer).toHtmlEscaped(),
                 q(item->model).toHtmlEscaped(), customer.toHtmlEscaped(),
                 q(item->description).toHtmlEscaped(), ratings.toHtmlEscaped(),
                 q(item->createdAt)));
  } catch (const store::StoreError& e) {
    showError(describeStoreError(e));
  }
}

void LabPage::onAddItem() {
  QDialog d(this);
  d.setWindowTitle(tr("Add item under test"));
  auto* form = new QFormLayout(&d);
  auto* serial = new QLineEdit(itemSerial_->text().trimmed(), &d);
  auto* kind = new QLineEdit(QStringLiteral("industrial_robot"), &d);
  auto* maker = new QLineEdit(&d);
  auto* model = new QLineEdit(&d);
  auto* customer = new QLineEdit(&d);
  customer->setPlaceholderText(tr("the customer's name as listed, or empty"));
  form->addRow(tr("Serial number:"), serial);
  form->addRow(tr("Kind:"), kind);
  form->addRow(tr("Manufacturer:"), maker);
  form->addRow(tr("Model:"), model);
  form->addRow(tr("Customer:"), customer);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
  if (d.exec() != QDialog::Accepted) return;
  showError({});
  try {
    auto store = openStore(context_);
    store::ItemInfo info;
    info.serial = s(serial->text().trimmed());
    info.kind = s(kind->text().trimmed());
    info.manufacturer = s(maker->text().trimmed());
    info.model = s(model->text().trimmed());
    if (!customer->text().trimmed().isEmpty()) {
      const auto c = store.findCustomer(s(customer->text().trimmed()));
      if (!c) {
        showError(tr("There is no customer named %1. Add the customer first on the Customers "
                     "tab.")
                      .arg(customer->text().trimmed()));
        return;
      }
      info.customerId = c->id;
    }
    store.findOrCreateItem(info);
    itemSerial_->setText(q(info.serial));
    onFindItem();
  } catch (const store::StoreError& e) {
    showError(describeStoreError(e));
  }
}

void LabPage::onSaveProfile() {
  saveProfile({s(profileName_->text().trimmed()), s(profileAddress_->text().trimmed()),
               s(profileAccreditation_->text().trimmed()), s(profileLogo_->text().trimmed()),
               s(profileLocation_->text().trimmed())});
}

void LabPage::onChooseLogo() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Choose the lab's logo"), profileLogo_->text(),
                                   tr("Images (*.png *.jpg *.jpeg *.svg)"));
  if (!file.isEmpty()) profileLogo_->setText(file);
}

}  // namespace robocert::studio

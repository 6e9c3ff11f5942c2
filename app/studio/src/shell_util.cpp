#include "shell_util.hpp"

namespace robocert::studio {
namespace {

class ShellText {
  Q_DECLARE_TR_FUNCTIONS(ShellText)
 public:
  static QString storeError(const store::StoreError& e) {
    using K = store::StoreError::Kind;
    const QString file = q(e.path());
    switch (e.kind()) {
      case K::NotADatabase:
        return tr("%1 is not a RoboCert lab database. Choose another file with File → Open lab "
                  "database…")
            .arg(file);
      case K::NewerSchema:
        return tr("%1 was written by a newer RoboCert. Install the newer version to open it.")
            .arg(file);
      case K::ReadOnly:
        return tr("%1 cannot be written (the file or its folder is read-only). Ask the "
                  "administrator for write access, or open a copy.")
            .arg(file);
      case K::Locked:
        return tr("%1 is busy: another program holds it. Wait a moment and try again.").arg(file);
      case K::DiskFull:
        return tr("The disk holding %1 is full; nothing was saved. Free some space and try again.")
            .arg(file);
      case K::CannotOpen:
        return tr("%1 cannot be opened: the file or its folder does not exist or is not "
                  "readable.")
            .arg(file);
      case K::Damaged:
        return tr("%1 is damaged: some of its pages cannot be read (%2). Check it with Audit → "
                  "Verify database to see what is damaged, keep the damaged file, and restore "
                  "the last backup (robocert db backup).")
            .arg(file, q(e.detail()));
      case K::NotFound:
        return tr("Not found in the lab database: %1").arg(q(e.detail()));
      case K::Invalid:
        return tr("The lab database refused this: %1").arg(q(e.detail()));
      case K::Io:
        break;
    }
    return tr("The lab database %1 failed: %2").arg(file, q(e.detail()));
  }
};

}  // namespace

QString describeStoreError(const store::StoreError& e) { return ShellText::storeError(e); }

}  // namespace robocert::studio

#include "robocert/store/error.hpp"

namespace robocert::store {

namespace {

// what() reaches people where no translated message is made (a run's error line, a log), so
// damage says what it is and what to do even there.
std::string whatOf(StoreError::Kind kind, const std::string& path, const std::string& detail) {
  if (kind == StoreError::Kind::Damaged)
    return path + ": the file is damaged (" + detail +
           "); robocert db verify names what is damaged; keep this file and restore the last "
           "copy made with robocert db backup";
  return path + ": " + detail;
}

}  // namespace

StoreError::StoreError(Kind kind, std::string path, std::string detail)
    : std::runtime_error(whatOf(kind, path, detail)),
      kind_(kind),
      path_(std::move(path)),
      detail_(std::move(detail)) {}

}  // namespace robocert::store

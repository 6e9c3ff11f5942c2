#include "robocert/store/error.hpp"

namespace robocert::store {

StoreError::StoreError(Kind kind, std::string path, std::string detail)
    : std::runtime_error(path + ": " + detail),
      kind_(kind),
      path_(std::move(path)),
      detail_(std::move(detail)) {}

}  // namespace robocert::store

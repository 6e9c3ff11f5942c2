#pragma once

// A fresh directory under the system's temporary directory, removed with everything in it when
// the object goes: for tests that write real files (lab databases, reports).

#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>

namespace robocert::test_support {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "robocert-test") {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            (prefix + "-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace robocert::test_support

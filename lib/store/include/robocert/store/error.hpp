#pragma once

#include <stdexcept>
#include <string>

namespace robocert::store {

// Every failure of the lab database. kind says what a person can do about it; path names the
// database file; detail is SQLite's own words (English), kept for the log.
class StoreError : public std::runtime_error {
 public:
  enum class Kind {
    NotADatabase,  // the file is not SQLite, or SQLite but not RoboCert's
    NewerSchema,   // written by a newer RoboCert (schemaVersion > supported)
    ReadOnly,      // the file or its folder cannot be written
    Locked,        // another program holds the database longer than the busy timeout
    DiskFull,      // the disk (or the database's size limit) is full; the transaction was undone
    CannotOpen,    // the file or its folder does not exist or cannot be opened
    Damaged,       // the file's pages are damaged (SQLite: malformed); Store::verify names where
    NotFound,      // a run, stream or instrument id that is not in the database
    Invalid,       // an argument the database cannot take (e.g. an empty serial number)
    Io,            // any other SQLite failure
  };
  StoreError(Kind kind, std::string path, std::string detail);

  Kind kind() const { return kind_; }
  const std::string& path() const { return path_; }
  const std::string& detail() const { return detail_; }

 private:
  Kind kind_;
  std::string path_;
  std::string detail_;
};

}  // namespace robocert::store

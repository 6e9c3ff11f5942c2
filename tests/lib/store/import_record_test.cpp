// The record an imported run stores in place of a plan: it reads back exactly, whatever the
// file's name, and a plan's text is never taken for one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "robocert/store/import_record.hpp"

using namespace robocert::store;

TEST(StoreImportRecord, ReadsBackAnyFileName) {
  const std::string sha(64, 'a');
  for (const std::string& name : std::vector<std::string>{
           "poses.csv", "a b.csv", "x\nsha256: " + std::string(64, 'b'), "rows: 3\n", ""}) {
    const std::string text = toText({name, sha, 210});
    const auto r = parsePoseImportRecord(text);
    ASSERT_TRUE(r.has_value()) << text;
    EXPECT_EQ(r->fileName, name);
    EXPECT_EQ(r->sha256, sha);
    EXPECT_EQ(r->rows, 210u);
  }
  // The layout written by every RoboCert so far (docs/formats/lab-database.md).
  EXPECT_EQ(toText({"poses.csv", sha, 7}),
            "import pose\nfile: poses.csv\nsha256: " + sha + "\nrows: 7\n");
}

TEST(StoreImportRecord, APlanIsNotARecord) {
  const std::string sha(64, 'c');
  for (const std::string& text :
       std::vector<std::string>{"plan:\n  id: import pose\n", "import pose\n",
                                "import pose\nfile: a.csv\nsha256: " + sha + "\nrows: x\n",
                                "import pose\nfile: a.csv\nsha256: ABC\nrows: 1\n",
                                "import pose\nfile: a.csv\nsha256: " + sha + "\nrows: 1"}) {
    EXPECT_FALSE(parsePoseImportRecord(text).has_value()) << text;
  }
}

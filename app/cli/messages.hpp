#pragma once

#include <QString>

#include "robocert/formats/pose_csv.hpp"
#include "robocert/metrology/iso9283.hpp"
#include "robocert/store/error.hpp"

namespace robocert::cli {

// One translated sentence per problem, prefixed with "FILE:LINE:COLUMN: " where known, so an
// editor or a person can go straight to the place.
QString describe(const QString& file, const formats::PoseCsvError& error);
QString describe(const QString& file, const metrology::PoseAnalysisError& error);
// "DB: what is wrong and what to do (SQLite's words)".
QString describe(const store::StoreError& error);

}  // namespace robocert::cli

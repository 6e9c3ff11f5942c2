#pragma once

// Messages for a person (in the language of the translator installed) about input text that
// cannot be used: a file that cannot be read (robocert::textio::readFile) and a YAML document
// that cannot be loaded (robocert::textio::loadYaml). One wording for every front end.

#include <string>

#include "robocert/textio/file.hpp"
#include "robocert/textio/yaml.hpp"

namespace robocert::plan {

// "is larger than 8 MiB, the limit for this kind of file" (what follows "file: ").
std::string describe(const textio::ReadError& error);
// What is wrong, without the place (the caller prefixes file:line:column).
std::string describe(const textio::YamlError& error);
// "this byte is not UTF-8; save the file as UTF-8" (the caller prefixes file:line:column).
std::string invalidUtf8Message();

}  // namespace robocert::plan

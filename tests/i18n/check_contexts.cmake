# Fails when lupdate files a string under a context the code does not translate with at run time:
# then the translation exists in the .ts but is never shown. lupdate only understands
# Q_DECLARE_TR_FUNCTIONS(Name) + Name::tr("..."), QCoreApplication::translate("Context", "...")
# and tr() in Q_OBJECT classes; a wrapper function (QString tr(const char*)), an alias
# (using T = Name; T::tr) or a class whose macro names another context end up under the
# enclosing namespace, the alias, or no context at all.
# Variables: LUPDATE; SOURCE_DIRS (directories scanned recursively, separated by '|' or ';');
# WORK_DIR.
cmake_policy(SET CMP0057 NEW)  # if(... IN_LIST ...)
string(REPLACE "|" ";" dirs "${SOURCE_DIRS}")
list(REMOVE_ITEM dirs "")
if(NOT dirs)
  message(FATAL_ERROR "no source directory to check: set SOURCE_DIRS")
endif()

# The contexts the code names.
set(known "")
foreach(dir IN LISTS dirs)
  file(GLOB_RECURSE files "${dir}/*.cpp" "${dir}/*.hpp" "${dir}/*.h")
  foreach(f IN LISTS files)
    file(READ "${f}" text)
    string(REGEX MATCHALL "Q_DECLARE_TR_FUNCTIONS\\([A-Za-z0-9_:]+\\)" decls "${text}")
    foreach(d IN LISTS decls)
      string(REGEX REPLACE ".*\\(([^)]*)\\)" "\\1" d "${d}")
      list(APPEND known "${d}")
    endforeach()
    string(REGEX MATCHALL "translate\\([ \n]*\"[^\"]+\"" calls "${text}")
    foreach(c IN LISTS calls)
      string(REGEX REPLACE ".*\"([^\"]+)\"" "\\1" c "${c}")
      list(APPEND known "${c}")
    endforeach()
    if(text MATCHES "Q_OBJECT")  # tr() of a QObject: the class's qualified name
      string(REGEX MATCHALL "class[ \n]+[A-Za-z0-9_]+" classes "${text}")
      foreach(c IN LISTS classes)
        string(REGEX REPLACE "class[ \n]+" "" c "${c}")
        list(APPEND known "Q_OBJECT:${c}")
      endforeach()
    endif()
  endforeach()
endforeach()

# The contexts lupdate finds (with locations, to say where a stray one comes from).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ts "${WORK_DIR}/contexts.ts")
execute_process(
  COMMAND "${LUPDATE}" -silent -locations absolute ${dirs} -ts "${ts}"
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ "${ts}" content)
string(REGEX MATCHALL "<context>[ \n]*<name>[^<]*</name>[ \n]*<message[^>]*>[ \n]*<location[^>]*>"
       contexts "${content}")

set(stray "")
foreach(c IN LISTS contexts)
  string(REGEX REPLACE ".*<name>([^<]*)</name>.*" "\\1" name "${c}")
  string(REGEX REPLACE ".*filename=\"([^\"]*)\".*" "\\1" file "${c}")
  string(REGEX REPLACE ".* line=\"([0-9]+)\".*" "\\1" line "${c}")
  get_filename_component(file "${file}" ABSOLUTE BASE_DIR "${WORK_DIR}")
  set(where "${file}:${line}")
  string(REGEX REPLACE ".*::" "" last "${name}")
  set(qobject "Q_OBJECT:${last}")
  if(name STREQUAL "" OR (NOT name IN_LIST known AND NOT qobject IN_LIST known))
    string(APPEND stray "  '${name}' (first string at ${where})\n")
  endif()
endforeach()
if(stray)
  message(FATAL_ERROR "lupdate files strings under contexts the code never translates with, so "
                      "their translations would not be shown. Write Name::tr(\"...\") with "
                      "class Name { Q_DECLARE_TR_FUNCTIONS(Name) }, or "
                      "QCoreApplication::translate(\"Context\", \"...\") with the literal in the "
                      "call:\n${stray}")
endif()
list(LENGTH contexts count)
message(STATUS "${count} context(s), each one used by the code")

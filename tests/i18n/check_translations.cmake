# Fails when a user-visible string in the sources has no Chinese translation yet.
# Runs lupdate on a copy of the committed .ts so the source tree is never touched.
# Variables: LUPDATE; SOURCE_DIRS (directories scanned recursively, separated by '|' or ';'),
# or SOURCE_DIR (one directory); TS_FILE; WORK_DIR.
if(DEFINED SOURCE_DIRS)
  string(REPLACE "|" ";" dirs "${SOURCE_DIRS}")
else()
  set(dirs "${SOURCE_DIR}")
endif()
list(REMOVE_ITEM dirs "")
if(NOT dirs)
  message(FATAL_ERROR "no source directory to check: set SOURCE_DIRS or SOURCE_DIR")
endif()
foreach(dir IN LISTS dirs)
  if(NOT IS_DIRECTORY "${dir}")
    message(FATAL_ERROR "${dir}: not a directory")
  endif()
endforeach()

file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
  COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${dirs} -ts "${copy}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ "${copy}" ts)
# The matches become a CMake list, where ';' separates and '[' ']' group (a '[' in a message
# would merge the rest of the list into one element): control characters stand in for them.
string(ASCII 1 semicolon)
string(ASCII 2 open)
string(ASCII 3 close)
string(REPLACE ";" "${semicolon}" ts "${ts}")
string(REPLACE "[" "${open}" ts "${ts}")
string(REPLACE "]" "${close}" ts "${ts}")
# Between a source and its translation there may be a disambiguation (<comment>), a translator
# note from the code (//: ..., <extracomment>) and one from Linguist (<translatorcomment>).
set(notes "([ \n]*<(comment|extracomment|translatorcomment)>[^<]*</[a-z]+>)*")
string(REGEX MATCHALL "<source>[^<]*</source>${notes}[ \n]*<translation type=\"unfinished\""
       missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  set(sources "")
  foreach(entry IN LISTS missing)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*" "  \\1" entry "${entry}")
    string(REPLACE "${semicolon}" ";" entry "${entry}")
    string(REPLACE "${open}" "[" entry "${entry}")
    string(REPLACE "${close}" "]" entry "${entry}")
    string(APPEND sources "${entry}\n")
  endforeach()
  string(REPLACE ";" "\n" dirs "${dirs}")
  message(FATAL_ERROR "${count} string(s) have no translation in ${name}; run 'cmake --build "
                      "build --target update_translations' and translate them (Qt Linguist). "
                      "Scanned:\n${dirs}\nMissing:\n${sources}")
endif()
message(STATUS "${name}: every string is translated")

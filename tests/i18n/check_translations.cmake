# Fails when a user-visible string in the sources has no Chinese translation yet.
# Runs lupdate on a copy of the committed .ts so the source tree is never touched.
# Variables: LUPDATE, SOURCE_DIR (scanned recursively), TS_FILE, WORK_DIR.
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
  COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "${SOURCE_DIR}" -ts "${copy}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REGEX REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
  string(REPLACE ";" "\n" missing "${missing}")
  message(FATAL_ERROR "${count} string(s) in ${SOURCE_DIR} have no translation in ${name}; "
                      "run 'cmake --build build --target update_translations' and translate them "
                      "(Qt Linguist):\n${missing}")
endif()
message(STATUS "${name}: every string is translated")

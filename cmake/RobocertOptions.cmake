# Build flags live on INTERFACE targets that every project target links, never in global variables,
# so a consumer of one module inherits exactly what that module needs.
option(ROBOCERT_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
set(ROBOCERT_SANITIZERS "" CACHE STRING "Semicolon-separated sanitizers, e.g. address;undefined")

add_library(robocert_options INTERFACE)
add_library(robocert::options ALIAS robocert_options)
target_compile_features(robocert_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

add_library(robocert_warnings INTERFACE)
add_library(robocert::warnings ALIAS robocert_warnings)
target_compile_options(robocert_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion
  -Wimplicit-fallthrough
  # GCC 12 warns about members left out of designated initializers ({.serial = "R-7"}), which
  # is how the project's records are meant to be built: the members have defaults.
  -Wno-missing-field-initializers
  $<$<BOOL:${ROBOCERT_WARNINGS_AS_ERRORS}>:-Werror>)
target_link_libraries(robocert_options INTERFACE robocert_warnings)

if(ROBOCERT_SANITIZERS)
  list(JOIN ROBOCERT_SANITIZERS "," _robocert_sanitize)
  target_compile_options(robocert_options INTERFACE
    -fsanitize=${_robocert_sanitize} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(robocert_options INTERFACE -fsanitize=${_robocert_sanitize})
endif()

# robocert_module(<name> SOURCES ... DEPS ...) makes the library robocert_<name> with alias
# robocert::<name>, public headers in <dir>/include and private headers beside the sources.
function(robocert_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(robocert_${name} ${ARG_SOURCES})
  add_library(robocert::${name} ALIAS robocert_${name})
  target_include_directories(robocert_${name}
    PUBLIC "$<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>"
    PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/src")
  target_link_libraries(robocert_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE robocert::options ${ARG_PRIVATE_DEPS})
  # Consumers compile with the project's standard even though the flags target is private.
  target_compile_features(robocert_${name} PUBLIC cxx_std_20)
endfunction()

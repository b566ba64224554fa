# Installs the build into a fresh prefix and runs the installed binary from outside the source
# tree: it must find its voices/, data/ and example under <prefix>/share/nieuwslezer.
# Usage: cmake -DBUILD_DIR=... -DPREFIX=... -P installed_check.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE installed OUTPUT_QUIET)
if(NOT installed EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
execute_process(COMMAND "${PREFIX}/bin/nieuwslezer" --example --verbose --now 2026-11-28T08:00 -o "${PREFIX}/b.wav"
                WORKING_DIRECTORY "${PREFIX}" RESULT_VARIABLE result ERROR_VARIABLE log)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "installed nieuwslezer failed (${result}): ${log}")
endif()
string(FIND "${log}" "data from ${PREFIX}/share/nieuwslezer" found)
if(found EQUAL -1)
  message(FATAL_ERROR "installed nieuwslezer did not use ${PREFIX}/share/nieuwslezer: ${log}")
endif()
if(NOT EXISTS "${PREFIX}/b.wav")
  message(FATAL_ERROR "no bulletin written")
endif()
file(REMOVE_RECURSE "${PREFIX}")

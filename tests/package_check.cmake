# The Debian package: cpack makes it from the build, then it is unpacked into a fresh folder
# and the packaged program is run from there: it must find its voices/, data/ and example in
# the package's share/nieuwslezer, and the package must depend on eSpeak NG, libsndfile and
# the data it reads at run time. Needs dpkg-dev and file (bash scripts/install-deps --tests).
# Usage: cmake -DBUILD_DIR=... -DWORK_DIR=... -P package_check.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND cpack -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
                RESULT_VARIABLE made OUTPUT_VARIABLE log ERROR_VARIABLE log)
file(GLOB packages "${WORK_DIR}/nieuwslezer_*.deb")
list(LENGTH packages count)
if(NOT made EQUAL 0 OR NOT count EQUAL 1)
  message(FATAL_ERROR "cpack made no .deb (${made}): ${log}")
endif()
execute_process(COMMAND dpkg-deb --field ${packages} Depends OUTPUT_VARIABLE depends)
foreach(needed libespeak-ng1 libsndfile1 espeak-ng-data tzdata)
  if(NOT depends MATCHES "(^|, )${needed}( |,|$)")
    message(FATAL_ERROR "the package does not depend on ${needed}: ${depends}")
  endif()
endforeach()
execute_process(COMMAND dpkg-deb --contents ${packages} OUTPUT_VARIABLE contents)
string(REGEX MATCHALL "\\./[^\n]*" paths "${contents}")
foreach(path ${paths})
  if(NOT path MATCHES "^\\./(usr(/.*)?)?$")
    message(FATAL_ERROR "the package puts ${path} outside /usr")
  endif()
endforeach()
foreach(needed ./usr/bin/nieuwslezer ./usr/share/nieuwslezer/data/phrases.nl.txt
               ./usr/share/nieuwslezer/voices/nieuwslezer.voice)
  string(FIND "${contents}" "${needed}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "the package lacks ${needed}")
  endif()
endforeach()
set(root "${WORK_DIR}/root")
execute_process(COMMAND dpkg-deb --extract ${packages} "${root}" RESULT_VARIABLE extracted)
execute_process(COMMAND "${root}/usr/bin/nieuwslezer" --example --verbose
                        --now 2026-11-28T08:00 -o "${WORK_DIR}/b.wav"
                WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE result ERROR_VARIABLE log)
if(NOT result EQUAL 0 OR NOT EXISTS "${WORK_DIR}/b.wav")
  message(FATAL_ERROR "the packaged nieuwslezer failed (${result}): ${log}")
endif()
string(FIND "${log}" "data from ${root}/usr/share/nieuwslezer" found)
if(found EQUAL -1)
  message(FATAL_ERROR "the packaged nieuwslezer did not use its own share/nieuwslezer: ${log}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")

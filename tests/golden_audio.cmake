# The audio and scripts of the bundled examples, byte for byte: each case below is run and the
# SHA-256 of what it writes compared with tests/data/golden_audio.sha256. A refactor must not
# change a byte; a change that means to change the sound says so in its commit and renews the
# file with -DUPDATE=ON. The figures hold for Debian 12's eSpeak NG, libsndfile, libFLAC and
# libsoxr (and the version string, which the WAV tags carry).
# Usage: cmake -DBINARY=... -DSOURCE_DIR=... -DWORK_DIR=... [-DUPDATE=ON] -P golden_audio.cmake
cmake_minimum_required(VERSION 3.25)
set(ex "${SOURCE_DIR}/examples")
set(now --now 2026-11-28T08:00:00+01:00 -q --max-age none)
# name | output file | arguments, all separated by "|"
set(cases
  "binnenland|out.wav|${ex}/binnenland.txt"
  "sport|out.wav|${ex}/sport.txt"
  "feed|out.wav|${ex}/feed-economie.xml"
  "json|out.wav|${ex}/verhalen.json"
  "merged-flac|out.flac|${ex}/binnenland.txt|${ex}/feed-economie.xml|${ex}/verhalen.json|${ex}/sport.txt"
  "slot-75s|out.wav|${ex}/binnenland.txt|--max-duration|75s"
  "two-voices|out.wav|${ex}/sport.txt|--voice-ticker|nieuwslezeres"
  "jingles|out.wav|${ex}/sport.txt|--intro|${ex}/jingles/intro.flac|--outro|${ex}/jingles/intro.flac|--bed|${ex}/jingles/bed.ogg"
  "radio|out.wav|${ex}/binnenland.txt|--preset|radio"
  "script|out.txt|${ex}/binnenland.txt|--no-audio|--script")
set(golden_file "${SOURCE_DIR}/tests/data/golden_audio.sha256")
set(found "")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(case IN LISTS cases)
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 0 name)
  list(GET parts 1 output)
  list(SUBLIST parts 2 -1 arguments)
  set(out "${WORK_DIR}/${name}-${output}")
  if(output STREQUAL "out.txt")
    set(target "${out}")
  else()
    set(target -o "${out}")
  endif()
  execute_process(COMMAND "${BINARY}" ${arguments} ${target} ${now}
                  RESULT_VARIABLE result ERROR_VARIABLE log WORKING_DIRECTORY "${WORK_DIR}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "golden case ${name} failed (${result}): ${log}")
  endif()
  file(SHA256 "${out}" sum)
  string(APPEND found "${sum}  ${name}\n")
endforeach()
if(UPDATE)
  file(WRITE "${golden_file}" "${found}")
  message(STATUS "wrote ${golden_file}")
  return()
endif()
file(READ "${golden_file}" expected)
if(NOT found STREQUAL expected)
  message(FATAL_ERROR "the examples' audio or script changed:\nexpected\n${expected}\nfound\n${found}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")

# The --html page in a browser: makes the bulletin of examples/binnenland.txt as an MP3 with
# its page in another folder (web/index.html, the audio in "audio files/"), then
# tests/a11y/check_page.mjs loads it from a loopback server in headless Chromium: it loads,
# its captions track loads its cues, the audio loads, Tab reaches every story link with a
# visible focus, Enter on one seeks the player, a link opens the audio at its story without
# scripts, and axe-core reports no serious or critical violation. A missing node, Chromium
# or axe-core fails the test, naming what to run (scripts/test installs them).
# Usage: cmake -DBINARY=... -DSOURCE_DIR=... -DWORK_DIR=... -P html_browser.cmake
cmake_minimum_required(VERSION 3.25)
find_program(NODE node)
if(NOT NODE)
  message(FATAL_ERROR "html.browser needs node (Debian nodejs): bash scripts/install-deps --tests")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/web" "${WORK_DIR}/audio files")
execute_process(COMMAND "${BINARY}" "${SOURCE_DIR}/examples/binnenland.txt"
                        --now 2026-11-28T08:00:00+01:00 -q --station "Radio <Zuid> & 'Co'"
                        -o "audio files/nieuws 08.mp3" --html web/index.html
                RESULT_VARIABLE result ERROR_VARIABLE log WORKING_DIRECTORY "${WORK_DIR}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "nieuwslezer --html failed (${result}): ${log}")
endif()
execute_process(COMMAND "${NODE}" "${SOURCE_DIR}/tests/a11y/check_page.mjs" "${WORK_DIR}"
                        web/index.html
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the page ${WORK_DIR}/web/index.html failed in the browser (${result})")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")

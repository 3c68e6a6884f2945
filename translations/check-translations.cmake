# CI check: every .ts file is up to date with the sources and completely translated.
#
#   cmake -DLUPDATE=<lupdate> -DSOURCES_LIST=<file> -DTS_FILES=<a.ts|b.ts> [-DPLURAL_TS_FILES=<c.ts|…>]
#         -DWORK_DIR=<dir> -DBUILD_DIR=<build dir> -P check-translations.cmake
#
# PLURAL_TS_FILES hold only the plural forms of the source language (lupdate -pluralonly).
#
# Registered as the ctest `translations_up_to_date` (tests/CMakeLists.txt). It never writes into the
# source tree: lupdate updates a COPY of each .ts in WORK_DIR, from the same sources as the
# gaap_translations_lupdate target (the list translations/CMakeLists.txt writes to SOURCES_LIST).
# It fails when lupdate finds source texts the .ts lacks, or when the updated copy has unfinished,
# vanished or obsolete entries (strings still to translate, or strings the sources no longer have).

cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...)
foreach(var LUPDATE SOURCES_LIST TS_FILES WORK_DIR BUILD_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check-translations.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT EXISTS "${SOURCES_LIST}")
    message(FATAL_ERROR "check-translations.cmake: ${SOURCES_LIST} is missing; build the project first")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
string(REPLACE "|" ";" ts_files "${TS_FILES}")
string(REPLACE "|" ";" plural_ts_files "${PLURAL_TS_FILES}")

set(problems "")
foreach(ts IN LISTS ts_files plural_ts_files)
    set(only "")
    if(ts IN_LIST plural_ts_files)
        set(only -pluralonly)
    endif()
    get_filename_component(ts_name "${ts}" NAME)
    set(copy "${WORK_DIR}/${ts_name}")
    file(COPY_FILE "${ts}" "${copy}")

    # Not -no-obsolete (unlike the target): a string the sources lost must show up as "vanished".
    execute_process(
        COMMAND "${LUPDATE}" ${only} -locations none "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}) on ${ts_name}:\n${output}")
    endif()
    message(STATUS "${ts_name}: ${output}")

    # "Found 708 source text(s) (3 new and 705 already existing)"
    # (-pluralonly counts every string as new before it strips the others: a new plural form shows up as an
    # unfinished entry instead.)
    set(new_count 0)
    if(NOT only AND output MATCHES "\\(([0-9]+) new and")
        set(new_count "${CMAKE_MATCH_1}")
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" stale "${content}")
    list(LENGTH unfinished unfinished_count)
    list(LENGTH stale stale_count)

    if(new_count GREATER 0)
        string(APPEND problems "  ${ts_name}: ${new_count} new source text(s) not in the .ts file (stale)\n")
    endif()
    if(unfinished_count GREATER 0)
        string(APPEND problems
            "  ${ts_name}: ${unfinished_count} unfinished entr(y/ies) (new or untranslated strings)\n")
    endif()
    if(stale_count GREATER 0)
        string(APPEND problems
            "  ${ts_name}: ${stale_count} vanished/obsolete entr(y/ies) (strings the sources no longer have)\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "The translations are not up to date:\n${problems}"
        "Fix: run\n"
        "    cmake --build ${BUILD_DIR} --target gaap_translations_lupdate\n"
        "which refreshes translations/*.ts from the sources (and drops vanished strings), then "
        "translate every unfinished entry (Qt Linguist: linguist translations/<file>.ts) and commit "
        "the .ts files. The updated copies are in ${WORK_DIR}.")
endif()
message(STATUS "All translations are up to date and complete: ${TS_FILES} ${PLURAL_TS_FILES}")

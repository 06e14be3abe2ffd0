# Fails when a file of a lower stage of the library includes a header of a higher one, so that
# nothing below calls up (issue 12). ROOT is a tree with lib/ and include/healthsearch/.
#
# The order is the one the includes must follow, lowest first. It is not the order an article
# travels in (source -> extract -> analysis): the corpus walk of source/ hands each file's bytes
# to extract/, and extract/ detects languages with analysis/. eval/ scores Searcher results;
# maintain/ (update, rebuild, rollback) drives source/, index/ and search/ (its smoke query).
set(stages analysis extract source passage index search eval maintain)

# Public headers belong to the stage that implements them; the value types and errors that every
# stage shares rank below all stages, and the umbrella header above them.
set(public_stage_source source)
set(public_stage_index index)
set(public_stage_search search)
set(public_stage_eval eval)
set(public_stage_healthsearch top)

function(stage_rank stage out)
  if(stage STREQUAL "top")
    list(LENGTH stages rank)
  else()
    list(FIND stages "${stage}" rank)
  endif()
  set(${out} ${rank} PARENT_SCOPE)
endfunction()

# The stage a header included as `included` (the text between the quotes or brackets) belongs
# to, or "" when it is shared or not ours.
function(included_stage included out)
  set(stage "")
  if(included MATCHES "^healthsearch/([a-z_]+)\\.hpp$")
    if(DEFINED public_stage_${CMAKE_MATCH_1})
      set(stage ${public_stage_${CMAKE_MATCH_1}})
    endif()
  elseif(included MATCHES "^([a-z_]+)/")
    list(FIND stages "${CMAKE_MATCH_1}" found)
    if(found GREATER_EQUAL 0)
      set(stage ${CMAKE_MATCH_1})
    endif()
  endif()
  set(${out} "${stage}" PARENT_SCOPE)
endfunction()

if(NOT IS_DIRECTORY "${ROOT}/lib")
  message(FATAL_ERROR "${ROOT}/lib does not exist (pass -DROOT=the source tree)")
endif()

set(violations "")
set(checked 0)
file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/lib/*.cpp" "${ROOT}/lib/*.hpp"
     "${ROOT}/include/healthsearch/*.hpp")
foreach(file IN LISTS files)
  if(file MATCHES "^lib/([a-z_]+)/")
    set(own ${CMAKE_MATCH_1})
  elseif(file MATCHES "^include/(healthsearch/[a-z_]+\\.hpp)$")
    included_stage("${CMAKE_MATCH_1}" own)
  else()
    set(own "")
  endif()
  list(FIND stages "${own}" own_rank)
  if(own_rank LESS 0)
    continue()  # shared code (lib/error.cpp, article.hpp, ...) includes no stage
  endif()
  math(EXPR checked "${checked} + 1")
  file(STRINGS "${ROOT}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">].*$" "\\1" included "${line}")
    included_stage("${included}" stage)
    if(stage STREQUAL "")
      continue()
    endif()
    stage_rank(${stage} rank)
    if(rank GREATER own_rank)
      list(APPEND violations "${file} (${own}) includes ${included} (${stage})")
    endif()
  endforeach()
endforeach()

if(violations)
  list(JOIN violations "\n  " listed)
  message(FATAL_ERROR "a lower stage includes a higher one (order: ${stages}):\n  ${listed}")
endif()
message(STATUS "layering kept in ${checked} files (order: ${stages})")

# Installs the built library into a scratch prefix, then configures, builds and runs the
# consumer project against it with find_package(healthsearch).
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run_step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "step failed (${result}): ${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${out}")
endfunction()

run_step("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
# CONSUMER_CXX_FLAGS: a sanitizer build's library needs a consumer built with the same sanitizers.
run_step("${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/consumer" -B "${WORK_DIR}/build" -G "${GENERATOR}"
         "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_FLAGS=${CONSUMER_CXX_FLAGS}")
run_step("${CMAKE_COMMAND}" --build "${WORK_DIR}/build")
# The installed library sits in the scratch prefix, not on the loader's path.
run_step("${CMAKE_COMMAND}" -E env "LD_LIBRARY_PATH=${prefix}/lib:${prefix}/lib64"
         "${WORK_DIR}/build/consumer" "${WORK_DIR}/db")
if(NOT EXISTS "${prefix}/bin/healthsearch")
  message(FATAL_ERROR "the CLI was not installed")
endif()

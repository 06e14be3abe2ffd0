# Installs the library as other programs get it and uses it as they would:
#  1. the shared build (BUILD_DIR) into a scratch prefix: the installed CLI must start and
#     answer with no LD_LIBRARY_PATH; the consumer project builds with find_package and with
#     pkg-config;
#  2. a static build of the library (kept in STATIC_BUILD_DIR, so a rerun compiles only what
#     changed) into a second prefix: the same two consumers, linked statically.
# Expects SOURCE_DIR, BUILD_DIR, STATIC_BUILD_DIR, WORK_DIR, GENERATOR, LIBDIR, CXX_COMPILER and
# PKG_CONFIG. CONSUMER_CXX_FLAGS: a sanitizer build's library needs consumers built with the same
# sanitizers; such a build checks the shared package only (the plain build checks packaging,
# and a second, static compile of the library would buy the sanitizers nothing).
file(REMOVE_RECURSE "${WORK_DIR}")
set(consumer_source "${SOURCE_DIR}/tests/consumer")

function(run_step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "step failed (${result}): ${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${out}")
endfunction()

# Runs a program as a user would: whatever the test's environment put on the loader's path is gone.
function(run_installed)
  run_step("${CMAKE_COMMAND}" -E env --unset=LD_LIBRARY_PATH ${ARGN})
endfunction()

function(check_installed_cli prefix)
  run_installed("${prefix}/bin/healthsearch" --version)
  file(WRITE "${WORK_DIR}/articles/palliative.md"
       "# Palliative care\n\nPalliative care relieves pain and other symptoms of a serious illness.\n")
  run_installed("${prefix}/bin/healthsearch" index --db "${WORK_DIR}/cli-db" "${WORK_DIR}/articles")
  run_installed("${prefix}/bin/healthsearch" search --db "${WORK_DIR}/cli-db" "palliative pain")
endfunction()

function(check_cmake_consumer prefix name)
  run_step("${CMAKE_COMMAND}" -S "${consumer_source}" -B "${WORK_DIR}/${name}" -G "${GENERATOR}"
           "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_FLAGS=${CONSUMER_CXX_FLAGS}")
  run_step("${CMAKE_COMMAND}" --build "${WORK_DIR}/${name}")
  run_installed("${WORK_DIR}/${name}/consumer" "${WORK_DIR}/${name}-db")
endfunction()

# Compiles the consumer with nothing but the flags `pkg-config --cflags --libs` gives (plus
# `extra_flags`).
function(check_pkg_config_consumer prefix name extra_flags)
  set(ENV{PKG_CONFIG_PATH} "${prefix}/${LIBDIR}/pkgconfig")
  execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs healthsearch
                  RESULT_VARIABLE result OUTPUT_VARIABLE flags ERROR_VARIABLE err
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "pkg-config does not know the installed healthsearch:\n${err}")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  separate_arguments(sanitizer_flags UNIX_COMMAND "${CONSUMER_CXX_FLAGS}")
  run_step("${CXX_COMPILER}" -std=c++20 "${consumer_source}/main.cpp" -o "${WORK_DIR}/${name}" ${flags}
           ${sanitizer_flags} ${extra_flags})
  run_installed("${WORK_DIR}/${name}" "${WORK_DIR}/${name}-db")
endfunction()

# 1. The shared library.
set(shared_prefix "${WORK_DIR}/shared-prefix")
run_step("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${shared_prefix}")
check_installed_cli("${shared_prefix}")
check_cmake_consumer("${shared_prefix}" cmake-shared)
# A program built with pkg-config's flags alone would need ldconfig or a RUNPATH to start.
check_pkg_config_consumer("${shared_prefix}" pkg-config-shared "-Wl,-rpath,${shared_prefix}/${LIBDIR}")

# 2. The static library: only the library is built, without -O or -g, to keep the test quick.
if(CONSUMER_CXX_FLAGS)
  return()
endif()
if(NOT EXISTS "${STATIC_BUILD_DIR}/CMakeCache.txt")
  run_step("${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${STATIC_BUILD_DIR}" -G "${GENERATOR}"
           -DCMAKE_BUILD_TYPE=None -DBUILD_SHARED_LIBS=OFF "-DCMAKE_INSTALL_LIBDIR=${LIBDIR}"
           -DHEALTHSEARCH_BUILD_CLI=OFF -DHEALTHSEARCH_BUILD_TESTS=OFF -DHEALTHSEARCH_BUILD_BENCH=OFF
           -DHEALTHSEARCH_INSTALL=ON)
endif()
run_step("${CMAKE_COMMAND}" --build "${STATIC_BUILD_DIR}")
set(static_prefix "${WORK_DIR}/static-prefix")
run_step("${CMAKE_COMMAND}" --install "${STATIC_BUILD_DIR}" --prefix "${static_prefix}")
file(GLOB shared_objects "${static_prefix}/${LIBDIR}/*.so*")
if(shared_objects OR NOT EXISTS "${static_prefix}/${LIBDIR}/libhealthsearch.a")
  message(FATAL_ERROR "the static build installed no archive, or shared objects: ${shared_objects}")
endif()
check_cmake_consumer("${static_prefix}" cmake-static)
check_pkg_config_consumer("${static_prefix}" pkg-config-static "")

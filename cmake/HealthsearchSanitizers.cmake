# Sanitizer and fuzzing builds: scripts/test.sh runs the whole suite in build-asan/ with
# HEALTHSEARCH_SANITIZE, scripts/fuzz.sh builds tests/fuzz/ in build-fuzz/ with HEALTHSEARCH_FUZZ.
# The flags apply to every target of the build (build tools included), as a sanitizer needs
# all of our code instrumented; Debian's Xapian, ICU and friends stay as they are.
option(HEALTHSEARCH_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(HEALTHSEARCH_FUZZ "Build the libFuzzer harnesses of tests/fuzz/ (clang; sanitizers on)" OFF)

set(HEALTHSEARCH_SANITIZER_FLAGS "")
if(HEALTHSEARCH_SANITIZE OR HEALTHSEARCH_FUZZ)
  # Undefined behaviour stops the test (it would only print otherwise); frame pointers give
  # ASan's reports whole stacks.
  list(APPEND HEALTHSEARCH_SANITIZER_FLAGS
       -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
endif()
if(HEALTHSEARCH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HEALTHSEARCH_FUZZ needs clang's libFuzzer: configure with "
                        "-DCMAKE_CXX_COMPILER=clang++ (scripts/fuzz.sh does this)")
  endif()
  # Coverage feedback in all of the library; only the harnesses link libFuzzer's main.
  list(APPEND HEALTHSEARCH_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)
endif()
add_compile_options("$<$<COMPILE_LANGUAGE:CXX>:${HEALTHSEARCH_SANITIZER_FLAGS}>")
add_link_options(${HEALTHSEARCH_SANITIZER_FLAGS})
# For projects built against this build's library (tests/consumer): they must be instrumented too.
list(JOIN HEALTHSEARCH_SANITIZER_FLAGS " " HEALTHSEARCH_SANITIZER_FLAGS_STRING)

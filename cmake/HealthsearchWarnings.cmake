# Warnings apply to our own targets only, never to third-party headers.
function(healthsearch_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
    if(HEALTHSEARCH_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()

# Sanitizer and fuzzing builds (off by default).
include(HealthsearchSanitizers)

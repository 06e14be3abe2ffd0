include(CMakePackageConfigHelpers)

install(TARGETS healthsearch EXPORT healthsearchTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/healthsearch"
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES "${PROJECT_BINARY_DIR}/include/healthsearch/export.hpp"
              "${PROJECT_BINARY_DIR}/include/healthsearch/version.hpp"
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/healthsearch)

set(HEALTHSEARCH_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/healthsearch)
install(EXPORT healthsearchTargets NAMESPACE healthsearch:: DESTINATION ${HEALTHSEARCH_CMAKE_DIR})
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/healthsearchConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/healthsearchConfig.cmake" INSTALL_DESTINATION ${HEALTHSEARCH_CMAKE_DIR})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/healthsearchConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/healthsearchConfig.cmake"
              "${PROJECT_BINARY_DIR}/healthsearchConfigVersion.cmake"
              "${PROJECT_SOURCE_DIR}/cmake/HealthsearchXapianTarget.cmake"
        DESTINATION ${HEALTHSEARCH_CMAKE_DIR})

# pkg-config, for builds that do not use CMake. Paths are relative to the .pc file, so the
# package works under whatever prefix `cmake --install --prefix` gives it. The shared library
# hides its dependencies; a static one needs them at every link, so they are Requires, not
# Requires.private (`pkg-config --static` would also demand the static libraries' own
# dependencies, such as libuuid for Xapian, although the system libraries are linked shared).
set(HEALTHSEARCH_PC_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
file(RELATIVE_PATH HEALTHSEARCH_PC_PREFIX_FROM_PCDIR "/prefix/${HEALTHSEARCH_PC_DIR}" "/prefix")
string(REGEX REPLACE "/$" "" HEALTHSEARCH_PC_PREFIX_FROM_PCDIR "${HEALTHSEARCH_PC_PREFIX_FROM_PCDIR}")
if(BUILD_SHARED_LIBS)
  set(HEALTHSEARCH_PC_REQUIRES "")
  set(HEALTHSEARCH_PC_CFLAGS "")
else()
  set(HEALTHSEARCH_PC_REQUIRES "xapian-core icu-uc icu-i18n fmt md4c gumbo poppler-cpp libxxhash")
  set(HEALTHSEARCH_PC_CFLAGS " -DHEALTHSEARCH_STATIC_DEFINE")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/healthsearch.pc.in" "${PROJECT_BINARY_DIR}/healthsearch.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/healthsearch.pc" DESTINATION "${HEALTHSEARCH_PC_DIR}")

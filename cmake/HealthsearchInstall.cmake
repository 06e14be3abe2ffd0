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
        DESTINATION ${HEALTHSEARCH_CMAKE_DIR})

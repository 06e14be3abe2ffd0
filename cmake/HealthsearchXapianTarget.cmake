# Xapian's own CMake config only sets variables; wrap it in an imported target. Included after
# find_package(xapian) by the build and by the installed package config, where a static
# healthsearch's link interface names this target.
if(NOT TARGET healthsearch_deps::xapian)
  add_library(healthsearch_deps::xapian INTERFACE IMPORTED)
  target_include_directories(healthsearch_deps::xapian INTERFACE "${XAPIAN_INCLUDE_DIR}")
  target_link_libraries(healthsearch_deps::xapian INTERFACE ${XAPIAN_LIBRARIES})
endif()

# Every dependency comes from a Debian package; see README "Dependencies" for why each is here.
find_package(PkgConfig REQUIRED)

find_package(xapian REQUIRED CONFIG)
include(HealthsearchXapianTarget)

find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
# md4c's CMake config also demands libmd4c-html, which we do not use; pkg-config does not.
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)

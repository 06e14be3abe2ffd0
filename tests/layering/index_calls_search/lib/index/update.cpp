// A fixture for check_layering.cmake: the index stage calling the search stage above it, as
// lib/index/update.cpp did before lib/maintain/ existed. The check must refuse it.
#include "index/database.hpp"

#include <healthsearch/search.hpp>

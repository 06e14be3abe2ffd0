#pragma once
// The third stage of reading a query: the plan as a Xapian query.

#include "search/query_plan.hpp"

#include <xapian.h>

namespace healthsearch::search {

// The reader's words count in full; each expansion is weighted by query_weights.hpp, below
// them. Without a language filter the query matches passages of either language.
Xapian::Query assemble_query(const QueryPlan& plan);

}  // namespace healthsearch::search

#pragma once
// What the server answers: the page, its stylesheet and icon, /api/search, /api/stats and
// /healthz, for GET and HEAD.

#include "index_access.hpp"

#include <string>

namespace httplib {
class Server;
}

namespace healthsearch::cli::serve {

// Registers the handlers, and an error handler that gives every error a JSON body.
void add_routes(httplib::Server& server, IndexAccess& index);

// One of the paths above (a request for it with another method is answered 405, not 404).
bool is_served_path(const std::string& path);

}  // namespace healthsearch::cli::serve

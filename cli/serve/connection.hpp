#pragma once
// Ends a kept-alive connection once the answer to a request refused before its body was read
// has been sent.

#include <httplib.h>

namespace healthsearch::cli::serve {

// Shuts the writing side of the socket that carries `request` (found among the process's
// sockets by its local and remote address): the client gets the answer already written, then
// the end of the stream, and nothing more. Call it after the answer is written (the logger).
// Why: cpp-httplib 0.11.4 decides before routing whether a connection stays open, and a refused
// request's unread body is read as the next request on it; behind a reverse proxy that pools
// connections, that answer would reach another client. Shutting the reading side instead loses
// the answer: the kernel resets a connection closed with unread data. Returns false when no such
// socket is found. Safe from many threads: each touches only its own connection.
bool stop_writing(const httplib::Request& request);

}  // namespace healthsearch::cli::serve

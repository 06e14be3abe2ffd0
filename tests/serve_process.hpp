#pragma once
// Runs the built CLI's `serve` in the background on a free loopback port, for the HTTP tests.

#include "test_support.hpp"

#include <sys/types.h>

#include <string>
#include <vector>

namespace test_support {

class ServeProcess {
public:
    // Starts `healthsearch serve --listen 127.0.0.1:0 ARGS...` and waits until it listens.
    explicit ServeProcess(const std::vector<std::string>& args);
    ~ServeProcess();  // SIGKILL if still running
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

    // Sends `signal` and waits for the exit; returns the exit code (-1 when killed by a signal).
    int stop(int signal, int timeout_seconds = 20);
    std::string log() const;  // all the server wrote to stderr so far

private:
    ScratchDir scratch_;
    pid_t pid_ = -1;
    int port_ = 0;
};

}  // namespace test_support

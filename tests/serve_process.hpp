#pragma once
// Programs the HTTP tests run in the background: the built CLI's `serve` on a free loopback
// port, and chromedriver for the browser test.

#include "test_support.hpp"

#include <sys/types.h>

#include <regex>
#include <string>
#include <vector>

namespace test_support {

// A child process with its stderr (and stdout) in a scratch file.
class BackgroundProcess {
public:
    explicit BackgroundProcess(const std::vector<std::string>& argv);
    ~BackgroundProcess();  // SIGKILL if still running
    BackgroundProcess(const BackgroundProcess&) = delete;
    BackgroundProcess& operator=(const BackgroundProcess&) = delete;

    // The first match of `pattern` in the output, waiting up to `timeout_seconds`; throws when
    // the process exits or the time is up first.
    std::smatch wait_for_output(const std::regex& pattern, int timeout_seconds = 30);

    // Sends `signal` and waits for the exit; returns the exit code (-1 when killed by a signal,
    // -2 when still running after `timeout_seconds`).
    int stop(int signal, int timeout_seconds = 20);
    std::string output() const;

private:
    ScratchDir scratch_;
    pid_t pid_ = -1;
    std::string output_copy_;  // wait_for_output's matches point into it
};

class ServeProcess {
public:
    // Starts `healthsearch serve --listen 127.0.0.1:0 ARGS...` and waits until it listens.
    explicit ServeProcess(const std::vector<std::string>& args);

    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    int stop(int signal, int timeout_seconds = 20) { return process_.stop(signal, timeout_seconds); }
    std::string log() const { return process_.output(); }  // all it wrote to stderr so far

private:
    BackgroundProcess process_;
    int port_ = 0;
};

}  // namespace test_support

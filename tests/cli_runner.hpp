#pragma once
// Runs the built CLI as a child process, as a script or cron would, and captures what it did.

#include <string>
#include <vector>

namespace test_support {

struct CliRun {
    int exit_code = -1;    // -1 when it did not exit normally
    int signal = 0;        // the signal that ended it, if any
    std::string out;
    std::string err;
};

// `env` entries ("NAME=value") are added to the environment; NO_COLOR and HEALTHSEARCH_DB are
// removed unless given. `prefix` is a command to run the CLI under (setpriv, say).
CliRun run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
               const std::vector<std::string>& prefix = {});

// The same for another build of the CLI (the test build's fault-injecting one, say).
CliRun run_program(const std::string& program, const std::vector<std::string>& args,
                   const std::vector<std::string>& env = {});

}  // namespace test_support

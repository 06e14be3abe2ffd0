#include "serve_process.hpp"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace test_support {

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& argv_strings) {
    std::vector<std::string> strings = argv_strings;
    std::vector<char*> argv;
    for (auto& arg : strings) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const std::string output_file = (scratch_ / "output").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    const int spawned = posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        pid_ = -1;
        throw std::runtime_error("cannot start " + strings[0]);
    }
}

BackgroundProcess::~BackgroundProcess() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
}

std::smatch BackgroundProcess::wait_for_output(const std::regex& pattern, int timeout_seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        output_copy_ = output();
        std::smatch match;
        if (std::regex_search(output_copy_, match, pattern)) return match;
        if (pid_ <= 0 || waitpid(pid_, nullptr, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("the program exited before it was ready: " + output_copy_);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("the program was not ready in time: " + output());
}

int BackgroundProcess::stop(int signal, int timeout_seconds) {
    if (pid_ <= 0) return -1;
    kill(pid_, signal);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    int status = 0;
    while (waitpid(pid_, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) return -2;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string BackgroundProcess::output() const {
    std::ifstream in(scratch_ / "output", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

namespace {

std::vector<std::string> serve_command(const std::vector<std::string>& args) {
    std::vector<std::string> argv{HEALTHSEARCH_CLI, "serve", "--listen", "127.0.0.1:0"};
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

}  // namespace

ServeProcess::ServeProcess(const std::vector<std::string>& args) : process_(serve_command(args)) {
    const std::smatch listening = process_.wait_for_output(std::regex(R"(listening on http://127\.0\.0\.1:(\d+)/)"));
    port_ = std::stoi(listening[1]);
}

}  // namespace test_support

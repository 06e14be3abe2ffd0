#include "cli_runner.hpp"

#include "test_support.hpp"

#include <fstream>
#include <iterator>
#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

extern char** environ;

namespace test_support {

namespace {

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

CliRun spawn(const std::string& program, const std::vector<std::string>& args,
             const std::vector<std::string>& env, const std::vector<std::string>& prefix) {
    static ScratchDir scratch;
    static int counter = 0;
    const auto out_file = scratch / ("out-" + std::to_string(++counter));
    const auto err_file = scratch / ("err-" + std::to_string(counter));

    std::vector<std::string> argv_strings = prefix;
    argv_strings.push_back(program);
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_strings) argv.push_back(arg.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_strings;
    for (char** entry = environ; *entry; ++entry) {
        const std::string variable(*entry);
        if (variable.starts_with("NO_COLOR=") || variable.starts_with("HEALTHSEARCH_")) continue;
        env_strings.push_back(variable);
    }
    env_strings.insert(env_strings.end(), env.begin(), env.end());
    std::vector<char*> envp;
    for (auto& variable : env_strings) envp.push_back(variable.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    CliRun run;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return run;
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
    run.out = slurp(out_file);
    run.err = slurp(err_file);
    return run;
}

}  // namespace

CliRun run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env,
               const std::vector<std::string>& prefix) {
    return spawn(HEALTHSEARCH_CLI, args, env, prefix);
}

CliRun run_program(const std::string& program, const std::vector<std::string>& args,
                   const std::vector<std::string>& env) {
    return spawn(program, args, env, {});
}

}  // namespace test_support

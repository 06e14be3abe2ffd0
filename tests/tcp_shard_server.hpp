#pragma once
// An index served by xapian-tcpsrv on 127.0.0.1 for as long as the object lives, on a port the
// kernel found free; the server and the children it forks per connection are killed with it.

#include <chrono>
#include <csignal>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace test_support {

class TcpShardServer {
public:
    explicit TcpShardServer(const std::filesystem::path& db) {
        // Another process may take the free port between our probe and the server's bind: retry.
        for (int attempt = 0; attempt < 5 && pid_ < 0; ++attempt) start(db, free_port());
        if (pid_ < 0) throw std::runtime_error("xapian-tcpsrv did not start for " + db.string());
    }
    ~TcpShardServer() { stop(); }
    TcpShardServer(const TcpShardServer&) = delete;
    TcpShardServer& operator=(const TcpShardServer&) = delete;

    // What a Searcher opens: "tcp:127.0.0.1:PORT".
    const std::string& location() const { return location_; }

private:
    static sockaddr_in loopback(unsigned short port) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return address;
    }

    static unsigned short free_port() {
        const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = loopback(0);
        socklen_t length = sizeof address;
        ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
        ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length);
        ::close(probe);
        return ntohs(address.sin_port);
    }

    static bool accepts(unsigned short port) {
        const int client = ::socket(AF_INET, SOCK_STREAM, 0);
        const sockaddr_in address = loopback(port);
        const bool connected = ::connect(client, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
        ::close(client);
        return connected;
    }

    void start(const std::filesystem::path& db, unsigned short port) {
        const std::string port_text = std::to_string(port);
        const pid_t child = ::fork();
        if (child < 0) return;
        if (child == 0) {
            // Its own process group, so that stop() reaches the children it forks per connection;
            // and it dies with the test process even if that one crashes.
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
            ::execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port_text.c_str(),
                     db.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::setpgid(child, child);  // also from here: whichever runs first, the group exists
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (std::chrono::steady_clock::now() < deadline) {
            if (::waitpid(child, nullptr, WNOHANG) == child) return;  // exited: port taken, say
            if (accepts(port)) {
                pid_ = child;
                location_ = "tcp:127.0.0.1:" + port_text;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ::kill(-child, SIGKILL);
        ::waitpid(child, nullptr, 0);
    }

    void stop() {
        if (pid_ < 0) return;
        ::kill(-pid_, SIGTERM);
        for (int waited = 0; waited < 40; ++waited) {
            if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
                ::kill(-pid_, SIGKILL);  // connection children still alive
                pid_ = -1;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ::kill(-pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

    pid_t pid_ = -1;
    std::string location_;
};

}  // namespace test_support

#include "extract/extractors.hpp"
#include "extract/input_limits.hpp"
#include "source/content_hash.hpp"
#include "source/jsonl_reader.hpp"

#include <healthsearch/source.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <map>
#include <optional>
#include <system_error>
#include <type_traits>

#include <sys/stat.h>

namespace healthsearch {

namespace fs = std::filesystem;

namespace {

using extract::limits::kMaxArticleBytes;

std::string lower_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool is_jsonl(const std::string& ext) { return ext == ".jsonl" || ext == ".ndjson"; }

std::string read_file(const fs::path& path, std::uintmax_t size) {
    if (size > kMaxArticleBytes) {
        throw InputError(fmt::format("is {:.1f} MB, over the {} MB limit for one article",
                                     static_cast<double>(size) / 1e6, kMaxArticleBytes >> 20),
                         path.string());
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(fmt::format("cannot be opened: {}", std::strerror(errno)), path.string());
    }
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) {
        throw InputError("could not be read completely (did it change while being read?)", path.string());
    }
    return bytes;
}

long long nanoseconds(const timespec& time) { return static_cast<long long>(time.tv_sec) * 1'000'000'000 + time.tv_nsec; }

// Lists the files under a root in sorted order; problems with folders are reported, not fatal.
std::vector<SourceFile> list_files(const fs::path& root, const CorpusCallbacks& callbacks) {
    std::vector<SourceFile> files;
    const auto add = [&](const fs::path& path, std::string id) {
        // One stat() a file: a nightly run over an unchanged corpus does little else.
        struct stat info {};
        if (::stat(path.c_str(), &info) != 0) {
            callbacks.on_error(InputError(fmt::format("cannot be read: {}", std::strerror(errno)), path.string()));
            return;
        }
        if (is_jsonl(lower_extension(path))) id.clear();
        files.push_back({path, std::move(id), root.string(), static_cast<std::uintmax_t>(info.st_size),
                         static_cast<long long>(info.st_mtim.tv_sec), nanoseconds(info.st_mtim),
                         nanoseconds(info.st_ctim), static_cast<std::uintmax_t>(info.st_ino)});
    };
    const auto root_failed = [&](const std::string& reason) {
        callbacks.on_error(InputError(reason, root.string()));
        callbacks.on_root_failed(root.string());
    };
    std::error_code ec;
    const auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
        root_failed("does not exist or cannot be accessed");
        return files;
    }
    if (fs::is_regular_file(status)) {
        add(root, root.filename().generic_string());
        return files;
    }
    // Symbolic links are not followed: a link loop or a link out of the corpus cannot trap us.
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
    if (ec) {
        root_failed(fmt::format("cannot be listed: {}", ec.message()));
        return files;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            // A folder we cannot list: its articles stay as they were indexed.
            root_failed(fmt::format("could not be listed completely: {}", ec.message()));
            ec.clear();
            break;
        }
        const fs::directory_entry& entry = *it;
        if (entry.is_symlink(ec)) {
            callbacks.on_error(InputError("is a symbolic link; links are not followed",
                                          entry.path().string()));
            continue;
        }
        if (!entry.is_regular_file(ec)) continue;
        const std::string ext = lower_extension(entry.path());
        if (!is_supported_extension(ext)) {
            callbacks.on_skipped(entry.path());
            continue;
        }
        add(entry.path(), entry.path().lexically_relative(root).generic_string());
    }
    std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) {
        return a.path.generic_string() < b.path.generic_string();
    });
    return files;
}

}  // namespace

bool is_supported_extension(const std::string& extension) {
    return is_jsonl(extension) || extract::has_extractor(extension);
}

Article extract_article(const std::string& bytes, const std::string& extension,
                        const std::string& id, const std::string& source) {
    Article article = extract::extract_by_extension(bytes, extension, id, source);
    article.content_hash = source::content_hash(bytes);
    return article;
}

namespace {

// An exception thrown by one of the caller's callbacks. It travels past the handlers that turn
// the input's problems into InputErrors, and reaches the caller as it was thrown.
struct CallerFailure {
    std::exception_ptr error;
};

// The caller's callback, or a default when it is empty (read every file, ignore the rest).
template <typename Result, typename... Args>
std::function<Result(Args...)> guarded(const std::function<Result(Args...)>& callback) {
    return [&callback](Args... args) -> Result {
        if (!callback) {
            if constexpr (std::is_same_v<Result, bool>) return true;
            else return Result();
        }
        try {
            return callback(std::forward<Args>(args)...);
        } catch (...) {
            throw CallerFailure{std::current_exception()};
        }
    };
}

// Reads one file, reporting what goes wrong with it as InputErrors naming it.
void read_file_articles(const SourceFile& file, const std::function<void(Article&&)>& accept,
                        const std::function<void(const InputError&)>& report) {
    const std::string path = file.path.string();
    try {
        if (file.id.empty()) {
            source::read_jsonl(file.path, CorpusCallbacks{.on_article = accept, .on_error = report});
            return;
        }
        Article article = extract_article(read_file(file.path, file.size), lower_extension(file.path), file.id, path);
        if (article.title.empty()) article.title = file.path.stem().string();
        accept(std::move(article));
    } catch (const InputError& error) {
        report(error);
    } catch (const Error&) {
        throw;  // not the file's fault: a broken installation
    } catch (const std::exception& error) {
        report(InputError(fmt::format("could not be read: {}", error.what()), path));
    }
}

void walk_corpus(const std::vector<fs::path>& roots, const CorpusCallbacks& callbacks) {
    std::vector<SourceFile> files;
    for (const fs::path& root : roots) {
        try {
            auto listed = list_files(root, callbacks);
            std::move(listed.begin(), listed.end(), std::back_inserter(files));
        } catch (const std::exception& error) {
            callbacks.on_error(InputError(fmt::format("could not be listed: {}", error.what()), root.string()));
            callbacks.on_root_failed(root.string());
        }
    }
    std::uintmax_t bytes = 0;
    for (const SourceFile& file : files) bytes += file.size;
    callbacks.on_listed(files.size(), bytes);

    // The same id twice would make one article silently replace the other.
    std::map<std::string, std::string> first_source_of_id;
    for (const SourceFile& file : files) {
        if (!callbacks.before_file(file)) continue;
        std::optional<InputError> first_error;
        const auto report = [&](const InputError& error) {
            if (!first_error) first_error = error;
            callbacks.on_error(error);
        };
        const auto accept = [&](Article&& article) {
            auto [it, inserted] = first_source_of_id.emplace(article.id, article.source);
            if (!inserted) {
                report(InputError(fmt::format("has the article id \"{}\" already used by {}; kept the first",
                                              article.id, it->second),
                                  article.source));
                return;
            }
            article.source_file = file.path.string();
            article.root = file.root;
            if (article.modified == 0) article.modified = file.modified;
            callbacks.on_article(std::move(article));
        };
        read_file_articles(file, accept, report);
        callbacks.after_file(file, first_error ? &*first_error : nullptr);
    }
}

}  // namespace

void read_corpus(const std::vector<fs::path>& roots, const CorpusCallbacks& callbacks) {
    const CorpusCallbacks guarded_callbacks{
        guarded(callbacks.on_article),  guarded(callbacks.on_error),      guarded(callbacks.on_skipped),
        guarded(callbacks.on_listed),   guarded(callbacks.before_file),   guarded(callbacks.after_file),
        guarded(callbacks.on_root_failed)};
    try {
        walk_corpus(roots, guarded_callbacks);
    } catch (const CallerFailure& failure) {
        std::rethrow_exception(failure.error);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& error) {
        std::vector<std::string> names;
        for (const fs::path& root : roots) names.push_back(root.string());
        throw InputError(fmt::format("reading the corpus failed: {}", error.what()),
                         fmt::format("{}", fmt::join(names, ", ")));
    }
}

}  // namespace healthsearch

#pragma once

#include <string_view>

namespace healthsearch::analysis {

// Finds the line of `sorted` (newline-separated lines in byte order, compared by the part before
// `key_end`, or the whole line) whose key is `key`, by binary search over the text itself, so
// that data compiled into the library needs no index built at start-up. Empty when absent.
inline std::string_view find_sorted_line(std::string_view sorted, std::string_view key, char key_end = '\n') {
    std::size_t low = 0, high = sorted.size();
    while (low < high) {
        std::size_t start = low + (high - low) / 2;
        while (start > low && sorted[start - 1] != '\n') --start;
        std::size_t end = sorted.find('\n', start);
        if (end == std::string_view::npos || end > high) end = high;
        const std::string_view line = sorted.substr(start, end - start);
        const std::string_view line_key = line.substr(0, line.find(key_end));
        if (line_key == key && !line.empty()) return line;
        if (line_key < key) {
            low = end + 1;
        } else {
            high = start;
        }
    }
    return {};
}

}  // namespace healthsearch::analysis

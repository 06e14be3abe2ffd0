#include "index/stored_passage.hpp"

#include <healthsearch/error.hpp>

#include <cstdint>
#include <string_view>

namespace healthsearch::index {

// Document data is read for every hit of every search, so it is a compact length-prefixed
// record rather than JSON: a format byte, then each field as a varint length and its bytes.
namespace {

constexpr char kFormat = '\x02';

void put_number(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

void put_text(std::string& out, std::string_view text) {
    put_number(out, text.size());
    out.append(text);
}

// Ranges in order, each as its distance from the previous end and its length: mostly one byte.
void put_ranges(std::string& out, const std::vector<analysis::ByteRange>& ranges) {
    put_number(out, ranges.size());
    std::size_t previous_end = 0;
    for (const analysis::ByteRange& range : ranges) {
        put_number(out, range.begin - previous_end);
        put_number(out, range.end - range.begin);
        previous_end = range.end;
    }
}

class Reader {
public:
    explicit Reader(std::string_view data) : data_(data) {}

    std::uint64_t number() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (data_.empty()) fail();
            const auto byte = static_cast<unsigned char>(data_.front());
            data_.remove_prefix(1);
            value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (byte < 0x80) return value;
        }
        fail();
    }

    std::string text() {
        const std::uint64_t size = number();
        if (size > data_.size()) fail();
        std::string out(data_.substr(0, size));
        data_.remove_prefix(size);
        return out;
    }

    std::vector<analysis::ByteRange> ranges(std::size_t text_size) {
        const std::uint64_t count = number();
        if (count > data_.size()) fail();
        std::vector<analysis::ByteRange> out;
        out.reserve(count);
        std::size_t previous_end = 0;
        for (std::uint64_t i = 0; i < count; ++i) {
            const std::size_t begin = previous_end + number();
            const std::size_t end = begin + number();
            if (end > text_size) fail();
            out.push_back({begin, end});
            previous_end = end;
        }
        return out;
    }

private:
    [[noreturn]] static void fail() { throw IndexError("stored passage data is damaged", "index"); }
    std::string_view data_;
};

}  // namespace

std::string encode(const StoredPassage& passage) {
    std::string out(1, kFormat);
    put_text(out, passage.article_id);
    put_text(out, passage.title);
    put_number(out, passage.heading_path.size());
    for (const std::string& heading : passage.heading_path) put_text(out, heading);
    put_text(out, passage.language);
    put_text(out, passage.source);
    put_number(out, passage.ordinal);
    put_text(out, passage.text);
    put_ranges(out, passage.words);
    put_ranges(out, passage.sentences);
    return out;
}

StoredPassage decode_stored_passage(const std::string& data) {
    if (data.empty() || data.front() != kFormat) {
        throw IndexError("stored passage data is in an unknown format; rebuild the index", "index");
    }
    Reader reader(std::string_view(data).substr(1));
    StoredPassage passage;
    passage.article_id = reader.text();
    passage.title = reader.text();
    const std::uint64_t headings = reader.number();
    for (std::uint64_t i = 0; i < headings; ++i) passage.heading_path.push_back(reader.text());
    passage.language = reader.text();
    passage.source = reader.text();
    passage.ordinal = static_cast<std::size_t>(reader.number());
    passage.text = reader.text();
    passage.words = reader.ranges(passage.text.size());
    passage.sentences = reader.ranges(passage.text.size());
    return passage;
}

}  // namespace healthsearch::index

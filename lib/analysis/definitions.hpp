#pragma once
// Definitions, the commonest answer a health reader asks for: sentences that say what
// something is ("Hypothyroidism is a disorder ...", "Eine Flüssigbiopsie ist eine
// Blutuntersuchung ...") and questions that ask for one ("What is hypothyroidism?", "Was
// bedeutet stabile Erkrankung?"). The surface patterns of definition questions and their
// answers are the classic help for them (Ravichandran and Hovy 2002; Hildebrandt, Katz and Lin
// 2004). Both sides read folded words, so a question meets its answer whatever the case or
// umlaut spelling.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace healthsearch::analysis {

// Words [begin, end) of a sequence.
struct WordSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool empty() const { return begin >= end; }
};

// A subject longer than this is not the name of one thing.
inline constexpr std::size_t kMaxDefinedWords = 8;

// The words one sentence (folded, in order) defines: those before its first linking verb (is,
// are, means; ist, sind, bedeutet, bezeichnet) when the verb comes within kMaxDefinedWords words of
// the start and is not the start of a passive ("is caused", "is treated"). Empty otherwise.
WordSpan defined_subject(const std::vector<std::string_view>& sentence);

// The words a question (folded, in order) asks to have defined: X of "what is X", "what are the
// symptoms of X", "what does X mean", "define X", "was ist X", "was bedeutet X", "was versteht
// man unter X". Empty for any other question.
WordSpan definition_question_subject(const std::vector<std::string>& words);

}  // namespace healthsearch::analysis

#include "search/query_parser.hpp"

#include "analysis/decompounder.hpp"
#include "analysis/german_forms.hpp"
#include "analysis/translations.hpp"
#include "extract/utf8_check.hpp"
#include "index/schema.hpp"

#include <healthsearch/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <unordered_map>
#include <utility>

namespace healthsearch::search {

using analysis::Language;

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Double quotes, and the typographic quotes people paste: „ “ ” « ».
std::size_t quote_length(std::string_view text, std::size_t at) {
    if (text[at] == '"') return 1;
    for (std::string_view quote : {"\u201E", "\u201C", "\u201D", "\u00AB", "\u00BB"}) {
        if (text.substr(at, quote.size()) == quote) return quote.size();
    }
    return 0;
}

// Spellings of `folded` with an e after some of its a, o and u: the ways an umlaut could have
// been dropped. At most 2^4 of them.
std::vector<std::string> umlaut_spellings(const std::string& folded) {
    std::vector<std::size_t> vowels;
    for (std::size_t i = 0; i < folded.size() && vowels.size() < 4; ++i) {
        const char c = folded[i];
        // au, eu and qu never spell an umlaut (Traum is not Trauer, quasi not queasy).
        const bool diphthong = c == 'u' && i > 0 && (folded[i - 1] == 'a' || folded[i - 1] == 'e' || folded[i - 1] == 'q');
        if ((c == 'a' || c == 'o' || c == 'u') && !diphthong && (i + 1 == folded.size() || folded[i + 1] != 'e')) {
            vowels.push_back(i);
        }
    }
    std::vector<std::string> spellings;
    for (unsigned mask = 1; mask < (1u << vowels.size()); ++mask) {
        std::string spelling;
        std::size_t next = 0;
        for (std::size_t v = 0; v < vowels.size(); ++v) {
            if (!(mask & (1u << v))) continue;
            spelling.append(folded, next, vowels[v] + 1 - next);
            spelling.push_back('e');
            next = vowels[v] + 1;
        }
        spelling.append(folded, next);
        spellings.push_back(std::move(spelling));
    }
    return spellings;
}

// Every later step takes the query for UTF-8 (and JSON output needs it to be); a long query
// costs time and memory by its words.
void require_searchable(std::string_view query, const analysis::Analyzer& analyzer) {
    if (const auto bad = extract::first_invalid_utf8(query)) {
        throw QueryError(fmt::format("the query is not valid UTF-8 (byte 0x{:02X} at offset {}); "
                                     "type it in a UTF-8 terminal",
                                     static_cast<unsigned char>(query[*bad]), *bad),
                         std::string(query));
    }
    if (query.size() > kMaxQueryBytes) {
        throw QueryError(fmt::format("query too long: {} bytes (at most {})", query.size(), kMaxQueryBytes),
                         std::string(query));
    }
    if (const std::size_t words = analyzer.words(query).size(); words > kMaxQueryWords) {
        throw QueryError(fmt::format("query too long: {} words (at most {})", words, kMaxQueryWords),
                         std::string(query));
    }
}

// `op` over `queries`, each distinct one once with its weight multiplied by its count: the same
// scores as the repeats (a word typed twice, two words with one translation), each posting list
// read once.
Xapian::Query combined(Xapian::Query::op op, const std::vector<Xapian::Query>& queries) {
    std::vector<Xapian::Query> distinct;
    std::vector<double> counts;
    std::unordered_map<std::string, std::size_t> position;
    for (const Xapian::Query& query : queries) {
        const auto [it, inserted] = position.try_emplace(query.get_description(), distinct.size());
        if (inserted) {
            distinct.push_back(query);
            counts.push_back(1);
        } else {
            ++counts[it->second];
        }
    }
    for (std::size_t i = 0; i < distinct.size(); ++i) {
        if (counts[i] > 1) distinct[i] = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, distinct[i], counts[i]);
    }
    return Xapian::Query(op, distinct.begin(), distinct.end());
}

}  // namespace

std::vector<QueryClause> split_query(std::string_view query) {
    std::vector<QueryClause> clauses;
    std::size_t i = 0;
    while (i < query.size()) {
        if (is_space(query[i])) {
            ++i;
            continue;
        }
        QueryClause clause;
        if ((query[i] == '+' || query[i] == '-') && i + 1 < query.size() && !is_space(query[i + 1])) {
            clause.occur = query[i] == '+' ? QueryClause::Occur::must : QueryClause::Occur::must_not;
            ++i;
        }
        if (const std::size_t open = quote_length(query, i); open > 0) {
            i += open;
            std::size_t end = i;
            while (end < query.size() && quote_length(query, end) == 0) ++end;
            clause.phrase = true;
            clause.text = std::string(query.substr(i, end - i));
            i = end < query.size() ? end + quote_length(query, end) : end;
        } else {
            std::size_t end = i;
            while (end < query.size() && !is_space(query[end]) && quote_length(query, end) == 0) ++end;
            clause.text = std::string(query.substr(i, end - i));
            i = end;
        }
        clauses.push_back(std::move(clause));
    }
    return clauses;
}

BuiltQuery build_query(std::string_view query_text, const analysis::Analyzer& analyzer,
                       Language language_filter, const TermFrequency& frequency,
                       const analysis::SynonymTable* synonyms, bool translate) {
    require_searchable(query_text, analyzer);
    const std::vector<Language> languages =
        language_filter == Language::unknown ? std::vector<Language>{Language::german, Language::english}
                                             : std::vector<Language>{language_filter};
    BuiltQuery built;

    // Each term is looked up once: expansions repeat terms (breast in "breast cancer" and in
    // "breast carcinoma").
    std::unordered_map<std::string, Xapian::doccount> known_terms;
    const auto frequency_of = [&](const std::string& term) {
        const auto [it, inserted] = known_terms.try_emplace(term, 0);
        if (inserted) it->second = frequency(term);
        return it->second;
    };
    // While adding the terms of an expansion (synonym, translation), common terms are left out
    // as well: in a large index they say little (low idf, and weighted below the reader's words
    // anyway) and cost the most, since their posting lists are the longest.
    bool expanding = false;
    const Xapian::doccount common_limit =
        frequency ? std::max(kCommonExpansionFloor,
                             static_cast<Xapian::doccount>(kCommonExpansionShare * frequency_of(std::string())))
                  : 0;
    const auto known = [&](const std::string& term) {
        if (!frequency) return true;
        const Xapian::doccount passages = frequency_of(term);
        return passages > 0 && !(expanding && passages > common_limit);
    };
    // Adds an expansion unless it matches nothing. One that repeats another (Schlafstörung and
    // Schlafstörungen of one concept group) is kept: counting twice scored better on the dev
    // splits than counting once.
    const auto add_expansion = [](std::vector<Xapian::Query>& to, Xapian::Query query) {
        if (query.empty()) return;
        to.push_back(std::move(query));
    };
    // Runs `add` with the expansion rule on.
    const auto as_expansion = [&](auto add) {
        const bool was_expanding = std::exchange(expanding, true);
        add();
        expanding = was_expanding;
    };
    const bool german = language_filter != Language::english;
    // German-only help (general synonyms, other forms of a verb) is not given to an English
    // query, whose words may also be German ones ("fast").
    const bool english_query =
        language_filter == Language::english ||
        (language_filter == Language::unknown &&
         analyzer.language_evidence(query_text, analyzer.words(query_text)).decide() == Language::english);

    // The other forms of a German verb the reader typed as a participle or in the past tense
    // (gegründet: gründete, gründen, Gründung; behandelt: Behandlung), or of a verb in -ieren
    // (Finanzierung: finanziert), as the English stemmer joins founded and found. Nouns of
    // those shapes (Gesicht is not a form of Sicht) are left as they are (german_verb_forms
    // knows them), and so are common forms (gemacht: macht), by the rule for expansions.
    const auto add_verb_forms = [&](const std::string& folded, const std::string& stem, auto& add) {
        if (!frequency || expanding || english_query) return;
        const std::string own = index::schema::stem_term(stem);
        analysis::GermanVerbForms forms = analysis::german_verb_forms(folded);
        // A word the index lacks may be a form of a verb it holds in another (bewirken: bewirkt).
        if (forms.empty() && !known(own)) forms = analysis::german_present_forms(folded);
        if (forms.empty()) return;
        as_expansion([&] {
            const auto terms_held = [&](const std::vector<std::string>& words) {
                std::vector<std::string> terms;
                for (const std::string& word : words) {
                    std::string term = index::schema::stem_term(analyzer.stem(word, Language::german));
                    if (term != own && known(term)) terms.push_back(std::move(term));
                }
                return terms;
            };
            std::vector<std::string> participles = terms_held(forms.participles);
            std::vector<std::string> others = terms_held(forms.others);
            // A past-tense shape is a verb's only where the index holds a participle and another
            // form of it (leichte, zweite and rechte are adjectives).
            if (!forms.shape_is_verb && (participles.empty() || others.empty())) return;
            for (auto* terms : {&participles, &others}) {
                for (std::string& term : *terms) add(std::move(term));
            }
        });
    };

    // Whether a word may be one typed without its umlauts: not when it is a word as it stands,
    // German (Facharzt, whose plural Fachärzte may be all the index holds; schon, war) or
    // English (mud is not müde, manners not Männer), or a term of the medical vocabulary.
    const auto may_lack_umlauts = [&](const std::string& folded) {
        const analysis::Decompounder& dictionary = analysis::Decompounder::builtin();
        return !dictionary.is_noun(folded) && !dictionary.is_other_word(folded) &&
               analysis::TranslationTable::english_to_german().translate(folded).empty() &&
               (synonyms == nullptr || synonyms->longest_match(std::vector<std::string>{folded}, 0).length == 0);
    };

    // The stem terms of one word: both languages' stems (a synonym, so weighted once); with
    // `verb_forms`, also the other forms of a German verb.
    const auto stem_terms = [&](const std::string& folded, bool verb_forms = false) {
        std::vector<std::string> terms;
        const auto add = [&](std::string term) {
            if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(std::move(term));
        };
        for (Language language : languages) {
            const std::string stem = analyzer.stem(folded, language);
            if (language == Language::german && verb_forms) add_verb_forms(folded, stem, add);
            add(index::schema::stem_term(stem));
        }
        return terms;
    };
    // Terms the index does not hold are left out: they score nothing, and a third of an
    // expanded query's terms are such (English words as German compound parts, translations
    // that no passage uses), each costing the match a lookup. None left matches nothing.
    const auto any_of = [&](const std::vector<std::string>& terms) {
        std::vector<std::string> present;
        std::copy_if(terms.begin(), terms.end(), std::back_inserter(present), known);
        if (present.empty()) return Xapian::Query();
        return present.size() == 1 ? Xapian::Query(present.front())
                                   : Xapian::Query(Xapian::Query::OP_SYNONYM, present.begin(), present.end());
    };

    // All of the words, by stem (stop words are not indexed). Where they must also stand
    // together, the PhraseFilter checks that on the stored text.
    const auto all_words_query = [&](auto first, auto last) -> std::optional<Xapian::Query> {
        std::vector<Xapian::Query> words;
        for (auto word = first; word != last; ++word) {
            if (word->size() > index::schema::kMaxTermBytes || analyzer.is_stopword(*word, language_filter)) continue;
            words.push_back(any_of(stem_terms(*word)));
        }
        if (words.empty()) return std::nullopt;
        return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
    };

    // A multi-word synonym term: weighted as its words are, found where the index recorded it
    // (as one term, since there are no positions to find it as a phrase).
    const auto term_query = [&](auto first, auto last) {
        const std::string term = index::schema::phrase_term(first, last);
        if (frequency && frequency_of(term) == 0) return Xapian::Query();
        Xapian::Query recorded(term);
        auto words = all_words_query(first, last);
        return words ? Xapian::Query(Xapian::Query::OP_FILTER, std::move(*words), recorded) : recorded;
    };

    // A word: its stems; inside German compounds too (Krebs in Brustkrebs, ranked below Krebs
    // itself); and for a compound, all of its parts together (Brustkrebs = Krebs der Brust).
    const auto analysed_word = [&](const std::string& folded, bool highlight) {
        const std::vector<std::string> terms = stem_terms(folded, true);
        std::vector<std::string> marked = terms;
        Xapian::Query query = any_of(terms);
        if (german) {
            const std::string part = index::schema::part_term(analyzer.stem(folded, Language::german));
            marked.push_back(part);
            if (known(part)) {
                query = Xapian::Query(Xapian::Query::OP_OR, query,
                                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(part),
                                                    kCompoundPartWeight));
            }
            std::vector<Xapian::Query> parts;
            for (const analysis::ByteRange& range : analyzer.compound_parts(folded)) {
                const std::string piece = folded.substr(range.begin, range.end - range.begin);
                std::vector<std::string> piece_terms = stem_terms(piece);
                piece_terms.push_back(index::schema::part_term(analyzer.stem(piece, Language::german)));
                marked.insert(marked.end(), piece_terms.begin(), piece_terms.end());
                parts.push_back(any_of(piece_terms));
            }
            if (!parts.empty()) {
                query = Xapian::Query(Xapian::Query::OP_OR, query,
                                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                                    Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end()),
                                                    kCompoundPartWeight));
            }
        }
        if (highlight) built.highlight.stems.insert(marked.begin(), marked.end());
        // Only the reader's own words get a "did you mean": an expansion is not typed (the
        // synonym "und" of "immer" is no reason to correct the "und" typed beside it).
        if (highlight && frequency && !expanding && std::none_of(marked.begin(), marked.end(), known)) {
            built.unknown_words.push_back(folded);
        }
        return query;
    };
    // Each distinct word is analysed once, however often the query or its expansions name it.
    std::unordered_map<std::string, Xapian::Query> analysed_words;
    const auto word_query = [&](const std::string& folded, bool highlight) {
        std::string key = folded;
        key += highlight ? '+' : '-';
        key += expanding ? '+' : '-';
        if (const auto it = analysed_words.find(key); it != analysed_words.end()) return it->second;
        Xapian::Query query = analysed_word(folded, highlight);
        analysed_words.emplace(std::move(key), query);
        return query;
    };

    // A word the index holds in neither language, but does with umlauts the reader left out
    // (Ubelkeit: Übelkeit), is read as that word throughout: its compound parts, synonyms and
    // translations too, so that Ubelkeit, Uebelkeit and Übelkeit are one query. Not in an
    // English query, whose words the dictionary translates as typed, and not for stop words,
    // which the index does not hold in any spelling (war is not wäre).
    const auto indexed_spelling = [&](const std::string& folded) {
        if (!frequency || english_query || analyzer.is_stopword(folded, language_filter)) return folded;
        const std::string german_stem = analyzer.stem(folded, Language::german);
        if (known(index::schema::part_term(german_stem)) ||
            std::any_of(languages.begin(), languages.end(), [&](Language language) {
                return known(index::schema::stem_term(analyzer.stem(folded, language)));
            }) ||
            !may_lack_umlauts(folded)) {
            return folded;
        }
        // The spelling whose stem most passages hold; else (a participle the index holds only
        // in its verb's other forms: erschöpft in Erschöpfung) the one whose verb forms most do.
        std::string best = folded;
        std::pair<Xapian::doccount, Xapian::doccount> most{0, 0};
        for (std::string& spelling : umlaut_spellings(folded)) {
            const std::string stem = analyzer.stem(spelling, Language::german);
            std::pair<Xapian::doccount, Xapian::doccount> passages{frequency_of(index::schema::stem_term(stem)), 0};
            const auto count_form = [&](const std::string& term) {
                passages.second = std::max(passages.second, frequency_of(term));
            };
            if (passages.first == 0) add_verb_forms(spelling, stem, count_form);
            if (passages > most) {
                most = passages;
                best = std::move(spelling);
            }
        }
        return best;
    };

    std::vector<Xapian::Query> should, must, must_not;
    std::vector<std::string> should_words;  // folded, stop words included, for synonym matching
    std::vector<std::string> should_typed;  // the same, before any umlaut respelling
    std::vector<std::ptrdiff_t> should_index;  // each should word's query in `should`, or -1
    bool stop_words_left_out = false;  // stop words are not indexed: say so if nothing else is left
    for (const QueryClause& clause : split_query(query_text)) {
        const auto words = analyzer.words(clause.text);
        if (words.empty()) continue;
        auto& target = clause.occur == QueryClause::Occur::must       ? must
                       : clause.occur == QueryClause::Occur::must_not ? must_not
                                                                      : should;
        if (clause.phrase) {
            std::vector<std::string> terms;
            for (const auto& word : words) terms.push_back(indexed_spelling(word.folded));
            if (clause.occur == QueryClause::Occur::must_not) {
                // Passages with the words apart are still wanted; only the phrase is excluded.
                built.excluded_phrases.push_back(std::move(terms));
                continue;
            }
            built.highlight.exact.insert(terms.begin(), terms.end());
            if (auto words_query = all_words_query(terms.begin(), terms.end())) {
                must.push_back(std::move(*words_query));
            } else {
                stop_words_left_out = true;
            }
            built.required_phrases.push_back(std::move(terms));
            continue;
        }
        for (const auto& word : words) {
            if (word.folded.size() > index::schema::kMaxTermBytes) continue;
            const bool stopword = analyzer.is_stopword(word.folded, language_filter);
            const std::string folded = indexed_spelling(word.folded);
            if (clause.occur == QueryClause::Occur::should) {
                should_words.push_back(folded);
                should_typed.push_back(word.folded);
                should_index.push_back(stopword ? -1 : static_cast<std::ptrdiff_t>(should.size()));
            }
            if (stopword) {
                stop_words_left_out = true;
                continue;
            }
            // Excluded words are never highlighted: they are not in any hit.
            target.push_back(word_query(folded, clause.occur != QueryClause::Occur::must_not));
        }
    }
    std::vector<Xapian::Query> translations;
    const auto translate_word = [&](std::size_t i) {
        if (!translate || should_index[i] < 0) return;
        // An English word is translated as typed ("lost", not a German "lösst" the index holds).
        for (const auto& [table, word] :
             {std::pair{&analysis::TranslationTable::english_to_german(), &should_typed[i]},
              std::pair{&analysis::TranslationTable::german_to_english(), &should_words[i]}}) {
            for (const std::string& translation : table->translate(*word)) {
                as_expansion([&] { add_expansion(translations, word_query(translation, true)); });
            }
        }
    };
    // General German synonyms, unless the query is English ("fast" is also a German word).
    std::vector<Xapian::Query> related;
    const auto relate_word = [&](std::size_t i) {
        if (english_query || should_index[i] < 0) return;
        for (const std::string& synonym : analysis::TranslationTable::german_synonyms().translate(should_words[i])) {
            as_expansion([&] { add_expansion(related, word_query(synonym, true)); });
        }
    };
    if (synonyms == nullptr) {
        for (std::size_t i = 0; i < should_words.size(); ++i) translate_word(i);
    } else {
        std::vector<Xapian::Query> expansions;
        for (std::size_t i = 0; i < should_words.size();) {
            const auto match = synonyms->longest_match(should_words, i);
            if (match.length == 0) {
                translate_word(i);
                relate_word(i);
                ++i;
                continue;
            }
            if (match.length > 1) {
                // The words name one concept ("heart attack"): together they count in full,
                // each on its own ("heart") only as much as an expansion does.
                const auto first = should_words.begin() + static_cast<std::ptrdiff_t>(i);
                expansions.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                                        term_query(first, first + static_cast<std::ptrdiff_t>(match.length)),
                                        1.0 / kSynonymWeight);
                for (std::size_t w = i; w < i + match.length; ++w) {
                    if (should_index[w] < 0) continue;
                    Xapian::Query& single = should[static_cast<std::size_t>(should_index[w])];
                    single = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, single, kSynonymWeight);
                }
            }
            for (const analysis::SynonymTable::Term* term : match.others) {
                if (term->words.size() == 1) {
                    as_expansion([&] { add_expansion(expansions, word_query(term->words.front(), true)); });
                } else {
                    for (const std::string& word : term->words) {
                        if (!analyzer.is_stopword(word, language_filter)) built.highlight.exact.insert(word);
                    }
                    add_expansion(expansions, term_query(term->words.begin(), term->words.end()));
                }
            }
            i += match.length;
        }
        if (!expansions.empty() && !should.empty()) {
            should.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, combined(Xapian::Query::OP_OR, expansions),
                                kSynonymWeight);
        }
    }
    if (!related.empty() && !should.empty()) {
        should.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, combined(Xapian::Query::OP_OR, related), kThesaurusWeight);
    }
    if (!translations.empty() && !should.empty()) {
        should.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, combined(Xapian::Query::OP_OR, translations),
                            kTranslationWeight);
    }
    if (should.empty() && must.empty()) {
        if (!must_not.empty() || !built.excluded_phrases.empty()) {
            throw QueryError("the query only excludes words; add a word to search for", std::string(query_text));
        }
        if (stop_words_left_out) {
            throw QueryError("the query has only stop words (such as the, of, die, und), which are not indexed; "
                             "add a word that names what you are looking for",
                             std::string(query_text));
        }
        throw QueryError("the query has no words to search for", std::string(query_text));
    }

    Xapian::Query query;
    const Xapian::Query any = combined(Xapian::Query::OP_OR, should);
    if (!must.empty()) {
        const Xapian::Query all = combined(Xapian::Query::OP_AND, must);
        query = should.empty() ? all : Xapian::Query(Xapian::Query::OP_AND_MAYBE, all, any);
    } else {
        query = any;
    }
    if (!must_not.empty()) {
        query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, combined(Xapian::Query::OP_OR, must_not));
    }
    if (language_filter != Language::unknown) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                              Xapian::Query(index::schema::language_term(
                                  analysis::language_code(language_filter))));
    }
    built.query = std::move(query);
    return built;
}

}  // namespace healthsearch::search

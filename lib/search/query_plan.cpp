#include "search/query_plan.hpp"

#include "analysis/definitions.hpp"
#include "analysis/german_forms.hpp"
#include "index/schema.hpp"
#include "search/query_syntax.hpp"

#include <healthsearch/error.hpp>

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

namespace healthsearch::search {

using analysis::Language;

namespace {

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

// The should words of the query in order, stop words included (a concept may hold one).
struct ShouldWords {
    std::vector<std::string> searched;  // folded, after any umlaut respelling
    std::vector<std::string> typed;     // folded, as typed
    std::vector<std::ptrdiff_t> index;  // each word's place in QueryPlan::should, or -1 (stop word)
};

// Builds one QueryPlan; lives for one query.
class QueryPlanner {
public:
    QueryPlanner(std::string_view query, const analysis::Analyzer& analyzer, Language language_filter,
                 const TermFrequency& frequency, const ExpansionSources& sources, const KnownWords& known_words);

    QueryPlan plan(std::string_view query);

private:
    Xapian::doccount frequency_of(const std::string& term);
    bool known(const std::string& term);
    std::vector<std::string> present(const std::vector<std::string>& terms);
    template <typename Add>
    void as_expansion(Add add);

    template <typename Add>
    void add_verb_forms(const std::string& folded, const std::string& stem, Add& add);
    bool may_lack_umlauts(const std::string& folded) const;
    std::string indexed_spelling(const std::string& folded);
    std::vector<std::string> stem_terms(const std::string& folded, bool verb_forms = false);
    WordPlan analysed_word(const std::string& folded, bool highlight);
    WordPlan word(const std::string& folded, bool highlight);
    template <typename Iterator>
    std::optional<AllWordsPlan> all_words(Iterator first, Iterator last);
    template <typename Iterator>
    ConceptTermPlan concept_term(Iterator first, Iterator last);

    void plan_clause(const QueryClause& clause);
    void plan_concepts();
    void translate_word(std::size_t i);
    void relate_word(std::size_t i);
    void require_something_to_search(std::string_view query) const;

    const analysis::Analyzer& analyzer_;
    const Language language_filter_;
    const std::vector<Language> languages_;
    const TermFrequency& frequency_;
    const ExpansionSources& sources_;
    const KnownWords& known_words_;
    const bool german_;  // German help (compound parts) applies
    bool english_query_ = false;
    Xapian::doccount common_limit_ = 0;
    bool expanding_ = false;  // adding the terms of an expansion: common terms are left out
    // Each term is looked up once: expansions repeat terms (breast in "breast cancer" and in
    // "breast carcinoma").
    std::unordered_map<std::string, Xapian::doccount> frequencies_;
    // Each distinct word is analysed once, however often the query or its expansions name it.
    std::unordered_map<std::string, WordPlan> words_;
    ShouldWords should_words_;
    QueryPlan plan_;
};

QueryPlanner::QueryPlanner(std::string_view query, const analysis::Analyzer& analyzer, Language language_filter,
                           const TermFrequency& frequency, const ExpansionSources& sources,
                           const KnownWords& known_words)
    : analyzer_(analyzer),
      language_filter_(language_filter),
      languages_(language_filter == Language::unknown ? std::vector<Language>{Language::german, Language::english}
                                                      : std::vector<Language>{language_filter}),
      frequency_(frequency),
      sources_(sources),
      known_words_(known_words),
      german_(language_filter != Language::english) {
    // German-only help (general synonyms, other forms of a verb) is not given to an English
    // query, whose words may also be German ones ("fast").
    english_query_ = language_filter == Language::english ||
                     (language_filter == Language::unknown &&
                      analyzer.language_evidence(query, analyzer.words(query)).decide() == Language::english);
    if (frequency_) {
        common_limit_ = std::max(kCommonExpansionFloor,
                                 static_cast<Xapian::doccount>(kCommonExpansionShare * frequency_of(std::string())));
    }
    plan_.language_filter = language_filter;
}

Xapian::doccount QueryPlanner::frequency_of(const std::string& term) {
    const auto [it, inserted] = frequencies_.try_emplace(term, 0);
    if (inserted) it->second = frequency_(term);
    return it->second;
}

// While adding the terms of an expansion (synonym, translation), common terms are left out as
// well: in a large index they say little (low idf, and weighted below the reader's words
// anyway) and cost the most, since their posting lists are the longest.
bool QueryPlanner::known(const std::string& term) {
    if (!frequency_) return true;
    const Xapian::doccount passages = frequency_of(term);
    return passages > 0 && !(expanding_ && passages > common_limit_);
}

// Terms the index does not hold are left out: they score nothing, and a third of an expanded
// query's terms are such (English words as German compound parts, translations that no passage
// uses), each costing the match a lookup.
std::vector<std::string> QueryPlanner::present(const std::vector<std::string>& terms) {
    std::vector<std::string> held;
    std::copy_if(terms.begin(), terms.end(), std::back_inserter(held), [&](const std::string& t) { return known(t); });
    return held;
}

template <typename Add>
void QueryPlanner::as_expansion(Add add) {
    const bool was_expanding = std::exchange(expanding_, true);
    add();
    expanding_ = was_expanding;
}

QueryPlan QueryPlanner::plan(std::string_view query) {
    for (const QueryClause& clause : split_query(query)) plan_clause(clause);
    plan_concepts();
    const analysis::WordSpan defined = analysis::definition_question_subject(should_words_.searched);
    for (std::size_t i = defined.begin; i < defined.end; ++i) {
        if (should_words_.index[i] >= 0) plan_.defined_subject.push_back(static_cast<std::size_t>(should_words_.index[i]));
    }
    require_something_to_search(query);
    return std::move(plan_);
}

void QueryPlanner::require_something_to_search(std::string_view query) const {
    if (!plan_.should.empty() || !plan_.must.empty()) return;
    if (!plan_.must_not.empty() || !plan_.excluded_phrases.empty()) {
        throw QueryError("the query only excludes words; add a word to search for", std::string(query));
    }
    if (plan_.stop_words_left_out) {
        throw QueryError("the query has only stop words (such as the, of, die, und), which are not indexed; "
                         "add a word that names what you are looking for",
                         std::string(query));
    }
    throw QueryError("the query has no words to search for", std::string(query));
}


// The other forms of a German verb the reader typed as a participle or in the past tense
// (gegründet: gründete, gründen, Gründung; behandelt: Behandlung), or of a verb in -ieren
// (Finanzierung: finanziert), as the English stemmer joins founded and found. Nouns of those
// shapes (Gesicht is not a form of Sicht) are left as they are (german_verb_forms knows them),
// and so are common forms (gemacht: macht), by the rule for expansions.
template <typename Add>
void QueryPlanner::add_verb_forms(const std::string& folded, const std::string& stem, Add& add) {
    if (!frequency_ || expanding_ || english_query_) return;
    const std::string own = index::schema::stem_term(stem);
    analysis::GermanVerbForms forms = analysis::german_verb_forms(folded);
    // A word the index lacks may be a form of a verb it holds in another (bewirken: bewirkt).
    if (forms.empty() && !known(own)) forms = analysis::german_present_forms(folded);
    if (forms.empty()) return;
    as_expansion([&] {
        const auto terms_held = [&](const std::vector<std::string>& words) {
            std::vector<std::string> terms;
            for (const std::string& word : words) {
                std::string term = index::schema::stem_term(analyzer_.stem(word, Language::german));
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
}

// Whether a word may be one typed without its umlauts: not when it is a word as it stands,
// German (Facharzt, whose plural Fachärzte may be all the index holds; schon, war) or English
// (mud is not müde, manners not Männer), or a term of the medical vocabulary.
bool QueryPlanner::may_lack_umlauts(const std::string& folded) const {
    return !known_words_.german->is_noun(folded) && !known_words_.german->is_other_word(folded) &&
           known_words_.english->translate(folded).empty() &&
           (sources_.concepts == nullptr || sources_.concepts->longest_match({folded}, 0).length == 0);
}

// The stem terms of one word: both languages' stems (a synonym, so weighted once); with
// `verb_forms`, also the other forms of a German verb. Held in the index or not.
std::vector<std::string> QueryPlanner::stem_terms(const std::string& folded, bool verb_forms) {
    std::vector<std::string> terms;
    const auto add = [&](std::string term) {
        if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(std::move(term));
    };
    for (Language language : languages_) {
        const std::string stem = analyzer_.stem(folded, language);
        if (language == Language::german && verb_forms) add_verb_forms(folded, stem, add);
        add(index::schema::stem_term(stem));
    }
    return terms;
}

// A word: its stems; inside German compounds too (Krebs in Brustkrebs, ranked below Krebs
// itself); and for a compound, all of its parts together (Brustkrebs = Krebs der Brust).
WordPlan QueryPlanner::analysed_word(const std::string& folded, bool highlight) {
    WordPlan word;
    word.word = folded;
    const std::vector<std::string> terms = stem_terms(folded, true);
    std::vector<std::string> marked = terms;
    word.terms = present(terms);
    if (german_) {
        const std::string part = index::schema::part_term(analyzer_.stem(folded, Language::german));
        marked.push_back(part);
        if (known(part)) word.inside_compounds = part;
        for (const analysis::ByteRange& range : analyzer_.compound_parts(folded)) {
            const std::string piece = folded.substr(range.begin, range.end - range.begin);
            std::vector<std::string> piece_terms = stem_terms(piece);
            piece_terms.push_back(index::schema::part_term(analyzer_.stem(piece, Language::german)));
            marked.insert(marked.end(), piece_terms.begin(), piece_terms.end());
            word.parts.push_back(present(piece_terms));
        }
    }
    if (highlight) plan_.highlight.stems.insert(marked.begin(), marked.end());
    // Only the reader's own words get a "did you mean": an expansion is not typed (the synonym
    // "und" of "immer" is no reason to correct the "und" typed beside it).
    if (highlight && frequency_ && !expanding_ &&
        std::none_of(marked.begin(), marked.end(), [&](const std::string& t) { return known(t); })) {
        plan_.unknown_words.push_back(folded);
    }
    return word;
}

WordPlan QueryPlanner::word(const std::string& folded, bool highlight) {
    std::string key = folded;
    key += highlight ? '+' : '-';
    key += expanding_ ? '+' : '-';
    if (const auto it = words_.find(key); it != words_.end()) return it->second;
    WordPlan analysed = analysed_word(folded, highlight);
    words_.emplace(std::move(key), analysed);
    return analysed;
}

// A word the index holds in neither language, but does with umlauts the reader left out
// (Ubelkeit: Übelkeit), is read as that word throughout: its compound parts, synonyms and
// translations too, so that Ubelkeit, Uebelkeit and Übelkeit are one query. Not in an English
// query, whose words the dictionary translates as typed, and not for stop words, which the
// index does not hold in any spelling (war is not wäre).
std::string QueryPlanner::indexed_spelling(const std::string& folded) {
    if (!frequency_ || english_query_ || analyzer_.is_stopword(folded, language_filter_)) return folded;
    if (known(index::schema::part_term(analyzer_.stem(folded, Language::german))) ||
        std::any_of(languages_.begin(), languages_.end(),
                    [&](Language language) { return known(index::schema::stem_term(analyzer_.stem(folded, language))); }) ||
        !may_lack_umlauts(folded)) {
        return folded;
    }
    // The spelling whose stem most passages hold; else (a participle the index holds only in
    // its verb's other forms: erschöpft in Erschöpfung) the one whose verb forms most do.
    std::string best = folded;
    std::pair<Xapian::doccount, Xapian::doccount> most{0, 0};
    for (std::string& spelling : umlaut_spellings(folded)) {
        const std::string stem = analyzer_.stem(spelling, Language::german);
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
}

// All of the words, by stem (stop words are not indexed). Where they must also stand together,
// the PhraseFilter checks that on the stored text. Nothing when every word is a stop word.
template <typename Iterator>
std::optional<AllWordsPlan> QueryPlanner::all_words(Iterator first, Iterator last) {
    AllWordsPlan plan;
    for (auto word = first; word != last; ++word) {
        if (word->size() > index::schema::kMaxTermBytes || analyzer_.is_stopword(*word, language_filter_)) continue;
        plan.words.push_back(present(stem_terms(*word)));
    }
    if (plan.words.empty()) return std::nullopt;
    return plan;
}

// A multi-word concept term: weighted as its words are, found where the index recorded it (as
// one term, since there are no positions to find it as a phrase).
template <typename Iterator>
ConceptTermPlan QueryPlanner::concept_term(Iterator first, Iterator last) {
    ConceptTermPlan plan;
    plan.recorded = index::schema::phrase_term(first, last);
    if (frequency_ && frequency_of(plan.recorded) == 0) {
        plan.in_index = false;
        return plan;
    }
    if (auto words = all_words(first, last)) plan.words = std::move(*words);
    return plan;
}

void QueryPlanner::plan_clause(const QueryClause& clause) {
    const auto words = analyzer_.words(clause.text);
    if (words.empty()) return;
    if (clause.phrase) {
        std::vector<std::string> terms;
        for (const auto& word : words) terms.push_back(indexed_spelling(word.folded));
        if (clause.occur != QueryClause::Occur::must_not) {
            plan_.searched_words.insert(plan_.searched_words.end(), terms.begin(), terms.end());
        }
        if (clause.occur == QueryClause::Occur::must_not) {
            // Passages with the words apart are still wanted; only the phrase is excluded.
            plan_.excluded_phrases.push_back(std::move(terms));
            return;
        }
        plan_.highlight.exact.insert(terms.begin(), terms.end());
        if (auto words_plan = all_words(terms.begin(), terms.end())) {
            plan_.must.emplace_back(std::move(*words_plan));
        } else {
            plan_.stop_words_left_out = true;
        }
        plan_.required_phrases.push_back(std::move(terms));
        return;
    }
    for (const auto& typed : words) {
        if (typed.folded.size() > index::schema::kMaxTermBytes) continue;
        const bool stopword = analyzer_.is_stopword(typed.folded, language_filter_);
        const std::string folded = indexed_spelling(typed.folded);
        if (clause.occur != QueryClause::Occur::must_not) plan_.searched_words.push_back(folded);
        if (clause.occur == QueryClause::Occur::should) {
            should_words_.searched.push_back(folded);
            should_words_.typed.push_back(typed.folded);
            should_words_.index.push_back(stopword ? -1 : static_cast<std::ptrdiff_t>(plan_.should.size()));
        }
        if (stopword) {
            plan_.stop_words_left_out = true;
            continue;
        }
        switch (clause.occur) {
            case QueryClause::Occur::should: plan_.should.push_back({word(folded, true), 1.0}); break;
            case QueryClause::Occur::must: plan_.must.emplace_back(word(folded, true)); break;
            // Excluded words are never highlighted: they are not in any hit.
            case QueryClause::Occur::must_not: plan_.must_not.push_back(word(folded, false)); break;
        }
    }
}

void QueryPlanner::translate_word(std::size_t i) {
    if (should_words_.index[i] < 0) return;
    // An English word is translated as typed ("lost", not a German "lösst" the index holds).
    for (const auto& [table, word_text] : {std::pair{sources_.english_to_german, &should_words_.typed[i]},
                                           std::pair{sources_.german_to_english, &should_words_.searched[i]}}) {
        if (table == nullptr) continue;
        for (const std::string& translation : table->translate(*word_text)) {
            as_expansion([&] { plan_.translations.push_back(word(translation, true)); });
        }
    }
}

// General German synonyms, unless the query is English ("fast" is also a German word).
void QueryPlanner::relate_word(std::size_t i) {
    if (sources_.thesaurus == nullptr || english_query_ || should_words_.index[i] < 0) return;
    for (const std::string& synonym : sources_.thesaurus->translate(should_words_.searched[i])) {
        as_expansion([&] { plan_.related.push_back(word(synonym, true)); });
    }
}

// Words of the query that name a medical concept also search its other terms; the other words
// get their general synonyms and translations.
void QueryPlanner::plan_concepts() {
    const std::vector<std::string>& words = should_words_.searched;
    std::size_t concepts = 0;
    for (std::size_t i = 0; i < words.size();) {
        const analysis::SynonymTable::Match match =
            sources_.concepts ? sources_.concepts->longest_match(words, i) : analysis::SynonymTable::Match{};
        if (match.length == 0) {
            translate_word(i);
            relate_word(i);
            ++i;
            continue;
        }
        if (match.length > 1) {
            // The words name one concept ("heart attack"): together they count in full, each on
            // its own ("heart") only as much as an expansion does.
            const auto first = words.begin() + static_cast<std::ptrdiff_t>(i);
            plan_.concepts.push_back(
                {concept_term(first, first + static_cast<std::ptrdiff_t>(match.length)), true, concepts});
            for (std::size_t w = i; w < i + match.length; ++w) {
                if (should_words_.index[w] >= 0) plan_.should[static_cast<std::size_t>(should_words_.index[w])].weight = kConceptWordWeight;
            }
        }
        if (match.length == 1 && should_words_.index[i] >= 0) {
            plan_.concept_typed_word[concepts] = static_cast<std::size_t>(should_words_.index[i]);
        }
        for (const analysis::SynonymTable::Term* term : match.others) {
            if (term->words.size() == 1) {
                as_expansion([&] { plan_.concepts.push_back({word(term->words.front(), true), false, concepts}); });
            } else {
                for (const std::string& other : term->words) {
                    if (!analyzer_.is_stopword(other, language_filter_)) plan_.highlight.exact.insert(other);
                }
                plan_.concepts.push_back({concept_term(term->words.begin(), term->words.end()), false, concepts});
            }
        }
        ++concepts;
        i += match.length;
    }
}

}  // namespace

QueryPlan plan_query(std::string_view query, const analysis::Analyzer& analyzer, Language language_filter,
                     const TermFrequency& frequency, const ExpansionSources& sources, const KnownWords& known_words) {
    require_searchable(query, analyzer);
    return QueryPlanner(query, analyzer, language_filter, frequency, sources, known_words).plan(query);
}

}  // namespace healthsearch::search

#include "index/passage_document.hpp"

#include "analysis/definitions.hpp"
#include "analysis/synonyms.hpp"
#include "index/schema.hpp"
#include "index/stored_passage.hpp"

namespace healthsearch::index {

namespace {

using analysis::AnalyzedWord;
using analysis::Language;

// Stemmed terms, under `prefix`, for the words that are not stop words.
void add_stems(Xapian::Document& doc, const std::vector<AnalyzedWord>& words, Language language,
               Xapian::termcount wdf, const analysis::Analyzer& analyzer,
               std::string_view prefix = schema::kPrefixStem) {
    for (const AnalyzedWord& word : words) {
        if (word.folded.size() > schema::kMaxTermBytes || analyzer.is_stopword(word.folded, language)) continue;
        doc.add_term(std::string(prefix) + analyzer.stem(word.folded, language), wdf);
    }
}

// D terms for what the passage's sentences define.
void add_defined(Xapian::Document& doc, const passage::Passage& passage, const std::vector<analysis::ByteRange>& sentences,
                 const analysis::Analyzer& analyzer) {
    std::size_t next = 0;
    std::vector<std::string_view> sentence;
    std::vector<AnalyzedWord> subject;
    for (const analysis::ByteRange& range : sentences) {
        const std::size_t first = next;
        sentence.clear();
        while (next < passage.words.size() && passage.words[next].begin < range.end) sentence.push_back(passage.words[next++].folded);
        const analysis::WordSpan defined = analysis::defined_subject(sentence);
        subject.assign(passage.words.begin() + static_cast<std::ptrdiff_t>(first + defined.begin),
                       passage.words.begin() + static_cast<std::ptrdiff_t>(first + defined.end));
        add_stems(doc, subject, passage.language, 1, analyzer, schema::kPrefixDefined);
    }
}

// Q terms for the multi-word synonym terms that `words` hold.
void add_concept_terms(Xapian::Document& doc, const std::vector<AnalyzedWord>& words, const analysis::Analyzer& analyzer) {
    const analysis::SynonymTable& synonyms = analysis::SynonymTable::builtin(analyzer);
    std::vector<std::string> folded;
    folded.reserve(words.size());
    for (const AnalyzedWord& word : words) folded.push_back(word.folded);
    for (std::size_t start = 0; start < folded.size(); ++start) {
        for (const analysis::SynonymTable::Term* term : synonyms.multi_word_terms_at(folded, start)) {
            const std::string phrase = schema::phrase_term(term->words.begin(), term->words.end());
            // Boolean: the query uses it as a filter, weighting the term's words instead.
            if (phrase.size() <= schema::kMaxPhraseTermBytes) doc.add_boolean_term(phrase);
        }
    }
}

}  // namespace

ArticleFields::ArticleFields(const Article& article, const analysis::Analyzer& analyzer)
    : title(analyzer.words(article.title)) {
    for (const Section& section : article.sections) {
        for (const std::string& heading : section.heading_path) {
            if (!headings.contains(heading)) headings.emplace(heading, analyzer.words(heading));
        }
    }
    for (const std::string& question : article.questions) {
        std::vector<analysis::AnalyzedWord> words = analyzer.words(question);
        questions.insert(questions.end(), std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
    }
}

Xapian::Document passage_document(const Article& article, const passage::Passage& passage,
                                  const ArticleFields& fields, const analysis::Analyzer& analyzer) {
    Xapian::Document doc;
    const Language language = passage.language;
    const std::string code(analysis::language_code(language));

    // Title and headings weigh more through their wdf.
    add_stems(doc, fields.title, language, schema::kTitleWdf, analyzer);
    for (const std::string& heading : passage.heading_path) {
        add_stems(doc, fields.headings.at(heading), language, schema::kHeadingWdf, analyzer);
    }
    // No positions: with the unstemmed terms they made up most of what the index wrote, and a
    // passage is already the unit of proximity. Phrases are checked against the stored text
    // instead (search/phrase_filter).
    for (const AnalyzedWord& word : passage.words) {
        if (word.folded.size() > schema::kMaxTermBytes || analyzer.is_stopword(word.folded, language)) continue;
        doc.add_term(schema::stem_term(analyzer.stem(word.folded, language)), schema::kBodyWdf);
        if (language != Language::german) continue;
        // Brustkrebs is also found as Brust and Krebs.
        for (const analysis::ByteRange& part : analyzer.compound_parts(word.folded)) {
            const std::string folded_part = word.folded.substr(part.begin, part.end - part.begin);
            doc.add_term(schema::part_term(analyzer.stem(folded_part, language)));
        }
    }
    const std::vector<analysis::ByteRange> sentences = analyzer.sentences(passage.text);
    add_defined(doc, passage, sentences, analyzer);
    if (passage.ordinal == 0) add_stems(doc, fields.title, language, 1, analyzer, schema::kPrefixLeadTitle);
    // The article's related questions, for ranking to use; never part of the passage's text.
    for (const AnalyzedWord& word : fields.questions) {
        if (word.folded.size() > schema::kMaxTermBytes || analyzer.is_stopword(word.folded, language)) continue;
        doc.add_boolean_term(schema::question_term(analyzer.stem(word.folded, language)));
    }
    // Multi-word synonym terms as single terms, so that "heart attack" can be found as such
    // without positions: in the passage, its title and its headings, whose words it is indexed
    // with ("Sleep Problems and Insomnia" is about sleep problems in every passage).
    add_concept_terms(doc, passage.words, analyzer);
    add_concept_terms(doc, fields.title, analyzer);
    for (const std::string& heading : passage.heading_path) add_concept_terms(doc, fields.headings.at(heading), analyzer);

    doc.add_boolean_term(schema::article_term(article.id));
    doc.add_boolean_term(schema::language_term(code));
    doc.add_value(schema::kSlotArticleId, article.id);
    doc.add_value(schema::kSlotLanguage, code);
    doc.add_value(schema::kSlotContentHash, article.content_hash);
    doc.add_value(schema::kSlotModified, Xapian::sortable_serialise(static_cast<double>(article.modified)));
    if (!article.source_file.empty()) doc.add_value(schema::kSlotSourceFile, article.source_file);
    if (!article.root.empty()) doc.add_value(schema::kSlotRoot, article.root);

    StoredPassage stored{article.id, article.title, passage.heading_path, code,
                         article.source, passage.ordinal, passage.text, {}, sentences};
    stored.words.reserve(passage.words.size());
    for (const AnalyzedWord& word : passage.words) stored.words.push_back({word.begin, word.end});
    doc.set_data(encode(stored));
    return doc;
}

}  // namespace healthsearch::index

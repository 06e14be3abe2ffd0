#include "lexicon/stopwords.hpp"

namespace healthsearch::lexicon {

// Based on the Snowball project's lists, plus the question words of natural questions.
const std::vector<std::string_view>& german_stopwords() {
    static const std::vector<std::string_view> words = {
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
        "andere", "anderem", "anderen", "anderer", "anderes", "anderm", "andern", "anders", "auch",
        "auf", "aus", "bei", "beim", "bin", "bis", "bist", "da", "damit", "dann", "das", "dass",
        "dasselbe", "dazu", "daß", "dein", "deine", "deinem", "deinen", "deiner", "deines", "dem",
        "demselben", "den", "denn", "denselben", "der", "derer", "derselbe", "derselben", "des",
        "desselben", "dessen", "dich", "die", "dies", "diese", "dieselbe", "dieselben", "diesem",
        "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine",
        "einem", "einen", "einer", "eines", "einig", "einige", "einigem", "einigen", "einiger",
        "einiges", "einmal", "er", "es", "etwas", "euch", "euer", "eure", "eurem", "euren",
        "eurer", "eures", "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte",
        "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem",
        "ihren", "ihrer", "ihres", "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden",
        "jeder", "jedes", "jene", "jenem", "jenen", "jener", "jenes", "jetzt", "kann", "kein",
        "keine", "keinem", "keinen", "keiner", "keines", "können", "könnte", "machen", "man",
        "manche", "manchem", "manchen", "mancher", "manches", "mein", "meine", "meinem", "meinen",
        "meiner", "meines", "mich", "mir", "mit", "muss", "musste", "nach", "nicht", "nichts",
        "noch", "nun", "nur", "ob", "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen",
        "seiner", "seines", "selbst", "sich", "sie", "sind", "so", "solche", "solchem", "solchen",
        "solcher", "solches", "soll", "sollte", "sondern", "sonst", "über", "um", "und", "uns",
        "unser", "unsere", "unserem", "unseren", "unserer", "unseres", "unter", "viel", "vom",
        "von", "vor", "während", "war", "waren", "warst", "was", "weg", "weil", "weiter",
        "welche", "welchem", "welchen", "welcher", "welches", "wenn", "werde", "werden", "wie",
        "wieder", "will", "wir", "wird", "wirst", "wo", "wollen", "wollte", "würde", "würden",
        "zu", "zum", "zur", "zwar", "zwischen", "wann", "warum", "wieso", "weshalb", "wer",
        "wen", "wem", "wessen", "womit", "wodurch", "wofür", "worauf", "gibt", "es", "sollten",
        "kann", "darf", "dürfen", "müssen", "eigentlich", "genau", "bzw", "z", "b",
    };
    return words;
}

const std::vector<std::string_view>& english_stopwords() {
    static const std::vector<std::string_view> words = {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
        "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
        "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours",
        "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "you", "your", "yours", "yourself", "yourselves", "s", "t", "don", "can't",
        "won't", "isn't", "aren't", "doesn't", "don't", "it's", "i'm", "you're", "there's",
        "what's", "may", "might", "must", "shall", "also", "get", "got",
    };
    return words;
}

}  // namespace healthsearch::lexicon

#!/usr/bin/env python3
"""Writes the fixed query set for the speed benchmark: 250 German and 250 English queries.

Readers of a health portal type both natural questions ("Wie wirkt eine Hormontherapie bei
Brustkrebs?") and bare keywords ("Fatigue Chemotherapie"), so the set mixes the two, about
two questions to one keyword query, over the topics of the bundled corpus. Some German queries
spell umlauts as `ue` or drop them, as readers on foreign keyboards do. The output depends only
on this file (a fixed seed, no external data), so bench/queries.txt can be regenerated and
diffed:

  python3 bench/make_queries.py > bench/queries.txt
"""
import random
import sys

PER_LANGUAGE = 250
SEED = 6  # issue 6

EN = {
    "treatment": ["immunotherapy", "chemotherapy", "radiotherapy", "hormone therapy", "targeted therapy",
                  "surgery", "palliative care", "pain medication", "genomic testing", "a clinical trial",
                  "vaccination", "insulin", "antidepressants", "cognitive behavioural therapy",
                  "a PSA test", "stereotactic radiosurgery"],
    "condition": ["metastatic cancer", "breast cancer", "lung cancer", "prostate cancer", "melanoma",
                  "brain metastases", "type 2 diabetes", "depression", "anxiety", "insomnia",
                  "chronic pain", "high blood pressure", "asthma in children", "a weak immune system",
                  "bone metastases", "advanced cancer"],
    "symptom": ["fatigue", "nausea", "hair loss", "shortness of breath", "fever", "headaches",
                "loss of appetite", "panic attacks", "sleep problems", "skin rash", "weight loss",
                "chest pain", "numbness in the hands", "diarrhoea", "mouth sores", "low mood"],
}
EN_QUESTIONS = [
    "How does {treatment} work for {condition}?",
    "What are the side effects of {treatment}?",
    "Is {treatment} an option for {condition}?",
    "What helps against {symptom} during {treatment}?",
    "When should I see a doctor about {symptom}?",
    "Can {treatment} cause {symptom}?",
    "How is {condition} diagnosed?",
    "What are the first signs of {condition}?",
    "How long does {treatment} take?",
    "What can I eat to cope with {symptom}?",
    "Does {condition} always cause {symptom}?",
    "What should I ask my care team before {treatment}?",
]
EN_KEYWORDS = ["{treatment} {condition}", "{symptom} {treatment}", "{condition} {symptom}",
               "{condition} treatment options", "{symptom} remedies"]

DE = {
    "treatment": ["Immuntherapie", "Chemotherapie", "Strahlentherapie", "Hormontherapie",
                  "zielgerichtete Therapie", "Operation", "Palliativversorgung", "Schmerztherapie",
                  "genomische Tumortestung", "klinische Studie", "Impfung", "Insulin",
                  "Antidepressiva", "Verhaltenstherapie", "Mammographie", "Psychoonkologie"],
    "condition": ["Metastasen", "Brustkrebs", "Lungenkrebs", "Prostatakrebs", "Hautkrebs",
                  "Hirnmetastasen", "Diabetes Typ 2", "Depression", "Angststörungen", "Schlafstörungen",
                  "chronischen Schmerzen", "Herzinfarkt", "Fieber bei Kindern", "Immunschwäche",
                  "Knochenmetastasen", "fortgeschrittenem Krebs"],
    "symptom": ["Übelkeit", "Fatigue", "Haarausfall", "Atemnot", "Fieber", "Kopfschmerzen",
                "Appetitlosigkeit", "Panikattacken", "Schlaflosigkeit", "Hautausschlag",
                "Gewichtsverlust", "Brustschmerzen", "Taubheitsgefühl", "Durchfall", "Müdigkeit",
                "Erschöpfung"],
}
DE_QUESTIONS = [
    "Wie wirkt eine {treatment} bei {condition}?",
    "Welche Nebenwirkungen hat eine {treatment}?",
    "Kommt eine {treatment} bei {condition} infrage?",
    "Was hilft gegen {symptom} während der {treatment}?",
    "Wann sollte ich mit {symptom} zum Arzt gehen?",
    "Kann eine {treatment} {symptom} verursachen?",
    "Wie wird {condition} erkannt?",
    "Was sind die ersten Warnzeichen bei {condition}?",
    "Wie lange dauert eine {treatment}?",
    "Was kann ich bei {symptom} essen?",
    "Habe ich bei {condition} immer {symptom}?",
    "Was sollte ich vor einer {treatment} mit dem Arzt besprechen?",
]
DE_KEYWORDS = ["{treatment} {condition}", "{symptom} {treatment}", "{condition} {symptom}",
               "{condition} Behandlung", "{symptom} was tun"]

ASCII_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
BARE_UMLAUTS = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}


def respell(text, table):
    return "".join(table.get(c, c) for c in text)


def queries(rng, terms, questions, keywords, count, umlauts):
    out, seen = [], set()
    while len(out) < count:
        template = rng.choice(questions) if rng.random() < 0.67 else rng.choice(keywords)
        query = template.format(**{slot: rng.choice(words) for slot, words in terms.items()})
        query = query[0].upper() + query[1:]
        if umlauts:
            roll = rng.random()
            if roll < 0.1:
                query = respell(query, ASCII_UMLAUTS)
            elif roll < 0.15:
                query = respell(query, BARE_UMLAUTS)
        if query not in seen:
            seen.add(query)
            out.append(query)
    return out


def main():
    # One generator per language, so changing the English lists leaves the German queries alone.
    german = queries(random.Random(SEED), DE, DE_QUESTIONS, DE_KEYWORDS, PER_LANGUAGE, umlauts=True)
    english = queries(random.Random(SEED + 1), EN, EN_QUESTIONS, EN_KEYWORDS, PER_LANGUAGE, umlauts=False)
    # Interleaved, so that the first N queries (the CLI runs only 100) hold both languages.
    for de, en in zip(german, english):
        print(de)
        print(en)
    return 0


if __name__ == "__main__":
    sys.exit(main())

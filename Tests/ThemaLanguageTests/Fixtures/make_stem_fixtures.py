#!/usr/bin/env python3
"""Generate the stemmer fixtures `dutch-stems.tsv` and `english-stems.tsv`.

Run once, by hand, when the fixtures must change; the Swift tests only read the committed TSV files,
so CI needs neither pip nor the word lists.

    pip install 'snowballstemmer>=3,<4'
    apt-get install -y wdutch wamerican        # /usr/share/dict/dutch, /usr/share/dict/american-english
    python3 Tests/ThemaLanguageTests/Fixtures/make_stem_fixtures.py

The sample is deterministic: words are ranked by the SHA-256 of their UTF-8 bytes (independent of the
order of the word list), categories that exercise particular rules of the algorithms take their quota
first, and a general sample fills up the rest. The output is sorted by word.
"""

import hashlib
import random
import importlib.metadata
import os
import re
import subprocess
import sys
import unicodedata

import snowballstemmer

HERE = os.path.dirname(os.path.abspath(__file__))

DUTCH_LIST = "/usr/share/dict/dutch"            # Debian package wdutch (/usr/share/dict/nederlands)
ENGLISH_LIST = "/usr/share/dict/american-english"  # Debian package wamerican

DUTCH_TOTAL = 12000
ENGLISH_TOTAL = 6000

# Words of the project's domain: always part of the Dutch fixture, whether or not the word list has them.
DUTCH_DOMAIN = """
leren leer leert leerde leerden geleerd lerend lerende lerenden leerling leerlingen leraar leraren
lerarenopleiding lerarenopleidingen leerkracht leerkrachten leeromgeving leercultuur leergemeenschap
leertheorie leertheorieën teamleren
innovatie innovaties innovatief innovatieve innoveren innoveert innoveerde innoveerden geïnnoveerd
innoverend innoverende innovator innovatoren innovatiekracht innovatiefonds onderwijsinnovatie
onderwijsinnovaties
onderzoek onderzoeken onderzoekt onderzocht onderzoekend onderzoekende onderzoeker onderzoekers
onderzoeksmatig onderzoeksmatige praktijkonderzoek
ontwerpen ontwerp ontwerpt ontwierp ontworpen ontwerpend ontwerpende ontwerper ontwerpers
reflecteren reflecteert reflecteerde gereflecteerd reflectie reflecties reflectief reflectieve
onderwijs onderwijzen onderwijzer onderwijzers onderwijskundig onderwijskundige
positionering positioneren gepositioneerd
leiderschap leiders leider leidinggeven leidinggevende leidinggevenden
docent docenten docentschap lerarenleiderschap
professionalisering professionaliseren professionele professioneel professionaliteit
kennis kennisbasis kennisdeling kennistheorieën
samenwerken samenwerking samenwerkingen samenwerkt
begeleiden begeleiding begeleider begeleiders beleid beleidsmatig
overheid overheden over scholing school scholen erkenning verkenning verkennen
opgeleiden opleiding opleidingen opleider opleiders
visie visies gedeelde cultuur culturen structuur structuren
collega collega's collegiaal collegiale thema thema's themas
beroepsonderwijs primair voortgezet middelbaar hoger
micro meso macro
""".split()

ENGLISH_DOMAIN = """
learn learns learned learning learner learners innovate innovates innovated innovating innovation
innovations innovative innovator research researches researched researching researcher design designs
designed designing designer reflect reflects reflected reflecting reflection reflective teacher teachers
teaching leadership leaders school schools schooling community communities professional
professionalism culture cultures
skis skies dying lying tying idly gently ugly early only singly sky news howe atlas cosmos bias andes
inning outing canning herring earring evening proceed exceed succeed proceeded exceedingly
generous generously generate communism communication arsenal arsenic emergency emerge internal
internet later lateral organ organize organization past pasted university universal
agreed agreedly feed feeding bleed hopping hoping hoped hopped filing filling controlling
""".split()


def rank(word):
    return hashlib.sha256(word.encode("utf-8")).hexdigest()


def read_list(path):
    words = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word = unicodedata.normalize("NFC", line.strip())
            # Lower-case forms of letters, optionally with an apostrophe ("thema's"): what the tokenizer
            # hands the stemmer. Proper nouns, abbreviations and multi-word entries are left out.
            if word and word == word.lower() and re.fullmatch(r"[^\W\d_]+(?:'[^\W\d_]*)?", word):
                words.add(word)
    return sorted(words, key=rank)


def sample(words, categories, total, always):
    chosen = dict.fromkeys(always)
    for pattern, quota in categories:
        regex = re.compile(pattern)
        taken = 0
        for word in words:
            if taken >= quota:
                break
            if word not in chosen and regex.search(word):
                chosen[word] = None
                taken += 1
    for word in words:
        if len(chosen) >= total:
            break
        chosen.setdefault(word, None)
    return sorted(chosen)


DUTCH_CATEGORIES = [
    (r"[^a-z']", 900),                      # diacritics: ë ï é è ê ö ü á ó …
    (r"[ëï]", 300),
    (r"heden$", 150), (r"heid$", 250),
    (r"en$", 1500), (r"s$", 700), (r"'s$", 250), (r"e$", 900),
    (r"([bcdfghjklmnpqrstvwxz])\1", 800),   # doubled consonants
    (r"^ge", 500), (r".ge", 300),
    (r"(atie|iteit|isme|erij|arij|ster|sel|fie|gie|tst|dst|ieve|ene|nde|aus|és|ies)$", 700),
    (r"(ing|baar|naar|laar|raar|lijke|lijker|lijkst|ische|achtig|achtiger|achtigst|erig|eriger|erigst)$", 600),
    (r"(ig|iger|igst|end|ioneel|atief|tant|rder)$", 400),
    (r"(tje|etje|pje|kje|je|'tje|mpje|inkje|rntje)$", 500),
    (r"(kt|ft|pt|d|t|v|z)$", 500),
    (r"ij", 300),
]

ENGLISH_CATEGORIES = [
    (r"ing$", 500), (r"ed$", 500), (r"ly$", 350), (r"s$", 500), (r"'s$", 150), (r"(ies|ied|sses|us|ss)$", 200),
    (r"(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi|ogist|fulli|lessli|li)$", 500),
    (r"(icate|ative|alize|iciti|ical|ful|ness)$", 300),
    (r"(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ism|ate|iti|ous|ive|ize|sion|tion)$", 600),
    (r"(e|l|ll)$", 300),
    (r"y", 400), (r"^(gener|commun|arsen|emerg|inter|later|organ|past|univers)", 150),
    (r"([bdfgmnprt])\1(ed|ing)$", 150),
    (r"[^a-z']", 40),
]


# Synthetic forms: pieces of letters and suffixes glued at random (fixed seed), to reach corners real words
# seldom visit (an apostrophe before -je, "ij" next to a diaeresis, suffixes on very short stems).
DUTCH_PIECES = list("aeiouybcdfghjklmnprstvwz") + [
    "ij", "ë", "ï", "é", "è", "ê", "ä", "ö", "ü", "'", "ge", "en", "heid", "heden", "je", "tje", "atie",
    "ing", "ig", "erij", "lijk", "baar", "nn", "kt", "ft", "aar", "ene", "le", "s", "es", "y"]
ENGLISH_PIECES = list("aeiouybcdfghjklmnprstvwxz") + [
    "'", "ed", "ing", "ly", "eed", "ies", "s", "ss", "ational", "li", "ogi", "at", "bl", "iz", "y", "ll",
    "ement", "ion", "gener", "past"]
SYNTHETIC_TOTAL = 3000


def synthetic(pieces, seed):
    generator = random.Random(seed)
    forms = set()
    while len(forms) < SYNTHETIC_TOTAL:
        forms.add("".join(generator.choice(pieces) for _ in range(generator.randint(1, 7))))
    return sorted(forms)


def write(path, header, words, stemmer):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header + "\n")
        handle.write("word\tstem\n")
        for word in words:
            handle.write(f"{word}\t{stemmer.stemWord(word)}\n")


def package_version(name):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    version = importlib.metadata.version("snowballstemmer")
    if not version.startswith("3."):
        sys.exit(f"snowballstemmer 3.x required, found {version}")
    dutch = snowballstemmer.stemmer("dutch")
    english = snowballstemmer.stemmer("english")
    # The current Dutch algorithm (Snowball 3) conflates these; the old `dutch_porter` does not.
    if dutch.stemWord("leren") != dutch.stemWord("leerden"):
        sys.exit("the 'dutch' stemmer is not the Snowball 3 algorithm")

    dutch_words = sample(read_list(DUTCH_LIST), DUTCH_CATEGORIES, DUTCH_TOTAL, DUTCH_DOMAIN)
    english_words = sample(read_list(ENGLISH_LIST), ENGLISH_CATEGORIES, ENGLISH_TOTAL, ENGLISH_DOMAIN)

    write(os.path.join(HERE, "dutch-stems.tsv"),
          f"# snowballstemmer {version} algorithm=dutch words={len(dutch_words)} "
          f"source=wdutch {package_version('wdutch')} {DUTCH_LIST} + domain words; "
          "generated by make_stem_fixtures.py",
          dutch_words, dutch)
    write(os.path.join(HERE, "english-stems.tsv"),
          f"# snowballstemmer {version} algorithm=english words={len(english_words)} "
          f"source=wamerican {package_version('wamerican')} {ENGLISH_LIST} + domain words; "
          "generated by make_stem_fixtures.py",
          english_words, english)
    for name, pieces, stemmer, seed in [("dutch", DUTCH_PIECES, dutch, 5), ("english", ENGLISH_PIECES, english, 7)]:
        forms = synthetic(pieces, seed)
        write(os.path.join(HERE, f"{name}-synthetic-stems.tsv"),
              f"# snowballstemmer {version} algorithm={name} words={len(forms)} "
              f"source=synthetic (random.Random({seed}) over letter and suffix pieces); "
              "generated by make_stem_fixtures.py",
              forms, stemmer)
    print(f"snowballstemmer {version}: {len(dutch_words)} Dutch, {len(english_words)} English forms, "
          f"{SYNTHETIC_TOTAL} synthetic forms each")


if __name__ == "__main__":
    main()

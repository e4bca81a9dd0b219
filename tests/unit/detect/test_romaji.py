"""Japanese written in romaji (mamori.detect.text.romaji): which Latin-letter spans are
Japanese rather than English, their conversion to kana, and that the Japanese path
then reads them (evidence as written). English with Japanese loan words, names,
addresses, codes and text-speak stays English.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.text.romaji import as_kana, is_romaji, spells_japanese, to_kana
from unit.detect.support import serious


# ------------------------------------------------------------------ conversion
@pytest.mark.parametrize(
    ("word", "kana"),
    [
        # long vowels: ou, oo, uu, macrons and circumflexes
        ("arigatou", "ありがとう"),
        ("tookyoo", "とおきょお"),
        ("tōkyō", "とうきょう"),
        ("Tôkyô", "とうきょう"),
        ("kuuki", "くうき"),
        ("kūki", "くうき"),
        # small tsu as a doubled consonant, tch / cch before ch
        ("chotto", "ちょっと"),
        ("kekkou", "けっこう"),
        ("matcha", "まっちゃ"),
        ("ecchi", "えっち"),
        ("zasshi", "ざっし"),
        # ん: before a consonant, at the end, n' before a vowel, nn + vowel, m before b/p
        ("henkin", "へんきん"),
        ("kin'en", "きんえん"),
        ("kinen", "きねん"),
        ("onna", "おんな"),
        ("konnichiwa", "こんにちわ"),
        ("shimbun", "しんぶん"),
        ("sampo", "さんぽ"),
        # Hepburn and kunrei spellings alike
        ("shine", "しね"),
        ("sine", "しね"),
        ("tsukue", "つくえ"),
        ("tukue", "つくえ"),
        ("chiisai", "ちいさい"),
        ("tiisai", "ちいさい"),
        ("fuzakeru", "ふざける"),
        ("huzakeru", "ふざける"),
        ("jibun", "じぶん"),
        ("zibun", "じぶん"),
        ("kyou", "きょう"),
        ("shashin", "しゃしん"),
        ("syasin", "しゃしん"),
    ],
)
def test_conversion(word: str, kana: str) -> None:
    assert to_kana(word) == kana


@pytest.mark.parametrize("word", ["operator", "www", "the", "support", "ok", "kx2210", "lol"])
def test_no_conversion_of_what_spells_no_japanese(word: str) -> None:
    assert to_kana(word) is None
    assert not spells_japanese(word)


def test_particles_as_written_in_kana() -> None:
    assert as_kana("omae wa baka desu") == "おまえはばかです"
    assert as_kana("henkin o shiro yo") == "へんきんをしろよ"
    assert as_kana("mise e iku kara na") == "みせへいくからな"
    # sentence-final "wa" stays わ
    assert as_kana("mou iku wa") == "もういくわ"


def test_loan_words_and_laughter_kept_as_written() -> None:
    assert as_kana("kono operator maji baka www") == "この operator まじばか www"
    assert as_kana("LINE no ID oshiete yo") == "LINE の ID おしえてよ"


def test_sentences_and_clauses() -> None:
    # each sentence on its own; a sentence beside a romaji one needs less
    assert as_kana("Order 1234 came broken. omae baka ka yo") == (
        "Order 1234 came broken. おまえばかかよ"
    )
    assert as_kana("omae wa baka desu. Nido to kuru na!") == "おまえはばかです。 にどとくるな!"
    # a romaji clause in an English sentence
    assert as_kana("I paid already, henkin shiro yo") == "I paid already, へんきんしろよ"
    # sentence breaks stay where they were
    assert as_kana("baka da na omae.\nshine") is not None


# ------------------------------------------------------------------ romaji or English
@pytest.mark.parametrize(
    "text",
    [
        "kono operator maji baka www",
        "omae shine",
        "koe kawaii ne, ecchi na koto shiteru?",
        "henkin shiro yo",
        "uttae te yaru kara na",
        "arigatou gozaimasu",
        "henpin shitai desu",
        "tantousha wo dase",
        "Anata no denwa bangou oshiete",
        "OMAE BAKA DESU",
        "omae maji baka lol",
        "ok, henkin shite kudasai",
    ],
)
def test_romaji_is_recognised(text: str) -> None:
    assert is_romaji(text.replace(",", " ").replace("?", "").split()), text
    assert as_kana(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        # English with Japanese loan words and names
        "We had sushi and karaoke after the anime convention",
        "The tsunami warning was lifted this morning",
        "Sato Kenji",
        "Kenji made sushi",
        "Hi Kenji, no problem",
        "Sato, no.",
        "Mr Tanaka said he would come on Monday",
        "Nami, Kaori and Yumi are on the booking",
        "Honda, Toyota and Mazda dealers quoted the same price",
        "ramen was fine but the karaage was cold",
        "kimono so cute omg",
        "karate kimono manga anime",
        # codes, addresses, text-speak
        "order no. KX-2210 not here yet",
        "send it to sato.kenji@example.com",
        "see https://example.com/henkin/shiro/yo",
        "@kenji_sato no",
        "ya no wat i mean lol",
        "u r so baka lol",
        "haha no",
        "hehe ok",
        "ok lol",
        "lol ur so baka",
        "you are so mean",
        "are you here",
        "no more sake for me",
        "come home, mate",
        "take a nap",
        # other languages in Latin letters
        "no me gusta nada",
    ],
)
def test_english_stays_english(text: str) -> None:
    assert as_kana(text) is None, text


def test_japanese_script_is_left_alone() -> None:
    assert as_kana("お前 baka だな") is None
    assert as_kana("") is None
    assert as_kana("12345 !!") is None


# ------------------------------------------------------------------ through the detector
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("omae shine", "abusive_language"),
        ("kono operator maji baka www", "abusive_language"),
        ("koe kawaii ne, ecchi na koto shiteru?", "sexual_harassment"),
        ("uttae te yaru kara na", "legal_threat"),
        ("tsugi atta ra buttobasu zo", "violence_threat"),
        ("dogeza shite ayamare yo", "apology_demand"),
        ("anta no jitaku no juusho oshiete yo", "privacy_intrusion"),
        ("kuchikomi ni zenbu kaite kakusan suru kara na", "online_defamation_threat"),
        ("zengaku henkin shiro yo, isharyou mo harae", "excessive_demand"),
    ],
)
def test_romaji_reaches_the_japanese_path(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "arigatou gozaimasu, hontou ni tasukarimashita",
        "henpin shitai desu, dou sureba ii desu ka?",
        "kono kaban sugoku kawaii! mata kaimasu ne",
        "bengoshi no sensei ni souzoku no soudan wo shimashita",
    ],
)
def test_polite_romaji_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert serious(detector, text) == set(), text


def test_evidence_shows_the_words_as_written(detector: LexiconDetector) -> None:
    for text in (
        "omae shine",
        "koe kawaii ne, ecchi na koto shiteru?",
        "henkin shiro yo",
        "nani sore... omae hontou ni baka da na",
    ):
        hits = detector.analyse(None, text, "chat").hits
        assert hits, text
        for h in hits:
            assert h.evidence.isascii() and h.evidence, (text, h.evidence)

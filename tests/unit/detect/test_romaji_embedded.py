"""Romaji and English inside Japanese text, surnames in romaji, constructions read the
same in kanji and in romaji, and the English demand, posting and deadline classes.

- a Latin-letter run inside Japanese script (a memo quoting the customer, a voicemail
  transcript) is judged and converted as romaji on its own; English runs stay English;
- a capitalised known surname in a romaji sentence stays the name the staff-naming
  rules know (its kana would be an unknown word);
- a contract's charge waved away and refused beside a refund order, and the listener
  wanted as one's partner, read the same whether typed in kanji or in romaji;
- English: every item of a kind demanded free; the exchange posted on a platform named
  by its own name or on every community of a kind; an English threat quoted in a
  Japanese memo judged by its own frame; a deadline reported is no pressure.

Written for these tests, not taken from a corpus or a stream.
"""

from __future__ import annotations

import re

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.text.romaji import as_kana
from unit.detect.support import serious


# ------------------------------------------------------------------ romaji inside Japanese
@pytest.mark.parametrize(
    ("text", "kana"),
    [
        ("受付メモ：客は「kisama nagutte yaru」と言った", "きさまなぐってやる"),
        ("えっと、もしもし？kimi no juusho oshiete yo。では。", "きみのじゅうしょおしえてよ"),
        ("チャット記録…mou nido to kuru na…以上", "もうにどとくるな"),
    ],
)
def test_romaji_run_inside_japanese_is_read_in_kana(text: str, kana: str) -> None:
    out = as_kana(text)
    assert out is not None and kana in out, (text, out)
    # the Japanese around it is kept as written
    run = re.search(r"[a-z][a-z ]*[a-z]", text)
    assert run is not None
    assert out.startswith(text[: run.start()]) and out.endswith(text[run.end() :]), out


@pytest.mark.parametrize(
    "text",
    [
        "お客様はpassword resetについて質問された",
        "ご注文のiPhone caseは明日届きます",
        "担当：Tanaka Hiroshi、件名：invoice copy",
        "お前 baka だな",
    ],
)
def test_english_and_names_inside_japanese_stay(text: str) -> None:
    assert as_kana(text) is None, text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("【伝言】……もしもし、kisama nagutte yaru kara na。以上。", "violence_threat"),
        ("【伝言】……あー、dogeza shite shazai shiro。それだけ。", "apology_demand"),
        ("記録：相手は「ie made kite setsumei shiro yo」と繰り返した", "in_person_demand"),
        ("お客様は「Hashimoto ni kaware, omae ja dame da」と述べた", "staff_naming"),
    ],
)
def test_romaji_quoted_in_japanese_reaches_the_japanese_path(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert code in serious(detector, text), text


# ------------------------------------------------------------------ surnames in romaji
@pytest.mark.parametrize(
    "text",
    [
        "Nishimura wo dase yo",
        "Fujita ni kaware. anta ja hanashi ni naranai",
        "Yoshida-san wa mada hataraite ru no?",
    ],
)
def test_capitalised_surname_in_romaji_is_a_name(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" in serious(detector, text), text


def test_grammar_word_that_spells_a_surname_stays_grammar() -> None:
    out = as_kana("Kono mise maji saitei da na")
    assert out is not None and out.startswith("この"), out


# ------------------------------------------------------------------ kanji and romaji alike
@pytest.mark.parametrize(
    "text",
    [
        "違約金なんか払わないぞ、代金は全額返せ",
        "iyakukin nanka harawanai zo, zengaku henkin shiro",
        "henkin shiro yo. souryou nante harau wake nai daro",
    ],
)
def test_fee_refused_beside_a_refund_order(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "運休になったんだからキャンセル料なんて払わない、全額返金して",
        "キャンセル料とか払い戻しされますか",
        "手数料は払いませんので全額返金してください",
    ],
)
def test_fee_refused_for_the_company_s_fault_or_asked_stays_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert "excessive_demand" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "あんたを恋人にしたいわ",
        "omae wo koibito ni shitai na",
        "ano tenin-san, karada mo yawaraka sou",
    ],
)
def test_partner_wanted_or_body_guessed(detector: LexiconDetector, text: str) -> None:
    assert "sexual_harassment" in serious(detector, text), text


def test_her_as_indirect_object_is_no_advance(detector: LexiconDetector) -> None:
    assert serious(detector, "彼女にしたい質問がいくつかあります") == set()


# ------------------------------------------------------------------ English
@pytest.mark.parametrize(
    "text",
    [
        "send me every premium outfit free, I have paid enough already",
        "I want all your expansion packs for free after this mess",
        "Like I told you twice, give me all the event rewards for free",
    ],
)
def test_everything_of_a_kind_demanded_free(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Is the soundtrack free for all players?",
        "Can you give me the replacement part for free under warranty?",
    ],
)
def test_free_asked_or_under_warranty_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "excessive_demand" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I am going to share this chat on Mastodon, you will regret it",
        "we will upload the recording on Bilibili tonight",
        "I'll post this in every Polish forum I know",
    ],
)
def test_post_on_any_named_platform(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I will post the signed form on Monday",
        "I'll post it on eBay if you won't take it back",
        "I shared this on Weibo last year and someone helped me",
    ],
)
def test_mail_sale_or_past_post_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "online_defamation_threat" not in serious(detector, text), text


def test_english_threat_quoted_in_a_japanese_memo(detector: LexiconDetector) -> None:
    memo = "応対記録：お客様は「we will take you to court and sue the hotel」と話された。"
    assert "legal_threat" in serious(detector, memo)
    told = "応対記録：お客様は「I sued a shop once, years ago」と話された。"
    assert "legal_threat" not in serious(detector, told)


@pytest.mark.parametrize(
    "text",
    [
        "Your leaflet printed an incorrect deadline for renewal, so I was charged a penalty",
        "I missed the deadline because your letter arrived late. Please cancel the fine",
    ],
)
def test_a_deadline_reported_is_no_pressure(detector: LexiconDetector, text: str) -> None:
    assert "pressure_language" not in serious(detector, text), text


def test_a_deadline_set_stays_pressure(detector: LexiconDetector) -> None:
    assert "pressure_language" in serious(detector, "Deadline is Thursday. No excuses.")


# ------------------------------------------------------------------ English spellings as nouns
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kura ni hi wo tsukete yaru kara na", "violence_threat"),
        ("me ga kusatten no ka, kono boke", "abusive_language"),
    ],
)
def test_english_spelling_before_a_case_particle_is_a_japanese_noun(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert as_kana(text) is not None, text
    assert code in {h.category.value for h in detector.analyse(None, text, "chat").hits}, text


@pytest.mark.parametrize("text", ["Hi, I have a question about my order", "are you open on sunday"])
def test_english_with_those_words_stays_english(text: str) -> None:
    assert as_kana(text) is None, text


# ------------------------------------------------------------------ bracketed lines
def test_stamp_placeholders_do_not_merge_an_english_sentence(detector: LexiconDetector) -> None:
    text = "I am going to share this chat on Mastodon\n[スタンプ][スタンプ]"
    assert "online_defamation_threat" in serious(detector, text)

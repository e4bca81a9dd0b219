"""Japanese frames that make a cue no act of the customer's towards staff
(mamori.detect.ja_roles): a third party's words, told; a favour received; an insult of
the speaker's own people. Each with the sentences that must stay: the customer's own
threat quoted as still meant, a request or an order, an insult aimed at staff. Then
polite veiled threats (ja.yaml, own_side_plan and after): a polite sentence whose
content is the threat, next to the plan, anecdote or hope that reads alike.

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import serious, severity


# ------------------------------------------------------------------ reported speech
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("息子が「殺すぞ！」って叫んでて困ってます", "violence_threat"),
        ("娘が「ぶっ殺す！」と言ったのでびっくりしました", "violence_threat"),
        ("映画の中で刑事が「訴えてやる」と叫んでいた", "legal_threat"),
        ("犯人役が『火をつけるぞ』と脅すシーンがありました", "violence_threat"),
        ("兄貴がゲームしながら「死ね」って叫んでるんだけど", "abusive_language"),
        ("友だちが「お前アホやろ」って言うてきてん", "abusive_language"),
        ("テレビで芸人が「バカ野郎」って怒鳴ってた", "abusive_language"),
        ("客：孫がね、ゲームで「ころすぞ」とか言うてたんよ", "violence_threat"),
        ('"ネットに晒す"ってあいつらが書き込んでた', "online_defamation_threat"),
        ("「殺すぞ」と息子が叫んでいた", "violence_threat"),
        ("息子が殺すぞって叫んでた", "violence_threat"),
        ("ニュースで犯人が「全員殺す」と供述したって", "violence_threat"),
        ("彼が「殺すぞ」ってLINE送ってきたんです", "violence_threat"),
        ("近所のおばちゃんが「訴えたる！」って騒いでた", "legal_threat"),
        # Told to the customer (a passive verb of saying), whatever the code.
        ("前の彼氏に「殺す」って言われたことがあって", "violence_threat"),
        # Staff's words told as a past event; a third party's habit.
        ("レジの店員が「バカかお前」と言いました", "abusive_language"),
        ("客：あんたが「死ね」言うたんやろ", "abusive_language"),
        ("弟はいつも「ぶっ殺す」とか言うんですよ", "violence_threat"),
    ],
)
def test_a_third_partys_words_told_are_at_most_low(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert severity(detector, text, code) in (None, "low"), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("だから「訴える」って言ってんだよ", "legal_threat"),
        ("「ネットに晒す」って言ってるだろ", "online_defamation_threat"),
        ("お前に「殺すぞ」って言ってんだよ", "violence_threat"),
        ("俺が「殺す」って言ったら殺すんだよ", "violence_threat"),
        # Relayed as the sentence's present predicate: the customer's threat by proxy.
        ("主人が『訴える』と申しております", "legal_threat"),
        ("夫が「店に乗り込む」って言ってますけど", "violence_threat"),
        # Said to staff, not by them.
        ("お前に「殺すぞ」って言うてんねん", "violence_threat"),
        ("電話で「訴える」って言ったよな", "legal_threat"),
        # No brackets: the subject before the cue is the quote's own first word.
        ("女は黙っとれって言うとるんじゃ", "abusive_language"),
        ("バイトは黙っとけって言ってんの", "abusive_language"),
        ("女は引っ込んどけって言うたやろ", "abusive_language"),
        # The listener is the one told: 「お前なんか」 before the passive.
        ("お前なんか「バカ」って言われて当然だ", "abusive_language"),
    ],
)
def test_the_customers_own_quoted_threat_stays(
    detector: LexiconDetector, text: str, code: str
) -> None:
    assert code in serious(detector, text), text


# ------------------------------------------------------------------ favours received
@pytest.mark.parametrize(
    "text",
    [
        "わざわざご自宅までお越しいただき、ありがとうございました",
        "店長さんに頭を下げていただいて、こちらこそ恐縮です",
        "家まで来てくれて、ほんまに助かったわ",
        "係の方がお詫びに来てくださいました",
        "お詫びの品まで頂戴して、かえって申し訳ないです",
        "客：前回はうちまで来てもらって感謝してます",
        "菓子折りまで持ってきてくださって恐縮です",
        "お詫びの品まで送っていただいて、かえってすみません",
    ],
)
def test_a_favour_received_is_no_demand(detector: LexiconDetector, text: str) -> None:
    found = serious(detector, text)
    assert not found & {"in_person_demand", "apology_demand", "excessive_demand"}, text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("今すぐ家に来てくれ", "in_person_demand"),
        ("上司の方に直接来ていただきたい", "in_person_demand"),
        ("菓子折り持ってこい", "in_person_demand"),
        ("家まで謝罪に来てくれへん？", "in_person_demand"),
        ("家まで来てくれないと困る", "in_person_demand"),
        ("家まで来ていただけますか", "in_person_demand"),
        ("謝罪に来ていただかないと納得できません", "apology_demand"),
        ("家まで来てくれるまで待ってるからな", "in_person_demand"),
        ("わざわざ来ていただいてすみませんが、直接謝りに来てください", "in_person_demand"),
    ],
)
def test_requests_and_orders_stay(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


# ------------------------------------------------------------------ own people
@pytest.mark.parametrize(
    "text",
    [
        "うちの猫がアホすぎて笑う",
        "妹がアホすぎて草",
        "弟がバカすぎて宿題が終わらない",
        "隣の家の犬がうるさくてバカみたい",
        "俺がバカだったよ",
        "うちの猫バカすぎｗ",
        "うちのじいちゃん、ほんまアホやねん",
    ],
)
def test_an_insult_of_ones_own_people_is_at_most_low(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "お前バカか",
        "お前の会社の社長はバカか",
        "あんたの上司、アホやな",
        "担当の人アホなんちゃう",
        "対応した店員がバカすぎる",
        "ほんまアホやな、何回言わせんねん",
    ],
)
def test_an_insult_of_staff_stays(detector: LexiconDetector, text: str) -> None:
    assert "abusive_language" in serious(detector, text), text


# ------------------------------------------------------------------ polite veiled threats
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("金曜までにお返事がない場合、当方にも考えがございますので", "violence_threat"),
        ("そっちがその気やったら、うちにも考えがあるで", "violence_threat"),
        ("わたくしにも覚悟がございます。", "violence_threat"),
        ("実は友人に弁護士がおりまして", "legal_threat"),
        ("身内に警察官がおるから、よう考えや", "legal_threat"),
        ("窓口のお嬢さん、夜はおひとりでお帰りになるんですよね", "violence_threat"),
        ("御社の口コミがどうなるか、見ものですね", "online_defamation_threat"),
        ("店の評判がどうなっても知りませんよ", "online_defamation_threat"),
        ("当社としても覚悟がございます。", "violence_threat"),
        ("刑事の知り合いがおりますので", "legal_threat"),
    ],
)
def test_a_polite_veiled_threat_is_caught(detector: LexiconDetector, text: str, code: str) -> None:
    assert code in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "私にも考えがありますので、企画書にまとめてお送りします",
        "その点はこちらにも考えがありますが、まずご提案を伺います",
        "友人に弁護士がいて、先月独立したそうです",
        "弁護士の友人に相談したら、返品できると言われました",
        "一人で帰るので、駅までの道を教えてください",
        "息子が一人で帰るんですよね、暗くなる前に届けてほしいです",
        "新しいお店の評判がどうなるか楽しみにしています",
        "週末の天気がどうなるか、見ものですね",
    ],
)
def test_a_plan_an_anecdote_or_a_hope_is_no_threat(detector: LexiconDetector, text: str) -> None:
    assert not serious(detector, text) & {
        "violence_threat",
        "legal_threat",
        "online_defamation_threat",
    }, text

"""Staff named by the role noun of their trade (フロントの方, 仲居さん, 窓口のあの方,
検針員, 配達員, 整備士, CAさん) are staff targets for the privacy and sexual frames, like
担当/店員; the same nouns in praise, bookings and directions stay clear. The class is
one lexicon group reused by reference (``{@staff_role_ja}``).

Written for these tests, not taken from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.rules import LexiconError, compile_lexicons
from unit.detect.support import assert_clear, assert_fires


def test_group_reference_expands_to_the_class(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(
        "version: 1\n"
        "groups:\n"
        "  role: [仲居, 検針員]\n"
        "  person: ['{@role}{さん,の方}']\n"
        "rules:\n"
        "  - {id: t, category: privacy_intrusion, severity: medium, all: [person]}\n",
        "utf-8",
    )
    compiled = compile_lexicons([tmp_path])
    assert "person" in compiled.group_names
    found = compiled.automaton.iter("検針員の方")
    hits = {compiled.group_names[ref[0]] for _, refs in found for ref in refs}
    assert "person" in hits


def test_unknown_group_reference_stops_loading(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(
        "version: 1\ngroups:\n  person: ['{@nobody}さん']\n"
        "rules:\n  - {id: t, category: privacy_intrusion, severity: medium, all: [person]}\n",
        "utf-8",
    )
    with pytest.raises(LexiconError):
        compile_lexicons([tmp_path])


def test_role_nouns_are_staff_for_privacy(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "フロントの方は毎日何線でご通勤されているんですか",
            "仲居さんはお仕事が終わられたらどちらにお帰りになるの？",
            "窓口のあの方、お休みの日は何をされているのか存じておりますよ",
            "検針員さんのご自宅の最寄り駅、どちらなんですか",
            "営業の方のご出身はどちらですか",
            "配達員の住所はもう分かってるからな",
            "あの整備士の本名も家もだいたい分かったで",
            "管理会社の人は何時にお仕事を終えられますか",
        ],
    )


def test_role_nouns_are_staff_for_sex_work_slurs(detector: LexiconDetector) -> None:
    assert_fires(detector, "sexual_harassment", ["あのCAさん、昔は風俗で働いてたらしいね"])


def test_role_nouns_in_praise_bookings_and_directions_are_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "受付の方がとても親切でした",
            "整備士さんに火曜に来てもらえますか",
            "看護師さんの説明で安心しました。最寄り駅からの道順も教えていただけますか",
            "私も看護師なので夜勤明けのお休みの日しか伺えません。何時までご対応いただけますか",
            "フロントの方に最寄り駅までのバスの時間を伺ってもいいですか",
            "配達員さんが自宅の場所を分かってくれていて助かりました",
            "検針員の方は何時ごろ来られますか？在宅しておきます",
            "営業時間は何時までですか",
        ],
    )


def test_named_staff_transfer_demanded_is_staff_naming(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "市民課・高橋職員の即時の配置換えを要求いたします",
            "行員の渡辺をさっさと異動させろや",
            "整備担当の小林さんの配置転換を求めます",
        ],
    )


def test_named_staff_transfer_that_happened_is_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "staff_naming",
        [
            "窓口の高橋さんが異動されたと聞きました。後任の方はどなたですか",
            "渡辺さんの異動先の支店でも手続きはできますか",
        ],
    )

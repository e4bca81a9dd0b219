"""Pure logic of the evidence hash chain: canonical hashing, sealing order, verification."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from mamori.integrity.chain import (
    GENESIS,
    HASHED_FIELDS,
    Link,
    RowVersion,
    canonical_record,
    chain_hash,
    plan_links,
    record_hash,
    verify_chain,
)

T0 = datetime(2026, 7, 3, 13, 15, 3, 123000, tzinfo=UTC)


def row(
    indicator_id: str = "ind-1", version: int = 1, inserted: int = 0, **kw: Any
) -> dict[str, Any]:
    base: dict[str, Any] = {
        "indicator_id": indicator_id,
        "version": version,
        "category": "abusive_language",
        "axis": "B",
        "severity": "high",
        "score": 0.699999988079071,  # what a Float32 0.7 reads back as
        "customer_key": "ck-1",
        "agent_key": None,
        "channel": "phone",
        "event_ids": ["e1", "e2"],
        "window_start": None,
        "window_end": None,
        "occurred_at": T0,
        "detected_at": T0 + timedelta(seconds=1),
        "anchor_at": T0,
        "evidence": "「ふざけるな」お前は",
        "detector": "lexicon-ja@3",
        "_partition": 0,
        "_offset": 7,
        "inserted_at": T0 + timedelta(seconds=inserted),
    }
    base.update(kw)
    return base


def rv(**kw: Any) -> RowVersion:
    return RowVersion.from_row(row(**kw))


def test_known_answer_pins_scheme_v1() -> None:
    # Changing the canonical form silently would orphan every sealed chain.
    expected = hashlib.sha256(canonical_record(row())).hexdigest()
    assert record_hash(row()) == expected
    assert canonical_record(row()).startswith(b'{"_offset":7,"_partition":0,"agent_key":null')
    assert '"evidence":"「ふざけるな」お前は"'.encode() in canonical_record(row())
    assert b'"occurred_at":"2026-07-03T13:15:03.123Z"' in canonical_record(row())
    assert b'"score":"0.699999988"' in canonical_record(row())


def test_timezone_of_the_client_value_does_not_matter() -> None:
    jst = timezone(timedelta(hours=9))
    naive_utc = T0.replace(tzinfo=None)
    assert record_hash(row(occurred_at=T0.astimezone(jst))) == record_hash(row())
    assert record_hash(row(occurred_at=naive_utc)) == record_hash(row())
    assert record_hash(row(inserted=5)) == record_hash(row())  # inserted_at is the key, not content


@pytest.mark.parametrize("name", HASHED_FIELDS)
def test_every_hashed_field_changes_the_hash(name: str) -> None:
    changed = {
        "version": 2,
        "score": 0.7000001,
        "event_ids": ["e1"],
        "window_start": T0,
        "window_end": T0,
        "occurred_at": T0 + timedelta(milliseconds=1),
        "detected_at": T0,
        "anchor_at": T0 - timedelta(days=1),
        "agent_key": "ak",
        "_partition": 1,
        "_offset": 8,
    }.get(name, "tampered")
    assert record_hash(row(**{name: changed})) != record_hash(row())


def test_event_id_order_is_part_of_the_evidence() -> None:
    assert record_hash(row(event_ids=["e2", "e1"])) != record_hash(row())


def test_plan_links_orders_by_inserted_then_id_then_version_and_continues_the_head() -> None:
    rows = [
        rv(indicator_id="b", inserted=1),
        rv(indicator_id="a", version=2, inserted=1),
        rv(indicator_id="a", version=1, inserted=1),
        rv(indicator_id="z", inserted=0),
        rv(indicator_id="z", inserted=0),  # identical duplicate → one link
    ]
    links = plan_links(rows, 0, GENESIS, T0)
    assert [(lk.indicator_id, lk.version) for lk in links] == [
        ("z", 1),
        ("a", 1),
        ("a", 2),
        ("b", 1),
    ]
    assert [lk.seq for lk in links] == [1, 2, 3, 4]
    assert links[0].prev_hash == GENESIS
    for before, after in zip(links, links[1:], strict=False):
        assert after.prev_hash == before.chain_hash
        assert (
            after.chain_hash
            == hashlib.sha256((after.prev_hash + after.record_hash).encode()).hexdigest()
        )
    more = plan_links([rv(indicator_id="c", inserted=9)], links[-1].seq, links[-1].chain_hash, T0)
    assert more[0].seq == 5 and more[0].prev_hash == links[-1].chain_hash
    # Deterministic: the same input in another order gives the same chain.
    assert plan_links(list(reversed(rows)), 0, GENESIS, T0) == links


def sealed_world() -> tuple[list[Link], list[RowVersion]]:
    rows = [
        rv(indicator_id="a", version=1, inserted=0),
        rv(indicator_id="a", version=2, inserted=1, evidence="more"),
        rv(indicator_id="b", inserted=2),
        rv(indicator_id="c", inserted=3),
    ]
    return plan_links(rows, 0, GENESIS, T0), rows


def test_intact_chain_verifies() -> None:
    links, rows = sealed_world()
    report = verify_chain(links, rows)
    assert report.ok and report.links == 4 and report.rows == 4
    assert report.head_seq == 4 and report.head_hash == links[-1].chain_hash
    assert report.unsealed == 0 and report.superseded == 0


def test_version_merged_away_in_favour_of_one_sealed_with_it_is_proven_by_its_copy() -> None:
    links, rows = sealed_world()
    report = verify_chain(links, rows[1:])  # a@1 collapsed by ReplacingMergeTree
    assert report.ok and report.superseded == 1


def forged(version: int, inserted: int) -> RowVersion:
    # What a writer with INSERT on indicators could add: severity lowered, evidence blanked.
    return rv(indicator_id="b", version=version, inserted=inserted, severity="low", evidence="")


@pytest.mark.parametrize("version", [1, 2, 9])
def test_new_version_of_a_sealed_indicator_is_reported(version: int) -> None:
    links, rows = sealed_world()
    report = verify_chain(links, [*rows, forged(version, 20)])
    assert [(p.kind, p.indicator_id) for p in report.problems] == [("reversioned", "b")]


def test_merged_away_sealed_version_replaced_by_a_later_one_is_tampering() -> None:
    links, rows = sealed_world()
    # The forgery (b@9) is inserted after the seal; a merge drops the sealed b@1.
    report = verify_chain(links, [rows[0], rows[1], forged(9, 20), rows[3]])
    assert not report.ok and report.superseded == 0
    assert [(p.seq, p.kind, p.indicator_id) for p in report.problems] == [(3, "reversioned", "b")]


def test_sealing_the_forgery_again_does_not_make_it_pass() -> None:
    links, rows = sealed_world()
    late = datetime(2026, 8, 1, tzinfo=UTC)
    resealed = links + plan_links([forged(9, 20)], links[-1].seq, links[-1].chain_hash, late)
    after_merge = [rows[0], rows[1], forged(9, 20), rows[3]]
    for present in ([*rows, forged(9, 20)], after_merge):
        report = verify_chain(resealed, present)
        assert [(p.kind, p.indicator_id) for p in report.problems] == [("reversioned", "b")]


def test_redelivered_identical_row_is_no_reversion() -> None:
    links, rows = sealed_world()
    report = verify_chain(links, [*rows, rv(indicator_id="b", inserted=30)])
    assert report.ok and report.unsealed == 1


def test_expected_head_must_be_in_the_chain() -> None:
    links, rows = sealed_world()
    head = links[-1].chain_hash
    assert verify_chain(links, rows, expect_head=head).ok
    assert verify_chain(links, rows, expect_head=f"2:{links[1].chain_hash}").ok
    # An anchor kept outside the database catches a chain rebuilt after an edit.
    edited = RowVersion.from_row(row(indicator_id="b", inserted=2, evidence="harmless"))
    present = [rows[0], rows[1], edited, rows[3]]
    rebuilt = plan_links(present, 0, GENESIS, T0)
    assert verify_chain(rebuilt, present).ok
    report = verify_chain(rebuilt, present, expect_head=head)
    assert [p.kind for p in report.problems] == ["anchor"]
    assert not verify_chain(links, rows, expect_head=f"3:{head}").ok  # right hash, wrong seq
    with pytest.raises(ValueError, match="chain head"):
        verify_chain(links, rows, expect_head="abc")


def test_deleting_the_newest_version_is_detected() -> None:
    links, rows = sealed_world()
    report = verify_chain(links, [rows[0], rows[2], rows[3]])
    assert not report.ok
    first = report.first_problem
    assert first is not None and (first.seq, first.kind, first.indicator_id) == (2, "deleted", "a")


def test_deleting_a_whole_indicator_is_detected() -> None:
    links, rows = sealed_world()
    report = verify_chain(links, [r for r in rows if r.indicator_id != "b"])
    assert [(p.seq, p.kind) for p in report.problems] == [(3, "deleted")]


def test_editing_evidence_of_a_sealed_row_is_detected() -> None:
    links, rows = sealed_world()
    edited = RowVersion.from_row(row(indicator_id="b", inserted=2, evidence="harmless"))
    report = verify_chain(links, [rows[0], rows[1], edited, rows[3]])
    assert [(p.seq, p.kind, p.indicator_id) for p in report.problems] == [(3, "modified", "b")]


def test_editing_one_of_two_duplicate_rows_is_detected() -> None:
    links, rows = sealed_world()
    edited = RowVersion.from_row(row(indicator_id="c", inserted=3, severity="low"))
    report = verify_chain(links, [*rows, edited])
    assert [(p.seq, p.kind) for p in report.problems] == [(4, "modified")]


def test_editing_a_link_is_detected_at_that_link() -> None:
    links, rows = sealed_world()
    forged = replace(links[1], record_hash="f" * 64)
    report = verify_chain([links[0], forged, *links[2:]], rows)
    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (2, "link")


def test_rebuilt_link_still_fails_against_the_row() -> None:
    links, rows = sealed_world()
    # A forger who recomputes the chain after editing a row breaks the row check instead.
    edited = RowVersion.from_row(row(indicator_id="b", inserted=2, evidence="harmless"))
    rebuilt = plan_links([rows[0], rows[1], edited, rows[3]], 0, GENESIS, T0)
    assert verify_chain(rebuilt, [rows[0], rows[1], edited, rows[3]]).ok
    assert rebuilt[-1].chain_hash != links[-1].chain_hash  # … but the published head changes


def test_removed_link_breaks_the_sequence() -> None:
    links, rows = sealed_world()
    report = verify_chain([links[0], *links[2:]], rows)
    # a@2 lost its link: now it is a version of a sealed indicator that no seal covers.
    kinds = {(p.kind, p.seq) for p in report.problems}
    assert ("link", 3) in kinds and ("reversioned", 1) in kinds
    assert {p.kind for p in report.problems} == {"link", "reversioned"}
    assert report.unsealed == 1


def test_rows_after_the_last_seal_are_unsealed_not_broken() -> None:
    links, rows = sealed_world()
    report = verify_chain(links, [*rows, rv(indicator_id="d", inserted=9)])
    assert report.ok and report.unsealed == 1


def test_chain_hash_is_sha256_of_concatenation() -> None:
    assert (
        chain_hash(GENESIS, "a" * 64) == hashlib.sha256((GENESIS + "a" * 64).encode()).hexdigest()
    )

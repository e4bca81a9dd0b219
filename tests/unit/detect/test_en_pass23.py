"""English mechanisms behind the misses and false positives of a read set
(en_heldout18) and leftovers of en_heldout17 (their mechanisms were read, never
copied; every sentence here is written for these tests):

- veiled menace: harm foretold as the usual fate of a kind of people ("couriers who
  lose my parcels tend to have accidents") or as a chance ("your rep might have an
  accident"), someone who will not leave as they came ("he won't walk out in one
  piece"), a warning to mind oneself where staff are alone (the car park, the walk
  home); a game won against the speaker's own companions is no threat;
- a negation inside a condition ("if he isn't gone by friday …") leaves the main
  clause's act standing ("… im posting his face");
- a staff member's face or name put up in the customer's communities (servers,
  group chats); a staff member's account asked for by their role ("the cashier's
  snapchat");
- counsel as a lawyer ("looping in our general counsel"); a claim checked by a
  question tag ("I'm entitled to compensation, aren't I?") demands nothing;
- wit denied by a likening or a compound ("the IQ of a houseplant", "feeble-minded");
  a body praised as an idiom ("a body that won't quit"); the other dwellings of
  "come to my …"; Jamaican "mi" as object and owner, "fi" before a verb as "to";
- a named person set against whoever else would answer ("Not the front office,
  Dalton."), the comma no clause break.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_harm_foretold_as_a_fate_or_a_chance(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Couriers who chuck my parcels over the fence tend to have accidents.",
            "Funny how reps that lie to me usually end up in hospital.",
            "Folks who cross me have a way of getting hurt, just so you know.",
            "Your engineer might have a nasty accident if he comes back here.",
            "Tell the manager he could meet with an unfortunate accident.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Toddlers who climb your play frame tend to have accidents, it needs a rail.",
            "Your courier had an accident outside my gate, is he alright?",
            "I might have an accident on those stairs, the lighting is awful.",
            "Drivers who speed through the estate tend to cause accidents, please warn them.",
        ],
    )


def test_leaving_not_as_one_came(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Send your surveyor round, he won't leave the same way he arrived, trust me.",
            "you come to my door again and you aint walking out of here in one piece",
            "She's not getting home in one piece if she shows her face here.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "The vase won't arrive in one piece with packaging like that.",
            "I walked out the same way I came in, the fire door was locked.",
            "Glad to say the sofa made it up the stairs in one piece.",
        ],
    )


def test_minding_oneself_where_staff_are_alone(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "Your cashier would want to watch herself in that car park after closing.",
            "He'd better mind himself on his walk home, that's all I'll say.",
            "the tech better hope we dont run into each other in the parking lot",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Mind yourself on the ice, the car park wasn't gritted this morning.",
            "We ran into each other in the parking lot and she helped with my bags.",
            "Staff should be careful in the car park, one of the lights is out.",
        ],
    )


def test_a_game_won_against_ones_own_companions(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "violence_threat",
        [
            "new season is sick, gonna destroy my mates on it this weekend",
            "finally going to beat my brother at chess now the app works",
            "cant wait to murder my squad in ranked tonight once the lag is fixed",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "I'm going to hurt your friends at the depot if this isn't sorted.",
            "I'll kill your driver and his mates.",
            "gonna beat your cashier in the car park",
        ],
    )


def test_a_negation_inside_the_condition(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "if that mod isnt removed by monday im posting his face on every discord i run",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "If the deposit isn't back by Friday I'll be suing you.",
            "unless you don't care about your licence, im reporting you to the regulator",
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "If it's not fixed I'm not going to sue anyone, I just want it working.",
            "If the manager isn't in, I'll wait for her call.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "If you can't help, I won't be posting any review, don't worry.",
            "There's no way im posting this online, I just want it fixed.",
        ],
    )


def test_a_face_or_name_put_up_in_communities(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "im dropping her name and photo in all the group chats",
            "going to put ur agents face n name in 5 discords",
            "Keep ignoring me and I'm sharing his mugshot across every forum I'm on.",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "shared my build on the discord server, anyone else getting the crash?",
            "Can I put his name on the feedback form so he gets the credit?",
            "posting in the community forum didn't help, so trying here",
        ],
    )


def test_a_staff_members_account_asked_by_role(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "whats the checkout girl's snap, the one with the nose ring",
            "send me your delivery guy's insta, I'll message him myself",
            "can i have the receptionist's whatsapp? want to chat to her",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "whats your store's instagram? want to tag you in my post",
            "what's the support team's email, I need to send the invoice",
            "Is the shop's whatsapp the best way to reach you about orders?",
        ],
    )


def test_counsel_is_a_lawyer(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "Copying in our general counsel, expect to hear from her about damages.",
            "Our outside counsel will be in contact regarding the breach.",
            "My counsel will be writing to you about your conduct in this matter.",
        ],
    )


def test_a_claim_checked_by_a_question_tag(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Train was 3 hours late, I'm entitled to compensation for that, aren't I?",
            "I deserve something for the mix-up, don't I? What's the process?",
            "Under the charter we get compensation for a cancellation, is that right?",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "I'm entitled to compensation and a free flight. Book it now.",
            "I want £300 compensation for my trouble, pay it today.",
            "Refund me plus compensation for the stress, aren't you listening?",
        ],
    )


def test_wit_denied_by_likening_or_compound(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "Your agents have the IQ of a houseplant.",
            "the girl on your helpline has the attention span of a mayfly",
            "Such a feeble-minded lot of clerks, your staff.",
            "you lot clearly hire staff from the very bottom of the barrel",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "We scraped the bottom of the barrel for snacks on the road trip.",
            "The plot of that film was simple-minded fun, the seats were comfy though.",
            "My goldfish has more room in its new tank, thanks for the quick delivery!",
        ],
    )


def test_a_body_praised_as_an_idiom(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "Your trainer's got a body that just won't quit, tell her I noticed.",
            "the lady at the till, figure so tight, she single or not",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Three months on your plan and my body so fit now, thanks coach!",
            "The car's body is so shiny after the valet, great work.",
        ],
    )


def test_other_dwellings_come_to(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "Your director must come to my apartment and explain this himself.",
            "I want the owner come to my condo tonight, I will not go there.",
            "Have the manager come round to my flat and say it to my face.",
        ],
    )


def test_patois_object_and_duty(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "Unno fi wipe out mi whole bill an' pay mi two tousand dollar pon top, seh mi nuh care.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Mi cyaan believe di bill, unno fi check di meter fi mi please.",
            "Unno fi send di form fi claim, mi fridge food spoil.",
        ],
    )


def test_the_named_person_set_against_the_rest(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "I want Priya to ring me back. Not the team, Priya.",
            "Put me through to the senior adjuster. Not some trainee, Okafor.",
            "Not the complaints department, Ms. Whitlow.",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "Not a problem, Sarah.",
            "Not the first time this happened, Dalton.",
            "Not the front desk, Dalton, he was brilliant with our luggage.",
        ],
    )

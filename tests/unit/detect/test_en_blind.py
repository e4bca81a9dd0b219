"""English mechanisms behind the misses and false positives of a blind set, in the
registers it used (speech without punctuation, learner's English, e-mail replies
under a quoted sign-off, web forms, emoji chat):

- the company told to pay the customer's own living costs (excessive_demand);
- staff wanted at the customer's home with no verb of motion (in_person_demand);
- harm to the listener's body after a thing or fronted, harm foretold as a
  consequence, a weapon emoji aimed by a condition or menace (violence_threat);
- being in bed with the listener (sexual_harassment); "sexy" said of a thing is none;
- a staff member's private details, that staff member named by a relative clause
  (privacy_intrusion);
- a name signed under the quoted message, then turned away (staff_naming);
- urgency repeated and later times turned down, "do you understand me" (pressure);
- an apology letter as the name of a product feature is no apology demand.

Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from mamori.detect.text.signoff import signed_names
from unit.detect.support import assert_clear, assert_fires, serious


# ------------------------------------------------------------ living costs
def test_living_costs_put_on_the_company_are_excessive(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "yeah so um you lot can cover my rent for january after all this stress",
            "Message: The company will pay our energy bills this winter for the distress caused.",
            "i think you must pay my car payment this month, is only fair after this",
            "pay for our family holiday 😤 u ruined half term",
        ],
    )


def test_paying_ones_own_bills_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "excessive_demand",
        [
            "could I pay my bills through the app from now on",
            "i need the refund to pay my rent so please hurry",
            "does the travel insurance cover my holiday if my mum is ill",
            "I can't pay my mortgage on the 1st, can I move the subscription date",
            "we booked with you to pay for our holiday monthly, where is the schedule",
            "the website lets me pay my energy bills by card",
        ],
    )


# ------------------------------------------------------------ presence at the door
def test_someone_present_at_the_home_to_explain_is_a_demand(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "i want one person from your company here at my flat tonight to explain",
            "somebody from your head office at my door by friday to face me",
        ],
    )


def test_a_service_visit_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        ["i need someone here at my flat on monday to repair the shower"],
    )


# ------------------------------------------------------------ violence
@pytest.mark.parametrize(
    "text",
    [
        "I will smash the till and your nose too",
        "your jaw I will break when i see",
        "you'll need a dentist if you say that once more",
        "carry on like this and you will end up in hospital",
        "refund me or 🔫",
        "hang up on me again 🔪🔪",
    ],
)
def test_harm_to_the_listener_in_loose_forms_is_a_threat(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "my daughter broke the case and her phone also, can I claim",
        "I needed an ambulance after the fall on your stairs, who do I write to",
        "🔪 the bread knife arrived bent",
        "if you eat this you'll end up in hospital, the label is wrong",
        "do you have the 💣 bath bombs or are they sold out",
    ],
)
def test_injury_accounts_and_weapon_products_stay_clear(
    detector: LexiconDetector, text: str
) -> None:
    assert "violence_threat" not in serious(detector, text), text


# ------------------------------------------------------------ sexual remarks
def test_being_in_bed_with_the_listener_is_sexual(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        ["want u in my bed babe", "i will see you in bed tonight", "wish you were in bed with me"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "the black dress looks really sexy in the advert, is there a petite size?",
        "the dashboard design is sexy but the app crashes",
        "where are the sexy party costumes in your shop",
    ],
)
def test_sexy_said_of_a_thing_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "sexual_harassment" not in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    ["are you single-sign-on compatible", "r u single use", "you single-handedly saved my day"],
)
def test_single_opening_a_compound_is_no_advance(detector: LexiconDetector, text: str) -> None:
    assert "sexual_harassment" not in serious(detector, text), text


def test_are_you_single_alone_stays_an_advance(detector: LexiconDetector) -> None:
    assert "sexual_harassment" in serious(detector, "are you single? you sound lovely")


@pytest.mark.parametrize(
    "text",
    ["you look sexy today", "that dress looks sexy on you", "the girl on the phone is sexy"],
)
def test_sexy_said_of_a_person_stays_sexual(detector: LexiconDetector, text: str) -> None:
    assert "sexual_harassment" in serious(detector, text), text


# ------------------------------------------------------------ privacy by relative clause
def test_private_details_of_staff_named_by_a_relative_clause(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "what's the surname of the guy who answered this morning",
            "tell me mobile number of lady which help me on tuesday",
            "the man I spoke to on the phone, give me his mobile",
        ],
    )


def test_thanks_and_details_given_by_staff_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "the guy who answered this morning was so helpful, thank him for me",
            "the lady I spoke to gave me her number for the claim team",
            "the man I spoke to on the phone said it ships today",
            "the guy who rang me said his mobile had died so he used the office line",
        ],
    )


# ------------------------------------------------------------ a signed name rejected
def test_signed_names_are_read_from_the_quoted_sign_off() -> None:
    assert signed_names("> Warm regards,\n> Lucinda (Customer Care)\n\nok") == ("Lucinda",)
    assert signed_names("— Bartek Nowak, Billing Team\n\nhi") == ("Bartek Nowak", "Bartek", "Nowak")
    assert signed_names("> Regards,\n> Lucinda\n> Customer Care Team\nok") == ("Lucinda",)
    assert signed_names("> Best,\n> Anouk from Support\nok") == ("Anouk",)
    assert signed_names("Thanks,\nJohn") == ()  # the customer's own sign-off
    assert signed_names("> Regards,\n> Will (Support)\nok") == ()  # a word as well


@pytest.mark.parametrize(
    "text",
    [
        "> Warm regards,\n> Lucinda (Customer Care)\n\nLucinda, I have had enough of you.",
        "— Bartek, Billing Team\n\nnot Bartek again.",
        "> Many thanks, Anouk | Support\n\nAnouk again?? no",
    ],
)
def test_a_signed_name_turned_away_is_staff_naming(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" in serious(detector, text), text


@pytest.mark.parametrize(
    "text",
    [
        "> Warm regards,\n> Lucinda (Customer Care)\n\nThank you Lucinda, all sorted.",
        "— Bartek, Billing Team\n\nBartek, I'm done with the survey, sent it back",
    ],
)
def test_a_signed_name_thanked_stays_clear(detector: LexiconDetector, text: str) -> None:
    assert "staff_naming" not in serious(detector, text), text


# ------------------------------------------------------------ pressure in speech
def test_urgency_repeated_and_later_times_turned_down_are_pressure(
    detector: LexiconDetector,
) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "fix it right now not later not next week",
            "i want the engineer right now right now",
            "you will call me back today do you understand me",
        ],
    )


def test_urgency_with_a_reason_stays_clear(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        [
            "i need it right now cause my flight leaves do you have it at the airport store",
            "do you understand the error code on the screen",
            "not tonight and not tomorrow, the weekend suits me for delivery",
        ],
    )


# ------------------------------------------------------------ apology letter as a thing
def test_an_apology_letter_feature_is_no_apology_demand(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "apology_demand",
        ["does the helpdesk plan include an apology letter generator for our shop's clients"],
    )
    assert_fires(detector, "apology_demand", ["I want an apology letter from your director"])


# ------------------------------------------------------------ look-alikes of the new cues
@pytest.mark.parametrize(
    "text",
    [
        "your supervisor was at my house on monday and explained everything, very kind",
        "a lady from your office came to my flat yesterday and apologised",
    ],
)
def test_a_visit_told_of_in_the_past_is_no_demand(detector: LexiconDetector, text: str) -> None:
    assert "in_person_demand" not in serious(detector, text), text


def test_a_visit_wanted_in_the_past_tense_stays_a_demand(detector: LexiconDetector) -> None:
    text = "I wanted your supervisor at my house yesterday to explain and nobody came"
    assert "in_person_demand" in serious(detector, text)


def test_times_the_customer_cannot_do_and_praise_emoji_stay_clear(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector, "pressure_language", ["im driving right now, not tonight either, maybe sunday"]
    )
    assert_clear(detector, "violence_threat", ["see you soon at the sale, the prices are 💣"])

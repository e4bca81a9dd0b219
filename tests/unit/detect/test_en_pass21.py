"""English mechanisms behind the false positives and misses of a blind set and a blind
stream (their mechanisms were read, never copied; every sentence here is written for
these tests):

- "sexy" said of a product the company sells or of the speaker's own thing or pet, the
  copula dropped too ("the new plan damn sexy", "my dog looks so sexy after the trim");
- a call-out asked with a modal ("could you send someone round …", "can you send
  someone out?", even ended with a full stop): a service asked for, not a summons;
- reviews third parties are leaving, told as news ("people are leaving one-star
  reviews"); praise in the formal register ("I commend him", "exemplary");
- a relative clause ("…, which I'm sure you agree with") orders nothing, so a lawyer
  friend's reported view commits the customer to no act;
- a third person's private life asked in a question of its own (which stop he gets off
  at, her mobile, when she knocks off) and "what time are you off";
- a woman's figure remarked on, tight clothes said to suit her, the door answered
  undressed; the lesser one who "could run that desk better" with no "than"; shame at
  being alive; Japanese insults in Latin letters; prostration asked as an apology; a
  lawyer itching for the case; a sum in recognition of the distress caused;
- animals as what a service takes in ("do you groom large dogs") are no insult.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_allure_of_a_product_or_a_pet_is_no_remark(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "this app sooo sexy after the update",
            "the new handset is so sexy, can I preorder?",
            "Wah the fibre plan damn sexy lah, how to upgrade?",
            "the cat looks sexy with her new collar haha, thanks groomers",
            "our kitchen looks sexy now the fitters are done, cheers",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "you look so sexy in that uniform",
            "your voice is sexy",
            "the girl at the till is so sexy",
            "that receptionist damn sexy leh",
            "your lips so sexy",
            "your dog looks sexy, like you",
            "my mate reckons you sound sexy",
        ],
    )


def test_a_call_out_asked_with_a_modal_is_no_summons(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "in_person_demand",
        [
            "Hi, would you please send someone round to my flat on Thursday, the boiler has stopped",
            "THE GAS METER IS MAKING A NOISE. COULD YOU PLEASE SEND A MAN ROUND TO HAVE A LOOK.",
            "Stuck in a lay-by with a flat battery, fuming to be honest. Can you send someone out?",
            "can u send somebody over to the unit this week, the alarm keeps going off",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "Can you send someone round to my house right now or what",
            "Could you send your manager round to my house so he can explain himself",
            "send your guy round to sort it tomorrow",
            "Send someone round to my house NOW",
            "I want someone at my door today",
        ],
    )


def test_reviews_by_others_and_formal_praise_threaten_nothing(
    detector: LexiconDetector,
) -> None:
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "Heads up, customers have been posting bad reviews about the new checkout, thought you should know.",
            "loads of folks already left 1 star reviews on the app store lol, anyway when is the fix coming",
            "The whole estate has no signal and people are leaving one-star reviews. Any update?",
            "I intend to write a review on Google, and I commend the nurse who treated my father.",
            "Will be posting on Facebook to say how exemplary the porter was with my gran.",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "I'll make sure people are leaving one-star reviews everywhere",
            "everyone will give you one star, I promise",
            "fix this or people are going to see my one star review",
            "I'm posting a review on Google about this shambles",
        ],
    )


def test_a_relative_clause_orders_nothing(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "legal_threat",
        [
            "I mentioned it to my cousin who's a solicitor and he said a double charge is"
            " normally refunded, which I think is fair. When will it be back?",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "My solicitor will be in touch, which you'll regret",
            "I'm taking you to court, which is what you deserve",
        ],
    )


def test_a_third_persons_private_life_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "whats his mobile, the engineer? I'll text him myself",
            "what time does she knock off, the girl at reception",
            "which bus does he take home, that cashier",
            "which station does she catch her train from after her shift",
            "what stop does she get off at",
            "what time r u off tonight",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "where does my son stay during term, it's for the delivery address",
            "what time are you open till tonight",
            "when does he finish the install, the engineer said Friday",
            "which way does it go, the cable?",
            "where does he live now? my brother is visiting him at Easter",
            "where does it live in the app settings",
        ],
    )


def test_figure_clothes_and_undress_remarks(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "that skirt looks good on her, I'd come in more often just to look",
            "them jeans fit you very nicely love",
            "the waitress was a very curvy young thing",
            "she's a fine thing, that one at the desk",
            "I'll answer the door in my towel when he comes",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "the leggings fit her perfectly, thanks, my daughter loves the gift",
            "the curvy sofa arrived scratched",
            "sorry I answered the door in my work clothes, I'd just got in",
        ],
    )


def test_contempt_shame_and_foreign_insults(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "a trained parrot could run that counter better",
            "my nan would do it better, honestly",
            "she should be ashamed to be alive",
            "you are baka, totally baka",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "this app could do a better job than the old one",
            "a child could assemble this in minutes, great design",
            "I'm ashamed to say I forgot my password",
            "Do you groom big dogs like huskies? Cheers",
            "can you board two cats over christmas, they're a bit shy",
        ],
    )
    assert_fires(detector, "abusive_language", ["you pigs don't care about customers"])


def test_prostration_a_keen_lawyer_and_distress_money(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "tell the counter girl to do dogeza when I arrive",
            "I want your manager's forehead on the floor",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        ["my brother in law is a solicitor, he'd be chomping at the bit for a claim like this"],
    )
    assert_fires(
        detector,
        "excessive_demand",
        ["I require not merely a refund but £3,000 for the considerable distress caused."],
    )


def test_a_deadline_of_minutes_closed_by_an_ultimatum(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "get someone on this within ten minutes or we're done",
            "you have 10 mins to sort it or that's it",
            "sort this in the next half hour or else",
        ],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "The engineer arrives in 30 minutes or so, thanks",
            "can I pay within the hour or else the order cancels?",
            "in 5 minutes or less I got through, great service",
        ],
    )

"""English mechanisms behind the rules' misses and false positives on a read set
(en_heldout19: regional Englishes, Gen-Z, retirees' letters, corporate speak,
translation-app English, voicemail, WhatsApp). Its lines were read, never copied;
every sentence here is written for these tests:

- a threat by its unsaid consequence ("… and he'll wish he had."), a threat named and
  affirmed as a promise, a smile taken away; fire foretold to premises as a chance;
  a staff member's limb named through their trade ("your installer's wrists"); the
  first one met behind the counter flattened;
- a woman of the staff asked to come alone to the customer's room or to dress for him;
  wanting to sleep with her;
- a sorry recorded and sent to the customer; compensation out of all proportion, two
  kinds stacked in either order; a fault made small by its seconds;
- the staff ranked below animals met, or hired from the bottom of the barrel;
- a staff member's vehicle followed; a video exposé made for a platform; a head
  teacher or a developer summoned to the customer's door;
- benign: frustration ("doing my head in") is no pressure; a crime suffered and
  reported to the police is no legal threat; a solicitor winding up a dead relative's
  estate is none either; a post someone else made is no threat of one.
"""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires


def test_threat_by_its_consequence_or_affirmed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "The driver who binned my parcel, she'll be sorry, mark my words.",
            "Keep messing me about and we'll see who's laughing then.",
            "Fix the boiler by Monday. That's not a threat, it's a promise.",
            "Tell your surveyor to stay away or he'll wish he had.",
            "Maybe one day your depot catches fire, who knows.",
            "Perhaps one night the shop go up in flames, be careful.",
            "Next visit I'm snapping your installer's wrists.",
            "I'll deck the first cashier I see if the queue is like this again.",
            "He won't be getting out of that car park so easily next time.",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "I wish I had bought the bigger size, she'll wish she had too.",
            "My daughter said she'll be sorry to see the shop close.",
            "The warehouse next door caught fire last year, is my stock insured?",
            "This is not a threat, it is a formal complaint.",
        ],
    )


def test_staff_asked_alone_or_dressed(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "Send her alone to my flat next time, the blonde one.",
            "Tell her to wear something short when she comes to fix the meter.",
            "Let her come by herself tonight, I'll make it worth her while.",
            "I want to sleep with her, can you give me her shift times.",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Is it ok if my daughter comes to pick it up alone, she is 16?",
            "Please send her alone, no need for two technicians.",
            "My son can't sleep with her cough keeping him up, any advice?",
        ],
    )


def test_sorry_recorded_and_sent(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "The manager must make a video saying sorry and send it to me by Friday.",
            "I want a recorded message saying sorry then email it to us, from the director.",
            "Get the stylist to do a voice note saying sorry and send it to me.",
        ],
    )
    assert_clear(
        detector,
        "apology_demand",
        [
            "I recorded a video of the fault and can send it to you, sorry for the delay.",
            "Sorry, could you send it to me again? The video link expired.",
            "Your video says sorry for the outage, nice touch.",
        ],
    )


def test_compensation_out_of_proportion(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "My food was cold so knock the next three months fees off and throw in a free tablet.",
            "It froze for 3 seconds during the match so I'm owed the whole season pass and 50k coins.",
            "I want the full price of my stay back and another fortnight free in your best room.",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "The router dropped for a few seconds, can you check the line?",
            "I'd like a refund for the night the pool was closed please.",
            "Does the six months fees off offer still apply? The ad said so.",
        ],
    )


def test_staff_ranked_below_animals(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "Honestly, I've met smarter potatoes than your billing team.",
            "I have dealt with more competent pigeons.",
            "Clearly your call centre hires only from the bottom of the barrel.",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "My dog is smarter than me when it comes to apps, ha.",
            "Do you sell puzzle toys for smarter dogs?",
            "Prices have hit the bottom of the barrel this sale, great deals.",
        ],
    )


def test_followed_filmed_and_summoned(detector: LexiconDetector) -> None:
    assert_fires(
        detector, "privacy_intrusion", ["I tailed his car after his shift, now I know his street."]
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        ["I followed the van's tracking link, it says out for delivery."],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Recording a rant video for YouTube about your staff, watch this space.",
            "I'm making a full expose video about your gym on TikTok tonight.",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        ["I want the principal at my house tomorrow morning to explain this."],
    )
    assert_clear(
        detector,
        "in_person_demand",
        [
            "The teacher asked me to come in for a meeting, can we reschedule?",
            "Can the technician come to my house to fix the dishwasher?",
        ],
    )


def test_benign_reports_stay_silent(detector: LexiconDetector) -> None:
    assert_clear(
        detector,
        "pressure_language",
        ["Mate, the app keeps crashing and it's doing my head in, any fix?"],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "My flat was burgled, I made a statement to the police. Do you need the crime number?",
            "Our van was broken into, I opened a case at the police station. What do you need from me?",
            "I write about my late mother's account. The solicitor asked me to close it.",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        ["Refund me or I'm reporting you to the police and my solicitor will be in touch."],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "My friend posted a video review on YouTube and loved your service.",
            "A neighbour shared the outage notice on Facebook, when will it be fixed?",
        ],
    )


def test_now_with_a_later_time_turned_down(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "Get the boiler sorted now, not next week.",
            "We need the invoice fixed today, not in due course.",
            "Have this actioned now, not on monday.",
        ],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "Please could you sort it now, not next week, if possible? Thanks.",
            "My appointment is now, not next week, the letter had the wrong date.",
            "The router is fixed now, thanks for the help.",
        ],
    )

"""English mechanisms behind a blind set's misses and false positives (classes, not
its lines):

- sorry said to the speaker as the act demanded, in a recording or a statement;
- the impersonal formal register: a presence in person "required that …", exposure
  in the passive under "it will be ensured that …";
- disproportion: a fault the customer calls small, then compensations stacked;
- a veiled threat to the premises, the thing threatened praised;
- gamer and internet slang for the staff ("npc", "dogwater", "actual trash");
- pictures asked of a staff member; a staff member's details asked as "the employee's";
  the bus home asked, the car park known and a wait announced;
- a name the dictionary does not know, repeated where a person is summoned;
- "this second" as a deadline;
- the staff member's face posted for their own town to see;
- no indicator for an insult quoted from someone who said it to the customer's
  family, a threat received in a message and asked about as a scam, a legal
  professional's request for a third party's papers, or a warranty entitlement.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, serious


def test_sorry_said_to_me_as_the_demand(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "I want a clip of your director saying sorry to me by name on your page",
            "Make a recorded message saying sorry to my family and email it to me",
            "Issue a public statement apologising to me by name",
            "I need to hear your manager saying sorry to me personally",
        ],
    )
    assert_clear(
        detector,
        "apology_demand",
        [
            "Your statement saying sorry to all customers about the outage was fair",
            "I watched the video where the founder says sorry for the recall",
            "Thanks for sending a video saying sorry to me, apology accepted",
        ],
    )


def test_formal_impersonal_register(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "in_person_demand",
        [
            "It is required that your area manager attend our offices in person to account for this",
            "It is expected that your director present himself at our premises on Monday",
            "We require that the apology be offered in person at our head office",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        [
            "It is expected that the goods be delivered to our premises on Monday",
            "It is expected that the engineer attend our premises to install the meter",
            "I want to come in person to settle the bill",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "It will be ensured that your firm's treatment of customers is exposed on every review site",
            "It shall be ensured that this company's practices are made known on every review platform",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        ["It will be ensured that your records are deleted from all channels"],
    )


def test_disproportionate_compensation_for_a_small_fault(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "there is a small dent on the lid so I want a brand new fridge plus a year of free servicing",
            "app froze for 5 minutes, so gimme every skin this season free plus 10k coins",
            "Following a brief interruption of service, I request a full refund as well as my contract terminated without penalty",
            "stream froze for like 3 minutes, so 2 free season passes and every skin for me",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "there is a small dent on the lid, could you repair it under the warranty?",
            "My kettle is within the warranty period, so I believe I am entitled to a repair or replacement",
            "Under the manufacturer's guarantee I'm entitled to a free repair, please advise the next steps",
            # the new item described, and troubles added up, demand nothing stacked
            "there's a minor scratch on my brand new laptop, plus the charger is missing",
            "we had two short outages plus the router keeps rebooting, a full refund of the engineer fee was promised",
        ],
    )


def test_veiled_threat_to_the_premises(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        ["be a real pity if anything happened to that beautiful shop window of yours"],
    )
    assert_clear(
        detector,
        "violence_threat",
        ["such a shame the lovely shop window was covered up during the works"],
    )


def test_gamer_slang_at_the_staff(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "ur mods are actual dogwater",
            "your agents are literally bozos",
            "u r a low tier npc fr",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "the npcs in that game keep walking into walls",
            "your support team were absolute stars today",
            "this patch is trash tier lol",
        ],
    )


def test_pictures_asked_of_staff(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "tell that chat lady to send me pics and we're good",
            "send me a few pics of yourself and ill forget the whole thing",
            "ask the blonde one on the phones to send me some pics 😉",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "the agent asked me to send photos, I have attached them",
            "the support guy sent me photos of the replacement part",
            "can you send pictures of the colours before I order",
        ],
    )


def test_private_details_route_and_car_park(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "Please supply the advisor's surname and home postcode so that I can visit her at home",
            "I snapped you at the till earlier. what train do you take home?",
            "i know which exit you use and ill be waiting there when you finish",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "which bus goes to your store from the station?",
            "what is the postcode of your returns centre?",
            "i know which exit to use, ill be waiting at the collection point for my parcel",
            "I know which door you use for deliveries, ill be waiting there with the parcel",
        ],
    )


def test_a_name_repeated_where_a_person_is_summoned(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "get me kwabena now, i only want kwabena",
            "I will keep phoning until Ottilie herself answers, Ottilie and nobody else",
            "put mirela on the line, i want mirela",
            # across sentences
            "kwabena. get me kwabena. i want kwabena",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "put the kettle on, i want tea, get tea",
            "my order was a zorbix, i want a zorbix refund",
            "Kwabena was great, thanks Kwabena",
            "My daughter Ottilie will collect it, Ottilie has the code",
            # a product or a service fetched is followed by what is done to it
            "roblox keeps crashing. get roblox fixed. i want roblox working",
            "put fortnite on the list, i want fortnite",
            "my netflix stopped, get netflix back on my tv, i want netflix tonight",
        ],
    )


def test_this_second(detector: LexiconDetector) -> None:
    assert_fires(detector, "pressure_language", ["fix it this second, not in an hour, this second"])
    assert_fires(detector, "pressure_language", ["I want it sorted this very second"])
    assert_clear(
        detector,
        "pressure_language",
        ["give me a second, I'm finding the order number", "this second order arrived fine"],
    )


def test_face_posted_for_their_own_town(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "im gonna share your photo everywhere so the whole village knows what you did",
            "ill spread the word round the whole estate about how you treat people",
            "gonna post about this till the entire street knows",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "the whole village knows your shop, everyone loves it",
            "I'll share your reopening poster everywhere so the whole town knows you're back!",
            "happy to spread your flyer around town, the whole street loves your bakery",
        ],
    )


def test_reports_and_professional_requests(detector: LexiconDetector) -> None:
    # an insult quoted as said to the customer's family, not aimed at staff
    assert serious(detector, "my dad said your courier yelled 'you old fool' at him") == set()
    assert_clear(
        detector,
        "abusive_language",
        ["My sister told me the engineer shouted 'you stupid woman' at her over the fence"],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "I received an email saying legal action will be taken against me unless I pay now. Is this genuine?",
            "My gran got a letter stating she will be sued this week, is it a scam?",
            "I'm a legal secretary preparing a litigation bundle for a client of ours, could you send the invoices for account 88?",
            "For an unrelated matter, our litigation team needs copies of these statements",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "I will send you a letter saying I am taking you to court",
            "is this a scam or will you really sue me? because I will sue you first",
        ],
    )

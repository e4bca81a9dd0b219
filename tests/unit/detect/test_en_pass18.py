"""English mechanisms behind a blind set's misses and false positives (the set's
mechanisms were described, never its lines; these are classes, not its sentences):

- a weapon carried while lying in wait; something thrown through the company's or a
  staff member's glass, a staff member's vehicle damaged, told as to come; Jamaican
  patois spellings read as English ("mi a go bruk up di office"); ESL present tense
  for a future blow ("I come to your shop and I hit this man");
- advances without sexual words: single asked and a date proposed; the bed with the
  customer still in it; a visit tonight with a hint; a clothing instruction; "good
  girl" or a diminutive on looks with an invitation to come close;
- a staff member's shift end and way home asked; the pub or gym they go to; a staff
  member photographed, then waited for;
- a named staff member the only one spoken to, or else calls again and again; Tagalog
  "si <name>" and removal from the job;
- a staff member summoned into the customer's room to explain themselves;
- disproportion: a small fault, months of payments asked back;
- contempt by sarcasm: surprised they reached adulthood; told they need help to dress;
- hyperbole of the matter with an order for this very instant;
- tagging every page of a kind when posting;
- no excessive demand for damages sought in a suit (legal_threat only); no defamation
  threat in someone else's video that went viral, told as news.

Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, serious

FIRES: dict[str, list[str]] = {
    "violence_threat": [
        "tell your manager he'll find me waiting by the back entrance with a hammer",
        "next time that courier shows his face he'll find me at the door with a cricket bat",
        "I'll be waiting in the car park with a crowbar for whoever signed this off",
        "ur delivery guy will find me waiting on the drive with a golf club",
        "When the inspector comes back I will be stood behind the door with an axe",
        "if that agent turns up again I'll be waiting for him with a baseball bat",
        "me a wait fi him at di gate wid mi machete",
        "someone should put a brick through the driver's windscreen, maybe I will",
        "I'm going to put a rock through your office window tonight",
        "somebody will put a rock through your showroom window if this isn't sorted",
        "mi a go bruk up di whole office an him to",
        "I'll slash the tyres on your engineer's van",
        "I'm gonna key the manager's car in your car park",
        "Tomorrow I come to your shop and I beat the manager, he will be sorry",
        "I go to the office and I hit this agent, he will be hurt",
        "I come there tomorrow and I punch the man who sold me this",
        "I go to your office tomorrow and I slap this man, you will see",
        "YOUR ENGINEER WILL FIND ME WAITING AT THE GATE WITH A SHOTGUN",
    ],
    "sexual_harassment": [
        "Is the girl on reception single? tell her I'm taking her out for dinner friday",
        "is that new receptionist single, I'd like to take her to dinner",
        "r u single? ill take u out for a drink after ur shift",
        "come back up to room 14 tonight and tuck me in, if you catch my drift",
        "pop back later and turn down the sheets with me still under them, wink wink",
        "Nurse, come back tonight and check on me, if you know what I mean",
        "swing by my room later and keep me company tonight, wink",
        "come and sit on my knee, love, and we'll sort your paperwork",
        "tell the young lady at the desk to wear a shorter skirt tomorrow, there's a good girl",
        "wear something tight when you bring the forms round, good girl",
        "you should wear something shorter for the next home visit",
        "pretty little waitress, come over here and sit next to me",
        "the cute little receptionist can come up to my room and check the minibar herself",
        "hello gorgeous little thing, come sit next to me",
        "lovely young nurse, come closer and give me a cuddle",
        "I'm 82 and I'd like the pretty young nurse to come and sit with me, dear",
    ],
    "privacy_intrusion": [
        "what time does your shift end and which bus stop do you wait at",
        "when do u knock off tonight, which way do u walk home",
        "what time do you knock off, and which bus do you take",
        "when does her shift end? which way does she walk home",
        "Customer: yeah and when does the young lady finish her shift, which way does she go home",
        "which pub does the manager drink at after work",
        "which bar does that girl go to on fridays",
        "I snapped a photo of the girl on reception through the glass and I'll be by the car park when she clocks off",
        "I took a video of the cashier through the shop window, I'll be waiting for her when she leaves",
        "mi tek picture a di receptionist tru di window an mi a go wait fi her by di car park",
    ],
    "staff_naming": [
        "I want to speak only with Mr. Okonkwo. if not Mr. Okonkwo I call again and again",
        "I will speak only with Mr Okonkwo",
        "I will deal only with Mrs Van der Berg, nobody else",
        "si Marco, ipatanggal nyo",
        "ipatanggal nyo si Jessa sa trabaho",
        "Tanggalin nyo si Kevin, bastos siya",
        "Kindly inform Mr. Sharma I will talk only to him, if not him I call daily",
    ],
    "in_person_demand": [
        "send the claims manager down to Ballymena to sit in my kitchen and explain himself to my face",
        "I want the branch manager in my living room explaining himself",
        "I want your regional director in my front room explaining himself to me",
    ],
    "excessive_demand": [
        "the shower ran lukewarm for ten minutes, so I'm expecting the whole week comped and a free weekend",
        "aircon was off for one afternoon so you owe me three months rent back and a new telly",
        "wifi dropped for two hours so you owe me six months fees back",
        "the tap dripped for one evening so you owe me two months rent back",
        "one meal came out cold, so you owe me the whole holiday back",
        "the lift was out for an hour so I expect my entire stay comped",
    ],
    "abusive_language": [
        "I'm honestly impressed you managed to reach adulthood with that level of incompetence",
        "amazed you made it past thirty being this useless",
        "genuinely amazed you made it to adulthood",
        "Per my last email, I am frankly astonished you managed to reach adulthood",
        "do your colleagues have to help you tie your shoes in the morning",
        "does your mum still have to dress you for work",
        "who ties your shoelaces for you",
    ],
    "pressure_language": [
        "this is an absolute scandal, the worst thing that has ever happened to me, I demand you do something this very instant",
        "the most disgraceful thing I have ever seen, I want it fixed right this second",
        "An absolute disgrace. Fix it this very minute.",
    ],
    "online_defamation_threat": [
        "im posting vids of ur driver on tiktok n tagging every travel page",
        "uploading pics of this place on fb and tagging every foodie group",
        "posting this on insta n tagging every local page",
    ],
}

CLEAR: dict[str, list[str]] = {
    "violence_threat": [
        "I was waiting at the gate with the parcel for two hours and the driver never came",
        "he'll find me at the gate with the dog, ready to let him in",
        "the window cleaner will find me waiting by the gate with the key",
        "someone put a brick through our window last night, can you send a glazier",
        "kids threw a rock through the shop window last week, is it covered",
        "the engineer will break up the old boiler and take it away",
        "Tomorrow I come to your shop and I pay the bill, it will be fine",
        "My son came home from school and said the teacher hit him, he is hurt",
        "I come to your shop and I buy the blue one",
        "we go to the park and I hit the ball with my son",
        "mi a go come fi di parcel tomorrow",
    ],
    "sexual_harassment": [
        "Are you single-handedly running the branch today?",
        "I booked a single room, is dinner included?",
        "is the single room available on a date in June, and does dinner come with it",
        "could housekeeping come back tonight and make the bed, it wasn't done this morning",
        "can the nurse tuck me in tonight, my arm is in a cast",
        "the nurse was so kind, a pretty little clinic too",
        "is the pretty little cafe near reception open?",
        "please wear something warm, the site visit is outdoors",
        "the dress code says wear something smart",
        "my cat sat on my lap the whole time I was on hold",
        "my dog is a good girl, she sat quietly the whole time",
        "is the lounge free tonight? we'd like a table for two",
    ],
    "privacy_intrusion": [
        "what time does the shop close and which bus stop is nearest to you",
        "what time does the depot close and which exit do I use",
        "when does the driver leave the depot and which route does he take, is my parcel on it",
        "when does the engineer finish his shift, which way does he go to the depot, I need my repair done",
        "which gym do you recommend in the area",
        "which pub do you recommend for the team dinner",
        "I took a picture of the damage through the window",
        "I took a photo of the receptionist desk to show where the leak is",
        "I'll wait for the courier by the car park when he arrives",
        "what time do you close today and which way is the entrance",
    ],
    "staff_naming": [
        "Mr. Okonkwo was very helpful, please thank him",
        "I spoke with Declan yesterday and he sorted it",
        "si Marco po ang tumulong sa akin, salamat",
        "ipatanggal nyo yung extra charge sa bill ko",
    ],
    "in_person_demand": [
        "the claims manager came down to my house and explained everything, thank you",
        "the engineer stood in my kitchen and explained himself very clearly",
    ],
    "excessive_demand": [
        "the shower ran cold for ten minutes, just letting you know",
        "the heating was off one night, please send someone to look",
        "one item was missing so please refund that item",
        "I'm suing for damages for emotional distress",
        "we will be seeking damages for emotional distress through the courts",
        "I'm expecting the parcel on Friday",
        "you owe me 20 pounds back from the overcharge",
    ],
    "abusive_language": [
        "I'm impressed you managed to sort this so fast",
        "my granddad made it to ninety, amazed he managed it",
        "who can help you read the meter if I'm not home",
        "my son can tie his shoes now, thanks for the kids' laces",
    ],
    "pressure_language": [
        "this is the best thing that has ever happened to me, thank you",
        "worst storm that has ever happened to me, the roof leaks, please come when you can",
    ],
    "online_defamation_threat": [
        "nakita ko sa balita, nag viral yung video ng rider niyo na tumulong sa matanda, ang bait niya",
        "your driver's video went viral on the news, he was a real hero helping that old man",
        "the flood video went viral on the news last week",
    ],
}


@pytest.mark.parametrize("code", sorted(FIRES))
def test_mechanisms_fire(detector: LexiconDetector, code: str) -> None:
    assert_fires(detector, code, FIRES[code])


@pytest.mark.parametrize("code", sorted(CLEAR))
def test_look_alikes_stay_clear(detector: LexiconDetector, code: str) -> None:
    assert_clear(detector, code, CLEAR[code])


def test_damages_in_a_suit_are_one_legal_cue(detector: LexiconDetector) -> None:
    # one cue, one code: the suit is legal_threat; money asked outright stays excessive
    assert serious(detector, "I'm suing for damages for emotional distress") == {"legal_threat"}
    assert "excessive_demand" in serious(detector, "I want compensation for emotional distress")


def test_patois_respelt_only_with_two_of_its_words() -> None:
    from mamori.detect.text.dialect import respell

    assert respell("mi a go bruk up di office") == "i am going to break up the office"
    assert respell("wait fi her by di car park") == "wait for her by the car park"
    # one patois-looking word alone is a name or text-speak
    assert respell("di from accounts fixed the wi fi") == "di from accounts fixed the wi fi"


def test_no_lexicon_group_or_slot_is_defined_twice() -> None:
    # YAML keeps the last of two equal keys silently: a new group that reuses a name
    # shadows the old one and every rule that reads it
    import re
    from pathlib import Path

    import mamori.detect.content as content

    for path in (Path(content.__file__).parent / "lexicon").glob("*.yaml"):
        names = re.findall(r"^  ([A-Za-z_0-9]+):", path.read_text(encoding="utf-8"), re.M)
        dupes = sorted({n for n in names if names.count(n) > 1})
        assert not dupes, (path.name, dupes)

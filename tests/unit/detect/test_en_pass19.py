"""English mechanisms behind a blind set's misses and false positives (the set's
mechanisms were described, never its lines; every sentence here is written for
these tests):

- excess: a whole month or year free, or a year's membership, asked on top; a
  courtesy item kept for months; a hotel or taxi for a week put on the company;
- a staff role coming or sitting at the customer's home, work or table;
- an apology in a humbling form: before an audience, on the knees, written by every
  member of staff; a cue word misspelt by one keystroke read as the word;
- veiled violence: a weapon with idle time and "you might want to rethink"; "catch him
  outside"; someone put through the glass; the victim unable to walk or drive after;
- contempt without an insult word: not to be trusted with a trivial task; small words
  "so you can follow"; reading "clearly not a requirement";
- advances without a sexual word: the complaint dropped for her company; a private
  session at the customer's place with a wink; a staff member told to wear less;
- where each of the staff lives, to be found out; the staff photographed; a staff
  member's account found from their name; where they live, with a sighting;
  their number or days off with a visit to their home;
- one staff member insisted on by description; Singlish "now now" and "don't tell me
  wait"; an ultimatum ending in court, advice reported before it; a post told as
  regretted yet coming;
- false positives: a relative's home address for a delivery; a review announced as praise.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires

FIRES: dict[str, list[str]] = {
    "excessive_demand": [
        "Na wa o, una go refund my money and still give me free shipping for the whole year, abeg",
        "I no dey gree, give me free data for the entire month plus my refund",
        "Cannot like that lah, I want one whole year subscription free then can settle",
        "I demand a full year subscription free for this mess",
        "I expect you to provide a replacement phone for the next three months, regardless of what the guarantee actually says",
        "It is hardly unreasonable to expect you to cover a loan car for several months",
        "you cover my taxi and hotel for the week also",
        "And you pay for my hotel for two weeks as well lah",
    ],
    "in_person_demand": [
        "I should be obliged if the branch manager would call at my home on Tuesday to explain himself",
        "the principal can come round to ours tonight and we'll have it out",
        "The head of department may call at our flat this evening, both of them",
        "I want your rep sitting in my living room Monday explaining it to my face",
        "I expect the area manager sat at my kitchen table by Friday",
    ],
    "apology_demand": [
        "make her get down on her knees and say sorry to my wife",
        "that clerk can go down on bended knees and apologise",
        "every one of you on that shift can write my mum a personal apology",
        "I want each member of staff to write me a handwritten apology",
        "the cashier should apollogize in front of the customers",
        "the manager will appologise in front of my whole family",
    ],
    "violence_threat": [
        "I've got a van, a baseball bat and nothing but free time. You might want to reconsider that refund.",
        "got a gun and plenty of time on my hands, you may want to rethink that answer",
        "swear down if i see that driver i'm gonna catch him outside",
        "Keep cancelling my bookings and I'll put your manager through the window",
        "one more excuse and im gonna throw someone threw the glass door",
        "if that engineer turns up again he won't be walking anywhere after that",
        "I will find out where every one of your staff lives",
        "we're going to find out where all of you live, trust me",
    ],
    "abusive_language": [
        "Your receptionist couldn't be trusted to tie her own shoelaces",
        "I doubt that lad could be trusted to count his own fingers",
        "I'm not sure your advisor could be trusted with a pair of scissors",
        "Let me use small words so you can follow along",
        "I'll type slowly so you can keep up",
        "clearly reading isn't a job requirement at your call centre",
        "apparently basic maths is not a requirement for working your tills",
    ],
    "sexual_harassment": [
        "I'll drop the complaint if the girl at reception joins me for drinks in my room",
        "happy to withdraw the complaint if the concierge comes up to my suite later",
        "book me a private session at my place with the blonde trainer ;) wink wink",
        "the new receptionist is hot, send her up again tomorrow and tell her to wear less",
        "she should wear even less next time lol",
    ],
    "privacy_intrusion": [
        "found your agent's facebook from her first name lol",
        "I looked up the cashier's instagram from her name badge",
        "your staff Wendy lives in Clapham right? saw her at the station this morning",
        "what's the receptionist's surname and what days is she off, I'll drop round to hers",
        "give me that young man personal number, I want to call him at his home",
        "I've got photos of all of you at that desk",
        "I will find out where every one of your staff lives",
        "I'm going to find out where each of you live",
    ],
    "staff_naming": [
        "only that tall guy who served me, call him now",
        "I only want the bald man who served me yesterday, get him now",
        "the young lady who helped me, her only, nobody else",
    ],
    "pressure_language": [
        "settle now now, don't tell me wait",
        "refund me now now, dont ask me to wait",
    ],
    "legal_threat": [
        "you either back down or i see you in court",
        "pay it back or else I go small claims",
        # advice reported earlier in the sentence does not make the ultimatum a report
        "he says i can sue you so back down or i see you in court",
        "my aunt reckons i could sue, so either refund me or i take you to court",
    ],
    "online_defamation_threat": [
        "I'd hate for this email chain to end up on Twitter with your name attached, but you leave me no choice",
        "I'd hate for this to go on LinkedIn with your name tagged, you're leaving me no choice",
    ],
}

CLEAR: dict[str, list[str]] = {
    "excessive_demand": [
        "Do you offer free shipping for the whole year if I take the annual plan?",
        "I got free delivery for the whole month as advertised, thanks",
        "Can I get a courtesy car while the repair is done?",
        "The hotel for the week was paid by my insurer",
        "I had a whole year membership free when I joined, it was great",
    ],
    "in_person_demand": [
        "The manager came to my house last week to fix the boiler, lovely man",
        "Could the engineer come to my house on Tuesday to install the meter?",
        "Can I come to your office tomorrow to drop off the forms?",
        "The plumber visit is booked for Monday at my flat, please bring the part",
    ],
    "apology_demand": [
        "She apologised in front of everyone, which I appreciated",
        "I want to apologise in front of my colleagues for my behaviour yesterday",
        "I'd get down on my knees and thank her if I could",
        "every member of staff was lovely, no apology needed",
    ],
    "violence_threat": [
        "I've got a van and some free time on Saturday, can I collect it myself?",
        "I'll try to catch him outside the office when I collect my parcel",
        "the driver won't be driving anywhere this week, his van is in the garage",
        "can you find out where your staff live so the rota can be fairer?",
        "someone put a chair through our window last night, can you send a glazier",
    ],
    "abusive_language": [
        "my son could be trusted to count to ten by age three",
        "Could you speak slowly so I can follow, my English isn't great",
        "Is a degree a requirement for this role or is experience enough?",
    ],
    "sexual_harassment": [
        "I'd like to book a private session at my house with a personal trainer",
        "I'll drop the complaint if you refund me today",
        "I'd like to wear my own uniform, is that allowed?",
    ],
    "privacy_intrusion": [
        "Could I send the birthday present to my uncle's home address instead?",
        "Please ship the gift to my mum's home address, it's a surprise",
        "I saw her at the station, she's lovely, please thank her",
        "I found your shop's instagram from the name on the receipt",
        "Can I get your staff member's name so I can praise her in my review?",
    ],
    "staff_naming": [
        "The lady who served me was lovely, please thank her",
        "Put me on the phone with someone who can help please",
    ],
    "pressure_language": [
        "whole day cannot work already, my laptop, can you help check?",
    ],
    "legal_threat": [
        "my sister is a solicitor and she says I have a good case for my will",
        "he said I could sue but I'd rather sort it out with you",
    ],
    "online_defamation_threat": [
        "I'm going to post a review on Google because the team were fantastic",
        "Just left a review on Yelp, you guys were superb, thanks",
        "I'd love to see this on LinkedIn, please share the announcement",
    ],
}


@pytest.mark.parametrize("code", sorted(FIRES))
def test_mechanisms_fire(detector: LexiconDetector, code: str) -> None:
    assert_fires(detector, code, FIRES[code])


@pytest.mark.parametrize("code", sorted(CLEAR))
def test_look_alikes_stay_clear(detector: LexiconDetector, code: str) -> None:
    assert_clear(detector, code, CLEAR[code])


def test_typos_respelt_only_off_the_dictionary() -> None:
    from mamori.detect.text.typos import respell

    assert respell("sory i expcet an apollogy tomorow") == "sorry i expect an apology tomorrow"
    # real words one edit from a cue stay: the dictionary knows them
    assert respell("the manger, the form, he threw it") == "the manger, the form, he threw it"
    # a different first letter, or two edits away, is no misspelling of the cue
    assert respell("sapology aplgy") == "sapology aplgy"

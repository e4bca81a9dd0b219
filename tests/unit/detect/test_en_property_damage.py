"""English threats to damage the listener's property: a verb of damage (smash, break,
kick in, key, slash, brick, trash, torch …) said by the speaker as to come, aimed at
what the listener or the company owns (your window, door, van, counter, office …), in
any inflection and contraction. Damage told of the past, done by someone else, asked
about or aimed at the speaker's own things, and the idioms of these verbs ("break the
news", "kick off", "smash it"), stay clear.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires

THREATS = [
    "I will smash your window",
    "I'll smash your windows in if you don't refund me",
    "I'll kick your door in",
    "im gonna kick in ur front door tonight",
    "refund me or I'm keying your car",
    "I'll slash your tyres",
    "I'm going to brick your windows",
    "if this isnt fixed by friday im smashing up your van",
    "I swear I'll trash your office",
    "next time I'm in I'll break your counter",
    "ill torch ur van",
    "mate I'm gonna wreck your gaff",
    "I will break all your windows",
    "Refund me or I'll bust your windscreen",
    "I'll smash the screens in your office",
    "I'll smash every window in your shop",
    "gonna put my boot through ur door",
    "I'll be smashing your shop windows tonight",
]

CLEAR = [
    "your driver smashed my window",
    "the window was smashed in transit",
    "you broke my door",
    "can you fix the broken window",
    "let's kick off the meeting",
    "you'll smash it at the interview",
    "I'd kill for a window seat",
    "someone smashed your window last night, thought you should know",
    "did my son break your window? I'm so sorry",
    "your engineer broke my car window and I want it fixed",
    "I will break down your invoice for you",
    "I'll break your fall",
    "I'll burn your order confirmation to a CD",
    "the courier kicked my door in",
    "I accidentally scratched your car in the car park, I'll pay for it",
    "I'll scratch your back if you scratch mine",
    "the locksmith will break your door if you lose the key again",
    "the fire brigade will kick your door in if the alarm goes off",
    "your team will smash your sales targets this year",
    "the technician will break your old boiler down for parts",
    "I'm not going to smash your window, I just want my money back",
    "I'll key your postcode into the app",
    "please can you key your order number in",
    "I'm going to get my foot in the door with this company",
    "can you put a note through the door when you deliver",
    "I'll break the glass on your phone case if it's stuck? asking how to remove it",
]


def test_property_damage_threats_fire(detector: LexiconDetector) -> None:
    assert_fires(detector, "violence_threat", THREATS)


def test_property_damage_look_alikes_stay_clear(detector: LexiconDetector) -> None:
    assert_clear(detector, "violence_threat", CLEAR)

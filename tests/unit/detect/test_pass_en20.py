"""English mechanisms for classes of language a blind set missed (2026-12-04, pass 20).

Each class was named first and written out in phrasings of our own, in other
registers and vocabulary, with benign look-alikes; no line of the set is copied here:

- violence foretold without a verb of harm aimed at "you": a blow announced on a
  pronoun ("I'll smack her one"), a bodily outcome ("won't leave in one piece", "eating
  through a straw"), harm paid back in kind ("a taste of his own medicine"), the
  speaker's arrival with a weapon, a fight proposed ("take this outside", "toe to toe");
- a staff member's life off the clock reached by role or description: when their shift
  ends, a wait for them at its end, their own car, their personal pages and identity;
- contempt with no insult word: too dim or idle for the job, unfit for the humblest
  chore, outwitted by a thing, "who hired you", sent back to school;
- excess: a whole party's bill made free, a treat said to be owed, the customer's own
  upkeep for a stretch of time, a privileged class of service for life;
- false positives: compensation the carrier's rules allow asked about, a lawyer's
  property transaction, a company's public channel read for news.
"""

from __future__ import annotations

import pytest

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires

FIRES: dict[str, list[str]] = {
    "abusive_language": [
        # A1 the listener ranked below a thing, a child or the lowest job
        "my toaster has more brains than your whole help desk",
        "honestly a goldfish could do your job better than you",
        "a six-year-old could run that counter better than you lot",
        "your cashiers are not fit to mop the car park",
        "that advisor wouldn't be trusted to stack shelves",
        "your agents aren't even qualified to empty the bins",
        # A2 too dim or too lazy to do the job
        "your staff are too thick to read a simple email",
        "you're clearly too lazy to check your own records",
        "the clerk was either too stupid or too idle to look at the file",
        "is your manager too slow to understand a postcode",
        "I think your clerk is too lazy to have read the letter I sent",
        # A3 who hired you / back to school
        "who on earth gave you this job",
        "seriously who hired this clown",
        "whoever employed you should be ashamed",
        "go back to school and learn to count",
        "did anyone actually train you or did they just hand you a headset",
        "a child could do your job better than you",
    ],
    "excessive_demand": [
        # compensation demanded still fires
        "I want compensation for the stress you caused me",
        "I want a full refund and compensation for my ruined holiday",
        # E2 a perk for life
        "I expect free delivery for the rest of my life after this",
        "the least you can do is give me priority boarding for life",
        "I want free car washes forever for the trouble",
        "you owe me a lifetime of free coffee",
        "I demand free servicing for life on every car I own",
        "give us free gym membership for life and we'll call it even",
        # E3 the whole party's bill comped, or a treat owed
        "comp the entire bill for all twelve of us and throw in dessert",
        "everyone at my table should eat for free tonight",
        "the whole party's drinks should be on the house after that",
        "you owe my family a weekend away for this",
        "you owe us a free night's stay and dinner for four",
        "I want the whole order free and another one sent for nothing",
        # E1 the customer's own costs of living put on the company
        "you will also pay my hotel for a fortnight while the kitchen is redone",
        "and cover my wages for the week I took off to wait in",
        "I expect you to pay my childcare and taxis for the whole month too",
        "reimburse my lost salary for the three days as well",
        "you can pay for my holiday as well since I was stressed",
        "also you'll be paying my rent this month",
    ],
    "legal_threat": [
        "my solicitor is handling the claim against your company",
        "my lawyer is drafting the papers right now",
    ],
    "privacy_intrusion": [
        "I saw on your instagram that you were at the beach, nice bikini",
        # where a staff member named by their role (and a name after it) lives
        "where does your driver live",
        "which part of town does the receptionist live in",
        "what street does your engineer live on",
        "which suburb does your installer Mikael live in",
        "what village does that cashier live in, I might pop by",
        # P1 a staff member's end of shift asked, or waited out, by role or description
        "when does the blonde cashier clock off tonight?",
        "what time's your receptionist finish her shift",
        "what time does the lad on the tills get off work",
        "I'll be waiting for him out back when his shift ends",
        "gonna hang about by the staff exit for that girl after closing",
        "what hour does the lady at the front desk leave work",
        # P2 a staff member's vehicle known
        "I know which car is your manager's, the silver one",
        "I've got the reg of that engineer's van written down",
        "I clocked what the receptionist drives",
        "I know what motor he drives home in",
        "took down the registration of your driver's personal car",
        "watched your cashier get into her car after work, nice little hatchback",
        # P3 a staff member's personal pages found or identity known
        "I tracked down the agent's instagram from her badge",
        "found your tiktok from your name tag, cute videos",
        "dug up that cashier's facebook page last night",
        "I know who that nurse is now, I found her on linkedin",
        "looked up your driver on facebook, I know who he is",
        "she should know I know exactly who she is",
        "I'll be waiting for her when her shift ends",
        "gonna hang around for him after closing time",
    ],
    "violence_threat": [
        # V1 harm verb on a third-person pronoun (staff referred to)
        "If that courier shows his face again I'm gonna slap him silly",
        "that receptionist wants to watch it, I'll smack her one",
        "I swear I will hit him the moment he opens the door",
        "next time I'll punch them all, every last one of your clerks",
        "I'll batter him, you tell him that",
        "I shall strangle her with my own bare hands",
        # V2 arriving with an implement
        "I'll turn up at your garage with a wrench and we'll see who's laughing",
        "one more bill like that and I'm coming round the office with a golf club",
        "keep it up and I'll be at reception with a sledgehammer",
        "I'll be outside your branch with a cricket bat tomorrow morning",
        "I'm heading down to the warehouse with a spanner, consider yourself warned",
        "expect me at the showroom with a hatchet",
        # V3 a fight proposed
        "tell your supervisor to meet me in the car park and we'll settle it the old-fashioned way",
        "your manager and me, outside, just the two of us, then we'll see",
        "I'll sort that lad out one on one behind the shop",
        "come out from behind that counter and we'll go toe to toe",
        "we can take this outside whenever your boss is ready",
        "he can square up to me like a man",
        # V4 bodily outcome foretold
        "your installer won't leave my property in one piece if he is late again",
        "that lad will be eating through a straw by the time I'm done",
        "he'll be picking his teeth up off the pavement",
        "she'll go home on a stretcher, mark my words",
        "your rep will need a new set of teeth after Monday",
        "he won't be walking straight for a month",
        # V5 retaliation in kind
        "next time your mechanic wrecks my engine I'll give him a taste of his own medicine",
        "maybe someone should do the same to her in the car park",
        "the barber who nicked my ear will find out what it feels like",
        "let's see how your delivery guy likes being thrown around like my parcels",
        "whoever shoved me is getting shoved himself next time",
    ],
}

CLEAR: dict[str, list[str]] = {
    "abusive_language": [
        # A1 the listener ranked below a thing, a child or the lowest job
        "my new phone is smarter than my old one",
        "the cleaners are not fit to work in that heat without fans",
        "a child could assemble this, the instructions are that clear",
        # A2 too dim or too lazy to do the job
        "the print is too small to read on the label",
        "I was too tired to check the order last night",
        "the box was too heavy to lift, can the courier bring it in",
        # A3 who hired you / back to school
        "who hired the van for the move?",
        "my son is going back to school on Monday, can I change the delivery",
        "who should I speak to about the training course?",
        "honestly even a child could set up this router, great design",
    ],
    "excessive_demand": [
        # compensation the carrier's or company's rules give, asked about
        "I'd like to know what compensation your conditions of carriage allow for the lost case.",
        "What compensation does your passenger charter allow for a three hour delay?",
        "Could you tell me what compensation the terms and conditions allow me?",
        "please confirm what compensation your customer charter provides for missed appointments",
        "how much compensation does the code of practice give for a late connection",
        # E2 a perk for life
        "I thought the warranty was meant to last for life",
        "you've lost a customer for life",
        "is the lifetime guarantee still valid if I moved house",
        # E3 the whole party's bill comped, or a treat owed
        "could you split the bill for the whole table please",
        "is the room on the house if I'm a member?",
        "we owe you a balance of £20, can you send the invoice",
        # E1 the customer's own costs of living put on the company
        "the flight was cancelled so I'd like the hotel cost for that night reimbursed as per the regulation",
        "can I claim back the taxi fare from the cancelled train under your policy",
        "I took a day off to wait for the engineer who never came, can you reschedule",
        "do you offer priority boarding for life members of the club?",
        "I've had lounge access for life since I became gold, does that still apply",
    ],
    "legal_threat": [
        # a lawyer carrying out the customer's property or lease transaction
        "My solicitor is handling the sale and needs a copy of the policy schedule.",
        "The attorney handling our house purchase needs the buildings policy",
        "my solicitor is dealing with the remortgage, could you send her the schedule",
        "our lawyer is doing the closing next week and needs proof of cover",
    ],
    "privacy_intrusion": [
        # the company's public channel read for its news
        "Saw on your Twitter there's a delay in Leeds, any update?",
        "I noticed on your Facebook page that the store is closed today",
        "Saw on your instagram that the sale ends Sunday",
        # a role's work area or a parcel's route is no one's home
        "where does your driver deliver on Tuesdays",
        "which area does your engineer cover",
        "which town does my order ship from",
        # P1 a staff member's end of shift asked, or waited out, by role or description
        "what time does the shop close on Friday",
        "when does the engineer finish the install?",
        "I'll wait outside for the courier, he can ring the bell",
        "what time does your helpline finish on Sundays",
        # P2 a staff member's vehicle known
        "your engineer's van blocked my driveway this morning",
        "I know what car I want to buy, do you have it in blue",
        "the registration of my car is on the form",
        "I watched the driver get into the van and leave without knocking",
        # P3 a staff member's personal pages found or identity known
        "I found your company's facebook page but nobody answers",
        "I found the product on instagram cheaper",
        "I know who to contact now, thanks",
        "I'll be waiting for him when he comes out with the keys to collect",
        "the engineer said to wait for him after work, he'll come at six",
    ],
    "violence_threat": [
        # V1 harm verb on a third-person pronoun (staff referred to)
        "I'll hit him up on WhatsApp later about the refund",
        "I'll beat them to it and cancel the order first",
        "if he calls again I'll just kill him with kindness",
        "please break it to her gently that the dog didn't make it",
        "I'll hit her back with an email tomorrow",
        # V2 arriving with an implement
        "the engineer turned up with a wrench but no parts",
        "I'll bring the spanner back to the hire shop tomorrow",
        "I'm coming to the club with my golf clubs on Saturday",
        "the fitter came round with the wrong tyre iron so couldn't change the wheel",
        # V3 a fight proposed
        "I'd like to settle this amicably please",
        "can we sort it out one to one on a video call",
        "let's take this conversation offline and onto email",
        "our team plays man to man marking on Saturdays",
        # V4 bodily outcome foretold
        "the parcel didn't arrive in one piece, the lamp is shattered",
        "the vase arrived in one piece, thanks so much",
        "my son will need a new set of teeth, does the plan cover dentures",
        "after the op he won't be walking for a month, can we move the booking",
        # V5 retaliation in kind
        "I'd love to return the favour with a good review",
        "let's see how he likes the new menu",
        "I'll pay you back next week when I get paid",
        "he's getting married himself next month",
        # the customer's own choice of car
        "I know what car I want to buy, do you have it in blue",
    ],
}


@pytest.mark.parametrize("code", sorted(FIRES))
def test_mechanisms_fire(detector: LexiconDetector, code: str) -> None:
    assert_fires(detector, code, FIRES[code])


@pytest.mark.parametrize("code", sorted(CLEAR))
def test_look_alikes_stay_clear(detector: LexiconDetector, code: str) -> None:
    assert_clear(detector, code, CLEAR[code])

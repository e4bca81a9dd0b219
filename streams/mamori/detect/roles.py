"""Who does what to whom in an English clause: the object of a verb, the one who acts.

The English analyser gives lemmas, a coarse part of speech (pronouns, auxiliaries,
numbers; other words are OTHER) and clauses; it has no parser. These readings use the
few cues English word order gives:

- the **object** of a verb is what follows it (after a particle: "beat up the guy",
  "shoot off an email"): a person pronoun, a name, or a noun phrase opened by a
  determiner whose words do (a person, a family member, a pet, a body part) or do not
  ("this subscription", "the deal", "my business") name someone. A person followed by a
  determiner and a message word ("shoot you an email", "drop you a line") is the
  receiver of that message, not the victim of the verb;
- a **commitment** (a threat frame read on the whole clause): a future or modal, a
  condition, an ongoing act ("I'm contacting my lawyer") or an imperative ("see you in
  court"); a past narration ("my lawyer asked me …") is none;
- the **speaker acts alone**: the clause has a first-person subject (or asks whether
  something may be done) and names no listener, staff member or other person;
- a **product topic**: a post or review about a determiner phrase that names no
  person, company or platform, with nothing hostile in the clause;
- the **sense** a particle gives a verb of harm ("hit you up", "beat you to it"),
  **premises** wrecked or only named ("shoot this place up", "hit the shops"), the
  **speaker** as the object ("my boss will kill me");
- **nothing exposed** by a post of a neutral thing ("post the return form online"), a
  **meeting proposed** as "we", a **service visit** ("to fix the boiler"), an
  **errand** ("waiting for your reply", "waiting by the phone", "you'll pay for the
  courier"), a **missed chance** ("you'll regret missing this offer", "… regret it if
  you miss this sale"), **known premises** visited on an errand, in the sentence or
  the next ones ("I know where your office is. I'll drop the form off."), a post
  **praised** next to it ("…, she was brilliant"), "everyone" as a post's audience, a
  **report to a person** and a **business contact** ("your number for refunds");
- the staff roster's **names** are people however they are written ("sarah").

The word classes (people, messages, companies, …) are slots of the word lexicon
(``words.yaml``), so a company directory may extend them like any slot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from mamori.detect.clauses import EN_SECOND, Clause, advised
from mamori.detect.morph import AUX, HANDLE, NUM, OTHER, PRON, PUNCT, Token

#: The sentences after the cue's, analysed when first asked for: most cues are settled
#: by their own sentence, and analysing the next ones costs as much again.
Later = Callable[[], Sequence[tuple[Token, ...]]]

PERSON: Final = "person"
THING: Final = "thing"
MESSAGE: Final = "message"
#: The company's premises ("this place", "your store"): a target only of wrecking.
PLACE: Final = "place"
#: The verb in another sense, set by its particle or complement: "hit you up", "hit
#: me back" (contact, reply), "beat you to it" (get there first).
SENSE: Final = "sense"
#: The speaker ("my boss will kill me"): a hyperbole about oneself, no threat.
SPEAKER: Final = "speaker"


@dataclass(frozen=True, slots=True)
class RoleWords:
    """Word classes (lemma and surface keys) the readings below need."""

    #: People, family members and pets: who a threat of harm can be aimed at.
    person: frozenset[str]
    #: Body parts ("break your legs" is aimed at a person).
    body: frozenset[str]
    #: What one sends someone: "shoot/drop/fire you a message/an email/a line".
    message: frozenset[str]
    #: Verbs of bodily harm, which need a person as their object to threaten one.
    harm: frozenset[str]
    #: A company and its parts ("your company", "the staff", "the service").
    company: frozenset[str]
    #: Escalation routes a customer has a right to (an ombudsman): no legal threat.
    route: frozenset[str]
    #: Legal action proper (sue, court, lawyer, police): a threat even next to a route.
    legal_action: frozenset[str]
    #: What makes a review an attack ("bad", "1 star", "everywhere", "expose").
    hostile: frozenset[str]
    #: Platforms (the SNS slot): "on twitter" names where, not what about.
    platform: frozenset[str]
    #: Premises ("place", "store", "office"): wrecked ("shoot this place up"), or
    #: only visited ("hit the shops").
    place: frozenset[str] = frozenset()
    #: Verbs that damage a thing ("smash", "key", "kick in"): aimed at the listener's
    #: property they threaten it.
    damage: frozenset[str] = frozenset()
    #: What the listener or the company owns ("window", "van", "front door", "office").
    property: frozenset[str] = frozenset()
    #: What a post exposes: the exchange itself and how one was treated ("the
    #: recording", "my experience", "the screenshots"), not a form or a deal.
    exposure: frozenset[str] = frozenset()
    #: Business functions: a contact detail "for returns" or "for support" is the
    #: company's.
    business: frozenset[str] = frozenset()
    #: Where one looks someone up: platforms and search engines ("found you on google").
    online: frozenset[str] = frozenset()
    #: Weapons: what one brings along is no errand ("I'll bring a bat").
    weapon: frozenset[str] = frozenset()
    #: The staff roster's names (lower case, and each part of a full name): a person
    #: wherever a name can stand, however it is written ("share a photo of sarah").
    names: frozenset[str] = frozenset()
    #: Words of praise ("helpful", "amazing", "a legend"): a post that praises whom it
    #: shows exposes nobody.
    praise: frozenset[str] = frozenset()
    #: Words of blame (the detector's English insults, "rude", "useless"): praise next
    #: to one is no praise of the whole.
    blame: frozenset[str] = frozenset()
    #: Regulators and consumer bodies ("the regulator", "trading standards", "the
    #: BBB"): a complaint about the matter lodged with one is a customer's right.
    regulator: frozenset[str] = frozenset()
    #: Underwear and nightwear (mamori.detect.targets): a product or a remark.
    apparel: frozenset[str] = frozenset()
    #: Words of shopping ("size", "stock", "return"): an item asked about as a product.
    shopping: frozenset[str] = frozenset()
    #: What a customer buys or uses ("plan", "app", "service"): a thing, no person.
    thing: frozenset[str] = frozenset()
    #: Supplies and devices one turns on ("the gas", "the heating"): switched, not aroused.
    switchable: frozenset[str] = frozenset()
    #: Stories and games ("villain", "character", "chapter"): whom an insult is of.
    fiction: frozenset[str] = frozenset()
    #: Staff by their role ("agent", "rep"): "my rep" is staff, "my brother" is not.
    staff_role: frozenset[str] = frozenset()
    #: Journalists, the press and creators: an audience that makes a matter public.
    media: frozenset[str] = frozenset()


#: Determiners that open a noun phrase ("her" is left out: "kill her" or "kill her dog").
_DETERMINERS: Final = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "ur", "his"]
    + ["their", "its", "some", "every", "no", "another", "any", "each", "whole", "all"]
    # Numbers count like determiners: "kill two birds", "one of you", "five people".
    + ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"]
)
#: Particles of phrasal verbs, read past on the way to the object.
_PARTICLES: Final = frozenset(["up", "off", "down", "out", "over", "back"])
#: Pronouns for people (as an object, or alone).
_PERSON_PRONOUNS: Final = frozenset(
    ["you", "u", "ya", "ye", "yourself", "yourselves", "him", "her", "them", "us", "me"]
    + ["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "yall"]
)
#: Pronouns for things.
_THING_PRONOUNS: Final = frozenset(["it", "this", "that", "these", "those"])
#: Words that end a noun phrase: prepositions, conjunctions and time adverbs.
_PHRASE_END: Final = frozenset(
    ["of", "for", "to", "with", "at", "in", "on", "by", "from", "about", "and", "or"]
    + ["but", "if", "so", "then", "now", "today", "tonight", "tomorrow", "later", "when"]
    + ["because", "unless", "as", "than", "before", "after", "until", "right", "too"]
)
_PHRASE_MAX: Final = 4


def object_kind(toks: tuple[Token, ...], verb: int, limit: int, words: RoleWords) -> str:
    """What the verb at ``verb`` acts on, read up to token ``limit`` (its clause end):
    PERSON, THING, MESSAGE (a person who receives a message), or "" (cannot tell:
    nothing follows, or a bare word that may be a name written in lower case)."""
    j = verb + 1
    while j < limit and toks[j].surface in _PARTICLES:
        j += 1
    if j >= limit:
        return ""
    if toks[verb].lemma in _CONTACT and j > verb + 1 and toks[verb + 1].surface == "up":
        return SENSE  # "hit up the store", "hit up my mate": get in touch
    t = toks[j]
    if t.surface in _SPEAKER:
        return SPEAKER  # "my boss is gonna kill me", "you're killing me"
    if t.proper or _is_person(t, words):
        if t.surface in _PERSON_PRONOUNS and _receives_message(toks, j + 1, limit, words):
            return MESSAGE
        if _other_sense(toks, verb, j, limit, words):
            return SENSE
        return PERSON
    if t.surface in _DETERMINERS or t.pos == NUM:
        kind = _phrase_kind(toks, j + 1, limit, words)
        if (
            kind == PERSON
            and toks[verb].lemma == "find"
            and _other_sense(toks, verb, j, limit, words)
        ):
            return SENSE  # "found ur agent on insta": looked up, no hunt
        if kind == PLACE and t.surface in _OWN:
            return THING  # "burn my house down": the speaker's own place
        if kind == PERSON and t.surface in _OWN and _plays_against(toks, j + 1, limit):
            return SENSE  # "murder my mates on the new map": beaten at a game
        if kind or t.surface not in _THING_PRONOUNS:
            return kind
    if t.surface in _TIME:
        return THING  # "kill time"
    return THING if t.surface in _THING_PRONOUNS else ""  # "I'll end this."


#: The speaker as the object of someone else's act ("my boss will kill me", "you're
#: killing me"): a hyperbole, no threat. Reflexive self-harm ("I'm going to kill
#: myself") is left to fire: staff must escalate it, whatever its code.
_SPEAKER: Final = frozenset(["me", "us"])
#: Verbs of harm whose particle "up" or "back" makes them verbs of contact.
_CONTACT: Final = frozenset(["hit"])
#: What "beat X to" ends in when it still is harm: "beat you to death / a pulp".
_HARM_RESULTS: Final = frozenset(
    ["death", "pulp", "pieces", "bits", "shreds", "smithereens", "unconsciousness", "bloody"]
)
#: The speaker's own: "my house", "our place".
_OWN: Final = frozenset(["my", "our"])
#: Whom one plays against: the speaker's own companions ("destroy my mates at darts").
_COMPANIONS: Final = frozenset(
    [
        "friend",
        "friends",
        "mate",
        "mates",
        "buddy",
        "buddies",
        "pal",
        "pals",
        "bro",
        "bros",
        "brother",
        "brothers",
        "sister",
        "sisters",
        "cousin",
        "cousins",
        "squad",
        "team",
        "teammates",
        "crew",
        "dad",
        "son",
        "kids",
        "mates",
        "homies",
        "boys",
        "lads",
    ]
)
#: Where a game is played: "on the new map", "in ranked", "at fifa".
_PLAY_AT: Final = frozenset(["on", "in", "at"])


def _plays_against(toks: tuple[Token, ...], noun: int, limit: int) -> bool:
    """The speaker's own companion at ``noun`` beaten somewhere or at something: a game
    ("gonna murder my friends on it tonight", "beat my brother at chess"), no harm."""
    return (
        noun + 1 < limit
        and toks[noun].surface in _COMPANIONS
        and toks[noun + 1].surface in _PLAY_AT
    )


#: Spans of time: what "kill" does to them is pass them.
_TIME: Final = frozenset(["time", "hours", "minutes"])
#: What one is hit with when it is news, not a blow: "hit you with the details".
_NEWS: Final = frozenset(["details", "news", "info", "update", "figures", "numbers", "facts"])


def _other_sense(
    toks: tuple[Token, ...], verb: int, obj: int, limit: int, words: RoleWords
) -> bool:
    """The particle or complement after the person at ``obj`` gives the verb of harm at
    ``verb`` another sense: "hit you up" and "hit you back" (get in touch, reply; "back"
    is a blow only when another blow is named in the sentence: "if you hit me I'll
    hit you back"), "hit you with the details" (a message or legal action, not a blow),
    "beat you to it" (get there first; "to death", "to a pulp" stay harm), "found you
    on google" (looked up online, no hunt; what follows may intrude, en.yaml), "knock
    yourself out" (go ahead)."""
    lemma = toks[verb].lemma
    after = toks[obj + 1].surface if obj + 1 < limit else ""
    tail = toks[obj + 2 : min(limit, obj + 6)]
    if lemma in _CONTACT:
        if after == "up":
            return True
        if after == "back":
            return not any(
                k != verb and t.lemma in words.harm and t.lemma != "find"
                for k, t in enumerate(toks)
            )
        if after == "with":
            return any(
                not t.keys.isdisjoint(words.message)
                or not t.keys.isdisjoint(words.legal_action)
                or t.surface in _NEWS
                for t in tail
            )
    if lemma == "find":
        # "found you on linkedin", "found ur agent Priya on insta": looked up on a
        # platform, the "on" after the person or after their noun phrase
        k = obj + 1
        while k < min(limit, obj + 1 + _PHRASE_MAX) and toks[k].surface != "on":
            if toks[k].pos in (PUNCT, AUX) or toks[k].surface in _PHRASE_END:
                return False
            k += 1
        return (
            k + 1 < limit
            and toks[k].surface == "on"
            and not toks[k + 1].keys.isdisjoint(words.online)
        )
    if lemma == "beat" and after == "to":
        return bool(tail) and not any(t.surface in _HARM_RESULTS for t in tail)
    return lemma == "knock" and after == "out" and toks[obj].surface in ("yourself", "yourselves")


#: Verbs that wreck a place with no particle: "torch the shop", "firebomb the office".
#: (Smashing, wrecking or burning a place is its wreck in plain words too: "I will smash
#: your shop", "i will burn ur branch"; "hit the shops" only names it.)
_WRECKING: Final = frozenset(
    ["torch", "firebomb", "smash", "wreck", "trash", "vandalise", "vandalize", "burn"]
)
#: Particles that make a verb of harm wreck a place: "shoot up", "burn down", "blow up".
_WRECK_PARTICLES: Final = frozenset(["up", "down", "apart"])


def wrecks(toks: tuple[Token, ...], verb: int, limit: int) -> bool:
    """The verb at ``verb`` wrecks what it acts on: a particle up/down/apart right
    after it ("shoot up the place") or after its object ("shoot this place up",
    "burn the whole store down"), or "to the ground" after its object. "hit the shops" or "kill this place" only name it."""
    if toks[verb].lemma in _WRECKING:
        return True  # "torch that call centre": torching is the wreck
    for k in range(verb + 1, min(limit, verb + _PHRASE_MAX + 3)):
        t = toks[k]
        if t.surface in _WRECK_PARTICLES:
            return True
        # The result phrase says the same: "burn your shop to the ground".
        if t.surface == "to" and [w.surface for w in toks[k + 1 : k + 3]] == ["the", "ground"]:
            return True
        if t.pos == PUNCT or t.surface in _PHRASE_END:
            return False
    return False


#: Possessives of the listener ("ur", "yer" are read as "your" by the analyser).
_LISTENERS: Final = frozenset(["your", "ur", "yer", "yor", "yo"])


def damages_property(toks: tuple[Token, ...], verb: int, limit: int, words: RoleWords) -> bool:
    """The verb at ``verb`` damages the listener's property: a verb of damage in its
    plain or -ing form, (a particle,) "your", then within a short noun phrase a word
    of property ("smash your windows in", "kicking in ur front door", "key your car").
    A past form tells of damage done ("you smashed your own window"), and anyone
    else's thing ("my window", "the news", "it") is no threat to the listener."""
    t = toks[verb]
    if t.lemma not in words.damage or t.cform == "past" or t.surface.endswith("ed"):
        return False
    if t.surface in ("broke", "broken", "burnt"):
        return False
    j = verb + 1
    while j < limit and toks[j].surface in _PARTICLES | {"in"}:
        j += 1
    if j + 1 < limit and toks[j].surface in _ALL:
        j += 1 if _listeners_property(toks, j + 1, limit, words) else 0
    if _listeners_property(toks, j, limit, words) > 0:
        return True
    if j < limit and toks[j].surface in _DETERMINERS and toks[j].surface not in _OWN:
        # a part of the listener's place: "every screen in your showroom", "the
        # glass in your door" (not "the glass on your phone": a phone is no premises)
        end = _owned_property(toks, j + 1, limit, words)
        return (
            end > 0
            and end + 1 < limit
            and toks[end].surface in _PART_OF
            and _listeners_property(toks, end + 1, limit, words) > 0
        )
    return False


#: Quantifiers before a possessive: "all your windows", "both your vans".
_ALL: Final = frozenset(["all", "both", "each", "every"])
#: Prepositions of a part and its whole: "the screens in your office".
_PART_OF: Final = frozenset(["in", "at", "of", "on"])


def _listeners_property(toks: tuple[Token, ...], j: int, limit: int, words: RoleWords) -> int:
    """After "your" at ``j``, the index past the property word of its noun phrase; 0
    when ``j`` holds no "your" or the phrase names no property."""
    if j >= limit or (toks[j].surface not in _LISTENERS and "your" not in toks[j].keys):
        return 0
    return _owned_property(toks, j + 1, limit, words)


def _owned_property(toks: tuple[Token, ...], start: int, limit: int, words: RoleWords) -> int:
    """The index past the first property word of the short noun phrase at ``start``,
    0 when none comes before it ends or names a person."""
    for k in range(start, min(limit, start + _PHRASE_MAX)):
        w = toks[k]
        if not w.keys.isdisjoint(words.property):
            return k + 1
        if w.pos in (PUNCT, AUX) or w.surface in _PHRASE_END or _is_person(w, words):
            return 0
    return 0


def _is_person(t: Token, words: RoleWords) -> bool:
    if t.surface in _PERSON_PRONOUNS or _rostered(t, words):
        return True
    return not t.keys.isdisjoint(words.person) or not t.keys.isdisjoint(words.body)


def _rostered(t: Token, words: RoleWords) -> bool:
    """A name of the staff roster, written in any case ("sarah", "Tom"): a person like a
    capitalised name. Pronouns and auxiliaries are never read as one ("Will")."""
    return t.pos == OTHER and not t.keys.isdisjoint(words.names)


def _phrase_kind(toks: tuple[Token, ...], start: int, limit: int, words: RoleWords) -> str:
    """A noun phrase after its determiner: PERSON when one of its words names someone
    ("this stupid agent", "your legs"), or it is "one/lot of you"; PLACE when one
    names premises ("this place", "your store"); THING otherwise; "" when no word
    follows."""
    j = start
    seen = 0
    place = False
    while j < limit and seen < _PHRASE_MAX:
        t = toks[j]
        if t.pos in (PUNCT, AUX, NUM) or t.surface in _PHRASE_END:
            break
        if t.pos == PRON and t.surface not in ("her", "his", "their", "my", "your"):
            break
        if t.proper or _is_person(t, words):
            return PERSON
        if not t.keys.isdisjoint(words.place):
            place = True
        seen += 1
        j += 1
    if j + 1 < limit and toks[j].surface == "of" and _is_person(toks[j + 1], words):
        return PERSON  # "every one of you", "the lot of you"
    if place:
        return PLACE
    return THING if seen else ""


_MESSAGE_DETERMINERS: Final = frozenset(
    ["a", "an", "the", "another", "some", "my", "our", "this", "that", "these", "those"]
)


def _receives_message(toks: tuple[Token, ...], start: int, limit: int, words: RoleWords) -> bool:
    """After a person: a determiner, at most two more words, then a message word."""
    if start >= limit or toks[start].surface not in _MESSAGE_DETERMINERS:
        return False
    for k in range(start + 1, min(limit, start + 4)):
        if not toks[k].keys.isdisjoint(words.message):
            return True
        if toks[k].pos == PUNCT and toks[k].surface != "-":
            return False
    return False


#: Modals and future markers: the speaker commits to an act ("I will", "I might have to").
_MODALS: Final = frozenset(
    ["will", "shall", "gonna", "would", "might", "may", "must", "should", "wanna", "gotta"]
)
#: X + to: "going to", "have to", "need to", "want to", "about to" commit to an act.
_BEFORE_TO: Final = frozenset(["going", "have", "has", "need", "want", "about", "plan", "got"])
#: Legal acts a representative is "instructed to" take (formal register): a commitment.
_INSTRUCTED_ACTS: Final = frozenset(
    ["commence", "issue", "initiate", "institute", "bring", "file", "act", "take", "proceed"]
    + ["pursue", "recover", "sue", "start", "begin", "seek", "serve", "lodge"]
)
#: Present forms of be before an -ing form: an act under way ("was calling" is past).
_PRESENT_BE: Final = frozenset(["am", "is", "are", "be"])
#: Words that open a clause without being an imperative verb.
_NOT_IMPERATIVE: Final = frozenset(
    ["yesterday", "today", "recently", "earlier", "also", "so", "well", "ok", "okay", "yes"]
    + ["no", "hi", "hello", "dear", "thanks", "thank", "sorry", "actually", "anyway", "then"]
    + ["unfortunately", "apparently", "honestly", "basically", "last", "now", "here", "there"]
    + ["again", "once", "btw", "fyi", "ps", "and", "but", "as", "since", "after", "before"]
    + ["when", "while", "because", "although", "though", "just", "still", "even", "already"]
    # a relative or interrogative word opens a clause that orders nothing ("…, which I'm
    # sure you agree with", "who said …")
    + ["which", "who", "whom", "whose", "where", "what", "why", "how", "whoever", "whatever"]
    # a preposition opens a phrase, not an order: a purpose or a topic set after the
    # main clause ("…, for an injury claim", "…, regarding the claim")
    + ["for", "regarding", "re", "concerning", "about", "with", "from", "of", "during"]
    # the "but" and "then" of Krio, West African Pidgin and Caribbean Creoles ("…, bot ar
    # nɔ believe am yet", "den e go sorry"): a conjunction opens the clause, no order
    + ["bot", "bɔt", "den"]
    # an interjection opens an exclamation, not an order ("Oh joy, I read the thread …")
    + ["oh", "ah", "wow", "ugh", "lol", "yay", "gosh", "jeez", "welp", "meh"]
)


def commits(toks: tuple[Token, ...], clause: Clause, nouns: frozenset[str]) -> bool:
    """The clause commits someone to an act (a threat frame read on the whole clause):
    a modal or future ("I'll", "my lawyer will", "I might have to"), X + to ("going to",
    "need to"), a condition ("if …", "… or I"), an ongoing act ("I'm calling the
    police") or an imperative ("see you in court"; a clause opened by one of ``nouns``,
    "Lawyer says …", is none). A past narration ("my lawyer asked me", "I spoke to a
    solicitor") or a bare mention commits to nothing."""
    ws = toks[clause.start : clause.end]
    if not ws:
        return False
    if conditional(toks, clause):
        return True
    first = ws[0]
    for k, t in enumerate(ws):
        if t.surface in _MODALS and not (
            t.surface == "would" and _would_not(toks, clause.start + k)
        ):
            return True
        nxt = ws[k + 1].surface if k + 1 < len(ws) else ""
        if t.surface in _BEFORE_TO and nxt == "to":
            return True
        after = ws[k + 2].surface if k + 2 < len(ws) else ""
        if t.surface == "instructed" and nxt == "to" and after in _INSTRUCTED_ACTS:
            return True  # "our solicitors have been instructed to issue proceedings"
        if (
            t.cform == "ing"
            and (k == 0 or ws[k - 1].surface in _PRESENT_BE)
            and t.lemma not in _WISHING
            and t.surface not in _NOT_IMPERATIVE  # "regarding the claim": a topic
        ):
            return True  # "I'm calling the police", "Calling my lawyer now"
    return (
        first.keys.isdisjoint(nouns)
        and first.pos not in (PRON, AUX, NUM, PUNCT)
        and not first.proper
        and first.cform == ""
        and first.surface not in _DETERMINERS
        and first.surface not in _NOT_IMPERATIVE
        # a subject and its copula ("Mum's a lawyer", "Dad is retired") order nothing
        and not (len(ws) > 1 and ws[1].surface in ("is", "am", "are", "was", "were", "s"))
    )


#: Verbs of a wish or a thought: "I'm hoping we can sort it" commits to no act.
_WISHING: Final = frozenset(["hope", "wish", "wonder", "pray"])
#: After "would": a preference between courses, not an act ("I'd rather sort it out
#: with you", "I would prefer to settle this directly").
_PREFERRING: Final = frozenset(["rather", "prefer", "sooner"])


def _would_not(toks: tuple[Token, ...], k: int) -> bool:
    """A "would" that commits to nothing: a past that did not happen ("I'd have
    smashed it if …"), advice ("if I were you I'd …") or a preference ("I'd still
    rather …")."""
    nxt = [t.surface for t in toks[k + 1 : k + 3]]
    if nxt and nxt[0] in ("still", "much", "really", "just"):
        nxt = nxt[1:]
    return (bool(nxt) and nxt[0] in ("have", *_PREFERRING)) or advised(toks, k)


#: Verbs of putting a matter right between the parties: "I'm hoping we can just
#: resolve it", "I'd like to settle this with you".
_SETTLING: Final = frozenset(["resolve", "settle", "sort"])
#: Who wishes it, or how: the speaker's side or a wish ("fix this or else" is an order).
_WISHED: Final = frozenset(
    ["we", "us", "i", "hope", "hoping", "hopefully", "rather", "prefer", "sooner", "amicably"]
)


def settles(toks: tuple[Token, ...], clause: Clause, nouns: frozenset[str]) -> bool:
    """The clause wishes the matter put right between the parties (a verb of
    settling after the speaker's side or a word of wishing, none of ``nouns`` of
    legal action, no condition): a de-escalation, no act against the listener ("so
    I'm hoping we can resolve it", "but I'd prefer to settle it with you directly").
    An order to settle ("sort it out or else") is none."""
    ws = toks[clause.start : clause.end]
    at = next((k for k, t in enumerate(ws) if t.lemma in _SETTLING), -1)
    return (
        at > 0
        and any(t.surface in _WISHED for t in ws[:at])
        and all(t.keys.isdisjoint(nouns) for t in ws)
        and not conditional(toks, clause)
    )


def narrated(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause tells of the past ("my lawyer asked me", "I went to court", "I have
    spoken to a solicitor"): a past form, or an auxiliary of the past."""
    return any(
        t.cform == "past" or t.surface in ("did", "had", "was", "were")
        for t in toks[clause.start : clause.end]
    )


#: Verbs of asking for something, told of: "the insurer's lawyer asked for the agreement".
_ASKED_FOR: Final = frozenset(["asked", "requested", "needed", "wanted", "required"])
#: Papers one hands over: "a copy of the contract", "the rental agreement".
_PAPERS: Final = frozenset(
    [
        "agreement",
        "contract",
        "copy",
        "copies",
        "records",
        "record",
        "receipt",
        "receipts",
        "invoice",
        "invoices",
        "statement",
        "paperwork",
        "documents",
        "document",
        "certificate",
        "form",
        "forms",
        "report",
        "details",
        "terms",
        "policy",
        "photos",
        "evidence",
    ]
)


def papers_asked(toks: tuple[Token, ...], clause: Clause, legal_action: frozenset[str]) -> bool:
    """The clause tells that someone asked for papers ("our insurer's lawyer asked for
    the agreement", "my solicitor requested a copy of the invoice"): the legal word is
    the one who needed a document, with no legal action named after the asking ("…
    asked me to file a claim over the contract" names one)."""
    ws = toks[clause.start : clause.end]
    for k, t in enumerate(ws):
        if t.surface not in _ASKED_FOR:
            continue
        if any(not w.keys.isdisjoint(legal_action) for w in ws[k + 1 :]):
            return False  # what was asked is an action: "asked me to sue"
        if any(w.lemma in _PAPERS for w in ws[k + 1 : k + 6]):
            return True
    return False


#: Words of a wish or an obligation: a visit wanted, not told of.
_WANTED: Final = frozenset(
    ["want", "wanted", "need", "needed", "demand", "demanded", "expect", "expected", "will"]
    + ["should", "must", "gonna", "better", "would", "ll", "shall", "insist", "require"]
    # the impersonal formal register: "it is required that your manager attend"
    + ["required", "insisted", "imperative", "essential", "mandatory"]
)


def visit_told(toks: tuple[Token, ...], clause: Clause, cue: int) -> bool:
    """The clause tells of a visit that happened, its past verb before the cue ("your
    manager was at my flat yesterday", "someone came to my house and fixed it"), and
    wishes nothing ("come here and fix the mess you made" is an order)."""
    before = toks[clause.start : cue]
    return any(
        t.cform == "past" or t.surface in ("did", "had", "was", "were") for t in before
    ) and all(t.surface not in _WANTED for t in toks[clause.start : clause.end])


#: Copulas: "my dad is a lawyer", "I'm a solicitor acting for …".
_COPULA: Final = frozenset(["is", "am", "are", "was", "were"])


def identity(toks: tuple[Token, ...], clause: Clause, nouns: frozenset[str]) -> bool:
    """One of ``nouns`` is what someone is (copula + a/an + the noun): "my dad is a
    lawyer", "I'm a solicitor acting for Mrs Smith", "I work as a barrister" tell who
    someone is, not what the speaker will do. The copula may be contracted onto its subject ("my sister's
    a lawyer", folded "sisters a") and the noun described ("a retired solicitor",
    "a practising criminal barrister")."""
    for k in range(clause.start + 2, clause.end):
        if toks[k].keys.isdisjoint(nouns):
            continue
        j = k - 1
        while j > clause.start and k - j <= 3 and _describes(toks[j]):
            j -= 1
        if j - 1 < clause.start or toks[j].surface not in ("a", "an"):
            continue
        before = toks[j - 1]
        # a trade one works in: "I work as a barrister", "my dad worked as a solicitor"
        if before.surface == "as" and j - 2 >= clause.start and toks[j - 2].lemma == "work":
            return True
        # ("cousin 's a" as analysed, or "cousins a" where the clitic stayed joined)
        if before.surface in (*_COPULA, "s") or (
            before.lemma != before.surface and before.surface == before.lemma + "s"
        ):
            return True
    return False


#: Possessives before a relative or a friend: "my daughter Sue", "our neighbour Bill".
_KIN_POSSESSIVE: Final = frozenset(["my", "our", "his", "her", "their"])
#: Adverbs that may stand between a noun and its auxiliary ("my son also will …"):
#: never a name.
_NOT_A_NAME: Final = frozenset(
    ["also", "just", "still", "now", "then", "never", "always", "already", "even", "only"]
    + ["too", "often", "sometimes", "usually", "soon", "again", "here", "there", "who"]
    + ["which", "that", "probably", "definitely", "certainly", "finally", "really", "sure"]
)


#: Words before a verb ("to sue", "gonna sue") and objects after one ("sue you").
_VERB_BEFORE: Final = frozenset(["to", "gonna", "wanna", "ll", "d", "and", "or", "then"])
_VERB_OBJECT: Final = frozenset(
    ["you", "u", "ya", "them", "him", "her", "us", "me", "your", "ur", "the", "this", "for"]
)


#: Words after which a capitalised word stands in a noun's place, never a bare verb's:
#: prepositions ("a lesson with Sue", "a card for Sue") and verbs whose object is a
#: person ("please thank Sue", "ask Sue"). "to" is apart: "going to Sue" is a verb.
_NAME_AFTER: Final = frozenset(
    ["with", "for", "from", "by", "about", "of", "at", "without", "thanks"]
    + ["thank", "ask", "asked", "tell", "told", "congratulate", "praise", "praised", "cc"]
)
#: Verbs of telling and giving before "to": the person told is a name ("spoke to Sue",
#: "pass our thanks on to Sue"), where "want to", "going to", "have to" take a verb.
_TOLD_TO: Final = frozenset(
    ["talk", "speak", "spoke", "spoken", "chat", "send", "sent", "give", "gave", "pass"]
    + ["passed", "write", "wrote", "written", "mention", "explain", "explained"]
    + ["reply", "replied", "introduce", "introduced", "thanks", "hand", "handed", "listen"]
)
#: Words after which a name opens a clause of its own ("… and Sue never lost patience").
_NAME_SUBJECT_AFTER: Final = frozenset(["and", "but", "then", "so", "while", "because"])
#: Adverbs of habit that stand between a subject and its verb, never after a bare verb
#: "sue" ("Sue never …", "Sue always …"; "I'll sue never" is no English), and the
#: adverbs that may follow one of them ("never once", "always really").
_SUBJECT_ADVERBS: Final = frozenset(["never", "always", "also", "usually", "often", "ever"])
_MORE_ADVERBS: Final = _SUBJECT_ADVERBS | frozenset(["once", "really", "even", "just", "so"])


def _talked_to(toks: tuple[Token, ...], to: int) -> bool:
    """The "to" at ``to`` follows a verb of telling or giving ("spoke to", "sent it to",
    "pass them on to"), its object at most two words between."""
    for k in range(to - 1, max(-1, to - 4), -1):
        if toks[k].surface in _TOLD_TO or toks[k].lemma in _TOLD_TO:
            return True
        if toks[k].pos == PUNCT:
            return False
    return False


def _subject_of_told(toks: tuple[Token, ...], i: int, t: Token) -> bool:
    """``toks[i]`` opens a clause as the subject of a told act: an adverb of habit after
    it ("Sue never once lost patience"), or, written as a name, a past verb right after
    it ("… and Sue explained it twice"). The verb "sue" takes neither."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.surface in _SUBJECT_ADVERBS:
        k = i + 1
        while k < len(toks) and toks[k].surface in _MORE_ADVERBS:
            k += 1
        return k < len(toks) and toks[k].pos not in (PUNCT, PRON) and toks[k].surface != "to"
    return t.proper and nxt.cform == "past" and nxt.pos != AUX


def named(toks: tuple[Token, ...], i: int, words: RoleWords) -> bool:
    """``toks[i]`` is a person's name, not the word it spells ("my daughter Sue will
    pick up the car"): in apposition after a possessive and a person ("my daughter
    Sue", "our neighbour sue is …"; in lower case only with an auxiliary after it, where
    no verb can stand: "my daughter will sue" has its auxiliary first), or written as a
    name opening its clause before an auxiliary ("Sue will collect it") or an adverb of
    habit ("… and Sue never once lost patience"), or written as a name where no bare
    verb stands: after a preposition or a verb of thanking ("a lesson with Sue", "thank
    Sue for me"), or after the "to" of a verb of telling ("spoke to Sue"). A verb stays
    one however written ("I will Sue you", "Sue them", "going to Sue"), and so does an
    institution ("the Ombudsman")."""
    t = toks[i]
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.proper and prev is not None and prev.surface in _NAME_AFTER:
        return True  # "a lesson with Sue", "please thank Sue for me": a noun's place
    if nxt is not None and nxt.surface in _VERB_OBJECT:
        return False  # "Sue them", "and Sue you": a verb, capitalised or not
    if (prev is None or prev.surface in _NAME_SUBJECT_AFTER) and _subject_of_told(toks, i, t):
        return True  # "Sue never once lost her patience", "… and Sue always explained it"
    if prev is not None and (prev.pos in (AUX, PRON) or prev.surface in _VERB_BEFORE):
        # "I will Sue you", "going to Sue": a verb, capitalised or not; but "I spoke to
        # Sue about it": "to" after a verb of telling
        return t.proper and prev.surface == "to" and _talked_to(toks, i - 1)
    before_aux = nxt is not None and nxt.pos == AUX
    if t.proper and prev is None:
        return before_aux
    if i < 2 or t.surface in _NOT_A_NAME or t.surface.endswith("ly") or not t.surface.isalpha():
        return False
    relative = toks[i - 1]
    if toks[i - 2].surface not in _KIN_POSSESSIVE or not relative.surface.isalpha():
        return False
    # written as a name, any noun may stand before it ("our neighbour Sue"); in lower
    # case, a person who is no staff ("my sister sue will …")
    return t.proper or (
        before_aux
        and not relative.keys.isdisjoint(words.person)
        and relative.keys.isdisjoint(words.staff_role)
    )


#: Words of a habit: "usually", "most days", "every week", "on weekdays".
_HABITUAL: Final = frozenset(
    ["usually", "often", "always", "mostly", "normally", "generally", "typically", "daily"]
    + ["regularly", "weekdays", "weekly", "frequently", "routinely"]
)
#: Habit told by a quantifier and a span of time: "most days", "every morning",
#: "all week", "most of the time".
_HABIT_QUANTIFIER: Final = frozenset(["most", "every", "all", "each"])
_HABIT_SPAN: Final = frozenset(
    ["day", "days", "week", "weeks", "morning", "mornings", "afternoon", "afternoons"]
    + ["weekday", "weekdays", "evening", "evenings", "of", "time", "month", "months"]
)
#: Verbs that put someone at a place as a routine: "I'm in court", "I work at the
#: courthouse", "I spend most days in court", "she sits in court".
_WHEREABOUTS: Final = frozenset(["be", "am", "is", "are", "work", "spend", "sit", "live"])
#: Prepositions of a place one is at: "in court", "at the police station".
_AT_PLACE: Final = frozenset(["in", "at"])


def routine(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause tells a habit ("I'm in court most days", "she usually works
    late"): a word of habit or a quantifier and a span of time, no modal or future,
    no condition. A habit is how someone lives, no act announced."""
    ws = toks[clause.start : clause.end]
    if conditional(toks, clause) or any(t.surface in _MODALS for t in ws):
        return False
    return any(
        t.surface in _HABITUAL
        or (t.surface in _HABIT_QUANTIFIER and k + 1 < len(ws) and ws[k + 1].surface in _HABIT_SPAN)
        for k, t in enumerate(ws)
    )


def whereabouts(toks: tuple[Token, ...], clause: Clause, cue: list[int]) -> bool:
    """The cue is a place someone is at as a habit ("I'm in court most days", "my
    husband works at the police station on weekdays"): after in/at (and an article),
    a verb of being, working or spending time in the clause, and the clause a
    :func:`routine`. "I'll see you in court", "you'll be in court" commit to an act."""
    j = cue[0] - 1
    if j > clause.start and toks[j].surface in ("the", "a"):
        j -= 1
    return (
        j >= clause.start
        and toks[j].surface in _AT_PLACE
        and any(
            t.lemma in _WHEREABOUTS or t.surface in _WHEREABOUTS for t in toks[clause.start : j]
        )
        and routine(toks, clause)
    )


def own_identity(toks: tuple[Token, ...], clause: Clause, nouns: frozenset[str]) -> bool:
    """:func:`identity` with the speaker as its subject ("I'm a lawyer myself", "I am a
    practising solicitor"): the speaker's own trade."""
    return (
        clause.end - clause.start > 2
        and toks[clause.start].surface == "i"
        and identity(toks, clause, nouns)
    )


#: Words that cannot describe the noun after them: "a case for a lawyer" is no identity.
_NOT_DESCRIBING: Final = frozenset(["for", "to", "of", "with", "from", "by", "and", "or"])


def _describes(t: Token) -> bool:
    """A word that may stand between an article and its noun ("retired", "divorce")."""
    return (
        t.pos not in (PUNCT, PRON, AUX, NUM)
        and t.surface.isalpha()
        and t.surface not in _NOT_DESCRIBING
        and t.surface not in ("a", "an", "the")
    )


#: Auxiliaries that open a question the speaker asks of themself or the listener.
_ASKING: Final = frozenset(["should", "shall", "can", "could", "would", "do", "does", "is", "are"])


def asks_whether(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause asks whether to act ("should I send the screenshots to a
    journalist?"): it ends with a question mark or opens with an auxiliary, and no
    future is committed to in it ("what if I post this everywhere, will you refund me
    then?" asks nothing of the post)."""
    ws = toks[clause.start : clause.end]
    if not ws:
        return False
    end = clause.end
    asked = ws[0].surface in _ASKING or (end < len(toks) and toks[end].surface == "?")
    asked = asked or ws[-1].surface == "?"
    return asked and not any(t.surface in ("will", "gonna", "going") for t in ws)


def names_listener(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause names the listener ("about you", "reporting you")."""
    return any(t.surface in EN_SECOND for t in toks[clause.start : clause.end])


#: The listener's side: "your firm", "ur company".
_YOUR: Final = frozenset(["your", "ur", "yours"])


def aims_at_listener(toks: tuple[Token, ...], clause: Clause, words: RoleWords) -> bool:
    """The clause names the listener, their side or a company ("you", "your firm",
    "this company is next"): whom a sanction could be aimed at."""
    return any(
        t.surface in EN_SECOND or t.surface in _YOUR or not t.keys.isdisjoint(words.company)
        for t in toks[clause.start : clause.end]
    )


def conditional(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause is a condition or the sanction after one ("if …", "unless …", "or …")."""
    return clause.end > clause.start and toks[clause.start].lemma in _CONDITION_OPENERS


_CONDITION_OPENERS: Final = frozenset(["if", "unless", "or", "otherwise"])


#: Verbs and nouns of meeting someone: the other party is implied ("a face to face
#: meeting", "I want to talk in person").
_MEETING: Final = frozenset(
    ["meet", "meeting", "talk", "speak", "discuss", "apologize", "apologise", "sit"]
)
_QUESTION_OPENERS: Final = frozenset(
    ["is", "are", "can", "could", "may", "do", "does", "where", "when", "how", "would"]
)


def speaker_acts_alone(toks: tuple[Token, ...], clause: Clause, words: RoleWords) -> bool:
    """The speaker is the one who acts, and nobody else is named: a first-person subject
    ("I can come in and pay in person") or a question about what may be done ("is it
    ok to drop it off in person?"), no listener, staff member, name or meeting ("in
    person" is a manner, not a person)."""
    ws = toks[clause.start : clause.end]
    for k, t in enumerate(ws):
        if t.lemma in _REQUIRE_THAT and k + 1 < len(ws) and ws[k + 1].surface == "that":
            return False  # "we require that the apology be made in person": another acts
        if t.surface == "person" and k > 0 and ws[k - 1].surface == "in":
            continue
        if t.surface in EN_SECOND or t.proper or not t.keys.isdisjoint(words.person):
            return False
        if _rostered(t, words):
            return False
        if t.lemma in _MEETING or t.surface in _MEETING:
            return False
        if t.lemma == "see" and object_kind(toks, clause.start + k, clause.end, words) != THING:
            return False  # seeing someone; "to see the sofa in person" sees a thing
    if any(t.surface in ("i", "we") for t in ws):
        return True
    return bool(ws) and (ws[0].surface in _QUESTION_OPENERS or ws[-1].surface == "?")


def speaker_moves(toks: tuple[Token, ...], clause: Clause, verb: int) -> bool:
    """The speaker is the subject of the verb of motion at ``verb``, and the listener is
    not named: "if I visit my aunt", "we'll come to my office" (auxiliaries and a few
    adverbs may stand between); in "come to my house" or "I want a visit at my home"
    someone else is to come, and "I'll visit you" is aimed at the listener."""
    if any(t.surface in EN_SECOND or t.proper for t in toks[clause.start : clause.end]):
        return False
    if toks[verb].lemma in _WISH:
        return False  # "I want a meeting at my office": the cue opens at the wish
    k = verb - 1
    while k >= clause.start and (toks[k].pos == AUX or toks[k].surface in _BETWEEN_SUBJECT):
        k -= 1
    return k >= clause.start and toks[k].surface in ("i", "we")


#: Verbs that require of someone else in a that-clause ("we require that the apology be
#: made in person"); "need that"/"want that" may open a noun ("I need that form").
_REQUIRE_THAT: Final = frozenset(["require", "expect", "insist", "demand", "request", "ask"])
#: Verbs of wanting something arranged: their subject asks, someone else comes.
_WISH: Final = frozenset(["want", "need", "demand", "expect", "insist", "require"])
_BETWEEN_SUBJECT: Final = frozenset(
    ["to", "also", "just", "probably", "then", "usually", "often", "sometimes", "will"]
)


#: A suggestion, not an obligation: "let's", "shall we", "can we", "we could".
_SUGGEST: Final = frozenset(["shall", "can", "could", "may", "might", "maybe", "perhaps"])
#: Calling someone to account, or at once: a meeting or a visit with these is an
#: order, not an arrangement or a booking.
_TO_ACCOUNT: Final = frozenset(
    ["explain", "justify", "apologise", "apologize", "answer", "now", "immediately"]
)
#: Words that turn a meeting into a demand or a confrontation.
_INSIST: Final = _TO_ACCOUNT | frozenset(
    ["need", "must", "have", "has", "demand", "insist", "want", "wanna", "expect", "require"]
)


def proposes_meeting(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The speaker proposes a meeting as one of "we": "let's meet in person to sign",
    "can we meet face to face next week?", "we could meet at the branch": an
    arrangement between both sides, not a demand. "we need to meet", "I want to
    meet you", "meet me" and "let's meet so you can explain yourselves" (anywhere in
    the sentence) are demands."""
    ws = toks[clause.start : clause.end]
    if any(t.lemma in _INSIST or t.surface in _INSIST for t in toks):
        return False
    if not any(t.lemma == "meet" or t.surface == "meeting" for t in ws):
        return False
    for k, t in enumerate(ws):
        before = ws[k - 1].surface if k > 0 else ""
        after = ws[k + 1].surface if k + 1 < len(ws) else ""
        if t.surface == "let" and after in ("s", "us"):
            return True
        if t.surface == "we" and (before in _SUGGEST or after in _SUGGEST):
            return True
    return False


#: Verbs that make something public or known: the post, and the "everyone will know"
#: kind.
_EXPOSE_VERBS: Final = frozenset(
    ["post", "share", "put", "upload", "tweet", "publish", "spread", "blast", "plaster"]
    + ["write", "tell", "see", "know", "hear", "read"]
)
_WH: Final = frozenset(["what", "how", "who", "why", "where", "when", "which", "everything"])
#: Learning verbs, and when the learning is to come: nothing posted follows them.
_LEARN_VERBS: Final = frozenset(["know", "hear", "see", "read"])
_SOON: Final = frozenset(
    ["by", "tonight", "today", "tomorrow", "soon", "now", "before", "eventually", "asap"]
)


def exposes_nothing(toks: tuple[Token, ...], clause: Clause, words: RoleWords) -> bool:
    """Every verb of posting or making known in the clause acts on a neutral thing:
    "I'll post the return form online", "share this deal on facebook", "everyone will
    see the new colours". It exposes someone when what follows the verb names the
    listener, a person, a name, the company, the exchange itself ("the recording",
    "my experience") or anything hostile (up to the end of the sentence: "… so the
    public can judge your conduct"), or is the affair ("share this", "hear about
    it", "know what you did"), or when nothing follows ("everyone will know")."""
    found = False
    for v in range(clause.start, clause.end):
        if toks[v].lemma not in _EXPOSE_VERBS:
            continue
        found = True
        if _passive_of_listeners(toks, clause, v, words):
            return False  # "your practices will be made known on every review site"
        j = v + 1
        while j < clause.end and toks[j].surface in (*_PARTICLES, "about", "out"):
            j += 1
        if j < clause.end and toks[j].surface == "all":
            j += 2 if j + 1 < clause.end and toks[j + 1].surface == "of" else 1  # "all (of) this"
        if j >= clause.end:
            return False
        first = toks[j]
        if toks[v].lemma in _LEARN_VERBS and first.surface in _SOON:
            return False  # "the whole of twitter will know by tonight": the affair, soon
        if first.surface in _THING_PRONOUNS:
            nxt = toks[j + 1] if j + 1 < clause.end else None
            if (
                nxt is None
                or nxt.pos in (PUNCT, PRON, AUX)
                or nxt.surface in (*_PHRASE_END, *_DETERMINERS, *_PARTICLES)
                or not nxt.keys.isdisjoint(words.platform)
            ):
                return False  # "share this", "put it all over twitter": the affair itself
        elif first.pos in (PRON, AUX, PUNCT) or first.surface in _WH or first.proper:
            return False
        # Someone or the exchange named in what is posted ("a photo of the manager",
        # "the recording"); who it is shown to ("with my friends") is the audience.
        k = j
        while k < clause.end and toks[k].pos != PUNCT and toks[k].surface not in _AUDIENCE:
            t = toks[k]
            if (t.proper and t.keys.isdisjoint(words.platform)) or _is_person(t, words):
                return False
            if not t.keys.isdisjoint(words.exposure):
                return False  # "the recording", "our correspondence" ("on my insta story": where)
            k += 1
        for k in range(
            j, len(toks)
        ):  # the sentence's rest: "… so the public can judge your conduct"
            t = toks[k]
            if t.surface in EN_SECOND:
                return False
            if not t.keys.isdisjoint(words.company) or _hostile(toks, k, len(toks), words):
                return False
    return found


#: Auxiliaries of a passive ("is exposed", "will be made known", "gets posted").
_PASSIVE_AUX: Final = frozenset(["be", "is", "are", "was", "were", "been", "being", "get", "gets"])


def _passive_of_listeners(
    toks: tuple[Token, ...], clause: Clause, v: int, words: RoleWords
) -> bool:
    """The verb of posting at ``v`` is passive ("be", and "made" for "made known", before
    it) and its subject, before it in the clause, is the listener's or the company's
    ("your conduct will be exposed", "this company's practices are made known")."""
    k = v - 1
    if k >= clause.start and toks[k].surface == "made":
        k -= 1
    if k < clause.start or toks[k].surface not in _PASSIVE_AUX:
        return False
    return any(
        t.surface in ("your", "ur", "yours")
        or t.surface in EN_SECOND
        or not t.keys.isdisjoint(words.company)
        or (t.surface.endswith("s") and t.surface[:-1] in words.company)  # "company's"
        for t in toks[clause.start : k]
    )


#: Everyone, as a post's audience: hostile only when they learn the affair.
_EVERYONE: Final = frozenset(["everyone", "everybody"])
#: Verbs of learning: "so everyone knows", "everybody can see what you did".
_LEARN: Final = frozenset(
    ["know", "see", "hear", "read", "find", "learn", "judge", "watch", "realise", "realize"]
    + ["understand", "decide"]
)


def _hostile(toks: tuple[Token, ...], k: int, limit: int, words: RoleWords) -> bool:
    """The word at ``k`` makes a post or review an attack (slot ``REVIEW_HOSTILE_EN``).
    "everyone" is only an audience ("so everyone can use it", "for everybody in my
    group") unless they learn the affair: a verb of learning with nothing, a wh-word,
    "about" or the listener after it ("so everyone knows", "so everybody sees how you
    treat customers"); "so everyone sees it" sees the thing posted."""
    t = toks[k]
    if t.keys.isdisjoint(words.hostile):
        return False
    if t.surface not in _EVERYONE:
        return True
    j = k + 1
    while j < limit and (toks[j].pos == AUX or toks[j].surface in _MODALS):
        j += 1
    if j >= limit or toks[j].lemma not in _LEARN:
        return False
    j += 1
    if j < limit and toks[j].surface == "out":
        j += 1  # "find out"
    return (
        j >= limit
        or toks[j].pos == PUNCT
        or toks[j].surface in (*_WH, *EN_SECOND, "about", "the", "that")
        or toks[j].surface in _PHRASE_END
    )


#: Prepositions that name who sees a post, or where: "with my friends", "on insta".
_AUDIENCE: Final = frozenset(["with", "to", "on", "in", "for", "at"])


def reports_to_person(toks: tuple[Token, ...], clause: Clause, words: RoleWords) -> bool:
    """The clause reports something to a person, not to an authority: "I'll report you
    to your manager", "I'm reporting this to my line manager" (an escalation inside a
    company or a household; "to the police", "to trading standards" name no person)."""
    reported = False
    for k in range(clause.start, clause.end):
        t = toks[k]
        if t.lemma == "report" or t.surface in ("report", "reporting", "reported"):
            reported = True
        elif reported and t.surface == "to":
            for u in toks[k + 1 : min(clause.end, k + 2 + _PHRASE_MAX)]:
                if u.pos == PUNCT or u.surface in _PHRASE_END:
                    break
                if _is_person(u, words) and u.surface not in _PERSON_PRONOUNS:
                    return True
            return False
    return False


def thing_does_harm(
    toks: tuple[Token, ...], cue: list[int], clause: Clause, words: RoleWords
) -> bool:
    """A thing is the subject of the verb of harm: a product-safety complaint ("the
    charger blew up and nearly set fire to my desk", "your heater set fire to my
    curtains", "this product could kill someone"). The clause opens with a determiner
    and names, before the cue, no pronoun, person, insult, staff name, weapon or
    premises ("my brother will burn …", "the idiot on the phone …", "this knife will
    …" stay), and nowhere the listener ("this product will kill you"); a harm the
    subject suffers ("… will get hurt") is not read."""
    ws = toks[clause.start : cue[0]]
    if not ws or ws[0].surface not in _DETERMINERS:
        return False
    if any(toks[i].surface in ("get", "gets", "getting", "got") for i in cue):
        return False  # "… will get hurt": the subject is who is harmed
    if any(t.surface in EN_SECOND for t in toks[clause.start : clause.end]):
        return False
    # The cue's own first word too: a cue that opens on its subject ("that lad will be
    # eating through a straw") names a person there.
    return not any(
        (t.pos == PRON and t.surface not in _DETERMINERS)
        or _is_person(t, words)
        or not t.keys.isdisjoint(words.blame)  # "the idiot on the phone will …"
        or _rostered(t, words)
        or not t.keys.isdisjoint(words.weapon)
        or not t.keys.isdisjoint(words.place)
        for t in (*ws, toks[cue[0]])
    )


def complains_of_matter(
    toks: tuple[Token, ...], clause: Clause, clauses: list[Clause], words: RoleWords
) -> bool:
    """A complaint about the matter taken to a regulator or consumer body: "I will be
    lodging a formal complaint with the regulator", "I'm going to report this to
    trading standards". A regulator in the clause, no legal action in it, the listener
    not its object ("I will report you to trading standards" stays a threat), a single
    route (authorities piled up, "to the FCC and my state AG", "the regulator and the
    press", are brandished) and no condition in the sentence ("if you don't refund me
    by 5pm …": the regulator used as pressure)."""
    ws = toks[clause.start : clause.end]
    return (
        any(not t.keys.isdisjoint(words.regulator) for t in ws)
        and all(t.keys.isdisjoint(words.legal_action) for t in ws)
        and not any(t.surface in _LISTED for t in ws)
        and not names_listener(toks, clause)
        and not any(conditional(toks, c) for c in clauses)
    )


#: Words that list one more route ("the regulator and the press").
_LISTED: Final = frozenset(["and", "plus", "&"])
#: Words of a review or rating ("a 1 star review", "gave them one star").
_REVIEW: Final = frozenset(["review", "reviews", "rating", "ratings", "star", "stars"])
#: Past forms the analyser leaves unmarked ("I left a review": left is also an adjective).
_PAST_UNMARKED: Final = frozenset(["left", "put", "read"])
#: Perfect auxiliaries: "I've left", "I have written".
_PERFECT: Final = frozenset(["have", "has", "had", "ve"])


def review_left(
    toks: tuple[Token, ...], clause: Clause, clauses: list[Clause], words: RoleWords
) -> bool:
    """A review the customer has already left, told as a fact: "I left a 1 star review
    on google, the delivery was awful", "already wrote a bad review on trustpilot last
    week". The clause is past (or perfect) and holds a review word, names no listener,
    staff member or other person, and no clause of the sentence commits to a further
    act ("… and I'll leave one on every site until you refund me") or sets a condition."""
    ws = toks[clause.start : clause.end]
    if not any(t.surface in _REVIEW for t in ws):
        return False
    past = narrated(toks, clause) or any(
        t.surface in _PAST_UNMARKED and (k == 0 or ws[k - 1].surface in ("i", *_PERFECT, "already"))
        for k, t in enumerate(ws)
    )
    if not past:
        return False
    if any(
        t.surface in EN_SECOND or not t.keys.isdisjoint(words.person) or _rostered(t, words)
        for t in ws
    ):
        return False
    return not any(commits(toks, c, frozenset()) for c in clauses)


#: The words of a star rating written as the review's verdict: "One star.", "1/5 stars",
#: "zero stars out of five".
_RATING: Final = frozenset(
    ["star", "stars", "one", "two", "zero", "half", "a", "out", "of", "five", "only", "just"]
    + ["/", "-", "so", "and", "overall", "rating", "verdict", ":"]
)
#: Verbs that take stars off a rating: "knocked a star off", "minus one star".
_DOCK: Final = frozenset(["knock", "take", "dock", "deduct", "lose", "minus", "drop", "lost"])


def rating_given(toks: tuple[Token, ...], cue: list[int], clauses: Sequence[Clause]) -> bool:
    """The star rating of the customer's own review, as its verdict: the sentence is
    only the rating ("One star.", "1/5 stars.", "Zero stars, overall.") or stars are
    taken off it ("so one star off", "I've knocked a star off", "minus one star for
    the noise"). Said before an act ("One star and I'll tell everyone", "one star
    review coming your way") or under a condition it stays a threat; a rating left on
    a site is ``review_left``'s."""
    if not clauses or any(conditional(toks, c) for c in clauses):
        return False
    start, end = clauses[0].start, clauses[-1].end
    words = [t for t in toks[start:end] if t.pos not in (PUNCT, HANDLE)]
    stars = [i for i in cue if toks[i].surface in ("star", "stars")]
    if not stars:
        return False
    if words and all(t.surface in _RATING or t.pos == NUM or t.surface.isdigit() for t in words):
        return True
    s = stars[-1]
    if s + 1 < end and toks[s + 1].surface == "off":
        return True  # "so one star off"
    before = toks[max(start, s - 3) : s]
    return any(t.lemma in _DOCK or t.surface in _DOCK for t in before) and not any(
        t.surface in EN_SECOND for t in before
    )


#: Where news of someone's legal trouble comes from: a verb of coming upon or being told
#: it ("I saw", "I read", "my mum heard", "a post saying", "the news said"), or hearsay
#: itself ("apparently", "reportedly").
_NEWS_SOURCE: Final = frozenset(
    ["see", "saw", "seen", "read", "hear", "heard", "noticed", "spotted"]
    # (not "claim" or "report", legal words themselves: "the small claims court")
    + ["say", "said", "saying", "says", "apparently", "reportedly", "allegedly", "supposedly"]
    + ["rumour", "rumor", "according"]
)
#: The speaker and their side: news that names them is no longer only news.
_FIRST_PERSON: Final = frozenset(
    ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "ill", "im"]
    + ["ive", "id", "lets"]
)
#: Who acts at law for someone: a source that is one relays the speaker's side's threat
#: ("my lawyer said you'll be hearing from the court").
_COUNSEL: Final = frozenset(
    ["lawyer", "lawyers", "solicitor", "solicitors", "attorney", "attorneys", "barrister"]
    + ["barristers", "counsel", "advocate"]
)

#: Words that make news the ground of an act: "…, so consider this notice".
_GROUNDS: Final = frozenset(["so", "therefore", "hence", "thus", "consider", "hereby"])


def legal_news(toks: tuple[Token, ...], cue: list[int], clauses: Sequence[Clause]) -> bool:
    """Someone else's legal trouble passed on as news the customer came upon: the legal
    word follows a verb of seeing, reading, hearing or saying, or hearsay ("my mum saw a
    post saying your company is being taken to court over the recall", "I read that
    you're being sued", "apparently the firm was fined"). From that source to the end
    of the sentence nothing names the speaker's side (I, we, my: "I saw the post, so
    I'm suing too"), commits with a modal ("… you'll be in court"), sets a condition,
    and no lawyer or solicitor stands anywhere in the sentence (the speaker's counsel
    relaying a threat); the cue itself opens no clause as an order, nor does a clause
    after the source commit to an act ("…, so consider this notice before court action")."""
    src = next(
        (
            k
            for k in range(cue[0])
            if (toks[k].surface in _NEWS_SOURCE or toks[k].lemma in _NEWS_SOURCE)
            # "see you in court" is the threat itself, no source
            and not (
                toks[k].lemma == "see" and k + 1 < len(toks) and toks[k + 1].surface in EN_SECOND
            )
        ),
        None,
    )
    if src is None or any(c.start == cue[0] for c in clauses):
        return False
    if any(t.surface in _COUNSEL or t.lemma in _COUNSEL for t in toks):
        return False
    if any(conditional(toks, c) for c in clauses):
        return False
    if any(
        c.start > src and not c.start <= cue[0] < c.end and commits(toks, c, frozenset())
        for c in clauses
    ):
        return False  # "I heard you ignore complaints, so consider this notice of court action"
    return not any(
        t.surface in _FIRST_PERSON
        or t.surface in _MODALS
        or t.surface in ("will", "ll")
        or t.surface in _GROUNDS  # "I heard you ignore complaints, so consider this notice …"
        for t in toks[src + 1 :]
    )


#: Verbs of coming upon what others wrote: reviews as their object were read, not left.
_READ_VERBS: Final = frozenset(
    ["see", "read", "notice", "find", "check", "spot", "browse", "scroll", "look", "come"]
    + ["google", "search", "skim", "saw", "seen", "found", "noticed"]
)
#: Verbs of saying with reviews as their subject ("reviews mentioning the same fault",
#: "the reviews say it overheats"): others' words about the product.
_REVIEWS_SAY: Final = frozenset(
    ["mention", "say", "complain", "report", "describe", "claim", "talk", "warn", "agree"]
    + ["mentioning", "saying", "complaining", "reporting", "describing", "talking", "says"]
)


#: What others write that a customer reads, beside reviews: a thread, a post, an article
#: ("I read the Reddit thread about your BIOS update", "saw a post about the outage").
_READ_POSTS: Final = _REVIEW | frozenset(
    ["thread", "threads", "post", "posts", "article", "articles", "video", "videos"]
    + ["comment", "comments", "tweet", "tweets", "blog"]
)


def reviews_read(
    toks: tuple[Token, ...], cue: list[int], clause: Clause, clauses: list[Clause]
) -> bool:
    """Reviews by others that the customer came upon, told as a source: the review word
    is the object of a verb of reading or seeing ("I noticed plenty of one-star reviews",
    "I read the bad reviews") or the subject of a verb of saying ("reviews mentioning the
    same fault", "the 1 star reviews say it leaks"). The clause names no listener and is
    no imperative, and no clause of the sentence commits to an act or sets a condition
    ("you'll see bad reviews everywhere", "read my one-star review tomorrow" stay)."""
    ws = toks[clause.start : clause.end]
    at = next((k for k in range(cue[0], clause.end) if toks[k].surface in _READ_POSTS), None)
    if at is None or any(t.surface in EN_SECOND or t.surface in ("my", "our") for t in ws):
        return False
    read = any(t.lemma in _READ_VERBS or t.surface in _READ_VERBS for t in toks[clause.start : at])
    said = at + 1 < clause.end and (
        toks[at + 1].lemma in _REVIEWS_SAY or toks[at + 1].surface in _REVIEWS_SAY
    )
    if not (read or said):
        return False
    if read and not said and toks[clause.start].lemma in _READ_VERBS:
        return False  # "check the one-star reviews": an order to the reader
    # The review clause itself opens with whatever counts the reviews ("loads of the
    # negative reviews say …"): only a modal or a condition commits it.
    # A modal before "have" looks back ("I should have known better"), committing to nothing.
    own = conditional(toks, clause) or any(
        (t.surface in _MODALS and not (k + 1 < len(ws) and ws[k + 1].surface == "have"))
        or (t.surface in _BEFORE_TO and k + 1 < len(ws) and ws[k + 1].surface == "to")
        for k, t in enumerate(ws)
    )
    return not own and not any(
        (commits(toks, c, frozenset()) and not _guess(toks, c)) or conditional(toks, c)
        for c in clauses
        if c != clause
    )


#: Third parties who review: "people are leaving one-star reviews", "customers have
#: been posting bad reviews".
_REVIEWERS: Final = frozenset(
    ["people", "others", "customers", "users", "folks", "everyone", "everybody", "they"]
    + ["reviewers", "members", "subscribers", "neighbours", "neighbors", "someone", "somebody"]
    + ["lots", "loads", "many", "plenty", "tons", "guests", "parents", "buyers", "owners"]
)
#: What stands between such a subject and the review: auxiliaries, adverbs and verbs
#: of leaving or writing one.
_REVIEWING: Final = frozenset(
    ["are", "is", "were", "was", "have", "has", "had", "been", "keep", "kept", "already"]
    + ["all", "also", "now", "still", "even", "just", "of", "them", "leave", "leaving"]
    + ["left", "post", "posting", "posted", "write", "writing", "wrote", "give", "giving"]
    + ["gave", "drop", "dropping", "dropped", "put", "putting", "a", "the", "their", "-"]
    + ["one", "1", "zero", "0", "two", "2", "bad", "negative", "terrible", "angry"]
)


def reviews_by_others(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """Reviews that third parties are leaving or have left, told as news ("people are
    leaving one-star reviews", "other customers have posted bad reviews"): the review
    word's subject is someone else, with only auxiliaries and a verb of leaving or
    writing between, and no modal or first or second person before it ("I'll make sure
    people leave one-star reviews", "everyone will give you one star" stay)."""
    at = next((k for k in range(cue[0], clause.end) if toks[k].surface in _REVIEW), None)
    if at is None:
        return False
    k = cue[0] - 1
    while k >= clause.start and (toks[k].surface in _REVIEWING or toks[k].lemma in _REVIEWING):
        k -= 1
    if k < clause.start or toks[k].surface not in _REVIEWERS:
        return False
    if any(toks[j].surface in _MODALS or toks[j].surface in EN_SECOND for j in range(k, at)):
        return False
    return not any(
        toks[j].surface in _MODALS or toks[j].surface in ("i", "we", "ill", "make")
        for j in range(clause.start, k)
    )


#: Modals of inference before "be": "must be a bad batch", "might be the firmware".
_GUESS_MODALS: Final = frozenset(["must", "might", "may", "could"])


def _guess(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause infers or looks back rather than commits: its modal is one of inference
    followed by "be" and no verb in -ing ("must be a bad batch"; not "could be posting
    it"), or any modal followed by "have" ("should have known better")."""
    ws = toks[clause.start : clause.end]
    modal = [k for k, t in enumerate(ws) if t.surface in _MODALS]
    return bool(modal) and all(
        k + 1 < len(ws)
        and (
            ws[k + 1].surface == "have"
            or (
                ws[k].surface in _GUESS_MODALS
                and ws[k + 1].surface == "be"
                and (k + 2 >= len(ws) or ws[k + 2].cform != "ing")
            )
        )
        for k in modal
    )


_SERVICE_OPENERS: Final = frozenset(["to", "and"])


def service_visit(toks: tuple[Token, ...], clause: Clause, words: RoleWords) -> bool:
    """The visit asked for has a service as its purpose: to or and + a verb + a thing
    ("send someone to my house to fix the boiler", "come round mine to measure the
    kitchen", "come out and check the meter", "come and look at the leak"), with no listener after the verb, and no
    confrontation, urgency or condition in the sentence ("come to my house to
    apologise", "come here and explain yourself", "get over here and fix my car right
    now" stay demands). Nor when the one to come is someone in charge or named to come
    in person ("your director comes personally to my house to look at the kitchen"):
    a service asks for no particular person."""
    if any(
        t.lemma in _CONFRONT
        or t.surface in _CONFRONT
        or t.surface in _IN_CHARGE
        or t.surface in _IN_PERSON
        for t in toks
    ):
        return False
    for k in range(clause.start, clause.end - 2):
        if toks[k].surface not in _SERVICE_OPENERS:
            continue
        verb, det = toks[k + 1], toks[k + 2]
        obj = k + 1
        if det.surface in _LOOK_PREPS and k + 3 < clause.end:
            det, obj = toks[k + 3], k + 2  # "and look at the leak", "to look over the roof"
        if verb.pos != OTHER or verb.surface in _DETERMINERS or verb.proper:
            continue
        if verb.lemma in _MOTION or verb.lemma in _MEETING:
            continue  # "to visit my office", "to see me": the visit itself
        if det.surface not in _DETERMINERS or det.surface in _THING_PRONOUNS:
            continue  # "to my house" (a destination), "to sort this" (the affair)
        if any(t.surface in EN_SECOND for t in toks[k + 1 :]):
            continue  # "and fix the mess you made": the listener's doing
        if object_kind(toks, obj, clause.end, words) == THING:
            return True
    return False


#: The one to come named to come themselves ("personally", "himself").
_IN_PERSON: Final = frozenset(["personally", "himself", "herself", "themselves"])


#: Modals that open a polite request to the listener ("could you send …").
_ASK_MODALS: Final = frozenset(["can", "could", "would", "will", "cud", "cn"])
#: Softeners between the request's modal and its verb, or before the modal.
_SOFTENERS: Final = frozenset(
    ["please", "pls", "plz", "kindly", "just", "possibly", "maybe", "perhaps", "so", "and"]
    + ["hi", "hello", "hey", "ok", "okay", "then", "also"]
)
#: Persons in charge: summoned, they make a request a demand that one come.
_IN_CHARGE: Final = frozenset(
    ["manager", "managers", "supervisor", "boss", "ceo", "director", "owner", "president"]
    + ["head", "md", "chairman", "chief", "superior", "management"]
)


def asks_sending(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause asks, with a modal, whether someone can be sent ("Could you send your
    man round to check it", "can you send someone out?", even written without a
    question mark): a call-out asked for, not a summons. Not when someone in charge is
    to be sent ("could you send your manager round") or the message asks them to
    account for something or to come now ("… to explain", "… right now")."""
    ws = toks[clause.start : clause.end]
    k = 0
    while k < len(ws) and ws[k].surface in _SOFTENERS:
        k += 1
    if k + 2 >= len(ws) or ws[k].surface not in _ASK_MODALS or ws[k + 1].surface not in EN_SECOND:
        return False
    k += 2
    while k < len(ws) and ws[k].surface in _SOFTENERS:
        k += 1
    if k >= len(ws) or ws[k].lemma != "send":
        return False
    return not any(
        t.surface in _IN_CHARGE or t.lemma in _CONFRONT or t.surface in _CONFRONT for t in toks
    )


#: Prepositions between a verb of inspecting and its thing ("look at the boiler").
_LOOK_PREPS: Final = frozenset(["at", "over", "into", "through"])


#: The speaker's side as a subject: "I", "we", or "my/our" + a person ("my dad", "our
#: regional manager").
_OWN_SIDE: Final = frozenset(["i", "we"])
#: Verbs of coming to someone or of apologising: what the speaker's side offers to do.
_OFFERED: Final = frozenset(
    ["come", "coming", "pop", "popping", "visit", "visiting", "drop", "go", "going", "call"]
    + ["apologise", "apologize", "apologising", "apologizing", "say"]
)
#: Between the subject and the verb: auxiliaries, modals and "like/want/plan to".
_BEFORE_OFFER: Final = frozenset(
    ["will", "would", "shall", "can", "could", "may", "might", "gonna", "wanna", "also", "then"]
    + ["like", "likes", "want", "wants", "plan", "plans", "hope", "hopes", "intend", "to"]
    + ["is", "are", "am", "be", "going", "personally", "just", "happy", "glad", "ll"]
)
#: Words that make the visit a confrontation the customer asks for ("to sort this out
#: face to face", "so you can explain"): not an offer.
_DEMANDED: Final = frozenset(
    ["explain", "justify", "answer", "demand", "insist", "expect", "require", "sort"]
    + ["settle", "confront", "face", "meet", "talk", "speak", "discuss", "now", "immediately"]
)


def own_side_offers(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The speaker's side offers the visit or the apology: the clause opens with "I",
    "we" or "my/our" + up to three words ("my dad", "our regional manager"), then only
    auxiliaries or "like/want to" before a verb of coming or apologising ("Our manager
    will come to your branch to apologise", "my dad will come by to say sorry", "I
    will come to your office and apologise"), one modal in the clause (a second names
    another act: "… and your manager will apologise") and no confrontation in the
    sentence ("I'm coming in to sort this out face to face", "… so you can explain")."""
    if any(t.lemma in _DEMANDED or t.surface in _DEMANDED for t in toks):
        return False
    ws = toks[clause.start : clause.end]
    if sum(t.surface in _MODALS for t in ws) > 1:
        return False  # "my lawyer will come with me and your manager will apologise"
    k = 0
    while k < len(ws) and ws[k].pos in (PUNCT, HANDLE):
        k += 1
    if k >= len(ws):
        return False
    if ws[k].surface in _OWN_SIDE:
        k += 1
    elif ws[k].surface in _OWN:
        k += 1
        head = k
        while (
            k < len(ws)
            and k - head < 3
            and ws[k].pos == OTHER
            and ws[k].surface not in _BEFORE_OFFER
        ):
            k += 1
        if k == head:
            return False
    else:
        return False
    while k < len(ws) and (ws[k].pos == AUX or ws[k].surface in _BEFORE_OFFER):
        k += 1
    if k >= len(ws) or not (ws[k].surface in _OFFERED or ws[k].lemma in _OFFERED):
        return False
    # "say" offers only "sorry": "I said you need to come" reports a demand
    return ws[k].lemma != "say" or (k + 1 < len(ws) and ws[k + 1].surface == "sorry")


#: Words that press an apology asked for: an order, a deadline, a further demand.
_PRESSING: Final = frozenset(
    ["explain", "justify", "answer", "demand", "insist", "expect", "require", "want"]
    + ["now", "immediately", "today", "tonight", "asap", "writing", "publicly", "person"]
)
#: Modals of a polite question ("could someone …", "would you …").
_POLITE_MODALS: Final = frozenset(["could", "would", "can"])
#: Possessives before the person apologised to: someone of the speaker's or another's side.
_POSSESSIVE: Final = frozenset(["my", "our", "his", "her", "their"])
#: Object pronouns of a third person.
_THIRD_OBJECT: Final = frozenset(["him", "her", "them"])
#: A person's own face or self: "apologise to my face" is to the speaker.
_OWN_PERSON: Final = frozenset(["face", "self"])


def polite_apology_for_other(toks: tuple[Token, ...], clause: Clause, asked: bool) -> bool:
    """An apology asked once, in a polite question, for someone else ("could someone
    apologise to my mum?", "would you say sorry to her on our behalf?"): the sentence
    is a question, the clause opens with could/would/can (after "please" or a handle),
    the one apologised to is a third person ("my mum", "him", "our son"), and nothing
    in the sentence presses ("… now?", "… and explain yourself?"). "apologise to me",
    "… to my face" and an order ("apologise to my wife now!") stay demands."""
    if not asked or any(t.lemma in _PRESSING or t.surface in _PRESSING for t in toks):
        return False
    ws = toks[clause.start : clause.end]
    k = 0
    while k < len(ws) and (ws[k].pos in (PUNCT, HANDLE) or ws[k].surface == "please"):
        k += 1
    if k >= len(ws) or ws[k].surface not in _POLITE_MODALS:
        return False
    for j in range(k + 1, len(ws) - 1):
        if not (ws[j].lemma in ("apologise", "apologize") or ws[j].surface == "sorry"):
            continue
        if ws[j + 1].surface != "to" or j + 2 >= len(ws):
            continue
        who = ws[j + 2]
        if who.surface in _THIRD_OBJECT:
            return True
        if who.surface in _POSSESSIVE and j + 3 < len(ws):
            return ws[j + 3].pos == OTHER and ws[j + 3].surface not in _OWN_PERSON
    return False


#: Verbs of an opinion, after "I": a debt of apology weighed, not claimed.
_OPINION: Final = frozenset(["think", "feel", "believe", "reckon", "guess", "suppose"])
#: Third persons who may be owed something.
_THIRD_SUBJECT: Final = frozenset(["he", "she", "they"])


def hedged_debt_for_other(
    toks: tuple[Token, ...], clauses: Sequence[Clause], cue: list[int]
) -> bool:
    """An apology said to be owed to someone else, as the speaker's opinion ("honestly
    I think he's owed an apology", "I feel my mum is owed an apology"): "I" + a verb of
    opinion before the cue in its sentence, and a third person (he/she/they, or "my" +
    a noun) as the subject of "owed". "You owe me an apology", "I'm owed one" and
    "he's owed an apology and I expect it in writing" (a demand beside it) stay."""
    if any(t.lemma in _PRESSING or t.surface in _PRESSING for t in toks):
        return False
    owed = next((i for i in cue if toks[i].surface == "owed"), -1)
    if owed < 0 or not clauses:
        return False
    start = clauses[0].start
    ws = toks[start:owed]
    opinion = any(
        t.surface in _OPINION and k > 0 and ws[k - 1].surface == "i" for k, t in enumerate(ws)
    )
    if not opinion:
        return False
    # the subject: the word before the copula before "owed"
    j = owed - 1
    if j <= start or toks[j].surface not in ("is", "s", "was", "are", "were", "be"):
        return False
    subject = toks[j - 1]
    if subject.surface in _THIRD_SUBJECT:
        return True
    return subject.pos == OTHER and j - 2 >= start and toks[j - 2].surface in _POSSESSIVE


#: A verb of saying in the past, or a word of hearsay: what follows it is reported.
_REPORTED: Final = frozenset(
    ["said", "told", "promised", "offered", "agreed", "confirmed", "assured", "mentioned"]
    + ["arranged", "apparently", "reportedly", "according"]
)


#: Modals that tell of an arrangement ("a visit will be arranged"), not require one.
_NEWS_MODALS: Final = frozenset(["will", "ll", "would", "can", "could", "may", "might", "to"])


def reported_offer(toks: tuple[Token, ...], clause: Clause, cue: int) -> bool:
    """The visit or the apology is told as what someone else said or offered, before the
    cue in its clause ("the manager said she would come to my house to apologise",
    "your colleague told me someone will come round", "apparently the branch manager
    will visit me"): news of an offer, not a demand. The speaker's own words ("I said
    you need to come and apologise") and an order to tell someone ("tell your manager
    to come") stay demands."""
    for k in range(clause.start, cue):
        if toks[k].surface not in _REPORTED:
            continue
        if (
            k > clause.start
            and toks[k - 1].surface == "be"
            and (k - 1 == clause.start or toks[k - 2].surface not in _NEWS_MODALS)
        ):
            continue  # "we require that the apology be offered in person": required
        if k > clause.start and toks[k - 1].surface in _OWN_SIDE:
            continue  # "I told you to come here"
        return True
    return False


#: Verbs of coming and visiting: as a purpose they are the visit, not a service.
_MOTION: Final = frozenset(
    ["visit", "come", "go", "see", "attend", "pop", "drop", "show", "send", "bring", "get"]
)


#: Words that make a visit a confrontation, not a service.
_CONFRONT: Final = _TO_ACCOUNT | frozenset(["apology", "sorry", "grovel", "asap"])


#: Words that make a contact detail someone's own, not the company's.
_PRIVATE: Final = frozenset(["personal", "private", "home", "own", "real", "live", "lives"])


def business_contact(toks: tuple[Token, ...], clause: Clause, words: RoleWords) -> bool:
    """A contact detail asked for a business purpose: "for" + a business function
    (slot ``BUSINESS_EN``: returns, support, billing, …) in the clause ("what's your
    phone number for returns?", "your address for refunds", "I'll follow you on
    instagram for the deals"): the company's, not the staff member's. A private word
    ("your personal number", "your home address") keeps it an intrusion."""
    ws = toks[clause.start : clause.end]
    if any(t.surface in _PRIVATE for t in ws):
        return False
    for k, t in enumerate(ws):
        if t.surface != "for":
            continue
        for u in ws[k + 1 : k + 4]:
            if not u.keys.isdisjoint(words.business):
                return True
            if u.surface not in _DETERMINERS and u.pos != OTHER:
                break
    return False


#: Past forms of giving or sending something to someone: "you gave me your number".
_GAVE: Final = frozenset(
    ["gave", "sent", "texted", "emailed", "shared", "told", "showed", "passed", "messaged"]
)
#: Adverbs between the giver and the verb: "you already gave me".
_BETWEEN_GIVER: Final = frozenset(["already", "just", "kindly", "also", "literally", "even"])


def given_by_listener(toks: tuple[Token, ...], clause: Clause) -> bool:
    """The clause tells that the listener gave or sent something in the past ("you gave
    me your number last week", "u already sent me ur email"): a contact detail the
    listener gave is asked for by nobody. Negated ("you never gave me your number"),
    asked ("did you give me …?") or with a plan in the clause ("… so now I'll text
    you") it is left alone."""
    ws = toks[clause.start : clause.end]
    if any(t.surface in _CLAUSE_NEGATORS or t.surface == "?" for t in ws):
        return False
    if any(t.surface in _MODALS for t in ws):
        return False  # "you gave me your number so now I'll text you"
    for k, t in enumerate(ws):
        if t.surface not in _GAVE:
            continue
        j = k - 1
        while j >= 0 and ws[j].surface in _BETWEEN_GIVER:
            j -= 1
        if j >= 0 and ws[j].surface in ("you", "u", "ya"):
            return True
    return False


_CLAUSE_NEGATORS: Final = frozenset(["not", "never", "nt", "didnt", "dont", "no", "nothing"])


#: Verbs of waiting, coming, watching and paying, whose complement tells a threat
#: ("I'll be waiting for you", "you'll pay for this") from an errand.
_ERRAND_VERBS: Final = frozenset(
    ["wait", "waiting", "come", "coming", "show", "there", "outside", "watch", "pay"]
)


def errand(toks: tuple[Token, ...], cue: list[int], clause: Clause, words: RoleWords) -> bool:
    """A cue of waiting, coming or paying whose clause names a thing as its purpose:
    "I'll be waiting for your reply", "I'm coming for my parcel", "watch out for the
    step", "you will pay for shipping" ("for" + a thing, not "for you" or "for this"),
    or an errand with no one in it ("I'll be there at 5 to collect it"). Waiting by a
    line of contact is waiting for a call ("by the phone", "on hold", "in the queue"),
    and waiting at one's own home ("at home", "in my flat") for a visit or a delivery;
    paying is a purchase when the speaker or "who" pays ("I'll pay for this by card",
    "who will pay for this repair"), and a person paid for is a service ("you'll pay
    for the courier"). A destination ("come to your house"), anyone else named after
    "for" or "to", or the affair ("pay for this", "pay for what you did", "make you
    pay for this") keep the threat."""
    verb = next(
        (i for i in cue if toks[i].lemma in _ERRAND_VERBS or toks[i].surface in _ERRAND_VERBS),
        None,
    )
    if verb is None:
        return False
    paying = toks[verb].lemma == "pay"
    if paying and _pays_a_cost(toks, verb, clause):
        return True  # "I'll pay for this with my card", "who will pay for this repair"
    # What follows the verb ("you will pay for …": the listener as the payer is no target);
    # a person paid for as a service ("pay for the courier") is what is bought.
    service = _paid_service(toks, verb, clause.end, words) if paying else range(0)
    waiting = toks[verb].lemma == "wait" or toks[verb].surface == "waiting"
    if waiting and _visit_awaited(toks, verb, words):
        return True  # "waiting at the gate when your engineer arrives": a visit received
    after = toks[verb + 1 : clause.end]
    if any(
        t.surface in EN_SECOND or t.proper or (_is_person(t, words) and k not in service)
        for k, t in enumerate(toks[verb + 1 : clause.end], start=verb + 1)
    ):
        return False
    if any(
        a.surface in OTHERS_POSSESSIVE and b.surface in _HOME
        for a, b in zip(after, after[1:], strict=False)
    ):
        return False  # "outside your house at 6 to collect my parcel": whatever the errand
    for k in range(verb + 1, clause.end):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < clause.end else None
        if nxt is None:
            return False
        if waiting and t.surface in _WAITING_AT and _line_of_contact(toks, k + 1, clause.end):
            return True  # "waiting by the phone", "on hold", "in the queue"
        if waiting and t.surface == "on" and _message_awaited(toks, k + 1, clause.end, words):
            return True  # "waiting on your call": waiting for it
        if waiting and t.surface in ("at", "in") and _own_home(toks, k + 1, clause.end):
            return True  # "I'll be waiting at home": for a visit or a delivery
        if t.surface == "for":
            # "for your reply", "for shipping", "for my parcel"; "for this", "for it",
            # "for what you did": the affair itself
            return not (
                nxt.surface in _THING_PRONOUNS
                or nxt.surface in _WH
                or nxt.pos == PUNCT
                or (nxt.pos == PRON and nxt.surface not in _DETERMINERS)
                # "pay for your mistakes": what someone did, not what they buy
                or (toks[verb].lemma == "pay" and nxt.surface in OTHERS_POSSESSIVE)
            )
        if t.surface == "to":
            # "to collect it" (an errand); "to your house" (a destination) and "to
            # talk" (a meeting) keep it
            return (
                nxt.surface not in _DETERMINERS
                and nxt.pos not in (PRON, NUM, PUNCT)
                and nxt.lemma not in _MEETING
                and nxt.lemma not in _MOTION
            )
    return False


#: What opens the arrival a wait is for: "when your engineer arrives", "until the
#: driver gets here", "for the technician to turn up".
_AWAITED: Final = frozenset(["when", "until", "till", "til", "once", "for", "whenever"])
#: Arriving where the speaker is ("arrives", "gets here", "turns up", "comes round").
_ARRIVE: Final = frozenset(["arrive", "arrives", "arriving", "arrived", "come", "comes", "coming"])
_ARRIVE_PARTICLE: Final = frozenset(
    ["get", "gets", "turn", "turns", "show", "shows", "pop", "pops"]
)
#: After an arrival verb: somewhere else than the speaker's ("comes out", "arrives at work").
_ELSEWHERE: Final = frozenset(["out", "at", "to", "home", "back", "off", "from", "in", "into"])


def _visit_awaited(toks: tuple[Token, ...], verb: int, words: RoleWords) -> bool:
    """A wait for someone's arrival where the speaker is — "I'll be waiting at the gate
    with the dog when your engineer arrives", "waiting in until the driver gets here":
    a visit received. Not when the one arriving is the listener ("when you get here"),
    nor an arrival elsewhere ("when your manager comes out", "arrives at work"), nor
    with a weapon or at someone else's home anywhere in the sentence."""
    end = len(toks)
    for k in range(verb + 1, len(toks)):
        if toks[k].pos == PUNCT and toks[k].surface in (".", "!", "?", ";"):
            end = k
            break
    span = toks[verb + 1 : end]
    if any(not t.keys.isdisjoint(words.weapon) for t in span):
        return False
    if any(
        a.surface in OTHERS_POSSESSIVE and b.surface in _HOME
        for a, b in zip(span, span[1:], strict=False)
    ):
        return False
    for k in range(verb + 1, end):
        if toks[k].surface not in _AWAITED:
            continue
        if toks[k].surface == "for" and k + 1 < end and toks[k + 1].pos == PRON:
            return False  # "waiting for him when he comes": for a person, not a visit
        for j in range(k + 1, min(end, k + 6)):
            t = toks[j]
            if t.surface in EN_SECOND:
                return False  # "when you arrive": the listener's own movements
            nxt = toks[j + 1].surface if j + 1 < end else ""
            arrives = t.surface in _ARRIVE and nxt not in _ELSEWHERE
            arrives = arrives or (
                t.surface in _ARRIVE_PARTICLE and nxt in ("here", "up", "round", "over", "by")
            )
            if arrives:
                # "for the technician to arrive"; "for him when he comes" waits for him
                return toks[k].surface != "for" or toks[j - 1].surface == "to"
            if toks[j].surface in _AWAITED:
                break
    return False


#: Possessives of someone other than the speaker: "your nose", "his car".
OTHERS_POSSESSIVE: Final = frozenset(["your", "ur", "his", "her", "their"])
#: Where one waits: "by the phone", "on hold", "in the queue", "near my inbox".
_WAITING_AT: Final = frozenset(["by", "on", "in", "near", "beside", "at"])
#: Lines of contact: one waits by them for a call or a message, not for a person.
_LINES: Final = frozenset(
    ["phone", "telephone", "mobile", "line", "hold", "queue", "inbox", "email", "emails"]
    + ["computer", "laptop", "pc", "screen", "chat", "mailbox", "letterbox", "post"]
)


def _line_of_contact(toks: tuple[Token, ...], start: int, limit: int) -> bool:
    """A line of contact at ``start``, bare or after a determiner that is not someone
    else's: "the phone", "my phone", "hold", "the line"; "your phone" is the listener's."""
    j = start
    if j < limit and toks[j].surface in _DETERMINERS:
        if toks[j].surface in OTHERS_POSSESSIVE:
            return False
        j += 1
    return j < limit and toks[j].surface in _LINES


def _own_home(toks: tuple[Token, ...], start: int, limit: int) -> bool:
    """The speaker's own home at ``start``: "home", "my flat", "our house"."""
    if start < limit and toks[start].surface == "home":
        return True
    return (
        start + 1 < limit
        and toks[start].surface in ("my", "our")
        and toks[start + 1].surface in _HOME
    )


def _message_awaited(toks: tuple[Token, ...], start: int, limit: int, words: RoleWords) -> bool:
    """A determiner and a message word at ``start`` ("on your call", "on the reply"):
    what one waits on is a message, whoever sends it."""
    return (
        start + 1 < limit
        and toks[start].surface in _DETERMINERS
        and not toks[start + 1].keys.isdisjoint(words.message)
    )


#: Who pays when paying is a purchase: the speaker ("I'll pay for this by card") or a
#: question about the cost ("who will pay for this repair").
_PAYERS: Final = frozenset(["i", "we", "who"])


def _pays_a_cost(toks: tuple[Token, ...], verb: int, clause: Clause) -> bool:
    """The subject of "pay" at ``verb`` is the speaker or "who": auxiliaries, "to" and a
    few adverbs may stand between ("can i pay", "we will pay", "who is going to pay");
    in "make you pay" or "you will pay" the listener pays."""
    k = verb - 1
    while k >= clause.start and (
        toks[k].pos == AUX
        or toks[k].surface in _BETWEEN_SUBJECT
        or toks[k].surface in _MODALS
        or toks[k].surface in ("going", "gonna", "is", "are", "am")
    ):
        k -= 1
    return k >= clause.start and toks[k].surface in _PAYERS


def _paid_service(toks: tuple[Token, ...], verb: int, limit: int, words: RoleWords) -> range:
    """The noun phrase after "pay for a/an/the" (``verb`` is "pay"), whose person words
    ("the courier", "a technician") are a service bought, not a target; empty when the
    phrase is someone's ("for your staff") or absent."""
    if verb + 2 >= limit or toks[verb + 1].surface != "for":
        return range(0)
    if toks[verb + 2].surface not in ("a", "an", "the"):
        return range(0)
    j = verb + 3
    while j < limit and j < verb + 3 + _PHRASE_MAX:
        t = toks[j]
        if t.pos in (PUNCT, AUX, PRON) or t.surface in _PHRASE_END or t.proper:
            break
        j += 1
    return range(verb + 3, j)


#: Someone's private places: an errand there is no errand.
_HOME: Final = frozenset(["house", "home", "flat", "apartment", "car", "door", "doorstep"])


#: "not" or "never" before what one will regret doing: "regret not booking".
_NOT: Final = frozenset(["not", "never", "nt"])


def missed_chance(
    toks: tuple[Token, ...], cue: list[int], clause: Clause, words: RoleWords
) -> bool:
    """A cue of regret whose complement is a chance missed: (not) + an -ing form + a
    determiner phrase naming a thing, or "out" ("you'll regret missing this offer",
    "you'll regret not getting the bigger size", "you'll regret missing out"). Nobody
    may be named after "regret" ("messing with me", "the day you crossed me",
    "not refunding me"), and the affair ("doing this", "regret it") keeps the threat."""
    verb = next((i for i in cue if toks[i].lemma == "regret"), None)
    if verb is None:
        return False
    rest = toks[verb + 1 : clause.end]
    if any(t.surface in EN_SECOND or t.proper or _is_person(t, words) for t in rest):
        return False
    if any(t.surface in ("my", "our", "mine", "i") for t in rest):
        return False  # "regret not taking my advice": the speaker's word
    j = verb + 1
    while j < clause.end and toks[j].surface in _NOT:
        j += 1
    if j >= clause.end or not _gerund(toks[j]):
        return False
    j += 1
    if j < clause.end and toks[j].surface == "out":
        return j + 1 >= clause.end or toks[j + 1].pos == PUNCT or toks[j + 1].surface == "on"
    if j >= clause.end or toks[j].surface not in _DETERMINERS:
        return False
    return _phrase_kind(toks, j + 1, clause.end, words) == THING


def _gerund(t: Token) -> bool:
    """An -ing form ("missing"; the analyser reads some, "booking", "buying", as nouns)."""
    return t.cform == "ing" or (t.pos == OTHER and len(t.surface) > 4 and t.surface.endswith("ing"))


#: Verbs of buying or of letting a chance go by, as a condition of regret: "if you miss
#: this sale", "if you don't grab the bundle", "if you don't upgrade". "try" and "take"
#: are left out ("if you try that again", "if you take this further" threaten).
_CHANCE: Final = frozenset(
    ["miss", "skip", "buy", "purchase", "order", "preorder", "book", "reserve", "grab"]
    + ["upgrade", "renew", "subscribe", "join", "sign", "switch", "invest", "pass"]
)
#: Verbs of the chance that need their particle: "sign up", "pass up" ("if you don't
#: sign this form", "if you pass this on" are no purchase).
_CHANCE_UP: Final = frozenset(["sign", "pass"])
#: Adverbs that make a demonstrative the affair itself: "if you miss this again".
_AGAIN: Final = frozenset(["again", "anymore", "ever", "twice"])
#: Words that name the speaker: their own account, refund or word is at stake.
_SPEAKER_WORDS: Final = frozenset(["i", "me", "my", "mine", "myself", "we", "us", "our", "ours"])


def regret_if_chance(
    toks: tuple[Token, ...],
    cue: list[int],
    clause: Clause,
    clauses: Sequence[Clause],
    words: RoleWords,
) -> bool:
    """A cue of regret whose condition is a chance to buy, missed or taken: "you'll regret
    it if you miss this sale", "you will regret it if you don't upgrade", "if you miss
    this offer you'll regret it" — sales talk. What is regretted is "it" or nothing; the
    condition (a clause next to the cue's, opened by if or unless) has the listener
    buy or miss (``_CHANCE``) a thing, or nothing ("if you don't upgrade"), and names
    nobody else and nothing of the speaker's ("if you cancel my account", "if you
    ignore me", "if you don't sort my refund" stay threats)."""
    verb = next((i for i in cue if toks[i].lemma == "regret"), None)
    if verb is None:
        return False
    rest = [t for t in toks[verb + 1 : clause.end] if t.pos != PUNCT]
    if rest and (len(rest) > 1 or rest[0].surface not in ("it", "this")):
        return False  # "regret crossing me", "regret it for the rest of your life"
    at = next((n for n, c in enumerate(clauses) if c == clause), None)
    if at is None:
        return False
    near = [clauses[n] for n in (at - 1, at + 1) if 0 <= n < len(clauses)]
    return any(_chance_taken(toks, c, words) for c in near if conditional(toks, c))


def _chance_taken(toks: tuple[Token, ...], c: Clause, words: RoleWords) -> bool:
    """The condition at ``c`` ("if you (do not) buy/miss …") is a chance to buy."""
    ws = toks[c.start : c.end]
    if any(
        t.surface in _SPEAKER_WORDS
        or t.proper
        or (_is_person(t, words) and t.surface not in EN_SECOND)
        for t in ws
    ):
        return False
    if any(not t.keys.isdisjoint(words.weapon) for t in ws):
        return False
    j = c.start + 1
    if j >= c.end or toks[j].surface not in EN_SECOND:
        return False
    j += 1
    while j < c.end and (toks[j].pos == AUX or toks[j].surface in _NOT):
        j += 1
    if j >= c.end or toks[j].lemma not in _CHANCE:
        return False
    if toks[j].lemma in _CHANCE_UP and (j + 1 >= c.end or toks[j + 1].surface != "up"):
        return False
    j += 1
    while j < c.end and toks[j].surface in (*_PARTICLES, "on", "to", "for"):
        j += 1  # "pass up", "miss out on", "upgrade to", "sign up for"
    if j >= c.end or toks[j].pos == PUNCT or toks[j].surface in _PHRASE_END:
        return True  # "if you don't upgrade (now)", "if you don't sign up today"
    t = toks[j]
    if t.surface not in _DETERMINERS and t.pos != NUM:
        return False
    if t.surface in _THING_PRONOUNS:
        nxt = toks[j + 1] if j + 1 < c.end else None
        if nxt is None or nxt.pos in (PUNCT, PRON, AUX) or nxt.surface in _AGAIN:
            return False  # "if you miss this", "… this again": the affair
    return _phrase_kind(toks, j + 1, c.end, words) == THING


#: Third persons who may be the one a post shows: "she was brilliant".
_THIRD: Final = frozenset(["he", "she", "they", "him", "her", "them", "who"])


def praised(
    toks: tuple[Token, ...],
    clause: Clause,
    clauses: Sequence[Clause],
    words: RoleWords,
    later: Later = lambda: (),
) -> bool:
    """A post whose person is praised next to it: the cue's clause, one beside it, or the
    next sentence says something good (slot ``PRAISE_EN``) of a third person or a
    staff member ("I'll post a video of the cashier on tiktok, she was brilliant",
    "… because he was so helpful", "… on fb. He was a legend."). The praise may not be
    negated ("she was not helpful"), and no word of blame (an insult: "rude",
    "useless"), hostility ("worst", "everyone") or condition may stand in the
    sentence or in the praising one."""
    if any(conditional(toks, c) for c in clauses):
        return False
    at = next((n for n, c in enumerate(clauses) if c == clause), None)
    if at is None:
        return False
    nxt = later()[:1]  # analysed only now: most posts stop at the checks above
    for part in (toks, *nxt):
        if any(
            not t.keys.isdisjoint(words.blame) or not t.keys.isdisjoint(words.hostile) for t in part
        ):
            return False
    # The cue's own clause too: a run-on line has one ("… on facebook he was amazing").
    near = [toks[c.start : c.end] for n, c in enumerate(clauses) if abs(n - at) <= 1]
    near.extend(nxt)  # the next sentence: "… on fb. She was brilliant."
    return any(_praises(ws, words) for ws in near)


def _praises(ws: tuple[Token, ...], words: RoleWords) -> bool:
    """The words praise a person: a praise word, no negation, a third person or a
    staff member named."""
    if any(t.surface in _CLAUSE_NEGATORS for t in ws):
        return False
    if not any(not t.keys.isdisjoint(words.praise) for t in ws):
        return False
    return any(
        t.surface in _THIRD or (_is_person(t, words) and t.surface not in EN_SECOND) for t in ws
    )


#: Verbs an outcome is told with: "everything went perfectly", "it turned out lovely",
#: "the day came off without a hitch".
_OUTCOME_VERBS: Final = frozenset(["went", "gone", "turned", "came", "ran"])
#: How an outcome went when it went well.
_WENT_WELL: Final = frozenset(
    [
        "perfectly",
        "smoothly",
        "beautifully",
        "brilliantly",
        "wonderfully",
        "flawlessly",
        "seamlessly",
        "well",
        "great",
        "perfect",
        "lovely",
        "splendidly",
        "swimmingly",
    ]
)
#: Verbs of passing word on to someone: "tell Ken", "let Aiko know", "pass on to".
_RELAY: Final = frozenset(["tell", "let", "pass", "say", "thank", "inform"])
#: Subjects that deny the outcome ("nothing went smoothly", "none of it went well").
_NO_OUTCOME: Final = frozenset(["nothing", "none", "nobody", "neither", "little"])


def went_well(
    toks: tuple[Token, ...],
    clause: Clause,
    clauses: Sequence[Clause],
    words: RoleWords,
    later: Later = lambda: (),
) -> bool:
    """A staff member named to be told the good news: the cue's sentence tells an
    outcome that went well ("please tell Aiko the move went smoothly", "let Ken know it
    all turned out beautifully"), or the next one says it could not have been done
    without them ("… We couldn't have managed it without her"). Not where the
    sentence (or the thanking one) holds a word of blame or hostility, a condition, a
    negation of the outcome ("nothing went smoothly", "it didn't go well") or a
    question. The name is told something: a verb of passing word on ("tell", "let …
    know", "pass on", "say") stands in the sentence; a dismissal asked ("fire Ken.
    We couldn't have lost more without him") is none."""
    if not any(t.surface in _RELAY for t in toks):
        return False
    if any(conditional(toks, c) for c in clauses):
        return False
    nxt = later()[:1]
    for part in (toks, *nxt):
        if any(
            not t.keys.isdisjoint(words.blame) or not t.keys.isdisjoint(words.hostile) for t in part
        ):
            return False
    if any(t.surface == "?" for t in toks):
        return False
    for c in clauses:
        surf = [t.surface for t in toks[c.start : c.end]]
        if any(w in _CLAUSE_NEGATORS or w in _NO_OUTCOME for w in surf):
            continue
        for k, w in enumerate(surf):
            if w not in _OUTCOME_VERBS:
                continue
            rest = surf[k + 1 : k + 5]
            if rest[:1] == ["out"] or rest[:1] == ["off"]:
                rest = rest[1:]  # "turned out", "came off"
            if (rest[:1] and rest[0] in _WENT_WELL) or " ".join(rest).startswith(
                ("without a hitch", "like clockwork", "like a dream", "to plan")
            ):
                return True
    return any(_owed_to(ws) for ws in nxt)


def _owed_to(ws: tuple[Token, ...]) -> bool:
    """The words thank someone as the one it could not have been done without ("we
    couldn't have done it without her help", "could never have managed without him"):
    a modal, a negation, "have" and "without" before a third person."""
    surf = [t.surface for t in ws]
    if "?" in surf or "without" not in surf:
        return False
    w = surf.index("without")
    before = surf[:w]
    return (
        any(m in before for m in ("could", "couldnt", "would", "wouldnt"))
        and any(n in before for n in ("not", "nt", "never", "couldnt", "wouldnt"))
        and "have" in before
        and w + 1 < len(surf)
        and surf[w + 1] in _THIRD
    )


#: A short question asking the listener's leave: "Is that OK?", "Would that be
#: alright?", "Do you mind?", "Is it allowed?".
_LEAVE: Final = frozenset(
    [
        "ok",
        "okay",
        "alright",
        "allowed",
        "fine",
        "acceptable",
        "permitted",
        "mind",
        "objection",
        "objections",
        "possible",
    ]
)
#: The company's consent or its rules for a post: "an approval process", "brand
#: guidelines", "whose permission".
_CONSENT: Final = frozenset(
    ["approval", "approve", "permission", "consent", "guidelines", "guideline", "clearance"]
    + ["authorisation", "authorization", "blessing", "sign-off", "signoff"]
)
#: Wh-words opening a question after such consent: "who do we ask for approval?".
_CONSENT_ASKING: Final = frozenset(["who", "whom", "what", "how", "where", "which"])
#: A post wished for, not announced: "we'd love to", "we were hoping to", "I'd like to".
_POST_WISH: Final = frozenset(
    ["love", "like", "want", "hope", "hoping", "wish", "wondering", "thinking"]
)
#: Verbs that name the listener as the post's subject or credit: "tag you", "credit you".
_TAG: Final = frozenset(["tag", "tagging", "credit", "crediting", "mention", "mentioning", "thank"])
#: Openers of the leave-asking question.
_LEAVE_ASKING: Final = frozenset(
    ["is", "would", "will", "does", "do", "could", "can", "may", "are"]
)


def leave_asked(
    toks: tuple[Token, ...],
    clause: Clause,
    clauses: Sequence[Clause],
    words: RoleWords,
    later: Later = lambda: (),
) -> bool:
    """A post the customer asks the listener's leave for: the next sentence is a short
    question whether the listener minds, after a post wished for ("We'd love to share
    our photos on Instagram and tag you. Is that OK?", "… Would you mind?"), or a
    question after the company's consent or rules for it ("Our team would like to
    feature your product in a case study and post it on LinkedIn. Do you have brand
    guidelines or an approval process we should follow?"). A post
    that waits on the company's consent threatens nothing. Not where the post is
    announced ("I'll post …"), or its sentence holds a condition, a word of blame or
    hostility ("… the rude receptionist … Is that OK with you?"), the exchange itself
    ("the recording", "my experience"), the listener's own ("your", "you" but as the
    one tagged) or a person other than the speaker's own ("our marketing team")."""
    if any(conditional(toks, c) for c in clauses):
        return False
    nxt = later()[:1]
    if not nxt:
        return False
    ask = nxt[0]
    surf = [t.surface for t in ask]
    # Asked by its word order (the sentence's "?" is cut off before analysis): a short
    # question whether the listener minds, or one after the company's consent or rules
    # for it ("Do you have brand guidelines or an approval process we should follow?",
    # "Who do we ask for permission?").
    if not surf:
        return False
    short = len(surf) <= 8 and surf[0] in _LEAVE_ASKING and any(s in _LEAVE for s in surf)
    consent = (
        len(surf) <= 16
        and (surf[0] in _LEAVE_ASKING or surf[0] in _CONSENT_ASKING)
        and any(t.surface in _CONSENT or t.lemma in _CONSENT for t in ask)
    )
    if not (short or consent):
        return False
    if not any(t.surface in _POST_WISH for t in toks):
        return False  # "I'll post your failure on twitter. Is that OK?": announced, not asked
    for k in range(len(toks)):
        t = toks[k]
        if not t.keys.isdisjoint(words.blame) or _hostile(toks, k, len(toks), words):
            return False
        if t.surface in _EXCHANGE:
            # the exchange itself ("… share the recording on LinkedIn. Do you have
            # guidelines?"); a product video or review is none
            return False
        if t.surface in EN_SECOND and not (k > 0 and toks[k - 1].surface in _TAG):
            return False  # "… your receptionist …": the listener's in the post ("tag you" aside)
        # the speaker's own people ("our marketing team", "my wife") make the post theirs
        own = any(w.surface in ("our", "my") for w in toks[max(0, k - 2) : k])
        if t.surface not in EN_SECOND and (
            (t.proper and t.keys.isdisjoint(words.platform)) or (_is_person(t, words) and not own)
        ):
            return False
    return True


#: What one hands over on an errand to the premises: "drop the form off", "bring the
#: parcel back", "collect it".
_HAND_OVER: Final = frozenset(
    ["drop", "bring", "return", "deliver", "collect", "pick", "hand", "fetch"]
)
#: Premises that are someone's private place, not a business's.
_PRIVATE_PLACE: Final = frozenset(["house", "home", "car", "place", "flat", "apartment"])


def known_premises_errand(
    toks: tuple[Token, ...],
    cue: list[int],
    clause: Clause,
    words: RoleWords,
    later: Later = lambda: (),
) -> bool:
    """Knowing where a business is, said for an errand there: what is known is a
    business's premises (slot ``PLACE_EN``: office, shop, branch, depot, …; not a
    house or a car) or where "you are based/located", and the sentence, or one of the ``later()`` sentences of the message
    (the next ones), has the speaker hand something over ("I know where your office
    is, I'll drop the form off", "… is. I'll bring the receipt in tomorrow", "pop by
    with the paperwork", "collect it"), with no listener or other person after the
    place named (in the sentence and the later ones; "thank you" aside), no meeting
    ("we'll talk") and no weapon anywhere ("bring a bat"). A bare "I know where your office is", "I know where you live" or "where you
    work", and "… is. I'll see you there" stay threats."""
    where = next((i for i in cue if toks[i].surface == "where"), None)
    if where is None or where == 0 or toks[where - 1].lemma != "know":
        return False
    j = where + 1
    premises = False
    end = j + 3  # after "you are based": where a business is, by its own words
    if toks[j : j + 1] and toks[j].surface in ("you", "u", "your", "ur"):
        premises = [t.surface for t in toks[j + 1 : end]][-1:] in (["based"], ["located"])
        premises = premises and toks[j + 1].surface in ("are", "re", "r")
    if not premises:
        if j >= len(toks) or toks[j].surface not in ("your", "ur", "the"):
            return False
        end = j + 1  # after the place named ("your Leeds branch is")
        while end < min(len(toks), j + 1 + _PHRASE_MAX):
            t = toks[end]
            end += 1
            if t.surface in ("is", "are", "s"):
                break
            if not t.keys.isdisjoint(words.place):
                premises = not t.keys & (_PRIVATE_PLACE | _HOME)
    if not premises or any(not t.keys.isdisjoint(words.weapon) for t in toks):
        return False
    # The rest of the sentence and every later one: nobody named (the listener thanked
    # aside), no weapon, no meeting ("we'll talk"); and an errand in one of them.
    parts = (toks[end:], *later())
    for part in parts:
        for k, t in enumerate(part):
            if not t.keys.isdisjoint(words.weapon) or t.lemma in _MEETING:
                return False
            if t.surface in EN_SECOND and not (k > 0 and part[k - 1].lemma == "thank"):
                return False
            if t.proper or (
                _is_person(t, words) and t.surface not in EN_SECOND and t.lemma not in _HAND_OVER
            ):
                return False  # (the verb "hand" is no body part: "who do I hand it to?")
    return any(_hands_over(part, words) for part in parts)


def _hands_over(part: tuple[Token, ...], words: RoleWords) -> bool:
    """The words hand something over: a verb of handing over with a thing as its object
    ("drop the form off", "bring it back"), or "with" + a thing ("with the paperwork")."""
    for k, t in enumerate(part):
        if t.lemma in _HAND_OVER and object_kind(part, k, len(part), words) == THING:
            return True
        if (
            t.surface == "with"
            and k + 1 < len(part)
            and part[k + 1].surface in _DETERMINERS
            and _phrase_kind(part, k + 2, len(part), words) == THING
        ):
            return True  # "pop by with the paperwork"
    return False


#: Prepositions that introduce what a review or post is about.
_TOPIC: Final = frozenset(["about", "of", "regarding", "for"])


#: Words after "this"/"that" that show it stands alone ("about this by tonight"), not
#: as a determiner of a thing ("about this blender").
_NOT_A_HEAD: Final = frozenset(
    ["by", "before", "after", "until", "till", "tonight", "today", "tomorrow", "now", "soon"]
    + ["again", "to", "on", "in", "at", "for", "with", "from", "and", "or", "but", "if"]
    + ["when", "too", "asap", "then", "so", "because", "everywhere", "online", "yet"]
)


#: The exchange with the company, as what a post is of ("a recording of this call").
_EXCHANGE: Final = frozenset(
    ["call", "calls", "conversation", "conversations", "chat", "chats", "correspondence"]
    + ["exchange", "exchanges", "transcript", "emails", "messages", "recording", "recordings"]
)


def product_topic(toks: tuple[Token, ...], clause: Clause, words: RoleWords) -> bool:
    """A post or review whose topic is a product ("a review about the product's
    features", "pictures of the blender"), with nobody named in the clause (no listener,
    staff member, company, name or the press) and nothing hostile in it."""
    ws = toks[clause.start : clause.end]
    about_thing = False
    for k, t in enumerate(ws):
        if t.surface in EN_SECOND or t.proper or not t.keys.isdisjoint(words.person):
            return False
        if not t.keys.isdisjoint(words.media):
            return False  # "a copy of this correspondence will be passed to the press"
        if _rostered(t, words):
            return False
        if not t.keys.isdisjoint(words.company) or _hostile(ws, k, len(ws), words):
            return False
        if t.surface in _TOPIC and k + 2 < len(ws) and ws[k + 1].surface in _DETERMINERS:
            # "about the product's features", "of the new sofa"; "about this" or
            # "about it" may be the whole affair, and a platform is where, not what.
            head = ws[k + 2]
            if (
                head.pos not in (PUNCT, PRON)
                and head.keys.isdisjoint(words.platform)
                # "about this by tonight": "this" stands alone, the affair
                and head.surface not in _NOT_A_HEAD
                # "the recording of this call": the exchange itself, no product
                and head.surface not in _EXCHANGE
            ):
                about_thing = True
    return about_thing


__all__ = [
    "MESSAGE",
    "PERSON",
    "THING",
    "RoleWords",
    "PLACE",
    "SENSE",
    "SPEAKER",
    "asks_whether",
    "commits",
    "complains_of_matter",
    "conditional",
    "identity",
    "names_listener",
    "narrated",
    "exposes_nothing",
    "given_by_listener",
    "known_premises_errand",
    "missed_chance",
    "object_kind",
    "own_side_offers",
    "product_topic",
    "praised",
    "proposes_meeting",
    "regret_if_chance",
    "reported_offer",
    "reports_to_person",
    "review_left",
    "service_visit",
    "speaker_acts_alone",
    "speaker_moves",
    "thing_does_harm",
    "visit_told",
    "wrecks",
]


#: The speaker's side as the subject of a clause.
_FIRST_SUBJECTS: Final = frozenset(["i", "we", "im", "ive", "id", "ill", "iam", "weve", "were"])
#: Acts of watching or tailing someone.
_TAILING: Final = frozenset(["watch", "follow", "track", "stalk", "tail", "trail", "film"])
#: The speaker as the one an act is done to ("following me", "over my shoulder").
_SPEAKER_OBJECTS: Final = frozenset(["me", "my", "us", "our", "myself"])


def suffered_from_other(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """An intrusion done to the speaker by someone else, reported ("a man has been
    watching over my shoulder", "some bloke keeps following me around the car park"):
    a subject before the cue that is neither the speaker nor the listener, the speaker
    right after it, and no listener anywhere in the clause ("your shop" is a place).
    "I've been watching you", "someone has been watching you" stay. Only a cue that is
    such an act ("watching", "following"), not a detail asked ("the full name of the
    lady who answered my call")."""
    if all(toks[i].lemma not in _TAILING for i in cue):
        return False
    before = toks[clause.start : cue[0]]
    if not any(t.surface.isalpha() for t in before):
        return False
    if any(t.surface in EN_SECOND for t in toks[clause.start : clause.end]):
        return False
    if any(t.surface in _FIRST_SUBJECTS for t in before):
        return False
    after = toks[cue[-1] + 1 : min(clause.end, cue[-1] + 4)]
    return any(t.surface in _SPEAKER_OBJECTS for t in after)


#: Third persons: a subject other than the speaker, an object other than the listener.
_THIRD_SUBJECT_WORDS: Final = _THIRD_SUBJECT | {"hes", "shes", "theyve", "theyre"}
#: What a report to an authority is made about or against.
_ABOUT: Final = frozenset(["about", "against", "over", "regarding", "on"])
_KIN_OR_OWN: Final = frozenset(["my", "our", "his", "her", "their"])


def others_report_other(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """Someone else's dealings with an authority about another third person ("she's
    already been in touch with the police about him", "my neighbour reported them to
    the council"): the clause's subject is a third person or someone of the speaker's
    ("she", "my sister"), the one reported is "him", "her" or "them", and no listener
    is named. The speaker's own report ("I've called the police about him") or one
    about the listener ("… about you", "… about your driver") stays."""
    span = toks[clause.start : clause.end]
    if any(t.surface in EN_SECOND or t.surface in _YOUR for t in span):
        return False
    before = toks[clause.start : cue[0]]
    if any(t.surface in _FIRST_SUBJECTS for t in before):
        return False
    words = [t for t in before if t.surface.isalpha()]
    if not words:
        return False
    first = words[0].surface
    if first not in _THIRD_SUBJECT_WORDS and not (first in _KIN_OR_OWN and len(words) > 1):
        return False
    after = toks[cue[-1] + 1 : clause.end]
    return any(
        t.surface in _ABOUT and k + 1 < len(after) and after[k + 1].surface in _THIRD_OBJECT
        for k, t in enumerate(after)
    )


#: What a message received may turn out to be ("if it's a scam").
_SCAM_WORDS: Final = frozenset(["scam", "fake", "phishing", "fraud", "hoax", "spam", "scammer"])
#: The thing reported: the message or the caller, never the listener.
_SCAM_OBJECT: Final = frozenset(["it", "this", "that", "them", "him", "her", "the"])


def reports_scam(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """A report to the police on the condition that what the customer received is a
    scam ("if it's a scam I'll report it to the police", "if this is fake I'm reporting
    it"): an "if" no further than eight words before the clause, with a word of fraud
    after it, and the report's object a thing or a third person. "… I'll report you"
    names the listener and stays."""
    if any(t.surface in EN_SECOND or t.surface in _YOUR for t in toks[clause.start : clause.end]):
        return False
    verb = next((k for k in range(clause.start, cue[0] + 1) if toks[k].lemma == "report"), None)
    if verb is None or verb + 1 >= len(toks) or toks[verb + 1].surface not in _SCAM_OBJECT:
        return False
    before = toks[max(0, clause.start - 8) : clause.start]
    opens = [k for k, t in enumerate(before) if t.surface == "if"]
    return bool(opens) and any(t.surface in _SCAM_WORDS for t in before[opens[-1] :])


#: Someone not named, or a third party, as the one who posted ("someone", "a user").
_INDEFINITE_POSTERS: Final = frozenset(
    ["someone", "somebody", "anyone", "anybody", "a", "an", "some", "one", "another", "he"]
    + ["she", "they", "people", "users", "user", "customers", "customer", "hackers", "hacker"]
)
#: Verbs of posting told as done ("has posted", "uploaded", "leaked").
_POSTED: Final = frozenset(
    ["posted", "shared", "uploaded", "leaked", "published", "put", "tweeted", "spread"]
    + ["circulated", "screenshotted", "reposted", "forwarded"]
)


def posted_by_other(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """A post someone else made, reported to the company ("someone on your forum has
    posted screenshots of our dashboards", "a user leaked screenshots of the beta"):
    the clause opens with a third party or an unnamed someone, a verb of posting in the
    past comes before the cue, and no first person is its subject. "Someone will post
    screenshots of this" (no past) and "I have posted screenshots" stay."""
    ws = toks[clause.start : cue[0]]
    words = [t for t in ws if t.surface.isalpha()]
    if not words or words[0].surface not in _INDEFINITE_POSTERS:
        return False
    if any(t.surface in _FIRST_SUBJECTS or t.surface in EN_SECOND for t in ws):
        return False
    return any(t.surface in _POSTED for t in ws[-3:])


#: Verbs of needing a document, in the present ("our legal team needs the DPA").
_NEEDS: Final = frozenset(["needs", "need", "requires", "require", "wants", "asking", "requesting"])
#: Papers of a business's own legal review: a data processing agreement, a list of
#: subprocessors, a security questionnaire.
_BUSINESS_PAPERS: Final = frozenset(
    ["dpa", "nda", "msa", "sla", "list", "questionnaire", "questionnaires", "addendum"]
    + ["schedule", "notes", "certificates", "clauses", "clause", "wording", "draft", "file"]
    # a patient's or a client's file sent on
    + ["files", "xrays", "x", "scans", "scan", "results", "referral", "letters", "history"]
)
#: Auxiliaries of the future: a need announced, not had now.
_FUTURE_AUX: Final = frozenset(["will", "shall", "gonna", "going"])
#: Legal counsel itself is a legal word: what is passed over when asking what the
#: counsel is for.
_COUNSEL_WORDS: Final = frozenset(["lawyer", "attorney", "solicitor", "barrister", "legal"])


def papers_needed(toks: tuple[Token, ...], clause: Clause, legal_action: frozenset[str]) -> bool:
    """The clause says what a lawyer or a legal team needs now, and it is a document
    ("our legal team needs the current DPA and subprocessor list before we can renew",
    "my solicitor requires a copy of the lease"): an errand, with no legal action named
    after the need and no listener in the clause ("… needs your response before we
    sue" names one)."""
    ws = toks[clause.start : clause.end]
    if any(t.surface in EN_SECOND for t in ws):
        return False
    for k, t in enumerate(ws):
        if t.surface not in _NEEDS:
            continue
        # the need still to come is the lawyer's next step ("my lawyer will be asking for
        # the contract"), not an errand now
        if any(w.surface in _FUTURE_AUX for w in ws[:k]):
            return False
        rest = ws[k + 1 :]
        if any(not w.keys.isdisjoint(legal_action - _COUNSEL_WORDS) for w in rest):
            return False
        if any(w.lemma in _PAPERS or w.surface in _BUSINESS_PAPERS for w in rest[:7]):
            return True
    return False


#: Verbs of sending papers on ("send the records to him", "forward my notes to her").
_SEND: Final = frozenset(["send", "forward", "email", "post", "pass", "release", "share", "give"])
_TO_COUNSEL: Final = frozenset(["him", "her", "them", "my", "the", "our", "his"])


def papers_sent_on(
    toks: tuple[Token, ...], clauses: Sequence[Clause], legal_action: frozenset[str], later: Later
) -> bool:
    """A lawyer named as acting for the customer, and the next sentences ask that papers
    be sent on to them ("A solicitor is handling it for me. Could you send the records to
    him directly?"): the lawyer's errand, not a sanction. Not when the cue's sentence
    names the listener or a legal action besides the lawyer ("… handling the claim
    against you"), nor when a later sentence does ("… or see you in court")."""
    hard = legal_action - _COUNSEL_WORDS
    if any(t.surface in EN_SECOND or not t.keys.isdisjoint(hard) for t in toks):
        return False
    for sentence in later():
        if any(not t.keys.isdisjoint(hard) for t in sentence):
            return False
        for k, t in enumerate(sentence):
            if t.lemma not in _SEND:
                continue
            rest = sentence[k + 1 : k + 9]
            has_papers = any(w.lemma in _PAPERS or w.surface in _BUSINESS_PAPERS for w in rest)
            to_counsel = any(
                w.surface == "to" and j + 1 < len(rest) and rest[j + 1].surface in _TO_COUNSEL
                for j, w in enumerate(rest)
            )
            if has_papers and to_counsel:
                return True
    return False


#: Study and collections a library or an archive holds: what is read about a topic.
_STUDY: Final = frozenset(
    ["material", "materials", "books", "book", "information", "info", "articles", "article"]
    + ["archives", "archive", "sources", "history", "research", "documentaries", "documentary"]
    + ["collections", "collection", "resources", "reading", "literature", "footage", "records"]
)
_ON_TOPIC: Final = frozenset(["on", "about", "regarding", "covering", "of", "concerning"])
#: Verbs of study whose object is the topic ("researching the 1926 general strike").
_STUDYING: Final = frozenset(["researching", "studying", "research", "dissertation", "thesis"])


def topic_of_study(toks: tuple[Token, ...], cue: list[int], clause: Clause) -> bool:
    """The legal word is part of what the customer wants to read about ("material on
    the 1984 miners' strike, especially the police tactics", "books about court
    procedure"): a word of study and "on"/"about" before it in the sentence (the topic
    may be narrowed after a comma), no listener in the sentence, and the legal word no
    one's destination ("… and I'm going to the police"). "I'm collecting material on you
    for the police" names the listener."""
    ws = toks[: cue[0]]
    if any(t.surface in EN_SECOND or t.surface in _YOUR for t in toks):
        return False
    if cue[0] > 0 and toks[cue[0] - 1].surface in ("to", "for", "call", "with"):
        return False
    return any(
        (t.surface in _STUDY and k + 1 < len(ws) and ws[k + 1].surface in _ON_TOPIC)
        or t.surface in _STUDYING
        for k, t in enumerate(ws)
    )


#: The customer unable to travel: why a visit at home is asked for.
_HOUSEBOUND: Final = frozenset(
    ["housebound", "bedbound", "bedridden", "wheelchair", "immobile", "disabled", "mobility"]
)
_NO_LONGER: Final = frozenset(["longer", "dont", "cant", "cannot", "never", "not", "unable"])
_TRAVEL: Final = frozenset(["drive", "travel", "walk", "get", "leave"])


def cannot_come(toks: tuple[Token, ...]) -> bool:
    """The sentence gives the customer's own inability to travel ("as I no longer
    drive", "I'm housebound", "I can't get out much")."""
    for k, t in enumerate(toks):
        if t.surface in _HOUSEBOUND:
            return True
        if t.lemma in _TRAVEL and k > 0 and toks[k - 1].surface in _NO_LONGER:
            return True
        if t.lemma in _TRAVEL and k > 1 and toks[k - 2].surface in _NO_LONGER:
            return True  # "can't really drive", "no longer drive"
    return False


def home_visit_asked(toks: tuple[Token, ...], clause: Clause) -> bool:
    """A visit asked for with a modal, by someone who says they cannot travel ("As I no
    longer drive, would someone be able to visit me at home to discuss it?"): an
    accommodation asked, not a summons. Not when someone in charge is to come, or to
    account or apologise ("… would your manager come round and explain himself")."""
    ws = toks[clause.start : clause.end]
    if not any(t.surface in _ASK_MODALS for t in ws) or not cannot_come(toks):
        return False
    return not any(
        t.surface in _IN_CHARGE or t.lemma in _CONFRONT or t.surface in _CONFRONT for t in toks
    )

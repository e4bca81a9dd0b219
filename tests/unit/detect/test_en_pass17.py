"""English mechanisms behind a blind set's misses and false positives (the set's
mechanisms were described, never its lines; these are classes, not its sentences):

- contempt by sarcastic praise ("a masterclass in" failing), by asking what someone
  does besides taking up air, by a thing with a pulse ("a bot with a pulse"), by being
  told to delete or uninstall oneself, and by a sarcastic epithet as the address
  ("listen here, genius"; the milder "champ" only after a put-down opener);
- slang bodily harm as the cost of continued treatment; a plain first-person threat to
  wreck the premises ("I will smash your shop");
- legal proceedings in the formal register ("instructed to issue proceedings", "seek
  costs against", "of the date hereof");
- Indian English pressure: "do the needful today itself", "be ready to face the
  consequences" (pressure; a veiled threat only with no legal step in the message);
- disproportion told neutrally (a measured small fault, a demand far larger), all paid
  for years asked back, the whole bill comped as a condition;
- a detailed account on a professional network, bosses tagged; going live to tell;
- a body remark and the customer's number passed on; a posture sexualised; "make it
  up to me" with a wink;
- a staff member watched leaving by the staff door and a return announced; a badge
  photographed; a representative's home details asked formally;
- a name brought in by "called", demotion; "Mr X only"; "inform that lady she should
  be terminated";
- an apology dictated word for word; someone sent round; "look me in the eye";
- no excessive demand for compensation asked under published terms, or a bill that
  seems double the usual.

Every sentence here is written for these tests."""

from __future__ import annotations

from mamori.detect.content import LexiconDetector
from unit.detect.support import assert_clear, assert_fires, serious


def test_contempt_by_sarcasm_and_things_with_a_pulse(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "Wow, what a masterclass in incompetence from your support team",
            "honestly a masterclass in how to waste a customer's time, well done mate",
            "What exactly do you contribute here besides wasting air?",
            "bruh what do u even bring to the team besides taking up space",
            "Remind me what you bring to this company other than wasting oxygen",
            "talking to you is like talking to a bot with a pulse",
            "mate u are a toaster with a lanyard",
            "ur basically a chatbot with a heartbeat fr",
            "Do everyone a favour and delete yourself from this job",
            "pls uninstall yourself from customer service bro",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "Thanks for the masterclass webinar last week, it was really useful",
            "my watch is basically a robot with a heartbeat sensor",
            "Please delete my account and uninstall the app from my phone",
            "Please remove yourself from the mailing list by clicking the link",
            "What do you need from me besides the receipt?",
        ],
    )


def test_sarcastic_epithet_as_the_address(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "abusive_language",
        [
            "Listen here, genius, I already sent the receipt twice",
            "ok einstein, read my message again",
            "yeah right sherlock, as if I didn't try that",
            "Right champ, try reading the ticket this time",
            "Listen here sunshine, I'm not asking again",
        ],
    )
    assert_clear(
        detector,
        "abusive_language",
        [
            "The genius bar at the store fixed my phone",
            "thanks champ, sorted now",
            "Cheers chief, appreciate the help",
            "You're a genius, thank you so much for fixing it!",
            "Einstein is my cat's name, I ordered food for him",
        ],
    )


def test_epithet_beside_a_legal_threat_keeps_both(detector: LexiconDetector) -> None:
    for text in [
        "Listen here genius, see you in court",
        "Nice one genius, my lawyer will be in touch",
        "Keep it up einstein, I'm suing you",
    ]:
        found = serious(detector, text)
        assert {"abusive_language", "legal_threat"} <= found, text


def test_slang_harm_and_premises_wrecked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "violence_threat",
        [
            "keep messing me around and someone ends up with a broken nose",
            "keep playing me and somebody gets a busted lip, swear down",
            "Carry on treating me like this and one of your lads ends up with a bust nose",
            "I will burn your shop. I am serious. I have nothing to lose",
            "I will smash your shop window. I am serious.",
            "i will burn ur branch, i have nothing to lose",
            "Would be a real pity if something happened to your branch on Elm Street, I know when it's empty",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "The heater nearly burnt my shop down, please send an engineer",
            "I broke my nose last year and your insurance didn't pay",
            "If I carry on using it someone ends up with a broken wrist, the ladder is unsafe",
            "I will trash the old box, no need to send a return label",
            "we hit the shops yesterday and your branch was closed",
            "I will break the seal on the box when it arrives",
        ],
    )


def test_formal_legal_proceedings(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "legal_threat",
        [
            "Our solicitors have been instructed to commence proceedings against your company without further notice.",
            "Counsel has been instructed to issue proceedings and to seek costs against the employees concerned.",
            "Unless the sum is repaid within 7 days of the date hereof, proceedings will be issued without further notice.",
        ],
    )
    assert_clear(
        detector,
        "legal_threat",
        [
            "Our solicitors have been instructed to handle the conveyancing of the house",
            "Please find the invoice dated hereof attached for payment within 30 days",
        ],
    )


def test_indian_english_pressure(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "pressure_language",
        [
            "Kindly do the needful today itself otherwise be ready to face the consequences",
            "pls do needful today itself sir, already 3 times i have called",
            "Refund my money today itself or be ready to face the consequences in consumer forum",
        ],
    )
    assert_clear(
        detector,
        "violence_threat",
        [
            "Refund my money today itself or be ready to face the consequences in consumer forum",
            "Be ready to face the consequences, I am filing in consumer court tomorrow",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        ["Do what I say or face the consequences, I know where you live"],
    )
    assert_clear(
        detector,
        "pressure_language",
        [
            "Kindly do the needful and update the address, thank you",
            "I received the parcel today itself, thank you",
        ],
    )


def test_disproportion_told_neutrally(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "excessive_demand",
        [
            "My train was 40 minutes late, so I want the whole week's hotel refunded plus my travel",
            "The delivery slipped by two days. Refund the full order and cover my staff costs.",
            "The room wasn't ready for an hour, I expect free upgrades for a year",
            "The wifi dropped for an hour so I want lifetime gold status",
            "Refund every payment I've made since 2020",
            "I want back every penny I have paid since 2018",
            "I'll post this everywhere unless the entire stay is comped",
            "unless the whole bill is waived I am calling trading standards",
        ],
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "Your site says delays over three hours qualify for compensation, how do I claim?",
            "According to your charter, delays of more than 2 hours are eligible for a refund. How do I apply?",
            "My bill seems about double the usual, could someone look into it please?",
            "This month's invoice is nearly twice what I normally pay, can you check it?",
            "The app was down for 20 minutes, could you tell me when it will be back?",
            "Please send me a statement of every payment since 2020 for my tax return",
            "I paid the whole bill, is it refunded yet?",
        ],
    )


def test_professional_network_and_going_live(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "If this is not resolved I will publish a detailed account on LinkedIn and tag your CEO",
            "Unless I hear back by Friday, a detailed write-up goes on LinkedIn with your buyers tagged",
            "going live on insta rn to tell everybody how this company treated me",
            "im streaming on tiktok right now telling everyone how you lot treated me",
            "I'll post this everywhere unless the entire stay is comped",
        ],
    )
    assert_clear(
        detector,
        "online_defamation_threat",
        [
            "I'm going live on TikTok later for my cooking stream, can you confirm delivery by 5?",
            "I follow your CEO on LinkedIn and read a detailed account of the merger",
            "We went live on Instagram yesterday with your product and it worked great, thank you",
        ],
    )


def test_body_posture_and_make_it_up(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "The girl at the till has a great figure, pass my number on to her",
            "nice legs on the lady at reception, give her my number yeah",
            "Your engineer bent over the boiler the whole time, she should come back and bend over like that again",
            "I'll drop the complaint if she makes it up to me personally 😏",
            "I might withdraw the complaint if your agent makes it up to me, if you know what I mean",
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        [
            "Please pass my number to the engineer so he can call before arriving",
            "I'll drop the complaint if you make it up to me with a refund",
            "The engineer was bent over the boiler for two hours and still couldn't fix it",
            "Please pass my number to your lady in accounts so she can call about the invoice",
        ],
    )


def test_watched_photographed_and_formally_asked(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "I waited by the staff entrance and watched Sarah leave in her blue Corsa at 6. I'll be back tomorrow.",
            "Saw your girl Priya leave through the back door at half five, got in a red car. See you again soon.",
            "I took a photo of the cashier and her name badge",
            "got a pic of her name tag and her face lol",
            "Kindly provide the full legal name, residential address and personal telephone number of your "
            "representative Ms Okafor so that correspondence can be directed to her personally.",
        ],
    )
    assert_clear(
        detector,
        "privacy_intrusion",
        [
            "I saw the courier leave the parcel at the back door, I'll be back home at 6",
            "I waited at the back door for the delivery, I will be back tomorrow if it doesn't arrive",
            "Please update my home address, your representative said I should message here",
            "Please provide your registered office address so that correspondence can be directed to the company",
        ],
    )


def test_names_called_only_and_terminated(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "staff_naming",
        [
            "transfer to Mr Sharma only, I will not speak to other agents",
            "Please inform that lady Priyanka she should be terminated",
            "the mod called Jaxx banned me for nothing, he's getting demodded",
            "that admin named Kestrel is getting demoted, watch",
        ],
    )
    assert_clear(
        detector,
        "staff_naming",
        [
            "My dog called Rex got sick, the vet said he should be seen again",
            "The guy called Tom was really helpful, he fixed it straight away",
        ],
    )


def test_apology_dictated_and_sent_round(detector: LexiconDetector) -> None:
    assert_fires(
        detector,
        "apology_demand",
        [
            "Say it. Type 'I am sorry for wasting your time'. Exactly that or we are not moving on.",
            'type "I apologise, it was my fault" word for word or we\'re done here',
            'Write: "We are sorry." Those exact words, then we can continue.',
        ],
    )
    assert_clear(
        detector,
        "apology_demand",
        [
            "Type 'sorry' into the search box and it comes up with the song",
            "How do you say I am sorry in Hindi?",
        ],
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "Get someone from your office to come out to my farm and look me in the eye",
            "I want a manager out here at my house to look me in the eye and explain",
            "Send Dave round to fix it",
            "send your guy round to sort it tomorrow",
        ],
    )
    assert_clear(
        detector,
        "in_person_demand",
        [
            "Your engineer is coming round to fix it tomorrow, thanks",
            "Could you send the forms round to my accountant?",
            "Please send the replacement round to my house",
        ],
    )
    # a name summoned before "round" keeps its own code beside the visit
    assert {"in_person_demand", "staff_naming"} <= serious(
        detector, "Send that Bilal round to my flat, I want a word"
    )


def test_the_classes_across_registers(detector: LexiconDetector) -> None:
    """Gamer chat, Irish and Indian English, legalese, B2B, second-language English, emoji."""
    assert_fires(
        detector,
        "abusive_language",
        [
            "nah fam what u even do besides breathing air all day",
            "Truly a masterclass in failure from your account management team.",
            "ur literally an npc with a pulse",
            "go uninstall urself from this job lmao",
            "Listen here, einstein, I have told you three times",
            "good job genius, you closed my ticket again",
            "Okay genius 🙄 read it again",
            "ok sunshine, stop wasting my time",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "keep stringing me along and one of ye will end up with a broken jaw",
            "if u keep playin me somebody gonna get a busted lip",
            "I will burn your office, I have nothing to lose",
            "Shame if something unfortunate happened to your showroom, I know when it's locked up",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "Please be advised that our counsel will commence proceedings without further notice.",
            "We reserve the right to issue proceedings and seek costs against you.",
            "Absent payment within 14 days of the date hereof, we shall issue proceedings.",
        ],
    )
    assert_fires(
        detector,
        "pressure_language",
        [
            "Sir please do the needful by today itself, it is very urgent",
            "otherwise be prepared to face consequences, I will go to consumer court",
        ],
    )
    assert_fires(
        detector,
        "excessive_demand",
        [
            "The site was offline for 45 minutes. We expect 12 months of free licences for all seats.",
            "Closed for one afternoon and you want me to accept that? I want a year of free delivery.",
            "Our shipment slipped by 2 days, we require the full order free plus reimbursement of our staff overtime costs",
            "refund all my payments since 2019 or else",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "Failing resolution, a detailed account will be shared with my LinkedIn network, tagging your CEO and your key buyers.",
            "bout to go live on tiktok n show everyone how u lot treated me",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "ur receptionist looks hot in that uniform, give her my number",
            "the technician girl was on her knees under my sink, nice view 😏",
            "ok i'll drop it if she makes it up to me personally, wink wink",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "I watched her leave by the staff exit, she got into a silver car at 5.30. I will be back Friday.",
            "I have a photo of her and her name tag, thought you should know",
            "Please furnish the residential address and personal mobile number of your employee Mr Banerjee.",
        ],
    )
    assert_fires(
        detector,
        "staff_naming",
        [
            "the agent named Rohit must be terminated immediately",
            "kindly transfer my call to Mrs Iyer only",
        ],
    )
    assert_fires(
        detector, "apology_demand", ["repeat after me: I am sorry. word for word or no deal"]
    )
    assert_fires(
        detector,
        "in_person_demand",
        [
            "get your man round here to fix it today",
            "I want someone from head office to look me in the eye and explain this",
        ],
    )
    assert_clear(detector, "in_person_demand", ["The engineer will look at it tomorrow morning"])
    assert_clear(
        detector, "abusive_language", ["Genius idea from your team, the new app layout is great"]
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "The train was 40 minutes late; I'm entitled to a 25% refund under your charter, how do I claim?"
        ],
    )
    assert_clear(
        detector,
        "sexual_harassment",
        ["My daughter was bent over with stomach pain after eating your food"],
    )
    assert_clear(
        detector,
        "staff_naming",
        ["My colleague named Priya should be removed from the account as she left the company"],
    )


def test_the_classes_in_short_forms(detector: LexiconDetector) -> None:
    """Shorter and reordered forms of the same classes (written after the first draft)."""
    assert_fires(
        detector,
        "abusive_language",
        [
            "Absolute masterclass in uselessness, cheers for nothing",
            "what do you actually do here apart from waste oxygen",
            "you are a robot with a pulse",
            "delete urself from the payroll",
            "see you in court, genius",
            "Right, genius, explain it again",
        ],
    )
    assert_fires(
        detector,
        "violence_threat",
        [
            "It'd be a shame if anything happened to that branch of yours, I know what time it's empty",
            "keep mucking me about and someone's going home with a bust lip",
            "I will burn your shop. I have nothing to lose.",
        ],
    )
    assert_fires(
        detector,
        "legal_threat",
        [
            "Our solicitors are instructed to issue proceedings without further notice",
            "We will seek costs against your staff personally.",
        ],
    )
    assert_fires(detector, "pressure_language", ["Do the needful today itself."])
    assert_fires(
        detector,
        "excessive_demand",
        [
            "The outage lasted 15 minutes and I want 6 months free",
            "Your shop was closed one morning so I want a year of free coffee",
            "the flight was 40 min late, refund my whole holiday plus taxis",
        ],
    )
    assert_fires(
        detector,
        "online_defamation_threat",
        [
            "unless this is fixed, I'll be writing a detailed account on LinkedIn and tagging your CEO",
            "going live on ig rn, everyone's gonna see how you treated me",
        ],
    )
    assert_fires(
        detector,
        "sexual_harassment",
        [
            "she's got a great body, give her my number",
            "i'll let it go if she makes it up to me personally ;)",
        ],
    )
    assert_fires(
        detector,
        "privacy_intrusion",
        [
            "I watched Emma leave the staff entrance at 6 and get into her car. I'll be back.",
            "I took pictures of her and her name badge",
        ],
    )
    assert_fires(
        detector,
        "staff_naming",
        ["the guy called Marcus needs to be sacked", "I want Mr Patel only, transfer me"],
    )
    assert_fires(detector, "apology_demand", ['Type "I\'m sorry". Exactly that.'])
    assert_fires(detector, "in_person_demand", ["Send Kevin round to sort it"])
    assert_clear(
        detector, "staff_naming", ["I want Mr Patel to call me back about the quote please"]
    )
    assert_clear(
        detector,
        "excessive_demand",
        [
            "My holiday was cancelled by you, please refund my whole holiday",
            "I was charged for 2 nights but stayed one night, please refund the extra night",
        ],
    )

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind labelled test stream 2 for Mamori (2026 Q4). Standard library only, fixed seed.
Writes events.jsonl and labels.json next to this file. Text banks live in banks.py (same dir)."""
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
from banks import *  # noqa

SEED = 4242
rng = random.Random(SEED)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
LIMA = dt.timezone(dt.timedelta(hours=-5))
START, END = dt.date(2026, 10, 1), dt.date(2026, 12, 31)
CLOSED = {dt.date(2026, 10, 12), dt.date(2026, 11, 3), dt.date(2026, 11, 23),
          dt.date(2026, 12, 29), dt.date(2026, 12, 30), dt.date(2026, 12, 31)}
DAYS = [START + dt.timedelta(i) for i in range((END - START).days + 1)]
BIZ = [d for d in DAYS if d.weekday() < 5 and d not in CLOSED]
BIZSET = set(BIZ)
NONBIZ = [d for d in DAYS if d not in BIZSET]

CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat", "abusive_language",
           "legal_threat", "online_defamation_threat", "sexual_harassment", "privacy_intrusion", "staff_naming",
           "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL = CONTENT + STATEFUL

# ------------------------------------------------------------------ agents
AGENTS = {}
for i, (ja, kana, en) in enumerate(SURNAMES[:31]):
    AGENTS["op-%02d" % (i + 11)] = {"ja": ja, "kana": kana, "en": en}
AGENT_IDS = sorted(AGENTS)


def is_biz(t):
    tj = t.astimezone(JST)
    return tj.date() in BIZSET and 9 <= tj.hour < 18


def at(d, minute, sec=None):
    return dt.datetime(d.year, d.month, d.day, minute // 60, minute % 60,
                       rng.randint(0, 59) if sec is None else sec, tzinfo=JST)


def biz_time(d=None, lo=9 * 60 + 5, hi=17 * 60 + 30):
    return at(d or rng.choice(BIZ), rng.randint(lo, hi))


def off_time(overseas=False):
    """A time clearly outside support hours (JST); for the -05:00 customer: weekend in both zones."""
    if overseas:
        sats = [d for d in DAYS if d.weekday() == 5]
        d = rng.choice(sats)
        base = dt.datetime(d.year, d.month, d.day, 14, 0, tzinfo=JST)
        return base + dt.timedelta(minutes=rng.randint(0, 33 * 60))  # Sat 14:00 .. Sun 23:00 JST
    r = rng.random()
    if r < 0.45:  # weekday night
        d = rng.choice(DAYS)
        m = rng.choice([rng.randint(21 * 60, 23 * 60 + 55), rng.randint(0, 5 * 60 + 30)])
        return at(d, m)
    d = rng.choice(NONBIZ)
    return at(d, rng.randint(7 * 60, 23 * 60 + 50))


def fill(s, c, agent=None):
    ag = AGENTS[agent or c["target"]]
    return s.format(item=rng.choice(ITEMS_JA) if "{item}" in s and c["lang"] == "ja" else rng.choice(ITEMS_EN),
                    order=c["order"], date="%d月%d日" % (rng.randint(10, 12), rng.randint(1, 28)),
                    date2="%d月%d日" % (rng.randint(1, 9), rng.randint(1, 28)), date_en="Dec %d" % rng.randint(2, 20),
                    company=rng.choice(COMPANIES), model="MX-%d%s" % (rng.randint(100, 990), rng.choice("ABKZ")),
                    ja=ag["ja"], kana=ag["kana"], en=ag["en"])


def noise_ja(s):
    r = rng.random()
    if r < 0.08:
        s = s.replace("。", "｡")
    elif r < 0.14:
        s = s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    elif r < 0.2:
        s = s + rng.choice(["😤", "🙏", "💦", "!!", "…", "ｗ"])
    return s


# ------------------------------------------------------------------ customers
ids = rng.sample(range(10000, 99999), 600)
profiles = ["normal"] * 520 + ["legit_complainer"] * 50 + ["harasser"] * 30
rng.shuffle(profiles)
customers = []
for n, p in zip(ids, profiles):
    cid = "MC%05d" % n
    if p == "normal" and rng.random() < 0.05:
        cid = "guest:%s%d@example.jp" % (rng.choice(["hana", "kenji", "yuki", "taro", "mika", "sora"]), n % 1000)
    lang = "en" if rng.random() < 0.18 else "ja"
    customers.append({"id": cid, "profile": p, "lang": lang, "tz": JST, "behaviors": [],
                      "order": "MM-%07d" % rng.randint(1000000, 9999999),
                      "target": rng.choice(AGENT_IDS),
                      "name": ("%s %s" % (rng.choice(CUST_SEI), rng.choice(CUST_MEI))) if lang == "ja" else rng.choice(CUST_EN),
                      "style": rng.choice(["formal", "casual", "casual", "formal", "kansai", "typo"])})

# harasser behaviours: every code >= 4 customers, 1-3 per harasser
harassers = [c for c in customers if c["profile"] == "harasser"]
sizes = [3] * 10 + [2] * 12 + [1] * 8
remaining = {k: 4 for k in ALL}
for k in rng.sample(ALL, 2):
    remaining[k] += 1
for c, sz in zip(harassers, sizes):
    order = sorted(ALL, key=lambda k: (-remaining[k], rng.random()))
    pick = order[:sz]
    for k in pick:
        remaining[k] -= 1
    c["behaviors"] = sorted(pick, key=ALL.index)
assert all(v == 0 for v in remaining.values()), remaining
rng.shuffle(harassers)
# overseas (-05:00) customers: 4 normal, 1 legit, 1 harasser (one with off-hours if possible)
for c in [x for x in customers if x["profile"] == "normal"][:4] + \
         [x for x in customers if x["profile"] == "legit_complainer"][:1] + \
         sorted(harassers, key=lambda x: "off_hours_contact" not in x["behaviors"])[:1]:
    c["tz"], c["lang"] = LIMA, "en"
    c["name"] = rng.choice(["Diego Paredes", "Lucia Quispe", "Andrés Salazar", "Valeria Ríos", "Mateo Guzmán"])
for c in harassers:  # harassers' language: a few EN
    if c["tz"] is JST:
        c["lang"] = "en" if rng.random() < 0.2 else "ja"
        c["name"] = ("%s %s" % (rng.choice(CUST_SEI), rng.choice(CUST_MEI))) if c["lang"] == "ja" else rng.choice(CUST_EN)

# ------------------------------------------------------------------ event construction
events = []
labels = {}
counter = [0]


def hx(n=12):
    counter[0] += 1
    return hashlib.sha1(("%d-%d" % (SEED, counter[0])).encode()).hexdigest()[:n]


SOURCES = {"phone": ["pbx-tokyo", "pbx-tokyo", "pbx-osaka"], "email": ["mail-gw", "zendesk"], "chat": ["chat-widget", "line-oa"],
           "web_form": ["web-form"], "sns": ["x-dm", "instagram-dm", "x-mention"], "visit": ["store-shibuya", "store-umeda"]}


def make_id(ch, src):
    h = hx()
    if ch == "phone":
        return "%s:call:%s" % (src, h)
    if ch == "email":
        return "<%s.%s@mail.mamori.example>" % (h[:8], h[8:]) if src == "mail-gw" else "zd-%d" % int(h[:9], 16)
    if ch == "chat":
        return "chat_%s_%s" % (h[:6], h[6:])
    if ch == "web_form":
        return "WF-%s" % h.upper()[:10]
    if ch == "sns":
        return "sns/%d" % (1800000000000000000 + int(h, 16) % 10 ** 17)
    return "visit-%s-%s" % (src.split("-")[1], h[:8])


def emit(c, t, ch, text, codes=(), direction="inbound", agent="auto", duration=None, subject="auto",
         thread=None, src=None, lang="auto"):
    src = src or rng.choice(SOURCES[ch])
    ms = 0
    if ch in ("chat", "sns") or rng.random() < 0.12:
        ms = rng.randint(0, 999)
        t = t.replace(microsecond=ms * 1000)
    if agent == "auto":
        agent = rng.choice(AGENT_IDS) if (ch in ("phone", "chat", "visit") or rng.random() < 0.5) else None
    ev = {"event_id": make_id(ch, src), "_t": t, "_ms": ms, "_tz": c["tz"] if direction == "inbound" else JST,
          "channel": ch, "direction": direction, "customer_id": c["id"], "agent_id": agent}
    if ch in ("phone", "visit"):
        ev["duration_s"] = duration if duration is not None else rng.randint(90, 1400)
    elif rng.random() < 0.5:
        ev["duration_s"] = None
    if subject == "auto":
        subject = None
    if subject is not None or ch in ("email", "web_form", "phone"):
        ev["subject"] = subject
    ev["text"] = text
    ev["language"] = (c["lang"] if rng.random() < 0.9 else None) if lang == "auto" else lang
    ev["thread_id"] = thread
    ev["source"] = src
    events.append(ev)
    labels[ev["event_id"]] = sorted(set(codes), key=CONTENT.index)
    return ev


# ---- channel wrappers
LBL_JA = [("客: ", "担当: "), ("[お客様] ", "[オペレーター] "), ("お客様：", "オペ："), ("C: ", "A: "),
          ("Caller - ", "Agent - "), ("CUST> ", "OP> "), ("", "")]
LBL_EN = [("Customer: ", "Agent: "), ("Caller - ", "Rep - "), ("C: ", "A: "), ("[caller] ", "[agent] "), ("", "")]


def transcript(c, agent, cust_lines, sorry=False, agent_pool=None):
    ja = c["lang"] == "ja"
    lc, la = rng.choice(LBL_JA if ja else LBL_EN)
    ag = AGENTS[agent]
    out = []
    if rng.random() < 0.7:
        out.append(la + rng.choice(AGENT_GREET_JA if ja else AGENT_GREET_EN).format(ja=ag["ja"], en=ag["en"]))
    pool = agent_pool or ((AGENT_JA_SORRY if sorry else AGENT_JA) if ja else (AGENT_EN_SORRY if sorry else AGENT_EN))
    for i, l in enumerate(cust_lines):
        out.append(lc + l)
        if i < len(cust_lines) - 1 or rng.random() < 0.5:
            out.append(la + rng.choice(pool))
    if not lc and rng.random() < 0.5:  # raw ASR dump, no labels, one blob
        return " ".join(out)
    return "\n".join(out)


def email_body(c, body, quote=None):
    ja = c["lang"] == "ja"
    if ja:
        greet = rng.choice(["お世話になっております。", "ご担当者様", "サポートご担当者様\n\nいつもお世話になっております。", "", "こんにちは。"])
        close = rng.choice(["よろしくお願いいたします。", "以上です。", "", "よろしく。"])
        sei = c["name"].split()[0]
        sig = rng.choice(["--\n%s\n090-%04d-%04d" % (c["name"], rng.randint(0, 9999), rng.randint(0, 9999)),
                          sei, "iPhoneから送信", "━━━━━━━━━━\n%s\n%s\n━━━━━━━━━━" % (rng.choice(COMPANIES), c["name"]), ""])
    else:
        greet = rng.choice(["Hi,", "Hello support team,", "To whom it may concern,", "", "Hey"])
        close = rng.choice(["Thanks,", "Regards,", "", "Best,"])
        sig = rng.choice([c["name"].split()[0], "Sent from my iPhone", "--\n%s" % c["name"], ""])
    parts = [p for p in [greet, body, close, sig] if p]
    txt = "\n\n".join(parts)
    if quote:
        if ja:
            head = "%s サポートセンター <support@mamori.example>:" % rng.choice(["2026/10/%02d 11:02" % rng.randint(1, 28), "2026年11月%d日(火) 14:20" % rng.randint(1, 28)])
        else:
            head = "On %s, Mamori Support <support@mamori.example> wrote:" % rng.choice(["Tue, Nov 10, 2026 at 10:12 AM", "Oct 21, 2026"])
        txt += "\n\n" + head + "\n" + "\n".join("> " + q for q in quote.split("\n"))
    return txt


SUBJ_JA = ["お問い合わせ", "ご注文について", "質問です", "{order}について", "Re: ご注文の件", "交換について", "返品希望", "RE: RE: お問い合わせ", "【確認】配送", "Fwd: 注文確認"]
SUBJ_EN = ["Question", "Order {order}", "Re: your order", "Return request", "Help", "RE: Inquiry", "Delivery"]
FORM_JA = ["お問い合わせフォーム（商品について）", "お問い合わせフォーム（配送・お届け）", "お問い合わせフォーム（返品・交換）", "【Web】その他のお問い合わせ"]
FORM_EN = ["Inquiry form - Products", "Inquiry form - Shipping", "Inquiry form - Returns", "Web inquiry - Other"]


def contact(c, t, ch, lines, codes=(), duration=None, subject=None, sorry=False, reply=None, quote=None, agent="auto"):
    """lines: customer utterances (already filled). Wrap per channel, emit, maybe an outbound reply."""
    ja = c["lang"] == "ja"
    if agent == "auto":
        agent = rng.choice(AGENT_IDS)
    if ch == "phone":
        text = transcript(c, agent, lines, sorry)
        if not codes and rng.random() < 0.05:
            text = None  # transcript missing (ASR outage)
        return emit(c, t, ch, text, codes, agent=agent, duration=duration or rng.randint(90, 1400),
                    subject=None, thread=None, src="pbx-voicemail" if duration and duration < 200 and not is_biz(t) else None)
    if ch == "visit":
        if ja:
            text = rng.choice(["【来店記録】", "来店メモ：", "店頭対応："]) + " ".join(
                ("「%s」" % l) if codes else l for l in lines) + rng.choice(["", "（店長に報告済み）", " 対応者より。"])
        else:
            text = "Store visit note: " + " ".join('"%s"' % l for l in lines)
        return emit(c, t, ch, text, codes, agent=agent, duration=duration or rng.randint(300, 2400), subject=None)
    body = " ".join(lines) if ch != "email" else "\n".join(lines)
    thread = None
    if ch == "email":
        subj = subject or fill(rng.choice(SUBJ_JA if ja else SUBJ_EN), c)
        text = email_body(c, body, quote)
        thread = "th-" + hx(10)
    elif ch == "web_form":
        subj = subject or rng.choice(FORM_JA if ja else FORM_EN)
        text = body
        if rng.random() < 0.3:
            text = ("お名前：%s\n注文番号：%s\n内容：%s" % (c["name"], c["order"], body)) if ja else \
                   ("Name: %s\nOrder: %s\nMessage: %s" % (c["name"], c["order"], body))
        thread = "TKT-%06d" % rng.randint(100000, 999999)
    elif ch == "sns":
        subj = None
        text = (rng.choice(["@mamori_support ", "", ""]) + body)
    else:
        subj = None
        text = body
        thread = "chat-" + hx(8)
    ev = emit(c, t, ch, text, codes, agent=agent if ch == "chat" else "auto", subject=subj, thread=thread)
    if reply is None:
        reply = rng.random() < 0.45 and ch in ("email", "web_form", "sns")
    if reply:
        rt = t + dt.timedelta(minutes=rng.randint(25, 240))
        if not is_biz(rt):
            nxt = [d for d in BIZ if d > t.astimezone(JST).date()]
            if not nxt:
                return ev
            rt = biz_time(nxt[0], 9 * 60 + 20, 12 * 60)
        ra = rng.choice(AGENT_IDS)
        rtxt = fill(rng.choice(REPLY_JA if ja else REPLY_EN), c, ra)
        emit(c, rt, "email" if ch != "sns" else "sns", rtxt, (), direction="outbound", agent=ra,
             subject=("Re: " + subj) if subj else None, thread=thread, lang=c["lang"])
    return ev


def spaced_days(n, gap, pool=None):
    pool = pool or BIZ
    for _ in range(200):
        ds = sorted(rng.sample(pool, n))
        if all((b - a).days >= gap for a, b in zip(ds, ds[1:])):
            return ds
    return sorted(rng.sample(pool, n))


def pick_channel(w=None):
    w = w or {"phone": 30, "email": 25, "chat": 20, "web_form": 12, "sns": 7, "visit": 6}
    return rng.choices(list(w), list(w.values()))[0]


def style_ja(c, s):
    if c["style"] == "typo" and rng.random() < 0.5:
        s = s.replace("ください", rng.choice(["くだささい", "下さいい", "ください"])).replace("ありがとう", "ありがとぅ")
    return noise_ja(s)


# ------------------------------------------------------------------ normal customers
def benign_line(c, look=0.15):
    if c["lang"] == "ja":
        s = rng.choice(LOOKALIKE_JA if rng.random() < look else BENIGN_JA)
        return style_ja(c, fill(s, c, rng.choice(AGENT_IDS)))
    s = rng.choice(LOOKALIKE_EN if rng.random() < look else BENIGN_EN)
    s = fill(s, c, rng.choice(AGENT_IDS))
    return s if rng.random() > 0.15 else s.lower()


def gen_normal(c):
    n = rng.choices([1, 2, 3, 4, 5, 6, 8], [22, 25, 20, 14, 9, 6, 4])[0]
    days = spaced_days(n, 3)
    off_once = rng.random() < 0.12
    for i, d in enumerate(days):
        ch = pick_channel()
        if off_once and i == 0:
            ch = rng.choice(["email", "web_form"])
            if rng.random() < 0.7:
                wd = d if d.weekday() < 5 else BIZ[0]
                t = at(wd, rng.randint(18 * 60 + 20, 21 * 60 + 15))
            else:
                t = at(rng.choice([x for x in NONBIZ if x.weekday() == 5]), rng.randint(10 * 60, 16 * 60))
        else:
            t = biz_time(d)
        if ch == "chat":
            k = rng.choice([1, 1, 2, 2, 3])
            a = rng.choice(AGENT_IDS)
            for j in range(k):
                contact(c, t + dt.timedelta(seconds=j * rng.randint(40, 200)), "chat", [benign_line(c)], agent=a)
                if rng.random() < 0.5:
                    emit(c, t + dt.timedelta(seconds=j * 200 + 30), "chat",
                         fill(rng.choice(CHAT_AGENT_JA if c["lang"] == "ja" else CHAT_AGENT_EN), c, a),
                         direction="outbound", agent=a, thread="chat-" + hx(8))
            continue
        lines = [benign_line(c)]
        if ch == "phone":
            lines.append(rng.choice(CUST_CLOSE_JA if c["lang"] == "ja" else CUST_CLOSE_EN))
            dur = rng.randint(80, 1500)
        else:
            dur = None
        contact(c, t, ch, lines, duration=dur, quote=None)


# ------------------------------------------------------------------ legitimate complainers
def gen_legit(c):
    ja = c["lang"] == "ja"
    for d in spaced_days(rng.choice([0, 1, 1, 2]) or 1, 5)[: rng.choice([0, 1, 2])]:
        contact(c, biz_time(d), pick_channel(), [benign_line(c, 0.1)])
    d = rng.choice(BIZ)
    if rng.random() < 0.1:
        t1 = at(d, rng.randint(19 * 60, 21 * 60 + 30))  # one angry evening email
        ch1 = "email"
        d2 = next((x for x in BIZ if x > d), d)
        t2 = biz_time(d2, 9 * 60 + 10, 12 * 60)
    else:
        t1 = biz_time(d, 9 * 60 + 5, 13 * 60 + 30)
        ch1 = rng.choice(["phone", "phone", "email", "web_form", "chat"])
        t2 = t1 + dt.timedelta(minutes=rng.randint(60, 220))
    comp = fill(rng.choice(LEGIT_JA if ja else LEGIT_EN), c)
    if ja:
        comp = style_ja(c, comp)
    d1 = rng.randint(300, 1500)
    contact(c, t1, ch1, [comp] + ([rng.choice(CUST_CLOSE_JA if ja else CUST_CLOSE_EN)] if ch1 == "phone" else []),
            duration=d1, sorry=True, reply=(ch1 != "phone"))
    ch2 = rng.choice(["phone", "email", "chat", "web_form"])
    fol = fill(rng.choice(LEGIT_FOLLOW_JA if ja else LEGIT_FOLLOW_EN), c)
    contact(c, t2, ch2, [fol], duration=rng.randint(180, min(1700, 2900 - d1)), sorry=True,
            quote=fill(rng.choice(REPLY_JA if ja else REPLY_EN), c, rng.choice(AGENT_IDS)) if ch2 == "email" else None)
    if ch1 == "phone" and rng.random() < 0.6:  # outbound callback
        emit(c, t2 + dt.timedelta(minutes=rng.randint(20, 90)), "phone",
             transcript(c, rng.choice(AGENT_IDS), [rng.choice(CUST_CLOSE_JA if ja else CUST_CLOSE_EN)], True),
             direction="outbound", duration=rng.randint(60, 400))
    if rng.random() < 0.6:
        later = [x for x in BIZ if (x - d).days >= 5]
        if later:
            contact(c, biz_time(rng.choice(later[:20])), rng.choice(["email", "chat", "web_form", "phone"]),
                    [fill(rng.choice(THANKS_JA if ja else THANKS_EN), c)])


# ------------------------------------------------------------------ harassers
def cue(c, code):
    ja_bank, en_bank = CUES[code]
    s = rng.choice(ja_bank if c["lang"] == "ja" else en_bank)
    c.setdefault("_used", set())
    for _ in range(6):  # prefer unused phrasing for variety
        if s not in c["_used"]:
            break
        s = rng.choice(ja_bank if c["lang"] == "ja" else en_bank)
    c["_used"].add(s)
    return fill(s, c)


def harass_lines(c, codes):
    ja = c["lang"] == "ja"
    lines = [fill(rng.choice(HOPEN_JA if ja else HOPEN_EN), c)]
    for k in codes:
        lines.append(cue(c, k))
    cl = rng.choice(HCLOSE_JA if ja else HCLOSE_EN)
    if cl:
        lines.append(cl)
    return lines


def gen_harasser(c):
    b = set(c["behaviors"])
    content = [k for k in c["behaviors"] if k in CONTENT]
    ja = c["lang"] == "ja"
    off = "off_hours_contact" in b
    ovs = c["tz"] is LIMA
    long_ok = "prolonged_contact" in b

    def when(prefer_off=0.6, d=None):
        if off and rng.random() < prefer_off:
            if ovs or d is None:
                return off_time(ovs)
            return at(d, rng.randint(21 * 60, 23 * 60 + 55))  # the night of that day
        return biz_time(d)

    def some_content(p=0.5):
        if not content or rng.random() > p:
            return []
        return rng.sample(content, 1 if len(content) == 1 or rng.random() < 0.7 else 2)

    def dur_short():
        return rng.randint(150, 1500)

    # benign first contacts
    for d in spaced_days(rng.choice([1, 2]), 10):
        contact(c, biz_time(d), pick_channel(), [benign_line(c, 0.0)])

    # content episodes (spaced, different incidents)
    if content:
        plan = []
        for k in content:
            plan += [k] * rng.randint(3, 5)
        rng.shuffle(plan)
        n = max(4, (len(plan) + 1) // 2 + 1)
        days = spaced_days(min(n, 12), 6 if "repetition" not in b else 2)
        i = 0
        for d in days:
            ks = plan[i:i + rng.choice([1, 1, 2])] or [rng.choice(content)]
            i += len(ks)
            ks = list(dict.fromkeys(ks))
            t = when(0.6, d)
            ch = pick_channel({"phone": 35, "email": 20, "chat": 15, "web_form": 10, "sns": 12, "visit": 8})
            if not is_biz(t) and ch in ("phone", "visit"):
                ch = "email"
            if "sexual_harassment" in ks or "privacy_intrusion" in ks:
                ch = rng.choice(["phone", "phone", "chat", "visit", ch])
                if not is_biz(t):
                    ch = "chat"
            ln = harass_lines(c, ks)
            if ch == "email" and ja:
                ln = [noise_ja(x) for x in ln]
            contact(c, t, ch, ln, ks, duration=dur_short(), agent=c["target"] if "staff_naming" in ks and rng.random() < 0.3 else "auto",
                    subject=("【至急】" if not is_biz(t) else "") + fill(rng.choice(SUBJ_JA if ja else SUBJ_EN), c) if ch == "email" else None)
        while i < len(plan):  # leftovers
            ks = [plan[i]]
            i += 1
            t = when(0.5, rng.choice(BIZ))
            contact(c, t, rng.choice(["email", "web_form", "sns", "chat"]), harass_lines(c, ks), ks)

    # repetition: same demand, reworded, across channels, within a few days
    if "repetition" in b:
        ja_v, en_v = rng.choice(REP_SETS)
        for ep in range(rng.choice([1, 2, 2])):
            start = rng.choice(BIZ[5:-10])
            span = [d for d in BIZ if 0 <= (d - start).days <= rng.randint(2, 4)]
            n = rng.randint(4, 6)
            variants = rng.sample(ja_v if ja else en_v, min(n, len(ja_v if ja else en_v)))
            for j in range(n):
                v = variants[j % len(variants)]
                pre = rng.choice(REP_PREFIX_JA if ja else REP_PREFIX_EN)
                v = fill(pre + v, c)
                extra = some_content(0.35)
                lines = [v] + [cue(c, k) for k in extra]
                d = span[min(j * len(span) // n, len(span) - 1)]
                t = when(0.4, d)
                ch = rng.choice(["phone", "email", "chat", "web_form", "sns"])
                if not is_biz(t) and ch == "phone":
                    ch = "web_form"
                contact(c, t, ch, lines, extra, duration=rng.randint(150, 900),
                        reply=(ch != "phone"), quote=fill(rng.choice(REPLY_JA[-2:] if ja else REPLY_EN[-2:]), c, rng.choice(AGENT_IDS)) if ch == "email" else None)

    # prolonged contact
    if long_ok:
        for occ in range(rng.randint(2, 3)):
            d = rng.choice(BIZ)
            extra = some_content(0.7)
            if rng.random() < 0.6:
                k = rng.randint(6, 11)
                lines = [fill(rng.choice(HOPEN_JA if ja else HOPEN_EN), c)] + \
                        [fill(x, c) for x in rng.sample(LONG_CUST_JA if ja else LONG_CUST_EN, min(k, 8))] + \
                        [cue(c, kk) for kk in extra]
                ch = "phone" if rng.random() < 0.75 else "visit"
                dur = rng.randint(3700, 8400)
                t = biz_time(d, 9 * 60 + 15, 13 * 60)
                if ch == "phone":
                    text = transcript(c, c["target"], lines, agent_pool=LONG_AGENT_JA if ja else LONG_AGENT_EN)
                    emit(c, t, "phone", text, extra, agent=c["target"], duration=dur, subject=None)
                else:
                    contact(c, t, "visit", lines, extra, duration=dur)
            else:  # several calls on one day, adding up well over an hour
                t = biz_time(d, 9 * 60 + 10, 9 * 60 + 50)
                for j in range(rng.randint(3, 5)):
                    dur = rng.randint(1500, 2700)
                    kk = extra if j == 0 else []
                    lines = [fill(x, c) for x in rng.sample(LONG_CUST_JA if ja else LONG_CUST_EN, 4)] + [cue(c, x) for x in kk]
                    emit(c, t, "phone", transcript(c, rng.choice(AGENT_IDS), lines,
                                                   agent_pool=LONG_AGENT_JA if ja else LONG_AGENT_EN),
                         kk, duration=dur, subject=None)
                    t = t + dt.timedelta(seconds=dur + rng.randint(300, 1500))

    # contact flood
    if "contact_flood" in b:
        for burst in range(rng.randint(1, 3)):
            n = rng.randint(10, 30)
            span_min = rng.randint(40, 110)
            t0 = off_time(ovs) if off and rng.random() < 0.5 else biz_time(None, 9 * 60 + 10, 15 * 60 + 20)
            ch = rng.choices(["chat", "sns", "email"], [60, 25, 15])[0]
            offs = sorted(rng.sample(range(span_min * 60), n))
            offs[0] = 0
            pool = FLOOD_JA if ja else FLOOD_EN
            msgs = rng.sample(pool, min(n, len(pool)))
            thread = "chat-" + hx(8)
            for j, o in enumerate(offs):
                m = msgs[j % len(msgs)]
                if j >= len(msgs):
                    m = m + rng.choice(["!", "！", "??", " ", "。"])
                if j == 0:
                    m = fill(rng.choice(FLOOD_OPEN_JA if ja else FLOOD_OPEN_EN), c)
                codes = []
                if content and rng.random() < 0.2:
                    k = rng.choice(content)
                    m = m + " " + cue(c, k)
                    codes = [k]
                subj = None
                if ch == "email":
                    subj = (fill(rng.choice(SUBJ_JA if ja else SUBJ_EN), c) + (" (%d)" % (j + 1) if j else ""))
                emit(c, t0 + dt.timedelta(seconds=o), ch, m, codes, agent=None, subject=subj,
                     thread=thread if ch != "sns" else None)

    # off-hours habit
    if off:
        n = rng.randint(10, 18)
        for j in range(n):
            t = off_time(ovs)
            ch = rng.choice(["email", "web_form", "chat", "sns", "phone"])
            s = fill(rng.choice(OFF_JA if ja else OFF_EN), c)
            if ja:
                s = style_ja(c, s)
            extra = some_content(0.3)
            lines = [s] + [cue(c, k) for k in extra]
            if ch == "phone":  # after-hours voicemail
                emit(c, t, "phone", rng.choice(["【留守番電話】", "[voicemail] ", "VM: "]) + " ".join(lines), extra,
                     agent=None, duration=rng.randint(25, 170), subject=None, src="pbx-voicemail")
            else:
                contact(c, t, ch, lines, extra,
                        subject=(("【至急】" if ja else "URGENT: ") + fill(rng.choice(SUBJ_JA if ja else SUBJ_EN), c)))


for c in customers:
    {"normal": gen_normal, "legit_complainer": gen_legit, "harasser": gen_harasser}[c["profile"]](c)

# ------------------------------------------------------------------ serialise
def stamp(ev):
    t, ms, tz = ev["_t"], ev["_ms"], ev["_tz"]
    if tz is LIMA:
        mode = "-05:00"
    else:
        src = ev["source"]
        p = rng.random()
        if src in ("mail-gw", "x-dm", "instagram-dm", "x-mention"):
            mode = "Z" if p < 0.8 else "+09:00"
        else:
            mode = "+09:00" if p < 0.85 else "Z"
    z = UTC if mode == "Z" else (LIMA if mode == "-05:00" else JST)
    s = t.astimezone(z).strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % ms
    return s + ("Z" if mode == "Z" else mode)


events.sort(key=lambda e: (e["_t"], e["event_id"]))
seen = set()
with open(os.path.join(OUT, "events.jsonl"), "w", encoding="utf-8") as f:
    for ev in events:
        assert ev["event_id"] not in seen
        seen.add(ev["event_id"])
        out = {"event_id": ev["event_id"], "occurred_at": stamp(ev)}
        out.update({k: v for k, v in ev.items() if not k.startswith("_") and k not in out})
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

# customer behaviours: content codes only if actually present in their labelled events
present = {}
for ev in events:
    for k in labels[ev["event_id"]]:
        present.setdefault(ev["customer_id"], set()).add(k)
cust_out = {}
for c in customers:
    beh = [k for k in c["behaviors"] if k in STATEFUL or k in present.get(c["id"], set())]
    assert beh == c["behaviors"], (c["id"], c["behaviors"], present.get(c["id"]))
    cust_out[c["id"]] = {"profile": c["profile"], "behaviors": beh}

prof_counts = {p: sum(1 for c in customers if c["profile"] == p) for p in ["normal", "legit_complainer", "harasser"]}
meta = {
    "seed": SEED, "customers": len(customers), "start": str(START), "end": str(END),
    "counts": {
        "events": len(events),
        "events_with_content_label": sum(1 for v in labels.values() if v),
        "profiles": prof_counts,
        "customers_per_code": {k: sum(1 for c in customers if k in c["behaviors"]) for k in ALL},
        "events_per_content_code": {k: sum(1 for v in labels.values() if k in v) for k in CONTENT},
    },
    "calendar": {"timezone": "Asia/Tokyo", "weekdays": "Mon-Fri", "hours": "09:00-18:00",
                 "closed_days_in_range": sorted(str(d) for d in CLOSED)},
    "agents": AGENTS,
}
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump({"events": {e["event_id"]: labels[e["event_id"]] for e in events}, "customers": cust_out, "meta": meta},
              f, ensure_ascii=False, indent=1)
print(json.dumps(meta["counts"], ensure_ascii=False, indent=1))

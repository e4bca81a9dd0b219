#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""stream9: blind labelled contact-event stream, 2027 Q2, multi-business contact centre.

usage: python3 gen.py OUTDIR   -> OUTDIR/events.jsonl, OUTDIR/labels.json
Standard library only; fixed seed 9393; byte-identical across runs.
"""
import sys, os, json, random, hashlib, datetime as dt
from collections import defaultdict, Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from banks import *  # noqa

SEED = 9393
R = random.Random(SEED)
JST = dt.timezone(dt.timedelta(hours=9), "JST")
UTC = dt.timezone.utc
START = dt.datetime(2027, 4, 1, tzinfo=JST)
END = dt.datetime(2027, 7, 1, tzinfo=JST)
HOLIDAYS = {dt.date(2027, 4, 29), dt.date(2027, 5, 3), dt.date(2027, 5, 4), dt.date(2027, 5, 5)}
CONTENT = ["excessive_demand", "apology_demand", "in_person_demand", "violence_threat", "abusive_language", "legal_threat",
           "online_defamation_threat", "sexual_harassment", "privacy_intrusion", "staff_naming", "pressure_language"]
STATEFUL = ["repetition", "off_hours_contact", "contact_flood", "prolonged_contact"]
ALL = CONTENT + STATEFUL

# thresholds (documented in labels meta)
REP_MIN, REP_WINDOW_D, REP_MIN_DAYS = 4, 7, 3
FLOOD_MIN, FLOOD_WINDOW_MIN = 6, 60
PROL_SINGLE, PROL_DAY = 3600, 7200
OFFH_MIN, OFFH_URGENT_MIN = 4, 2

N_CUST = 400
N_HARASS = 66
N_LEGIT = 46


def in_hours(t):
    t = t.astimezone(JST)
    return t.weekday() < 5 and t.date() not in HOLIDAYS and 9 <= t.hour < 18


DAYS = [START.date() + dt.timedelta(days=i) for i in range((END.date() - START.date()).days)]
WORKDAYS = [d for d in DAYS if d.weekday() < 5 and d not in HOLIDAYS]
OFFDAYS = [d for d in DAYS if d not in WORKDAYS]


def at(d, h, m, s=0):
    return dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=JST)


def t_in_hours(d=None):
    d = d or R.choice(WORKDAYS)
    return at(d, R.randint(9, 17), R.randint(0, 59), R.randint(0, 59))


def t_off_hours():
    if R.random() < 0.45:
        d = R.choice(OFFDAYS)
        return at(d, R.choice([0, 1, 2, 6, 7, 8, 10, 13, 15, 19, 21, 22, 23]), R.randint(0, 59), R.randint(0, 59))
    d = R.choice(WORKDAYS)
    h = R.choice([18, 19, 20, 21, 22, 23, 0, 1, 2, 5, 6, 7, 8])
    m = R.randint(0 if h != 18 else 20, 59)
    return at(d, h, m, R.randint(0, 59))


# ------------------------------------------------------------------ text utilities
ROMA = {"佐々木": "Sasaki", "大野": "Ono", "松田": "Matsuda", "今井": "Imai", "原田": "Harada", "北村": "Kitamura", "高橋": "Takahashi",
        "森": "Mori", "青木": "Aoki", "石田": "Ishida", "田中": "Tanaka", "藤井": "Fujii", "岡本": "Okamoto", "小島": "Kojima", "中島": "Nakajima",
        "上田": "Ueda", "村井": "Murai", "吉川": "Yoshikawa", "野口": "Noguchi", "菊地": "Kikuchi", "山口": "Yamaguchi", "荒木": "Araki"}
KANJI = {"Kimura": "木村", "Ogawa": "小川", "Hayashi": "林", "Nishida": "西田", "Sakai": "酒井", "Matsumoto": "松本", "Arai": "新井",
         "Kondo": "近藤", "Ueno": "上野", "Sugimoto": "杉本"}


def disp(name, lang):
    return ROMA.get(name, name) if lang == "en" else KANJI.get(name, name)


def fill(s, c):
    return s.replace("{staff}", disp(c["staff_target"], c["lang"])).replace("{biz}", c["bizname"]).replace("{name}", c["name"])


def typo_en(s):
    r = R.random()
    if r < 0.18:
        s = s.lower()
    elif r < 0.26:
        s = s.replace("'", "")
    if R.random() < 0.3:
        words = s.split(" ")
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = R.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        s = " ".join(words)
    if R.random() < 0.1:
        s = s.replace(". ", "  ")
    return s


def style_ja(s):
    r = R.random()
    if r < 0.12:
        s = s.replace("。", "｡").replace("、", "､")
    elif r < 0.22:
        s = s.replace("？", "?").replace("！", "!")
    elif r < 0.30:
        s = s.replace("。", "…", 1)
    if R.random() < 0.06:
        s = s + R.choice(["😡", "💢", "🙏", "😅", "！！"])
    return s


def fmt_ts(t, source):
    r = R.random()
    if source.startswith(("mail", "zendesk", "aoba-mail", "sakura-mail", "lgwan", "nebula-help")) and r < 0.7:
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if "chat" in source and r < 0.6:
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+09:00" % R.randint(0, 999)
    if r < 0.12:
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R.randint(0, 999)
    return t.strftime("%Y-%m-%dT%H:%M:%S+09:00")


def transcript(c, cust_lines, long=False):
    ja = c["lang"] == "ja"
    cl, al = R.choice(TRANSCRIPT_LABELS_JA if ja else TRANSCRIPT_LABELS_EN)
    sep = R.choice([": ", "：", "> ", " - "]) if ja else R.choice([": ", ": ", " > "])
    ag = AGENT_LINES_JA if ja else AGENT_LINES_EN
    out = []
    if R.random() < 0.7:
        out.append(al + sep + fill(ag[0], dict(c, staff_target=c["agent_name"])))
    for i, ln in enumerate(cust_lines):
        out.append(cl + sep + ln)
        if R.random() < (0.85 if long else 0.6) and i < len(cust_lines) - 1 or (i == len(cust_lines) - 1 and R.random() < 0.35):
            out.append(al + sep + R.choice(ag[1:]))
    return "\n".join(out)


def wrap_written(c, channel, sentences, polite_middle=False):
    """Build email/web_form/chat/sns body from sentences."""
    ja = c["lang"] == "ja"
    if channel == "email":
        g = fill(R.choice(GREET_MAIL_JA if ja else GREET_MAIL_EN), c)
        s = fill(R.choice(SIGN_MAIL_JA if ja else SIGN_MAIL_EN), c)
        body = list(sentences)
        if polite_middle:
            pad = POLITE_PAD_JA if ja else POLITE_PAD_EN
            pre = R.sample(pad, 2)
            body = [pre[0], body[0], pre[1]] + body[1:] + [R.choice([x for x in pad if x not in pre])]
        joiner = "" if ja and R.random() < 0.5 else ("\n" if R.random() < 0.5 else " ")
        paras = [joiner.join(body[i:i + 2]) for i in range(0, len(body), 2)]
        return "\n\n".join(p for p in [g] + paras + [s] if p)
    if channel in ("chat", "sns"):
        j = "" if ja else " "
        if R.random() < 0.4 and len(sentences) > 1:
            return "\n".join(sentences)
        return j.join(sentences)
    return ("" if ja else " ").join(sentences)


def subj(c, channel, heat=False):
    ja = c["lang"] == "ja"
    base = R.choice(SUBJ_JA[c["biz"]] if ja else SUBJ_EN[c["biz"]])
    if channel == "web_form":
        return ("お問い合わせフォーム：" if ja else "Contact form: ") + base
    if channel == "email":
        if heat and R.random() < 0.4:
            base = ("【重要】" if ja else "IMPORTANT: ") + base
        return base
    return None


# ------------------------------------------------------------------ customers
def make_customers():
    bizs = list(BIZ_WEIGHTS)
    w = [BIZ_WEIGHTS[b] for b in bizs]
    profiles = ["harasser"] * N_HARASS + ["legit_complainer"] * N_LEGIT + ["normal"] * (N_CUST - N_HARASS - N_LEGIT)
    R.shuffle(profiles)
    custs = []
    used = set()
    for i, p in enumerate(profiles):
        b = R.choices(bizs, w)[0]
        ja = R.random() < 0.60
        pre = BUSINESSES[b][2]
        while True:
            if b == "mobile":
                cid = "HM-0%d0-%04d-%04d" % (R.choice([7, 8, 9]), R.randint(0, 9999), R.randint(0, 9999))
            elif b == "city":
                cid = pre + "%07d" % R.randint(0, 9999999)
            else:
                cid = pre + "%06d" % R.randint(0, 999999)
            if cid not in used:
                used.add(cid)
                break
        staff = STAFF[b]
        custs.append(dict(id=cid, biz=b, lang="ja" if ja else "en", profile=p, plan=[],
                          bizname=BUSINESSES[b][0] if ja else BUSINESSES[b][1],
                          name=R.choice(NAMES_JA if ja else NAMES_EN),
                          staff_target=R.choice(staff), agent_name=R.choice(staff),
                          src=BUSINESSES[b][3]))
    # assign harassment behaviours: each code at least 6 planned customers
    hs = [c for c in custs if c["profile"] == "harasser"]
    slots = CONTENT * 9 + STATEFUL * 8
    R.shuffle(slots)
    for i, code in enumerate(slots):
        c = hs[i % len(hs)]
        if code not in c["plan"]:
            c["plan"].append(code)
    for c in hs:
        if R.random() < 0.4:
            extra = R.choice(CONTENT)
            if extra not in c["plan"]:
                c["plan"].append(extra)
        if "sexual_harassment" in c["plan"] or "privacy_intrusion" in c["plan"]:
            pass
    return custs


# ------------------------------------------------------------------ event construction
EVENTS = []
CODES = {}
TEXTS_SEEN = set()
_ctr = [0]


def eid(c):
    _ctr[0] += 1
    h = hashlib.sha256(("%d|%d|%s" % (SEED, _ctr[0], c["id"])).encode()).hexdigest()
    return "ce9-" + h[:18]


def agent_id(c):
    b = c["biz"]
    return "%s-op%02d" % (b, STAFF[b].index(c["agent_name"]) + 1)


def add_event(c, t, channel, text, codes=(), direction="inbound", duration=None, subject=None, thread=None, meta=None):
    src = c["src"][channel]
    if channel == "phone" and R.random() < 0.2:
        src = "pbx-osaka-overflow"
    ev = {"event_id": eid(c), "occurred_at": fmt_ts(t, src), "channel": channel, "direction": direction,
          "customer_id": c["id"], "agent_id": None if (direction == "inbound" and channel in ("sns", "web_form") and R.random() < 0.5) else agent_id(c)}
    if channel == "phone":
        ev["duration_s"] = duration
    elif channel == "email" or R.random() < 0.3:
        ev["duration_s"] = None
    if channel in ("email", "web_form") or R.random() < 0.3:
        ev["subject"] = subject
    ev["text"] = text
    ev["language"] = None if R.random() < 0.07 else c["lang"]
    ev["thread_id"] = thread
    ev["source"] = src
    rec = dict(ev=ev, t=t, cust=c, codes=sorted(set(codes)), meta=meta or {})
    EVENTS.append(rec)
    c["agent_name"] = R.choice(STAFF[c["biz"]])  # next contact may reach another agent
    return rec


def pick_channel(weights=None):
    ch = ["phone", "email", "chat", "web_form", "sns"]
    return R.choices(ch, weights or [34, 26, 20, 12, 8])[0]


def phone_dur(lo=60, hi=1500):
    return R.randint(lo, hi)


def build_text(c, channel, sents, polite_middle=False, long=False):
    if channel == "phone":
        return transcript(c, sents, long=long)
    return wrap_written(c, channel, sents, polite_middle)


def xform(c, s):
    return style_ja(s) if c["lang"] == "ja" else typo_en(s)


def normal_events(c):
    ja = c["lang"] == "ja"
    n = R.choices([1, 2, 3, 4, 5], [30, 34, 21, 10, 5])[0]
    offh = 0
    for _ in range(n):
        ch = pick_channel()
        if ch in ("email", "web_form", "sns", "chat") and offh < 2 and R.random() < 0.12:
            t = t_off_hours(); offh += 1
        else:
            t = t_in_hours()
        q = fill(R.choice(NORMAL_JA[c["biz"]] if ja else NORMAL_EN[c["biz"]]), c)
        sents = [xform(c, q)]
        if ch in ("phone", "chat") and R.random() < 0.5:
            sents.append(fill(R.choice(THANKS_JA if ja else THANKS_EN), c))
        thread = ("th-%08x" % R.getrandbits(32)) if ch == "email" else (("TKT-%06d" % R.randint(0, 999999)) if ch == "web_form" else None)
        su = subj(c, ch)
        add_event(c, t, ch, build_text(c, ch, sents), duration=phone_dur(40, 1300) if ch == "phone" else None, subject=su, thread=thread)
        maybe_reply(c, t, ch, su, thread)


def next_work_time(t, min_h=1, max_h=30):
    for _ in range(200):
        u = t + dt.timedelta(minutes=R.randint(min_h * 60, max_h * 60))
        if in_hours(u) and u < END:
            return u
    return None


def maybe_reply(c, t, ch, su, thread, p=0.3):
    if R.random() >= p:
        return
    u = next_work_time(t)
    if not u:
        return
    ja = c["lang"] == "ja"
    och = "email" if ch in ("email", "web_form") else ("phone" if ch == "phone" and R.random() < 0.5 else "email")
    if och == "phone":
        txt = transcript(c, [R.choice(["はい。", "わかりました。", "そうですか。"]) if ja else R.choice(["Okay.", "Right.", "I see."])])
        add_event(c, u, "phone", txt, direction="outbound", duration=phone_dur(60, 600))
    else:
        add_event(c, u, "email", R.choice(OUTBOUND_JA if ja else OUTBOUND_EN), direction="outbound",
                  subject=("Re: " + su) if su else None, thread=thread)


def spaced_times(n, min_gap_days, in_hours_only=True):
    for _ in range(500):
        ts = sorted(t_in_hours() for _ in range(n))
        if all((ts[i + 1] - ts[i]).total_seconds() >= min_gap_days * 86400 for i in range(n - 1)):
            return ts
    # fall back: evenly spread
    step = len(WORKDAYS) // (n + 1)
    return [t_in_hours(WORKDAYS[(i + 1) * step]) for i in range(n)]


def legit_events(c):
    ja = c["lang"] == "ja"
    g = fill(R.choice(GRIEV_JA[c["biz"]] if ja else GRIEV_EN[c["biz"]]), c)
    n = R.randint(2, 5)
    ts = spaced_times(n, 2.6)
    thread = "th-%08x" % R.getrandbits(32)
    for k, t in enumerate(ts):
        ch = pick_channel([34, 34, 16, 10, 6])
        ask = fill(R.choice((LEGIT_ASK_JA[2:6] + LEGIT_ASK_JA[9:] + LEGIT_SPEC_JA[c["biz"]] * 2) if ja else
                            (LEGIT_ASK_EN[2:5] + LEGIT_ASK_EN[7:] + LEGIT_SPEC_EN[c["biz"]] * 2)), c)
        emo = [fill(e, c) for e in R.sample(LEGIT_EMO_JA if ja else LEGIT_EMO_EN, R.randint(1, 2))]
        sents = [xform(c, g if k == 0 else (("先日の件ですが、" + g) if ja else ("Following up: " + g)))] + [xform(c, e) for e in emo] + [xform(c, ask)]
        if R.random() < 0.3 and t.hour < 17 and ch in ("email", "chat"):
            sents.append("明日出張なので、できれば今日中に返事がほしいです。" if ja else "I'm travelling tomorrow, so a reply today would really help.")
        su = subj(c, ch, heat=True)
        add_event(c, t, ch, build_text(c, ch, sents, polite_middle=(ch == "email" and R.random() < 0.4)),
                  duration=phone_dur(300, 2700) if ch == "phone" else None, subject=su, thread=thread if ch == "email" else None,
                  meta={"demand": "legit"})
        maybe_reply(c, t, ch, su, thread, p=0.5)


def biz_ok(c, lst):
    """sentences tagged [biz] only for that business; the tag is stripped"""
    out = []
    for x in lst:
        if x.startswith("["):
            b, x = x[1:].split("]", 1)
            if b != c["biz"]:
                continue
        out.append(x)
    return out


def code_sentence(c, code):
    ja = c["lang"] == "ja"
    return xform(c, fill(R.choice(biz_ok(c, CODE_JA[code] if ja else CODE_EN[code])), c))


def unique_text(gen):
    for _ in range(60):
        txt = gen()
        if txt not in TEXTS_SEEN:
            TEXTS_SEEN.add(txt)
            return txt
    raise RuntimeError("could not make distinct text")


def harasser_events(c):
    ja = c["lang"] == "ja"
    plan = c["plan"]
    content = [x for x in plan if x in CONTENT]
    griev = GRIEV_JA[c["biz"]] if ja else GRIEV_EN[c["biz"]]
    g0 = fill(R.choice(griev), c)
    offh = "off_hours_contact" in plan
    # --- content-bearing contacts: every planned content code appears; naming/pressure at least twice (habitual)
    need = []
    for code in content:
        need += [code] * (2 if code in ("staff_naming", "pressure_language") else 1)
    R.shuffle(need)
    n_events = max(2, min(6, (len(need) + 1) // 2 + R.randint(0, 1))) if content else R.randint(1, 3)
    buckets = [[] for _ in range(n_events)]
    for i, code in enumerate(need):
        k = i % n_events
        if code in buckets[k]:
            k = (k + 1) % n_events
        buckets[k].append(code)
    ts = spaced_times(n_events, 2.5)
    if offh:
        ts = [at(t.date(), R.choice([19, 20, 21, 22, 23]), R.randint(0, 59), R.randint(0, 59)) if R.random() < 0.5 else t for t in ts]
    base_ch_w = [40, 26, 16, 10, 8]
    for t, codes in zip(ts, buckets):
        codes = sorted(set(codes))
        ch = pick_channel(base_ch_w)
        if "sexual_harassment" in codes and R.random() < 0.7:
            ch = "phone"

        def gen():
            sents = [xform(c, R.choice([g0, fill(R.choice(griev), c)]))]
            cs = [code_sentence(c, k) for k in codes]
            R.shuffle(cs)
            if not codes:
                sents.append(xform(c, fill(R.choice(LEGIT_EMO_JA if ja else LEGIT_EMO_EN), c)))
            sents += cs
            if R.random() < 0.35:
                sents.append(xform(c, fill(R.choice(LEGIT_SPEC_JA[c["biz"]] if ja else LEGIT_SPEC_EN[c["biz"]]), c)))
            if not in_hours(t) and R.random() < 0.7:
                sents.insert(0, R.choice(OFFH_JA if ja else OFFH_EN))
            return build_text(c, ch, sents, polite_middle=(ch == "email" and R.random() < 0.55))
        text = unique_text(gen)
        su = subj(c, ch, heat=True)
        if ch == "phone":
            dur = phone_dur(120, 1700)
        else:
            dur = None
        add_event(c, t, ch, text, codes, duration=dur, subject=su,
                  thread=("th-%08x" % R.getrandbits(32)) if ch == "email" else None, meta={"demand": "content-%d" % len(EVENTS)})
        maybe_reply(c, t, ch, su, None, p=0.35)
    extra_codes = content  # codes that may be sprinkled into stateful episodes

    def sprinkle(sents):
        codes = []
        if extra_codes and R.random() < 0.5:
            k = R.choice(extra_codes)
            sents.append(code_sentence(c, k))
            codes.append(k)
        return codes

    # --- repetition: same demand in >=4 contacts over 3-6 days (>=3 distinct days)
    if "repetition" in plan:
        d0 = R.randrange(0, len(WORKDAYS) - 8)
        days = WORKDAYS[d0:d0 + 6]
        n = R.randint(4, 7)
        chosen = sorted(R.sample(days[:5], 3) + [R.choice(days) for _ in range(n - 3)])
        dem = REPEAT_DEMAND_JA[c["biz"]] if ja else REPEAT_DEMAND_EN[c["biz"]]
        use_excess = "excessive_demand" in content and R.random() < 0.5
        if use_excess:
            dem_s = R.choice(biz_ok(c, CODE_JA["excessive_demand"] if ja else CODE_EN["excessive_demand"])).rstrip("。.？?")
        times = []
        for d in chosen:
            for _ in range(50):
                t = t_in_hours(d) if not (offh and R.random() < 0.4) else at(d, R.choice([19, 20, 21, 22]), R.randint(0, 59))
                if all(abs((t - u).total_seconds()) > 3 * 3600 for u in times):
                    break
            times.append(t)
        for i, t in enumerate(sorted(times)):
            ch = pick_channel([40, 30, 15, 10, 5])

            def gen():
                w = R.choice(REPEAT_WRAP_JA if ja else REPEAT_WRAP_EN)
                d = dem_s if use_excess else dem
                sents = [xform(c, w.replace("{d}", d).replace("{n}", str(i + 2)))]
                cds = ["excessive_demand"] if use_excess else []
                cds += sprinkle(sents)
                if not in_hours(t):
                    sents.insert(0, R.choice(OFFH_JA if ja else OFFH_EN))
                gen.codes = cds
                return build_text(c, ch, sents)
            text = unique_text(gen)
            add_event(c, t, ch, text, gen.codes, duration=phone_dur(60, 900) if ch == "phone" else None,
                      subject=subj(c, ch, True), meta={"demand": "repeat"})
    # --- contact flood: 6-13 inbound within <= 55 minutes
    if "contact_flood" in plan:
        d = R.choice(OFFDAYS if offh and R.random() < 0.5 else WORKDAYS)
        t0 = at(d, R.randint(9, 16) if d in WORKDAYS else R.randint(10, 22), R.randint(0, 59))
        n = R.randint(6, 13)
        span = R.randint(12, 55) * 60
        offs = sorted(R.sample(range(span), n))
        chs = R.choice([["chat"], ["sns"], ["phone", "chat"], ["email", "phone"], ["phone"], ["chat", "sns", "email"]])
        for i, o in enumerate(offs):
            t = t0 + dt.timedelta(seconds=o)
            ch = R.choice(chs)

            def gen():
                fl = FLOOD_JA if ja else FLOOD_EN
                sents = R.sample(fl, 2 if R.random() < 0.4 else 1)
                if i == 0:
                    sents.insert(0, xform(c, g0))
                cds = sprinkle(sents) if i % 3 == 1 else []
                gen.codes = cds
                if ch == "phone":
                    return transcript(c, sents)
                return ("\n" if R.random() < 0.3 else " ").join(sents)
            text = unique_text(gen)
            add_event(c, t, ch, text, gen.codes, duration=R.randint(5, 90) if ch == "phone" else None,
                      subject=subj(c, ch) if ch == "email" else None, meta={"demand": "flood-%d" % i})
    # --- off-hours: 5-8 contacts outside support hours, mostly urgent
    if offh:
        n = R.randint(5, 8)
        for i in range(n):
            t = t_off_hours()
            ch = pick_channel([30, 35, 10, 10, 15])

            def gen():
                sents = []
                if i < n - 1 or R.random() < 0.5:
                    sents.append(R.choice(OFFH_JA if ja else OFFH_EN))
                sents.append(xform(c, fill(R.choice(griev + (NORMAL_JA[c["biz"]] if ja else NORMAL_EN[c["biz"]])[:4]), c)))
                if R.random() < 0.5:
                    sents.append(R.choice(["明日の朝までに返事ください。", "今晩中に連絡ください。", "休み明けまで待てません。"] if ja else
                                          ["I need an answer before morning.", "Call me back tonight.", "I can't wait until Monday."]))
                gen.codes = sprinkle(sents)
                return build_text(c, ch, sents)
            text = unique_text(gen)
            add_event(c, t, ch, text, gen.codes, duration=phone_dur(30, 900) if ch == "phone" else None,
                      subject=subj(c, ch, True), thread=None, meta={"demand": "offh-%d" % i})
    # --- prolonged: one very long call, or a day of long calls
    if "prolonged_contact" in plan:
        mode = R.choice(["single", "single", "day"])
        if mode == "single":
            for _ in range(R.randint(1, 2)):
                t = t_in_hours()
                durs = [R.randint(3700, 9800)]
                tlist = [t]
        if mode == "day":
            d = R.choice(WORKDAYS)
            durs = [R.randint(2300, 3300) for _ in range(3)]
            tlist = [at(d, 9, R.randint(5, 30)), at(d, 11, R.randint(20, 50)), at(d, 14, R.randint(0, 40))]
        for t, du in zip(tlist, durs):
            def gen():
                pl = PROLONG_JA if ja else PROLONG_EN
                sents = [xform(c, g0)] + [xform(c, x) for x in R.sample(pl, R.randint(4, 7))]
                gen.codes = sprinkle(sents)
                return transcript(c, sents, long=True)
            text = unique_text(gen)
            add_event(c, t, "phone", text, gen.codes, duration=du, meta={"demand": "prolong"})


# ------------------------------------------------------------------ stateful labelling (applied to ALL customers)
def stateful_flags(recs):
    inb = sorted([r for r in recs if r["ev"]["direction"] == "inbound"], key=lambda r: r["t"])
    flags = {}
    # repetition: same demand key in >= REP_MIN contacts within REP_WINDOW_D days spread over >= REP_MIN_DAYS days
    by_d = defaultdict(list)
    for r in inb:
        if r["meta"].get("demand"):
            by_d[r["meta"]["demand"]].append(r)
    for k, rs in by_d.items():
        for i in range(len(rs)):
            win = [x for x in rs[i:] if (x["t"] - rs[i]["t"]).total_seconds() <= REP_WINDOW_D * 86400]
            if len(win) >= REP_MIN and len({x["t"].astimezone(JST).date() for x in win}) >= REP_MIN_DAYS:
                flags["repetition"] = [x["ev"]["event_id"] for x in win]
                break
    # contact flood: >= FLOOD_MIN inbound within FLOOD_WINDOW_MIN minutes
    for i in range(len(inb)):
        win = [x for x in inb[i:] if (x["t"] - inb[i]["t"]).total_seconds() <= FLOOD_WINDOW_MIN * 60]
        if len(win) >= FLOOD_MIN:
            flags["contact_flood"] = [x["ev"]["event_id"] for x in win]
            break
    # prolonged: single call >= 3600 s, or >= 7200 s of inbound calls on one JST day
    per_day = defaultdict(int)
    for r in inb:
        du = r["ev"].get("duration_s") or 0
        if r["ev"]["channel"] in ("phone", "visit"):
            per_day[r["t"].astimezone(JST).date()] += du
            if du >= PROL_SINGLE:
                flags["prolonged_contact"] = [r["ev"]["event_id"]]
    if "prolonged_contact" not in flags and any(v >= PROL_DAY for v in per_day.values()):
        flags["prolonged_contact"] = ["(day)"]
    # off-hours: >= OFFH_MIN inbound contacts outside the calendar in the quarter, >= OFFH_URGENT_MIN of them urgent
    off = [r for r in inb if not in_hours(r["t"])]
    urg_words = ["至急", "緊急", "急ぎ", "今晩中", "今日中", "URGENT", "Urgent", "urgent", "ASAP", "Emergency", "tonight", "before morning"]
    urgent = [r for r in off if any(w in (r["ev"]["text"] or "") for w in urg_words)]
    if len(off) >= OFFH_MIN and len(urgent) >= OFFH_URGENT_MIN:
        flags["off_hours_contact"] = [r["ev"]["event_id"] for r in off]
    return flags


def main(outdir):
    custs = make_customers()
    for c in custs:
        if c["profile"] == "normal":
            normal_events(c)
        elif c["profile"] == "legit_complainer":
            legit_events(c)
        else:
            harasser_events(c)
            # harassers also have ordinary contacts
            for _ in range(R.randint(0, 2)):
                ja = c["lang"] == "ja"
                t = t_in_hours()
                ch = pick_channel()
                q = fill(R.choice(NORMAL_JA[c["biz"]] if ja else NORMAL_EN[c["biz"]]), c)
                add_event(c, t, ch, build_text(c, ch, [xform(c, q)]), duration=phone_dur(40, 900) if ch == "phone" else None,
                          subject=subj(c, ch), meta={"demand": "plain-%d" % len(EVENTS)})
    # a few verbatim redeliveries (same event_id twice) of ordinary events: dedup test, not extra contacts
    ordinary = [r for r in EVENTS if r["cust"]["profile"] == "normal" and r["ev"]["direction"] == "inbound"]
    dups = R.sample(ordinary, 6)

    by_c = defaultdict(list)
    for r in EVENTS:
        by_c[r["cust"]["id"]].append(r)
    ev_labels = {}
    cust_labels = {}
    for c in custs:
        recs = by_c[c["id"]]
        beh = set()
        for r in recs:
            if r["codes"]:
                assert r["ev"]["direction"] == "inbound"
                ev_labels[r["ev"]["event_id"]] = r["codes"]
                beh.update(r["codes"])
        beh.update(stateful_flags(recs))
        if c["profile"] != "harasser":
            assert not beh, (c["profile"], c["id"], beh)
        else:
            assert beh, c["id"]
            # planned stateful behaviours must be realised
            for s in STATEFUL:
                assert (s in c["plan"]) == (s in beh), (c["id"], s, c["plan"], sorted(beh))
        cust_labels[c["id"]] = {"profile": c["profile"], "behaviors": [x for x in ALL if x in beh]}

    recs = sorted(EVENTS + [dict(r, dup=True) for r in dups], key=lambda r: (r["t"], r["ev"]["event_id"]))
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r["ev"], ensure_ascii=False, separators=(",", ":")) + "\n")

    code_ev = Counter(k for v in ev_labels.values() for k in v)
    code_cu = Counter(k for v in cust_labels.values() for k in v["behaviors"])
    for k in ALL:
        assert code_cu[k] >= 5, (k, code_cu[k])
    inbound = [r for r in EVENTS if r["ev"]["direction"] == "inbound"]
    meta = {
        "seed": SEED,
        "customers": len(custs),
        "start": "2027-04-01T00:00:00+09:00",
        "end": "2027-06-30T23:59:59+09:00",
        "counts": {
            "events_lines": len(recs), "unique_events": len(EVENTS), "redelivered_duplicates": len(dups),
            "inbound": len(inbound), "outbound": len(EVENTS) - len(inbound), "labelled_events": len(ev_labels),
            "profiles": dict(sorted(Counter(v["profile"] for v in cust_labels.values()).items())),
            "events_per_code": {k: code_ev[k] for k in CONTENT},
            "customers_per_code": {k: code_cu[k] for k in ALL},
            "channels": dict(sorted(Counter(r["ev"]["channel"] for r in EVENTS).items())),
            "language": dict(sorted(Counter(str(r["ev"]["language"]) for r in EVENTS).items())),
            "businesses": dict(sorted(Counter(c["biz"] for c in custs).items())),
        },
        "calendar": {
            "timezone": "Asia/Tokyo", "days": "Mon-Fri", "hours": "09:00-18:00",
            "holidays": sorted(d.isoformat() for d in HOLIDAYS),
            "note": "2027 Q2 national holidays (Showa Day, Golden Week). Off-hours = outside Mon-Fri 09:00-18:00 JST or on these dates.",
        },
        "agents": {b: {"%s-op%02d" % (b, i + 1): n for i, n in enumerate(STAFF[b])} for b in STAFF},
        "businesses": {b: {"ja": v[0], "en": v[1]} for b, v in BUSINESSES.items()},
        "rules": {
            "scope": "Stateful rules count inbound contacts only (outbound replies and callbacks never count). Redelivered duplicates (same event_id) count once.",
            "repetition": "the same demand restated in >= %d inbound contacts within %d days, spread over >= %d distinct JST calendar days (a single burst is contact_flood, not repetition); a legitimate complainer's follow-ups are spaced >= 2.6 days apart so never reach this" % (REP_MIN, REP_WINDOW_D, REP_MIN_DAYS),
            "contact_flood": ">= %d inbound contacts (any channels) within %d minutes" % (FLOOD_MIN, FLOOD_WINDOW_MIN),
            "prolonged_contact": "an inbound phone call with duration_s >= %d, or >= %d s of inbound calls on one JST calendar day" % (PROL_SINGLE, PROL_DAY),
            "off_hours_contact": ">= %d inbound contacts outside the support calendar in the quarter, of which >= %d carry urgency (至急/緊急/急ぎ/今日中/今晩中/urgent/ASAP/tonight); one or two evening e-mails from an ordinary customer are not a habit" % (OFFH_MIN, OFFH_URGENT_MIN),
            "content": "event codes are assigned per inbound text from the customer's words only (agent lines never carry codes). One cue, one code. 至急/urgent alone is not pressure_language. Apology visit (謝りに来い) is apology_demand, not in_person_demand. Insulting a named staff member is abusive_language; demanding/targeting a named person is staff_naming. Reading reviews or posts is not online_defamation_threat. A request for a refund/repair/explanation the terms allow, however angry, is not excessive_demand.",
            "customer_behaviors": "union of the customer's event codes and the stateful rules above; profile harasser iff behaviors non-empty",
        },
    }
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"events": dict(sorted(ev_labels.items())), "customers": dict(sorted(cust_labels.items())), "meta": meta},
                  f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    print(json.dumps(meta["counts"], ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    main(sys.argv[1])

#!/usr/bin/env python3
"""Random scenario generator: event logs the command line would accept (CLI.md)."""
import datetime as dt
import random

D = dt.date
CUES = ["encouraging", "neutral", "unsure", "negative"]


def iso(d):
    return d.isoformat()


def add(d, n):
    return d + dt.timedelta(days=n)


def gen_offer_app(rng, start):
    """An application that reaches an offer: applied, maybe an interview, the offer, then contacts,
    maybe a revision, maybe a close."""
    evs = [{"type": "applied", "date": iso(start)}]
    d = add(start, rng.randint(0, 10))
    if rng.random() < 0.5:
        evs.append(interview_ev(rng, "final", d, None)); d = add(d, rng.randint(1, 8))
    evs.append(offer_ev(rng, d))
    for _ in range(rng.randint(0, 3)):
        d = add(d, rng.choice([0, 1, 2, 3, 5, 7]))
        t = rng.choice(["call", "email", "thanks", "offer", "note", "withdrawn", "rejected"])
        if t == "offer":
            e = {"type": "offer", "date": iso(d)}
            if rng.random() < 0.7:
                e["deadline"] = iso(add(d, rng.choice([0, 2, 5, 9])))
            evs.append(e)
        elif t in ("withdrawn", "rejected"):
            if rng.random() < 0.5:
                evs.append({"type": t, "date": iso(d)})
                break
        else:
            evs.append({"type": t, "date": iso(d)})
    return evs


def gen_app(rng, start, allow_offer=False, allow_accept=False, noCalls=None, mode=None):
    """Return (events, noCalls). Events in logged order (dates non-decreasing mostly;
    sometimes a back-dated event is logged later, which tests 'by date, then order logged')."""
    evs = []
    d = start
    r = rng.random() if mode != "late" else 0.8
    stage, rnd = "applied", 0
    if r < 0.6:
        evs.append({"type": "applied", "date": iso(d)})
    elif r < 0.72:
        evs.append(interview_ev(rng, "screen", d, None)); stage = "screen"
    elif r < 0.85:
        rnd = rng.choice([1, 1, 2]) if mode != "late" else rng.choice([2, 3])
        evs.append(interview_ev(rng, "interview", d, rnd)); stage = "interview"
    elif r < 0.93 or not allow_offer:
        evs.append(interview_ev(rng, "final", d, None)); stage = "final"
    else:
        evs.append(offer_ev(rng, d)); stage = "offer"
    closed = False
    n = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10]) if mode != "fu" else rng.randint(3, 9)
    for _ in range(n):
        gap = rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 7, 8, 10, 14, 21]) if mode != "fu" else rng.choice([0, 1, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9])
        d = add(d, gap)
        if closed:
            t = rng.choice(["note", "call", "email", "email"])
            evs.append(simple_fu(rng, t, d, allow_answer=False))
            continue
        if stage == "offer":
            choices = ["call", "email", "thanks", "note", "offer", "withdrawn"]
            if allow_accept:
                choices += ["accepted"]
            t = rng.choice(choices)
            if t == "offer":
                e = {"type": "offer", "date": iso(d)}
                if rng.random() < 0.7:
                    e["deadline"] = iso(add(d, rng.choice([0, 1, 3, 5, 7, 10, 14])))
                evs.append(e)
            elif t in ("withdrawn", "accepted"):
                evs.append({"type": t, "date": iso(d)}); closed = True
            elif t == "thanks" or t == "note":
                evs.append({"type": t, "date": iso(d)})
            else:
                evs.append(simple_fu(rng, t, d))
            continue
        if mode == "fu" and rng.random() < 0.85:
            t = rng.choice(["call", "email", "email", "call", "thanks"])
            if t == "thanks":
                evs.append({"type": t, "date": iso(d)})
            else:
                e = {"type": t, "date": iso(d)}
                if t == "call" and rng.random() < 0.5:
                    e["noAnswer"] = True
                evs.append(e)
            continue
        w = {"call": 14, "email": 12, "thanks": 6, "note": 2, "reply": 6, "delay": 3,
             "screen": 3 if stage == "applied" else 0, "interview": 6, "final": 3,
             "rejected": 3, "withdrawn": 1, "moved-on": 1, "offer": 4 if allow_offer else 0}
        t = rng.choices(list(w), weights=list(w.values()))[0]
        if t in ("screen", "interview", "final"):
            if t == "interview":
                rnd = rnd + 1 if stage == "interview" else (1 if stage in ("applied", "screen") else max(rnd, 1) + 1)
                if rng.random() < 0.1:
                    rnd = rng.choice([1, 2, 3])
            evs.append(interview_ev(rng, t, d, rnd if t == "interview" else None))
            stage = t
        elif t == "offer":
            evs.append(offer_ev(rng, d)); stage = "offer"
        elif t in ("rejected", "withdrawn", "moved-on"):
            e = {"type": t, "date": iso(d)}
            if t == "rejected" and rng.random() < 0.2:
                e["cue"] = rng.choice(CUES)
            evs.append(e); closed = True
        elif t == "reply":
            e = {"type": "reply", "date": iso(d)}
            employer_attrs(rng, e, d, p_expect=0.4, p_inv=0.25, p_cue=0.5)
            evs.append(e)
        elif t == "delay":
            e = {"type": "delay", "date": iso(d)}
            if rng.random() < 0.5:
                e["until"] = iso(add(d, rng.choice([0, 1, 3, 7, 14, 21, 30])))
            if rng.random() < 0.6:
                e["reason"] = rng.choice(["budget freeze", "reorg", "hiring pause"])
            if rng.random() < 0.2:
                e["cue"] = rng.choice(CUES)
            evs.append(e)
        elif t in ("thanks", "note"):
            evs.append({"type": t, "date": iso(d)})
        else:
            evs.append(simple_fu(rng, t, d))
    # sometimes log one event out of date order (back-dated: --date in the past)
    if len(evs) >= 3 and rng.random() < 0.1:
        i = rng.randrange(1, len(evs))
        e = evs[i]
        if e["type"] in ("call", "email", "thanks", "note", "reply"):
            prev = D.fromisoformat(evs[i - 1]["date"])
            nd = add(D.fromisoformat(e["date"]), -rng.choice([0, 1, 2]))
            if nd >= D.fromisoformat(evs[0]["date"]):
                e2 = dict(e); e2["date"] = iso(nd)
                fix_future(e2)
                evs[i] = e2
    # shuffle the order logged (dates kept): interviews logged ahead (scheduled, then other events
    # logged before their day), and events logged late (back-dated with --date); never across a
    # closing event (after one, only note/call/email are taken)
    if mode == "shuffle" or (mode is None and rng.random() < 0.15):
        cl = next((i for i, e in enumerate(evs) if e["type"] in ("rejected", "withdrawn", "accepted", "moved-on")), len(evs))
        for _ in range(rng.randint(1, 3)):
            if cl < 3:
                break
            i = rng.randrange(1, cl)
            e = evs.pop(i)
            if e["type"] in ("screen", "interview", "final"):
                j = max(1, i - rng.randint(1, 3))      # logged earlier: scheduled ahead
            else:
                j = min(cl - 1, i + rng.randint(1, 3))  # logged later: back-dated
            evs.insert(j, e)
    if noCalls is None:
        noCalls = rng.random() < 0.1
    return evs, noCalls


def fix_future(e):
    d = e["date"]
    for k in ("expectBy", "invited", "until", "deadline"):
        if k in e and e[k] < d:
            e[k] = d


def employer_attrs(rng, e, d, p_expect, p_inv, p_cue):
    if rng.random() < p_expect:
        e["expectBy"] = iso(add(d, rng.choice([0, 1, 2, 3, 4, 5, 7, 10, 14])))
    if rng.random() < p_inv:
        e["invited"] = iso(add(d, rng.choice([0, 1, 2, 3, 5, 7, 10])))
        if rng.random() < 0.5:
            e["channel"] = rng.choice(["call", "email"])
    if rng.random() < p_cue:
        e["cue"] = rng.choice(CUES)


def interview_ev(rng, t, d, rnd):
    e = {"type": t, "date": iso(d)}
    if rnd is not None:
        e["round"] = rnd
    employer_attrs(rng, e, d, p_expect=0.4, p_inv=0.12, p_cue=0.45)
    return e


def offer_ev(rng, d):
    e = {"type": "offer", "date": iso(d)}
    if rng.random() < 0.75:
        e["deadline"] = iso(add(d, rng.choice([0, 1, 2, 3, 5, 7, 9, 14])))
    if rng.random() < 0.2:
        e["cue"] = rng.choice(CUES)
    return e


def simple_fu(rng, t, d, allow_answer=True):
    e = {"type": t, "date": iso(d)}
    r = rng.random()
    if t == "call" and r < 0.35:
        e["noAnswer"] = True
    elif allow_answer and r > 0.85:
        employer_attrs(rng, e, d, p_expect=0.5, p_inv=0.3, p_cue=0.6)
    return e


def random_settings(rng, start):
    s = {}
    if rng.random() < 0.45:
        return s
    opts = {
        "thankYou": lambda: rng.random() < 0.7,
        "thankYouWindowBusinessDays": lambda: rng.choice([0, 1, 2, 3, 5]),
        "rejectionReply": lambda: rng.random() < 0.7,
        "rejectionReplyBusinessDays": lambda: rng.choice([0, 1, 2, 3, 5]),
        "firstFollowUpBusinessDays": lambda: rng.choice([0, 1, 3, 5, 7, 10]),
        "daysAfterPromise": lambda: rng.choice([0, 1, 2, 3]),
        "delayCheckInDays": lambda: rng.choice([0, 7, 14, 21, 30]),
        "minDaysBetweenFollowUps": lambda: rng.choice([0, 1, 3, 5, 7, 10]),
        "maxUnansweredEarly": lambda: rng.choice([1, 2, 3]),
        "maxUnansweredLate": lambda: rng.choice([1, 2, 3, 4]),
        "maxCallsFirstInterview": lambda: rng.choice([0, 1, 2]),
        "maxCallsEncouraged": lambda: rng.choice([0, 1, 2, 3]),
        "pipelineMin": lambda: rng.choice([0, 1, 2, 3, 5]),
    }
    for k in rng.sample(list(opts), rng.randint(1, 4)):
        s[k] = opts[k]()
    if rng.random() < 0.5:
        s["holidays"] = sorted(set(iso(add(start, rng.randint(0, 60))) for _ in range(rng.randint(1, 6))))
    return s


def truncate(events, asof):
    """What the command line could hold on day asof: events dated up to asof, plus
    interviews dated after it (scheduled). Order logged is kept."""
    a = asof.isoformat()
    out = []
    for e in events:
        if e["date"] <= a or e["type"] in ("screen", "interview", "final"):
            out.append(e)
    # a scheduled interview cannot come after a closing event; drop such
    return out

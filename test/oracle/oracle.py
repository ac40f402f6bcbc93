#!/usr/bin/env python3
"""Independent oracle for RULES.md v2 (followup), written from the text alone.

advise_all(data, today) -> {"items": {id: advice}, "notStarted": [ids], "pipeline": {...}}
advice = {"action", "due", "kind", "then" (or None), "rules": sorted list, "stage", "round"}
Closed apps (R1) are absent from items; not-started apps are listed in notStarted.
Dates are datetime.date internally, ISO strings in the output.
"""
import datetime as dt
import json
import sys

D = dt.date
ONE = dt.timedelta(days=1)

DEFAULTS = {
    "thankYou": True, "thankYouWindowBusinessDays": 2, "rejectionReply": True,
    "rejectionReplyBusinessDays": 2, "firstFollowUpBusinessDays": 5,
    "daysAfterPromise": 1, "delayCheckInDays": 21, "minDaysBetweenFollowUps": 7,
    "maxUnansweredEarly": 2, "maxUnansweredLate": 3, "maxCallsFirstInterview": 1,
    "maxCallsEncouraged": 2, "holidays": [], "pipelineMin": 3,
}

INTERVIEWS = ("screen", "interview", "final")
CLOSING = ("rejected", "withdrawn", "accepted", "moved-on")
EMPLOYER_PLAIN = ("screen", "interview", "final", "reply", "delay", "offer", "rejected")
FOLLOWUPS = ("call", "email")


def pd(s):
    return s if isinstance(s, D) else D.fromisoformat(s)


class Cal:
    def __init__(self, holidays):
        self.hol = set(pd(h) for h in holidays)

    def bd(self, d):
        return d.weekday() < 5 and d not in self.hol

    def roll(self, d):
        while not self.bd(d):
            d += ONE
        return d

    def roll_back(self, d):
        while not self.bd(d):
            d -= ONE
        return d

    def add(self, d, n):
        step = ONE if n > 0 else -ONE
        k = abs(n)
        while k > 0:
            d += step
            if self.bd(d):
                k -= 1
        return d


def answered(e):
    return e["type"] in FOLLOWUPS and not e.get("noAnswer") and (
        "expectBy" in e or "invited" in e or "cue" in e)


def is_employer(e):
    return e["type"] in EMPLOYER_PLAIN or answered(e)


def is_anchor_type(e):
    return e["type"] in ("applied", "screen", "interview", "final", "reply", "delay", "offer") or answered(e)


def sorted_events(app):
    evs = []
    for i, e in enumerate(app["events"]):
        e2 = dict(e)
        e2["_d"] = pd(e["date"])
        e2["_i"] = i
        evs.append(e2)
    evs.sort(key=lambda e: (e["_d"], e["_i"]))
    return evs


def derive(app, today):
    """Fold the seen events into a state (no cross-application rules)."""
    evs = sorted_events(app)
    seen = [e for e in evs if e["_d"] <= today]
    sched = [e for e in evs if e["_d"] > today and e["type"] in INTERVIEWS]
    st = {"app": app, "seen": seen, "scheduled": sched, "stage": None, "round": None,
          "offer": None, "stageEvent": None, "closedEvent": None}
    for e in seen:
        t = e["type"]
        if t == "applied":
            if st["stage"] is None:
                st["stage"] = "applied"
        elif t in INTERVIEWS:
            st["stage"] = t
            st["round"] = e.get("round", 1) if t == "interview" else None
            st["stageEvent"] = e
        elif t == "offer":
            if st["stage"] != "offer":
                st["stage"] = "offer"
                st["round"] = None
                st["offer"] = {"date": e["_d"], "deadline": pd(e["deadline"]) if "deadline" in e else None}
            elif "deadline" in e:
                st["offer"]["deadline"] = pd(e["deadline"])
        elif t in CLOSING:
            st["stage"] = t
            st["round"] = None
            st["closedEvent"] = e
    if st["stage"] is None and seen:
        st["stage"] = "applied"  # "applied (no interview yet)"
    st["closed"] = st["stage"] in CLOSING
    st["held"] = (st["stage"] == "offer" and
                  (st["offer"]["deadline"] is None or st["offer"]["deadline"] >= today))
    return st


def first_interview_stage(st):
    return st["stage"] == "screen" or (st["stage"] == "interview" and st["round"] == 1)


def later_stage(st):
    return st["stage"] == "final" or (st["stage"] == "interview" and (st["round"] or 1) >= 2)


def analyse(st, s, cal, today):
    """Anchor, promise, cue, invitations, counted follow-ups, F, for an open app."""
    seen = st["seen"]
    anchor = None
    for e in seen:
        if is_anchor_type(e):
            anchor = e
    if anchor is None:
        # no applied/interview/employer event left (possible after `rm --event`): the first event's day
        # stands for the application date (the build's documented choice; RULES.md is silent)
        anchor = dict(seen[0], type="applied", _synthetic=True)
        for k in ("expectBy", "invited", "cue", "until"):
            anchor.pop(k, None)
    a = {"anchor": anchor}
    promise = None
    if anchor["type"] == "delay" and "until" in anchor:
        promise = pd(anchor["until"])
    elif "expectBy" in anchor:
        promise = pd(anchor["expectBy"])
    a["promise"] = promise
    a["cue"] = anchor.get("cue")
    if promise is not None:
        base = cal.roll(promise + dt.timedelta(days=s["daysAfterPromise"]))
        base_part = "promise"
    elif anchor["type"] == "delay":
        base = cal.roll(anchor["_d"] + dt.timedelta(days=s["delayCheckInDays"]))
        base_part = "delay"
    else:
        # roll: only matters with the setting at 0 from a weekend anchor ("Every due date is rolled to a
        # business day"); reading adopted after comparing with the build
        base = cal.roll(cal.add(anchor["_d"], s["firstFollowUpBusinessDays"]))
        base_part = "first"
    a["base"] = base
    minf = dt.timedelta(days=s["minDaysBetweenFollowUps"])

    invs = []  # open invitations: (D, channel)
    prev_fu = None
    counted = []
    early = []
    for e in seen:
        if e["type"] in FOLLOWUPS:
            uses = any(d <= e["_d"] for d, _ in invs)
            if e["_d"] > anchor["_d"]:
                F_before = base if prev_fu is None else max(base, cal.roll(prev_fu["_d"] + minf))
                call_answer = (e["type"] == "email" and prev_fu is not None and prev_fu["type"] == "call"
                               and prev_fu.get("noAnswer") and e["_d"] <= cal.add(prev_fu["_d"], 1))
                if call_answer:
                    pass
                elif e["_d"] >= F_before or uses:
                    counted.append(e)
                else:
                    early.append(e)
            invs = [(d, c) for d, c in invs if d > e["_d"]]
            prev_fu = e
        if is_employer(e):
            if "invited" in e:
                invs.append((pd(e["invited"]), e.get("channel", "call")))
            else:
                invs = []
    a["invitations"] = invs
    a["counted"] = counted
    a["early"] = early
    a["lastFollowUp"] = prev_fu
    if prev_fu is not None and cal.roll(prev_fu["_d"] + minf) > base:
        a["F"] = cal.roll(prev_fu["_d"] + minf)
        a["Fpart"] = "weekly"
    else:
        a["F"] = base
        a["Fpart"] = base_part
    return a


def channel_r13(st, a, s, app):
    if app.get("noCalls"):
        return "email"
    if st["stage"] == "applied":
        return "email"
    seen = st["seen"]
    if first_interview_stage(st):
        idate = st["stageEvent"]["_d"]
        calls = sum(1 for e in seen if e["type"] == "call" and e["_d"] >= idate)
        limit = s["maxCallsEncouraged"] if a.get("cue") == "encouraging" else s["maxCallsFirstInterview"]
        return "call" if calls < limit else "email"
    # later stages
    if any(e["type"] == "call" and e["_d"] > a["anchor"]["_d"] for e in seen):
        return "email"
    return "call"


def advise_one(app, states, s, cal, today):
    st = states[app["id"]]
    seen = st["seen"]
    if not seen:
        return {"none": "not-started"}
    res = None
    stage = st["stage"]
    notes = set()

    def out(rule, action, due, kind):
        return {"rule": rule, "action": action, "due": due, "kind": kind}

    # R1 / R2
    if st["closed"]:
        if stage == "rejected" and s["rejectionReply"]:
            rd = st["closedEvent"]["_d"]
            if today <= cal.add(rd, s["rejectionReplyBusinessDays"]) and not any(
                    e["type"] in FOLLOWUPS and e["_d"] >= rd for e in seen):
                res = out("R2", "email", rd, "rejection-reply")
        if res is None:
            return {"none": "closed"}
        return finish(res, st, notes, today)

    # R3
    acc = []
    for oid, ost in states.items():
        if oid != app["id"] and ost["stage"] == "accepted":
            acc.append(ost["closedEvent"]["_d"])
    if acc:
        res = out("R3", "email", cal.roll(min(acc)), "withdraw")
        return finish(res, st, notes, today)

    # R4 / R5
    if stage == "offer":
        od = st["offer"]["date"]
        contacts = [e for e in seen if e["type"] in ("call", "email", "thanks") and e["_d"] >= od]
        ch = "email" if app.get("noCalls") else "call"
        if not contacts:
            res = out("R4", ch, cal.roll(od), "offer")
        else:
            last = contacts[-1]["_d"]
            dl = st["offer"]["deadline"]
            if dl is not None:
                due = max(cal.add(dl, -1), cal.add(last, 1))
                due = min(due, cal.roll_back(dl))
            else:
                due = cal.roll(last + dt.timedelta(days=s["minDaysBetweenFollowUps"]))
            res = out("R5", ch, due, "offer")
        return finish(res, st, notes, today, a=None)

    a = analyse(st, s, cal, today)

    # R6
    held = [(ost["offer"]["date"], int(oid), oid) for oid, ost in states.items()
            if oid != app["id"] and not ost["closed"] and ost["held"]]
    if held:
        held.sort()
        odate, _, oid = held[0]
        if later_stage(st) and not any(e["type"] in FOLLOWUPS and e["_d"] >= odate for e in seen):
            ch = "email" if app.get("noCalls") else "call"
            res = out("R6", ch, cal.roll(max(odate, a["anchor"]["_d"])), "competing-offer")
            return finish(res, st, notes, today, a)

    # R7
    ints = [e for e in seen if e["type"] in INTERVIEWS]
    if s["thankYou"] and ints:
        li = ints[-1]
        if not any(e["type"] in ("thanks", "call", "email") and e["_d"] >= li["_d"] for e in seen) \
                and today <= cal.add(li["_d"], s["thankYouWindowBusinessDays"]):
            res = out("R7", "email", li["_d"], "thank-you")
            return finish(res, st, notes, today, a)

    # R8
    if st["scheduled"]:
        sd = min(e["_d"] for e in st["scheduled"])
        res = {"rule": "R8", "action": "email", "due": sd, "kind": "scheduled", "forceWait": True}
        return finish(res, st, notes, today, a)

    # R9..R13 (N1, N2 attach here)
    anchor = a["anchor"]
    M = s["maxUnansweredLate"] if later_stage(st) else s["maxUnansweredEarly"]
    if stage == "final" and anchor["type"] == "final" and len(a["counted"]) >= 1:
        notes.add("N1")
    if anchor["type"] == "delay":
        notes.add("N2")
    if a["cue"] == "negative":
        cd = anchor["_d"]
        later = [e["_d"] for e in seen if e["type"] in ("thanks", "call", "email") and e["_d"] >= cd]
        res = out("R9", "move-on", cal.roll(max([cd] + later)), "negative-cue")
    elif a["invitations"]:
        # earliest D; on a tie, the one given last (the newest instruction)
        d = min(x[0] for x in a["invitations"])
        ch = [c for x, c in a["invitations"] if x == d][-1]
        res = out("R10", ch, d, "invited")
    else:
        fus = [e for e in seen if e["type"] in FOLLOWUPS]
        lf = fus[-1] if fus else None
        if lf is not None and lf["type"] == "call" and lf.get("noAnswer") and not any(
                e["type"] == "email" and e["_d"] >= lf["_d"] for e in seen) \
                and today <= cal.add(lf["_d"], 1):
            res = out("R11", "email", lf["_d"], "after-call")
        elif len(a["counted"]) >= M:
            last = a["counted"][-1]["_d"]
            res = out("R12", "move-on",
                      cal.roll(last + dt.timedelta(days=s["minDaysBetweenFollowUps"])), "unanswered")
        else:
            ch = channel_r13(st, a, s, app)
            res = out("R13", ch, a["F"], "follow-up")
            if a["F"] > today and (stage == "applied" or first_interview_stage(st)) \
                    and a["cue"] != "encouraging":
                notes.add("N4")
    return finish(res, st, notes, today, a)


def finish(res, st, notes, today, a=None):
    action, due = res["action"], res["due"]
    then = None
    if res.get("forceWait") or due > today:
        then = action
        action = "wait"
    # N3: cue unsure (anchor's cue), no thanks/call/email after the cue's event; only where a
    # script exists (a call or email now, or a wait whose then is call/email, not R8)
    # (adopted from the engineer's reply: only the thank-you, follow-up, invited and after-call scripts;
    #  not R2/R3 (no follow-up will come), R4/R5/R6 (offer timelines))
    if a is not None and a.get("cue") == "unsure" and res["rule"] in ("R7", "R10", "R11", "R13"):
        anchor = a["anchor"]
        after = [e for e in st["seen"] if e["type"] in ("thanks", "call", "email")
                 and (e["_d"], e["_i"]) > (anchor["_d"], anchor["_i"])]
        if not after and (action in ("call", "email") or then in ("call", "email")):
            notes.add("N3")
    rules = [res["rule"]] + sorted(notes)
    return {"action": action, "due": due.isoformat(), "kind": res["kind"], "then": then,
            "rules": rules, "stage": st["stage"], "round": st["round"],
            "F": a["F"].isoformat() if a and "F" in a else None}


def settings_of(data):
    s = dict(DEFAULTS)
    s.update(data.get("settings", {}))
    # public holidays of `country`, as the build's store keeps them (resolved dates beside the settings)
    ch = data.get("countryHolidays")
    if ch and s.get("country") and ch.get("country") == s.get("country"):
        s["holidays"] = list(s["holidays"]) + [d for ds in ch.get("years", {}).values() for d in ds]
    return s


def advise_all(data, today):
    today = pd(today)
    s = settings_of(data)
    cal = Cal(s["holidays"])
    apps = data["applications"]
    states = {app["id"]: derive(app, today) for app in apps}
    items, not_started = {}, []
    for app in apps:
        r = advise_one(app, states, s, cal, today)
        if "none" in r:
            if r["none"] == "not-started":
                not_started.append(app["id"])
            continue
        items[app["id"]] = r
    # pipeline
    active = [i for i, st in states.items() if st["seen"] and not st["closed"]]
    held_or_acc = any((st["held"] and not st["closed"]) or st["stage"] == "accepted"
                      for st in states.values())
    if not apps:
        hint = False
    elif held_or_acc:
        hint = False
    else:
        hint = len(active) < s["pipelineMin"] or (
            len(active) > 0 and all(states[i]["stage"] == "final" for i in active))
    return {"items": items, "notStarted": not_started,
            "pipeline": {"active": len(active), "hint": hint}}


if __name__ == "__main__":
    data = json.load(open(sys.argv[1]))
    print(json.dumps(advise_all(data, sys.argv[2]), indent=1, default=str))

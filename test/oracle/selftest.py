#!/usr/bin/env python3
"""RULES.md's six worked examples against the oracle."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle import advise_all

fails = 0


def app(events, **kw):
    a = {"id": "1", "company": "Acme", "role": "Engineer", "contact": {}, "noCalls": False, "events": events}
    a.update(kw)
    return a


def check(name, events, today, exp, settings=None):
    global fails
    data = {"schemaVersion": 3, "nextId": 2, "settings": settings or {}, "applications": [app(events)]}
    r = advise_all(data, today)["items"].get("1")
    got = None if r is None else {k: r[k] for k in exp}
    ok = got == exp
    if not ok:
        fails += 1
    print(("ok  " if ok else "FAIL"), name, today, got, "" if ok else f"expected {exp}")
    return r


def ev(t, d, **kw):
    e = {"type": t, "date": d}
    e.update(kw)
    return e


# 1
e1 = [ev("interview", "2026-11-16", round=1, expectBy="2026-11-20")]
check("ex1 thank-you", e1, "2026-11-16", {"action": "email", "due": "2026-11-16", "kind": "thank-you"})
e1 += [ev("thanks", "2026-11-16")]
check("ex1 wait", e1, "2026-11-18", {"action": "wait", "due": "2026-11-23", "then": "call"})
check("ex1 call", e1, "2026-11-23", {"action": "call", "due": "2026-11-23", "kind": "follow-up"})
# 2
e2 = e1 + [ev("call", "2026-11-23")]
check("ex2 wait", e2, "2026-11-25", {"action": "wait", "due": "2026-11-30", "then": "email"})
check("ex2 email", e2, "2026-11-30", {"action": "email", "due": "2026-11-30"})
e2 += [ev("email", "2026-11-30")]
check("ex2 wait move", e2, "2026-12-03", {"action": "wait", "due": "2026-12-07", "then": "move-on", "kind": "unanswered"})
check("ex2 move", e2, "2026-12-07", {"action": "move-on", "due": "2026-12-07", "rules": ["R12"]})
# 3
e3 = [ev("applied", "2026-11-03")]
check("ex3 wait", e3, "2026-11-06", {"action": "wait", "due": "2026-11-10", "then": "email"})
check("ex3 email", e3, "2026-11-10", {"action": "email", "due": "2026-11-10"})
# 4
e4 = [ev("interview", "2026-11-02", round=2), ev("thanks", "2026-11-02")]
check("ex4 call", e4, "2026-11-09", {"action": "call", "due": "2026-11-09"})
e4 += [ev("call", "2026-11-09")]
check("ex4 email", e4, "2026-11-16", {"action": "email", "due": "2026-11-16"})
e4 += [ev("email", "2026-11-16")]
check("ex4 email2", e4, "2026-11-23", {"action": "email", "due": "2026-11-23"})
e4 += [ev("email", "2026-11-23")]
check("ex4 move", e4, "2026-11-30", {"action": "move-on", "due": "2026-11-30"})
# 5
e5 = [ev("applied", "2026-11-02"), ev("email", "2026-11-03"), ev("call", "2026-11-04")]
check("ex5 wait", e5, "2026-11-05", {"action": "wait", "due": "2026-11-11", "then": "email"})
e5 += [ev("email", "2026-11-11")]
check("ex5 email", e5, "2026-11-18", {"action": "email", "due": "2026-11-18"})
e5 += [ev("email", "2026-11-18")]
check("ex5 move", e5, "2026-11-18", {"action": "wait", "due": "2026-11-25", "then": "move-on", "kind": "unanswered"})
# 6
e6 = [ev("offer", "2026-11-18", deadline="2026-11-27")]
check("ex6 ack", e6, "2026-11-18", {"action": "call", "due": "2026-11-18", "kind": "offer", "rules": ["R4"]})
e6 += [ev("call", "2026-11-18")]
check("ex6 wait", e6, "2026-11-19", {"action": "wait", "due": "2026-11-26", "then": "call", "rules": ["R5"]})
check("ex6 US", e6, "2026-11-19", {"action": "wait", "due": "2026-11-25", "then": "call"},
      settings={"holidays": ["2026-11-26"]})
print("FAILS:", fails)
sys.exit(1 if fails else 0)

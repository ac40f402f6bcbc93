#!/usr/bin/env python3
"""Compare the oracle (oracle.py, RULES.md v2) with a followup build.

usage: python3 compare.py [BIN] [--random N] [--seed S] [--no-hand] [--jobs J] [--quiet]
  BIN defaults to this repository's bin/followup.js (npm run build first)
Writes OUT/results.json and OUT/groups.md (OUT: --out, default ./out beside this file); without
--no-md also disagreements.md beside it (= analysis.md, when present, + the automatic groups).
"""
import argparse
import collections
import concurrent.futures as cf
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import oracle  # noqa: E402
import gen  # noqa: E402
import hand  # noqa: E402

D = dt.date


# ---------------------------------------------------------------- files
def make_data(settings, apps, extra=None):
    out = []
    for a in apps:
        x = {"id": a["id"], "company": a.get("company", "Company" + a["id"]),
             "role": a.get("role", "Engineer"), "contact": a.get("contact", {}),
             "noCalls": bool(a.get("noCalls", False)), "events": a["events"]}
        out.append(x)
    d = {"schemaVersion": 3, "nextId": max(int(a["id"]) for a in apps) + 1, "settings": settings, "applications": out}
    d.update(extra or {})
    return d


def run_build(binpath, data, asof, tmpdir):
    import time
    for attempt in range(4):
        r = run_build1(binpath, data, asof, tmpdir)
        if "error" in r and ("ERR_MODULE_NOT_FOUND" in r["error"] or "Cannot find module" in r["error"]
                             or "SyntaxError" in r["error"]):
            time.sleep(5)  # their dist is being rebuilt
            continue
        return r
    return r


def run_build1(binpath, data, asof, tmpdir):
    fd, path = tempfile.mkstemp(suffix=".json", dir=tmpdir)
    with os.fdopen(fd, "w") as f:
        json.dump(data, f)
    env = dict(os.environ, FOLLOWUP_DB=path, FOLLOWUP_NOW=asof, NO_COLOR="1")
    p = subprocess.run(["node", binpath, "today", "--json", "--as-of", asof], env=env,
                       capture_output=True, text=True, timeout=60)
    for ext in ("", ".bak", ".lock"):
        try:
            os.unlink(path + ext)
        except OSError:
            pass
    if p.returncode != 0:
        return {"error": p.stderr.strip()[:300], "rc": p.returncode}
    try:
        return json.loads(p.stdout)
    except Exception as ex:
        return {"error": "bad json: %s %s" % (ex, p.stdout[:200]), "rc": p.returncode}


# ---------------------------------------------------------------- script checks
BAD = ["status update", "just checking in", "touching base", "circling back", "first choice"]
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
WDAYS = {w: i for i, w in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}
RX_DM = re.compile(r"\b(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
RX_MD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{1,2})\b", re.I)
RX_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
RX_WD = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def script_dates(script, asof):
    """Dates a script names (resolved), plus bare weekday names (resolved to the next such day
    on or after asof) flagged as 'bare'."""
    found = []
    spans = []
    for m in RX_DM.finditer(script):
        day, mon = int(m.group(2)), MONTHS[m.group(3).lower()[:3]]
        found.append((resolve(asof, mon, day), m.group(0), False)); spans.append(m.span())
    for m in RX_MD.finditer(script):
        if any(a <= m.start() < b for a, b in spans):
            continue
        day, mon = int(m.group(2)), MONTHS[m.group(1).lower()[:3]]
        try:
            found.append((resolve(asof, mon, day), m.group(0), False)); spans.append(m.span())
        except ValueError:
            pass
    for m in RX_ISO.finditer(script):
        found.append((D(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(0), False))
    for m in RX_WD.finditer(script):
        if any(a <= m.start() < b for a, b in spans):
            continue
        wd = WDAYS[m.group(1).lower()[:3]]
        d = asof
        while d.weekday() != wd:
            d += oracle.ONE
        found.append((d, m.group(0), True))
    return found


def resolve(asof, mon, day):
    best = None
    for y in (asof.year - 1, asof.year, asof.year + 1):
        try:
            c = D(y, mon, day)
        except ValueError:
            continue
        if best is None or abs((c - asof).days) < abs((best - asof).days):
            best = c
    return best


def is_email_script(s):
    return any(l.startswith("Subject:") for l in s.splitlines())


def email_words(s):
    body = [l for l in s.splitlines() if not (l.startswith("Subject:") or l.startswith("To:"))]
    return len(" ".join(body).split())


SCRIPT_STATS = collections.Counter()


def check_script(item, asof, deadline, other_deadline):
    probs = []
    s = item.get("script")
    if s:
        SCRIPT_STATS["scripts"] += 1
        if is_email_script(s):
            SCRIPT_STATS["emails"] += 1
            SCRIPT_STATS["maxEmailWords"] = max(SCRIPT_STATS["maxEmailWords"], email_words(s))
        else:
            SCRIPT_STATS["calls"] += 1
        if deadline is not None or other_deadline is not None:
            SCRIPT_STATS["offerScriptsDateChecked"] += 1
    if not s:
        if item["action"] in ("call", "email"):
            probs.append(("no-script", "call/email without a script"))
        return probs
    if "[" in s:
        probs.append(("bracket", s[s.index("["):][:60]))
    low = s.lower()
    for b in BAD:
        if b in low:
            probs.append(("phrase:" + b, b))
    act = item["action"] if item["action"] != "wait" else item.get("then")
    if act == "email" and not is_email_script(s):
        probs.append(("email without Subject:", s[:60]))
    if act == "call" and is_email_script(s):
        probs.append(("call advice with an email script", s[:60]))
    if is_email_script(s):
        n = email_words(s)
        if n > 120:
            probs.append(("email>120", str(n)))
        if item.get("_email") and not any(l.startswith("To:") for l in s.splitlines()):
            probs.append(("email without To: (address known)", s[:60]))
    else:
        pts = []
        for l in s.splitlines():
            if l.startswith("Voicemail"):
                break
            if l.lstrip().startswith(("- ", "* ", "• ")):
                pts.append(l)
        if len(pts) > 4:
            probs.append(("call >4 talking points", str(len(pts))))
        vm = [l for l in s.splitlines() if l.startswith("Voicemail")]
        if not vm:
            probs.append(("call without voicemail", s[:60]))
        else:
            body = vm[0].split(":", 1)[1].strip()
            n = len([x for x in re.split(r"(?<=[.?!])\s+", body) if x.strip()])
            if n != 2:
                probs.append(("voicemail not 2 sentences", str(n) + ": " + body[:100]))
    for d, txt, bare in script_dates(s, D.fromisoformat(asof)):
        if deadline is not None and d > deadline:
            probs.append(("date-after-deadline" + (" (bare weekday)" if bare else ""),
                          "%s -> %s > deadline %s" % (txt, d, deadline)))
        if other_deadline is not None and d > other_deadline:
            probs.append(("R6 date-after-held-offer-deadline" + (" (bare weekday)" if bare else ""),
                          "%s -> %s > %s" % (txt, d, other_deadline)))
    return probs


# ---------------------------------------------------------------- comparison
def main_rule(rules):
    return rules[0] if rules else None


def build_rules(item):
    return sorted(set(r["rule"] for r in item.get("reasons", [])), key=lambda x: (x[0] != "R", int(x[1:])))


def norm_rules(rules):
    return sorted(set(rules), key=lambda x: (x[0] != "R", int(x[1:])))


def compare_file(job, res, asof):
    """job: {settings, apps, meta}; res: build output. Returns (comparisons, diffs, script_probs)."""
    data = job["data"]
    orc = oracle.advise_all(data, asof)
    diffs, probs = [], []
    n = 0
    if "error" in res:
        return 0, [{"kind": "error", "job": job["name"], "asof": asof, "error": res["error"],
                   "key": "build error: " + res["error"][:80], "fields": ["error"], "data": data}], []
    bitems = {it["id"]: it for it in res.get("items", [])}
    today = D.fromisoformat(asof)
    states = {a["id"]: oracle.derive(a, today) for a in data["applications"]}
    for app in data["applications"]:
        aid = app["id"]
        o = orc["items"].get(aid)
        b = bitems.get(aid)
        n += 1
        rec = {"job": job["name"], "asof": asof, "id": aid, "app": app, "settings": data["settings"],
               "others": [a for a in data["applications"] if a["id"] != aid] if job.get("cross") else []}
        if o is None and b is None:
            continue
        if o is None or b is None:
            rec.update(kind="listed", oracle=o, build=slim(b),
                       fields=["listed"], key="listed: oracle %s / build %s" % (
                           "none" if o is None else o["rules"][0], "none" if b is None else build_rules(b)[:1]))
            diffs.append(rec)
            continue
        fields = []
        for f in ("action", "due", "kind", "then"):
            if (o.get(f) or None) != (b.get(f) or None):
                fields.append(f)
        br = build_rules(b)
        if norm_rules(o["rules"]) != br:
            fields.append("rules")
        extra = []
        if o["stage"] != b.get("stage") or (o["round"] or None) != (b.get("round") or None):
            extra.append("stage")
        if fields:
            om, bm = o["rules"][0], (br[0] if br else None)
            if fields == ["rules"] and om == bm:
                onotes = set(o["rules"][1:]); bnotes = set(br[1:])
                key = "%s: notes oracle-only %s build-only %s" % (om, sorted(onotes - bnotes), sorted(bnotes - onotes))
            else:
                key = "oracle %s/%s vs build %s/%s [%s]" % (om, o["action"] if o["action"] != "wait" else "wait-" + str(o["then"]),
                                                        bm, b.get("action") if b.get("action") != "wait" else "wait-" + str(b.get("then")),
                                                        ",".join(f for f in fields if f != "rules"))
            rec.update(kind="diff", oracle=o, build=slim(b), fields=fields, key=key)
            diffs.append(rec)
        elif extra:
            rec.update(kind="stage", oracle=o, build=slim(b), fields=extra,
                       key="stage/round: oracle %s %s build %s %s" % (o["stage"], o["round"], b.get("stage"), b.get("round")))
            diffs.append(rec)
        # script checks on every build item
        st = states[aid]
        deadline = st["offer"]["deadline"] if st["stage"] == "offer" and st["offer"] else None
        other_dl = None
        if b.get("kind") == "competing-offer":
            held = [(s2["offer"]["date"], int(i), s2["offer"]["deadline"]) for i, s2 in states.items()
                    if i != aid and s2["held"] and not s2["closed"]]
            if held:
                other_dl = sorted(held)[0][2]
        nd = check_next_date(b, data, aid, asof)
        if nd:
            probs.append({"job": job["name"], "asof": asof, "id": aid, "check": "next-follow-up date", "detail": nd,
                          "kind": b.get("kind"), "script": b.get("script"), "app": app})
        b["_email"] = bool((app.get("contact") or {}).get("email"))
        if b.get("kind") == "follow-up" and b.get("script") and not st["closed"]:
            sett = oracle.settings_of(data)
            cal = oracle.Cal(sett["holidays"])
            an = oracle.analyse(st, sett, cal, today)
            M = sett["maxUnansweredLate"] if oracle.later_stage(st) else sett["maxUnansweredEarly"]
            is_last = len(an["counted"]) == M - 1
            says_last = bool(re.search(r"reach out|if (anything|things) change", b["script"], re.I))
            if is_last != says_last:
                probs.append({"job": job["name"], "asof": asof, "id": aid, "check": "last-before-moving-on close",
                              "detail": "count %d, M %d, script closes gracefully: %s" % (len(an["counted"]), M, says_last),
                              "kind": b.get("kind"), "script": b.get("script"), "app": app})
            ints = [e for e in st["seen"] if e["type"] in oracle.INTERVIEWS]
            if ints and sett["thankYou"]:
                li = ints[-1]
                unthanked = not any(e["type"] in ("thanks", "call", "email") and e["_d"] >= li["_d"] for e in st["seen"])
                if unthanked and today > cal.add(li["_d"], sett["thankYouWindowBusinessDays"]) and "thank" not in b["script"].lower():
                    probs.append({"job": job["name"], "asof": asof, "id": aid, "check": "follow-up past R7 window does not thank",
                                  "detail": "interview %s" % li["date"], "kind": b.get("kind"), "script": b.get("script"), "app": app})
        if st["stage"] == "applied" and b.get("script") and not any(
                e["type"] in ("call",) and oracle.answered(e) for e in st["seen"]):
            low = b["script"].lower()
            for w in ("conversation", "we spoke", "our call", "interview", "talking with", "speaking with"):
                if w in low:
                    probs.append({"job": job["name"], "asof": asof, "id": aid, "check": "applied-stage script claims a conversation",
                                  "detail": w, "kind": b.get("kind"), "script": b.get("script"), "app": app})
        for p in check_script(b, asof, deadline, other_dl):
            probs.append({"job": job["name"], "asof": asof, "id": aid, "check": p[0], "detail": p[1],
                          "kind": b.get("kind"), "script": b.get("script")})
    # listed ids that the oracle does not know (should not happen)
    # pipeline
    bp = res.get("pipeline", {})
    n += 1
    if bp.get("active") != orc["pipeline"]["active"] or bool(bp.get("hint")) != orc["pipeline"]["hint"]:
        diffs.append({"kind": "pipeline", "job": job["name"], "asof": asof, "key": "pipeline: oracle %s build %s" % (
            orc["pipeline"], {"active": bp.get("active"), "hint": bool(bp.get("hint"))}),
            "fields": ["pipeline"], "data": data if job.get("cross") or len(data["applications"]) <= 6 else None,
            "oracle": orc["pipeline"], "build": bp})
    # order (CLI.md, info only): due first (oldest due first), then waits (soonest first); ties by id
    its = res.get("items", [])
    keyf = lambda it: (it["action"] == "wait", it["due"], int(it["id"]))
    if [it["id"] for it in its] != [it["id"] for it in sorted(its, key=keyf)]:
        probs.append({"job": job["name"], "asof": asof, "id": "-", "check": "items order (info)",
                      "detail": str([(it["id"], it["action"], it["due"]) for it in its][:12]), "kind": None, "script": None})
    # upcoming (CLI.md, info only): scheduled interviews of open applications and not-started ones,
    # from tomorrow to 14 days ahead
    exp_up = set()
    for app in data["applications"]:
        st = states[app["id"]]
        if st["closed"]:
            continue
        if not st["seen"]:
            # "listed as coming up, with its first event's day" (one entry)
            first = min(app["events"], key=lambda e: e["date"])
            if today < D.fromisoformat(first["date"]) <= today + dt.timedelta(days=14):
                exp_up.add((app["id"], first["date"]))
            continue
        for e in app["events"]:
            dd = D.fromisoformat(e["date"])
            if e["type"] in ("screen", "interview", "final") and today < dd <= today + dt.timedelta(days=14):
                exp_up.add((app["id"], e["date"]))
    got_up = set((u.get("id"), u.get("date")) for u in res.get("upcoming", []))
    if exp_up != got_up:
        probs.append({"job": job["name"], "asof": asof, "id": "-", "check": "upcoming set (info)",
                      "detail": "oracle-only %s build-only %s" % (sorted(exp_up - got_up), sorted(got_up - exp_up)),
                      "kind": None, "script": None})
    # not started -> upcoming
    up = set(u.get("id") for u in res.get("upcoming", []))
    for aid in orc["notStarted"]:
        app = next(a for a in data["applications"] if a["id"] == aid)
        first = min(e["date"] for e in app["events"])
        if (D.fromisoformat(first) - today).days <= 14 and aid not in up:
            diffs.append({"kind": "upcoming", "job": job["name"], "asof": asof, "id": aid, "app": app,
                          "key": "not-started app missing from upcoming", "fields": ["upcoming"]})
    return n, diffs, probs


RX_NEXT = re.compile(r"follow up on ((?:mon|tue|wed|thu|fri|sat|sun)[a-z]* )?(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*( \d{4})?", re.I)


def check_next_date(b, data, aid, asof):
    """'I will follow up on X': X should be the day the next follow-up is due if this one is sent on
    its due day (today when overdue) and goes unanswered (RULES.md Scripts, Dates)."""
    s = b.get("script") or ""
    m = RX_NEXT.search(s)
    if not m:
        return None
    today = D.fromisoformat(asof)
    said = resolve(today, MONTHS[m.group(3).lower()[:3]], int(m.group(2)))
    if m.group(4):
        said = D(int(m.group(4)), said.month, said.day)
    act = b["action"] if b["action"] != "wait" else b.get("then")
    if act not in ("call", "email"):
        return "date in a %s script" % act
    send = max(today, D.fromisoformat(b["due"]))
    typ = "thanks" if b.get("kind") == "thank-you" else act
    apps = []
    for a in data["applications"]:
        if a["id"] == aid:
            a = dict(a, events=a["events"] + [{"type": typ, "date": send.isoformat()}])
        apps.append(a)
    o = oracle.advise_all(dict(data, applications=apps), send)["items"].get(aid)
    if o is None:
        return "said %s; oracle: no advice after it" % said
    if o["kind"] not in ("follow-up", "invited") or o.get("then") == "move-on":
        return "said %s; oracle after it: %s %s %s" % (said, o["action"], o["kind"], o["due"])
    if D.fromisoformat(o["due"]) != said:
        return "said %s; oracle's next due after sending on %s: %s (%s)" % (said, send, o["due"], o["rules"])
    return None


def slim(b):
    if b is None:
        return None
    return {k: b.get(k) for k in ("action", "due", "kind", "then", "stage", "round")} | {"rules": build_rules(b),
                                                                                          "reasons": [r["rule"] + ": " + r["text"] for r in b.get("reasons", [])]}


# ---------------------------------------------------------------- jobs
def random_jobs(n_scen, seed):
    rng = random.Random(seed)
    jobs = []
    made = 0
    base0 = D(2026, 9, 7)
    bi = 0
    while made < n_scen:
        bi += 1
        start = base0 + dt.timedelta(days=rng.randint(0, 120))
        settings = gen.random_settings(rng, start)
        kind = rng.random()
        if kind < 0.5:
            # single-topic batch: no offers, no acceptances
            k = 30
            apps = []
            r_ = rng.random()
            mode = "fu" if r_ < 0.3 else ("shuffle" if r_ < 0.5 else None)
            for i in range(k):
                evs, nc = gen.gen_app(rng, start + dt.timedelta(days=rng.randint(0, 10)), mode=mode)
                apps.append({"id": str(i + 1), "events": evs, "noCalls": nc, "contact": rand_contact(rng, i)})
            cross = False
        elif kind < 0.6:
            # R6: one to three offers (held or not) and later-stage applications
            apps = []
            no = rng.randint(1, 3)
            for i in range(no):
                apps.append({"id": str(i + 1), "events": gen.gen_offer_app(rng, start + dt.timedelta(days=rng.randint(0, 10))),
                             "noCalls": rng.random() < 0.1, "contact": rand_contact(rng, i)})
            for i in range(no, no + rng.randint(2, 5)):
                evs, nc = gen.gen_app(rng, start + dt.timedelta(days=rng.randint(0, 12)), mode="late")
                apps.append({"id": str(i + 1), "events": evs, "noCalls": nc, "contact": rand_contact(rng, i)})
            k = len(apps)
            cross = True
        elif kind < 0.75:
            # one application that may reach an offer, alone in its file
            evs, nc = gen.gen_app(rng, start, allow_offer=True)
            apps = [{"id": "1", "events": evs, "noCalls": nc, "contact": rand_contact(rng, 0)}]
            k = 1
            cross = True
        else:
            # cross-application: 2-4 apps, offers and acceptances allowed
            k = rng.randint(2, 4)
            apps = []
            acc = True
            for i in range(k):
                evs, nc = gen.gen_app(rng, start + dt.timedelta(days=rng.randint(0, 14)), allow_offer=True,
                                      allow_accept=acc)
                if any(e["type"] == "accepted" for e in evs):
                    acc = False
                apps.append({"id": str(i + 1), "events": evs, "noCalls": nc, "contact": rand_contact(rng, i)})
            cross = True
        if rng.random() < 0.15:
            settings = dict(settings, name="Alexandra Catherine Montgomery-Smythe",
                            signature="Alexandra C. Montgomery-Smythe | +44 20 7946 0958 | linkedin.com/in/acms")
            for a in apps:
                a["role"] = "Senior Staff Principal Distributed Systems Reliability and Platform Infrastructure Engineer"
                a["company"] = "Internationale Nederlanden Groep Financial Services Holding " + a["id"]
                a["contact"] = {"name": "Maria-Fernanda de los Santos", "email": "m%s@x.example" % a["id"]}
        extra = None
        if rng.random() < 0.12:
            settings = dict(settings, country=rng.choice(["US", "GB", "DE-BY"]))
            ds = sorted(set((start + dt.timedelta(days=rng.randint(0, 70))).isoformat() for _ in range(rng.randint(1, 5))))
            yrs = {}
            for d_ in ds:
                yrs.setdefault(d_[:4], []).append(d_)
            extra = {"countryHolidays": {"country": settings["country"], "years": yrs}}
        made += k
        last = max(D.fromisoformat(e["date"]) for a in apps for e in a["events"])
        span = (last - start).days + 20
        asofs = sorted(set(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(rng.choice([3, 4, 5]))))
        for asof in asofs:
            tapps = []
            for a in apps:
                ev = gen.truncate(a["events"], asof)
                if ev:
                    tapps.append(dict(a, events=ev))
            if not tapps:
                continue
            data = make_data(settings, tapps, extra)
            jobs.append({"name": "rand-b%d" % bi, "data": data, "asof": asof.isoformat(), "cross": cross, "n": len(tapps)})
    return jobs


def rand_contact(rng, i):
    r = rng.random()
    if r < 0.4:
        return {}
    if r < 0.7:
        return {"name": "Jane Roe", "email": "jane%d@acme.example" % i}
    return {"name": "Kim Lee"}


def hand_jobs():
    jobs = []
    for c in hand.CASES:
        for asof in c["asofs"]:
            data = make_data(c.get("settings", {}), c["apps"], c.get("extra"))
            jobs.append({"name": "hand:" + c["name"], "data": data, "asof": asof, "cross": True,
                         "n": len(c["apps"]), "expect": c.get("expect", {}).get(asof)})
    return jobs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin", nargs="?", default=os.path.join(HERE, "..", "..", "bin", "followup.js"))
    ap.add_argument("--random", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-hand", action="store_true")
    ap.add_argument("--jobs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--no-md", action="store_true", help="do not write disagreements.md")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    jobs = ([] if args.no_hand else hand_jobs()) + random_jobs(args.random, args.seed)
    tmpdir = tempfile.mkdtemp(prefix="cmp", dir="/tmp")
    total_cmp, diffs, probs = 0, [], []
    hand_expect_fail = []
    scen_hand = len(hand.CASES) if not args.no_hand else 0
    cover = collections.Counter()
    cover_b = collections.Counter()
    errors_retried = 0

    def work(j):
        res = run_build(args.bin, j["data"], j["asof"], tmpdir)
        if "error" in res:
            # retry without the applications not started yet (a crash there hides the rest)
            t = D.fromisoformat(j["asof"])
            apps = [a for a in j["data"]["applications"] if any(D.fromisoformat(e["date"]) <= t for e in a["events"])]
            if apps and len(apps) < len(j["data"]["applications"]):
                j2 = dict(j, data=dict(j["data"], applications=apps))
                res2 = run_build(args.bin, j2["data"], j["asof"], tmpdir)
                if "error" not in res2:
                    return j, res, j2, res2
        return j, res, None, None

    with cf.ThreadPoolExecutor(args.jobs) as ex:
        for j, res, j2, res2 in ex.map(work, jobs):
            if j2 is not None:
                errors_retried += 1
                n, d, p = compare_file(j, res, j["asof"])
                diffs += d
                j = j2
                res = res2
            o_all = oracle.advise_all(j["data"], j["asof"])
            for it in o_all["items"].values():
                cover[it["rules"][0]] += 1
                for r in it["rules"][1:]:
                    cover[r] += 1
                cover[it["kind"] + ":" + it["action"]] += 1
            for it in res.get("items", []):
                for r in build_rules(it):
                    cover_b[r] += 1
            n, d, p = compare_file(j, res, j["asof"])
            total_cmp += n
            diffs += d
            probs += p
            if j.get("expect"):
                o = oracle.advise_all(j["data"], j["asof"])["items"]
                for aid, exp in j["expect"].items():
                    got = o.get(aid)
                    gotv = None if got is None or exp is None else {k: got.get(k) for k in exp}
                    if gotv != exp:
                        hand_expect_fail.append((j["name"], j["asof"], aid, exp, gotv))
    # country probe, end to end through the command line (the oracle has no holiday tables):
    # RULES.md worked example 6 with `config country US`, and Christmas with US/GB/DE-BY
    for country, steps, asof, want in [
            ("US", [("2026-11-18", ["add", "--no-input", "--company", "Acme", "--stage", "offer", "--date", "2026-11-18", "--deadline", "2026-11-27"]),
                    ("2026-11-18", ["log", "1", "call", "--date", "2026-11-18"])], "2026-11-19", "2026-11-25"),
            ("US", [("2026-12-18", ["add", "--no-input", "--company", "Acme", "--date", "2026-12-18"])], "2026-12-21", "not 2026-12-25"),
            ("GB", [("2026-12-18", ["add", "--no-input", "--company", "Acme", "--date", "2026-12-18"])], "2026-12-21", "not 2026-12-25"),
            ("DE-BY", [("2026-12-18", ["add", "--no-input", "--company", "Acme", "--date", "2026-12-18"])], "2026-12-21", "not 2026-12-25")]:
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, FOLLOWUP_DB=os.path.join(td, "db.json"), NO_COLOR="1", HOME=td)
            out = []
            for now, argv in [(steps[0][0], ["config", "country", country])] + steps + [(asof, ["today", "--json", "--as-of", asof])]:
                p = subprocess.run(["node", args.bin] + argv, env=dict(env, FOLLOWUP_NOW=now), capture_output=True, text=True, timeout=60)
                out.append(p)
            try:
                it = json.loads(out[-1].stdout)["items"][0]
            except Exception:
                it = {"error": (out[-1].stderr or out[-1].stdout)[:200]}
        total_cmp += 1
        ok = it.get("due") == want if not want.startswith("not ") else (it.get("due") and it.get("due") != want[4:])
        if not ok:
            diffs.append({"kind": "country", "job": "country-probe (CLI: config country, add, log, today)", "asof": asof, "id": "1",
                          "settings": {"country": country}, "fields": ["due"], "oracle": None,
                          "build": slim(it) if "action" in it else it,
                          "key": "product-level: `config country %s` yields no public holidays (worked example 6 / Christmas): build due %s, want %s" % (country, it.get("due"), want)})
    groups = collections.OrderedDict()
    for d in sorted(diffs, key=lambda d: (d["key"], size(d))):
        groups.setdefault(d["key"], []).append(d)
    pgroups = collections.OrderedDict()
    for p in probs:
        pgroups.setdefault(p["check"] + " / " + str(p["kind"]), []).append(p)
    n_rand_scen = args.random
    summary = {"bin": args.bin, "runs": len(jobs), "comparisons": total_cmp, "diffs": len(diffs),
               "groups": {k: len(v) for k, v in groups.items()},
               "scriptProblems": {k: len(v) for k, v in pgroups.items()},
               "handCases": scen_hand, "randomScenarios": n_rand_scen,
               "handExpectFailures": hand_expect_fail,
               "retriedWithoutNotStarted": errors_retried,
               "scriptStats": dict(SCRIPT_STATS),
               "oracleCoverage": dict(sorted(cover.items())), "buildRuleCounts": dict(sorted(cover_b.items()))}
    json.dump({"summary": summary, "groups": groups, "scriptProblems": pgroups}, open(os.path.join(args.out, "results.json"), "w"),
              indent=1, default=str)
    write_groups(args.out, summary, groups, pgroups, not args.no_md)
    print(json.dumps(summary, indent=1, default=str))


def size(d):
    a = d.get("app")
    return (len(d.get("others") or []), len(a["events"]) if a else 99)


def fmt_events(evs):
    out = []
    for e in evs:
        extra = " ".join("%s=%s" % (k, v) for k, v in e.items() if k not in ("type", "date"))
        out.append("    %s %s %s" % (e["date"], e["type"], extra))
    return "\n".join(out)


def write_groups(outdir, summary, groups, pgroups, md=True):
    L = ["# Automatic disagreement groups", "",
         "build: `%s`; %d runs of `today --json`, %d comparisons (per application per as-of day, plus the pipeline), %d disagreeing." % (
             summary["bin"], summary["runs"], summary["comparisons"], summary["diffs"]), ""]
    for k, v in groups.items():
        L.append("## %s  (%d cases)" % (k, len(v)))
        for d in v[:2]:
            L.append("- job `%s`, as-of %s (%s), app %s, settings %s" % (d["job"], d["asof"],
                     D.fromisoformat(d["asof"]).strftime("%a"), d.get("id"), json.dumps(d.get("settings"))))
            if d.get("app"):
                L.append("  noCalls=%s events:\n%s" % (d["app"].get("noCalls"), fmt_events(d["app"]["events"])))
            for o in d.get("others") or []:
                L.append("  other app %s noCalls=%s:\n%s" % (o["id"], o.get("noCalls"), fmt_events(o["events"])))
            if d["kind"] == "error":
                L.append("  error: " + d["error"])
            L.append("  oracle: %s" % json.dumps({k2: d.get("oracle", {}).get(k2) for k2 in ("action", "due", "kind", "then", "rules", "F")} if d.get("oracle") else d.get("oracle"), default=str))
            b = d.get("build")
            L.append("  build:  %s" % json.dumps({k2: b.get(k2) for k2 in ("action", "due", "kind", "then", "rules")} if isinstance(b, dict) and "action" in b else b, default=str))
            if isinstance(b, dict) and b.get("reasons"):
                for r in b["reasons"]:
                    L.append("    > " + r)
        L.append("")
    L.append("# Script checks")
    for k, v in pgroups.items():
        L.append("## %s (%d)" % (k, len(v)))
        for p in v[:2]:
            L.append("- %s as-of %s app %s: %s" % (p["job"], p["asof"], p["id"], p["detail"]))
            if p["script"]:
                L.append("```\n%s\n```" % p["script"])
    open(os.path.join(outdir, "groups.md"), "w").write("\n".join(L) + "\n")
    if not md:
        return
    analysis = os.path.join(HERE, "analysis.md")
    head = open(analysis).read() if os.path.exists(analysis) else ""
    open(os.path.join(HERE, "disagreements.md"), "w").write(head + "\n\n" + "\n".join(L) + "\n")


if __name__ == "__main__":
    main()

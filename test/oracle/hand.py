"""Hand-written scenarios covering every rule, note and boundary of RULES.md v2.
Dates are 2026 ("11-16" is Mon 16 Nov 2026). Each case: name, apps, settings, asofs,
optional expect {asof: {id: {field: value}}} from my reading of the text (checked on the oracle)."""

CASES = []


def E(t, d, **kw):
    e = {"type": t, "date": "2026-" + d}
    for k, v in kw.items():
        if k in ("expectBy", "invited", "until", "deadline"):
            v = "2026-" + v
        e[k] = v
    return e


def A(*events, id="1", noCalls=False, contact=None, company=None):
    a = {"id": id, "events": list(events), "noCalls": noCalls}
    if contact is not None:
        a["contact"] = contact
    if company:
        a["company"] = company
    return a


def case(name, apps, asofs, settings=None, expect=None, extra=None):
    if isinstance(apps, dict):
        apps = [apps]
    CASES.append({"name": name, "apps": apps, "asofs": ["2026-" + x for x in asofs],
                  "settings": settings or {}, "extra": extra,
                  "expect": {("2026-" + k): v for k, v in (expect or {}).items()}})


def X(action, due=None, **kw):
    d = {"action": action}
    if due:
        d["due"] = "2026-" + due
    d.update(kw)
    return d


# ---------------- worked examples
case("ex1", A(E("interview", "11-16", round=1, expectBy="11-20"), contact={"name": "Jane Roe", "email": "jane@acme.example"}),
     ["11-16"], expect={"11-16": {"1": X("email", "11-16", kind="thank-you")}})
case("ex1b", A(E("interview", "11-16", round=1, expectBy="11-20"), E("thanks", "11-16")), ["11-18", "11-23"],
     expect={"11-18": {"1": X("wait", "11-23", then="call")}, "11-23": {"1": X("call", "11-23")}})
case("ex2", A(E("interview", "11-16", round=1, expectBy="11-20"), E("thanks", "11-16"), E("call", "11-23")),
     ["11-25", "11-30"], expect={"11-25": {"1": X("wait", "11-30", then="email")}, "11-30": {"1": X("email", "11-30")}})
case("ex2b", A(E("interview", "11-16", round=1, expectBy="11-20"), E("thanks", "11-16"), E("call", "11-23"), E("email", "11-30")),
     ["12-03", "12-07"], expect={"12-03": {"1": X("wait", "12-07", then="move-on")}, "12-07": {"1": X("move-on", "12-07")}})
case("ex3", A(E("applied", "11-03")), ["11-06", "11-10"],
     expect={"11-06": {"1": X("wait", "11-10", then="email")}, "11-10": {"1": X("email", "11-10")}})
case("ex4", A(E("interview", "11-02", round=2), E("thanks", "11-02")), ["11-09"], expect={"11-09": {"1": X("call", "11-09")}})
case("ex4b", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09")), ["11-16"], expect={"11-16": {"1": X("email", "11-16")}})
case("ex4c", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09"), E("email", "11-16")), ["11-23"],
     expect={"11-23": {"1": X("email", "11-23")}})
case("ex4d", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09"), E("email", "11-16"), E("email", "11-23")),
     ["11-30"], expect={"11-30": {"1": X("move-on", "11-30")}})
case("ex5", A(E("applied", "11-02"), E("email", "11-03"), E("call", "11-04")), ["11-05"],
     expect={"11-05": {"1": X("wait", "11-11", then="email")}})
case("ex5b", A(E("applied", "11-02"), E("email", "11-03"), E("call", "11-04"), E("email", "11-11")), ["11-18"],
     expect={"11-18": {"1": X("email", "11-18")}})
case("ex5c", A(E("applied", "11-02"), E("email", "11-03"), E("call", "11-04"), E("email", "11-11"), E("email", "11-18")),
     ["11-18", "11-25"], expect={"11-18": {"1": X("wait", "11-25", then="move-on", kind="unanswered")}})
case("ex6", A(E("offer", "11-18", deadline="11-27")), ["11-18"], expect={"11-18": {"1": X("call", "11-18", kind="offer")}})
case("ex6b", A(E("offer", "11-18", deadline="11-27"), E("call", "11-18")), ["11-19", "11-26", "11-30"],
     expect={"11-19": {"1": X("wait", "11-26", then="call")}})
case("ex6-holiday", A(E("offer", "11-18", deadline="11-27"), E("call", "11-18")), ["11-19"],
     settings={"holidays": ["2026-11-26"]}, expect={"11-19": {"1": X("wait", "11-25", then="call")}})

# ---------------- R1 / R2
case("R2 window Wed", A(E("applied", "11-02"), E("rejected", "11-18")), ["11-18", "11-20", "11-23"],
     expect={"11-20": {"1": X("email", "11-18", kind="rejection-reply")}, "11-23": {"1": None}})
case("R2 Saturday rejection", A(E("applied", "11-02"), E("rejected", "11-21")), ["11-21", "11-22", "11-24", "11-25"],
     expect={"11-21": {"1": X("email", "11-21")}, "11-24": {"1": X("email", "11-21")}, "11-25": {"1": None}})
case("R2 replied", A(E("applied", "11-02"), E("rejected", "11-18"), E("email", "11-19")), ["11-19"], expect={"11-19": {"1": None}})
case("R2 off", A(E("applied", "11-02"), E("rejected", "11-18")), ["11-18"], settings={"rejectionReply": False},
     expect={"11-18": {"1": None}})
case("R2 holiday in window", A(E("applied", "11-02"), E("rejected", "11-19")), ["11-23", "11-24", "11-25"],
     settings={"holidays": ["2026-11-20"]}, expect={"11-24": {"1": X("email", "11-19")}, "11-25": {"1": None}})
case("R2 call same day logged before rejection", A(E("interview", "11-16", round=2), E("call", "11-18"), E("rejected", "11-18")),
     ["11-18"], expect={"11-18": {"1": None}})
case("R2 window setting 0-ish (1)", A(E("applied", "11-02"), E("rejected", "11-20")), ["11-23", "11-24"],
     settings={"rejectionReplyBusinessDays": 1})
case("R1 withdrawn / moved-on", [A(E("applied", "11-02"), E("withdrawn", "11-10")),
                                 A(E("applied", "11-02"), E("moved-on", "11-10"), id="2"),
                                 A(E("applied", "11-02"), E("note", "11-05"), id="3")], ["11-12"])

# ---------------- R3
case("R3 accepted", [A(E("interview", "11-02", round=2), E("offer", "11-10", deadline="11-20"), E("call", "11-10"), E("accepted", "11-12")),
                     A(E("applied", "11-02"), id="2"),
                     A(E("interview", "11-05", round=2), E("thanks", "11-05"), id="3"),
                     A(E("applied", "11-02"), E("rejected", "11-12"), id="4"),
                     A(E("offer", "11-11"), id="5")],
     ["11-12", "11-13", "11-30"],
     expect={"11-13": {"2": X("email", "11-12", kind="withdraw"), "3": X("email", "11-12", kind="withdraw"),
                       "4": X("email", "11-12", kind="rejection-reply"), "5": X("email", "11-12", kind="withdraw")}})
case("R3 accepted on Saturday", [A(E("offer", "11-10"), E("call", "11-10"), E("accepted", "11-14")),
                                 A(E("applied", "11-02"), id="2")], ["11-14", "11-16"],
     expect={"11-14": {"2": X("wait", "11-16", then="email", kind="withdraw")}, "11-16": {"2": X("email", "11-16")}})
case("R3 follow-up does not stop it", [A(E("offer", "11-10"), E("call", "11-10"), E("accepted", "11-12")),
                                       A(E("applied", "11-02"), E("email", "11-13"), id="2")], ["11-16"])

# ---------------- R4 / R5
case("R4 Saturday offer", A(E("interview", "11-10", round=2), E("thanks", "11-10"), E("offer", "11-21", deadline="11-27")),
     ["11-21", "11-23"], expect={"11-21": {"1": X("wait", "11-23", then="call", kind="offer")}})
case("R4 noCalls", A(E("applied", "11-02"), E("offer", "11-18"), noCalls=True), ["11-18", "11-19"],
     expect={"11-19": {"1": X("email", "11-18", kind="offer")}})
case("R4 thanks is a contact", A(E("offer", "11-18", deadline="11-30"), E("thanks", "11-18")), ["11-19"],
     expect={"11-19": {"1": X("wait", "11-27", then="call")}})
case("R5 no deadline", A(E("offer", "11-18"), E("call", "11-18")), ["11-19", "11-25"],
     expect={"11-19": {"1": X("wait", "11-25", then="call")}})
case("R5 revised deadline", A(E("offer", "11-10", deadline="11-13"), E("call", "11-10"), E("offer", "11-12", deadline="11-20")),
     ["11-12", "11-19"], expect={"11-12": {"1": X("wait", "11-19", then="call", kind="offer")}})
case("R5 revision without deadline keeps it", A(E("offer", "11-10", deadline="11-13"), E("call", "11-10"), E("offer", "11-12")),
     ["11-12"], expect={"11-12": {"1": X("call", "11-12")}})
case("R5 past deadline stays due", A(E("offer", "11-10", deadline="11-13"), E("call", "11-10")), ["11-18"],
     expect={"11-18": {"1": X("call", "11-12", kind="offer")}})
case("R5 contact on deadline eve", A(E("offer", "11-10", deadline="11-13"), E("call", "11-12")), ["11-12", "11-13"],
     expect={"11-12": {"1": X("wait", "11-13", then="call")}})
case("R5 contact on deadline day", A(E("offer", "11-10", deadline="11-13"), E("call", "11-12"), E("call", "11-13")), ["11-13"],
     expect={"11-13": {"1": X("call", "11-13")}})
case("R5 Saturday deadline", A(E("offer", "11-16", deadline="11-21"), E("thanks", "11-16")), ["11-17"],
     expect={"11-17": {"1": X("wait", "11-20", then="call")}})
case("R5 holiday before deadline", A(E("offer", "11-16", deadline="11-20"), E("call", "11-16")), ["11-17"],
     settings={"holidays": ["2026-11-19"]}, expect={"11-17": {"1": X("wait", "11-18", then="call")}})
case("R5 deadline same day as offer", A(E("offer", "11-18", deadline="11-18"), E("call", "11-18")), ["11-18"])
case("R4 call before offer same day", A(E("interview", "11-16", round=2), E("call", "11-18", cue="encouraging"), E("offer", "11-18")),
     ["11-18"])

# ---------------- R6
case("R6 basic", [A(E("applied", "11-02"), E("offer", "11-16", deadline="11-27")),
                  A(E("interview", "11-10", round=2, expectBy="11-20"), E("thanks", "11-10"), id="2"),
                  A(E("interview", "11-10", round=1), E("thanks", "11-10"), id="3")],
     ["11-16", "11-17"], expect={"11-17": {"2": X("call", "11-16", kind="competing-offer")}})
case("R6 follow-up after the offer", [A(E("applied", "11-02"), E("offer", "11-16", deadline="11-27")),
                                      A(E("interview", "11-10", round=2), E("thanks", "11-10"), E("email", "11-17"), id="2")],
     ["11-17"])
case("R6 several held offers, earliest tested", [A(E("applied", "11-02"), E("offer", "11-12")),
                                                 A(E("applied", "11-02"), E("offer", "11-16", deadline="11-30"), id="2"),
                                                 A(E("final", "11-05"), E("thanks", "11-05"), E("call", "11-13"), id="3")],
     ["11-17"])
case("R6 earliest offer expired", [A(E("applied", "11-02"), E("offer", "11-10", deadline="11-12"), E("call", "11-10")),
                                   A(E("applied", "11-02"), E("offer", "11-16"), id="2"),
                                   A(E("interview", "11-05", round=3), E("thanks", "11-05"), id="3")],
     ["11-17"], expect={"11-17": {"3": X("call", "11-16", kind="competing-offer")}})
case("R6 overrides scheduled interview and noCalls", [A(E("applied", "11-02"), E("offer", "11-16", deadline="11-27")),
                                                      A(E("interview", "11-05", round=2), E("thanks", "11-05"), E("interview", "11-25", round=3), id="2", noCalls=True)],
     ["11-17"], expect={"11-17": {"2": X("email", "11-16", kind="competing-offer")}})
case("R6 later anchor", [A(E("applied", "11-02"), E("offer", "11-10")),
                         A(E("final", "11-12"), E("thanks", "11-12"), id="2")], ["11-13"],
     expect={"11-13": {"2": X("call", "11-12", kind="competing-offer")}})
case("R6 same offer date lowest id", [A(E("applied", "11-02"), E("offer", "11-16", deadline="11-20")),
                                      A(E("applied", "11-02"), E("offer", "11-16", deadline="11-30"), id="2"),
                                      A(E("final", "11-09"), E("thanks", "11-09"), id="3")], ["11-17"])
case("R6 offer on Saturday", [A(E("applied", "11-02"), E("offer", "11-21")),
                              A(E("final", "11-09"), E("thanks", "11-09"), id="2")], ["11-21", "11-23"],
     expect={"11-21": {"2": X("wait", "11-23", then="call", kind="competing-offer")}})
case("R6 offer deadline today still held", [A(E("applied", "11-02"), E("offer", "11-16", deadline="11-18")),
                                            A(E("final", "11-09"), E("thanks", "11-09"), id="2"),
                                            A(E("applied", "11-09"), id="3")], ["11-18", "11-19"])

# ---------------- R7
case("R7 window last day", A(E("interview", "11-16", round=1)), ["11-16", "11-18", "11-19"],
     expect={"11-18": {"1": X("email", "11-16", kind="thank-you")}, "11-19": {"1": X("wait", "11-23", kind="follow-up")}})
case("R7 Saturday interview", A(E("applied", "11-02"), E("interview", "11-21", round=1)), ["11-21", "11-24", "11-25"],
     expect={"11-21": {"1": X("email", "11-21", kind="thank-you")}, "11-24": {"1": X("email", "11-21")}})
case("R7 off", A(E("interview", "11-16", round=2)), ["11-16"], settings={"thankYou": False})
case("R7 holiday in window", A(E("interview", "11-19", round=2)), ["11-24", "11-25"], settings={"holidays": ["2026-11-20"]},
     expect={"11-24": {"1": X("email", "11-19")}})
case("R7 before negative cue", A(E("interview", "11-16", round=1, cue="negative")), ["11-16"],
     expect={"11-16": {"1": X("email", "11-16", kind="thank-you")}})
case("R7 then R9", A(E("interview", "11-16", round=1, cue="negative"), E("thanks", "11-16")), ["11-17"],
     expect={"11-17": {"1": X("move-on", "11-16", kind="negative-cue")}})
case("R7 call same day counts", A(E("interview", "11-16", round=2), E("call", "11-16")), ["11-17"])
case("R7 window 1 day setting", A(E("screen", "11-20")), ["11-23", "11-24"], settings={"thankYouWindowBusinessDays": 1})

# ---------------- R8
case("R8 scheduled", A(E("applied", "11-02"), E("interview", "11-25", round=1)), ["11-18", "11-25"],
     expect={"11-18": {"1": X("wait", "11-25", then="email", kind="scheduled")},
             "11-25": {"1": X("email", "11-25", kind="thank-you")}})
case("R8 two scheduled", A(E("applied", "11-02"), E("interview", "11-27", round=1), E("screen", "11-25")), ["11-18"],
     expect={"11-18": {"1": X("wait", "11-25", kind="scheduled")}})
case("R8 Saturday", A(E("applied", "11-02"), E("final", "11-28")), ["11-18"], expect={"11-18": {"1": X("wait", "11-28")}})
case("R7 before R8", A(E("interview", "11-16", round=1), E("interview", "11-24", round=2)), ["11-17", "11-19"],
     expect={"11-17": {"1": X("email", "11-16", kind="thank-you")}, "11-19": {"1": X("wait", "11-24", kind="scheduled")}})
case("R8 only scheduled", A(E("screen", "11-25")), ["11-18"])
case("R8 with invitation open", A(E("interview", "11-09", round=2, invited="11-16"), E("thanks", "11-09"), E("final", "11-20")),
     ["11-16"], expect={"11-16": {"1": X("wait", "11-20", kind="scheduled")}})

# ---------------- R9
case("R9 negative reply", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("reply", "11-05", cue="negative")), ["11-06"],
     expect={"11-06": {"1": X("move-on", "11-05", kind="negative-cue")}})
case("R9 call after, Saturday", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("reply", "11-05", cue="negative"), E("call", "11-07")),
     ["11-07", "11-09"], expect={"11-07": {"1": X("wait", "11-09", then="move-on")}})
case("R9 cleared by next round", A(E("interview", "11-02", round=1, cue="negative"), E("thanks", "11-02"), E("interview", "11-09", round=2), E("thanks", "11-09")),
     ["11-10"], expect={"11-10": {"1": X("wait", "11-16", kind="follow-up")}})
case("R9 delay negative N2", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("delay", "11-05", cue="negative", reason="budget")), ["11-06"],
     expect={"11-06": {"1": X("move-on", "11-05", rules=["R9", "N2"])}})
case("R9 negative answered call", A(E("applied", "11-02"), E("email", "11-09"), E("call", "11-16", cue="negative")), ["11-16", "11-17"])

# ---------------- R10
case("R10 future invitation email", A(E("interview", "11-16", round=2, invited="11-24", channel="email"), E("thanks", "11-16")), ["11-18", "11-24", "11-26"],
     expect={"11-18": {"1": X("wait", "11-24", then="email", kind="invited")}, "11-26": {"1": X("email", "11-24", kind="invited")}})
case("R10 Saturday invitation", A(E("interview", "11-16", round=2, invited="11-28"), E("thanks", "11-16")), ["11-18", "11-28", "11-30"],
     expect={"11-18": {"1": X("wait", "11-28", then="call")}})
case("R10 used up", A(E("interview", "11-16", round=2, invited="11-20"), E("thanks", "11-16"), E("call", "11-20")), ["11-23", "11-27"])
case("R10 cleared by newer employer event", A(E("interview", "11-16", round=2, invited="11-25"), E("thanks", "11-16"), E("reply", "11-18")), ["11-19"])
case("R10 overrides weekly limit", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-16"), E("reply", "11-17", invited="11-18")),
     ["11-17", "11-18"], expect={"11-18": {"1": X("call", "11-18", kind="invited")}})
case("R10 noCalls keeps channel", A(E("interview", "11-16", round=2, invited="11-19"), E("thanks", "11-16"), noCalls=True), ["11-19"],
     expect={"11-19": {"1": X("call", "11-19", kind="invited")}})
case("R10 several open earliest", A(E("interview", "11-16", round=2, invited="11-27"), E("thanks", "11-16"), E("reply", "11-17", invited="11-24", channel="email")),
     ["11-18"], expect={"11-18": {"1": X("wait", "11-24", then="email")}})
case("R10 early follow-up keeps it", A(E("interview", "11-16", round=2, invited="11-25"), E("thanks", "11-16"), E("email", "11-20")), ["11-23"],
     expect={"11-23": {"1": X("wait", "11-25", then="call", kind="invited")}})
case("R10 counted by invitation", A(E("screen", "11-02", invited="11-04"), E("thanks", "11-02"), E("call", "11-04")), ["11-05", "11-11"])
case("R10 invitation used then M", A(E("applied", "11-02", ), E("reply", "11-03", invited="11-04"), E("email", "11-04"), E("email", "11-11")), ["11-12"],
     expect={"11-12": {"1": X("wait", "11-18", then="move-on")}})
case("R10 answered call with invitation", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09", invited="11-12")), ["11-10", "11-12"])

# ---------------- R11
case("R11 window", A(E("interview", "11-09", round=2), E("thanks", "11-09"), E("call", "11-23", noAnswer=True)), ["11-23", "11-24", "11-25"],
     expect={"11-23": {"1": X("email", "11-23", kind="after-call")}, "11-24": {"1": X("email", "11-23")},
             "11-25": {"1": X("wait", "11-30", then="email")}})
case("R11 Friday call", A(E("interview", "11-09", round=2), E("thanks", "11-09"), E("call", "11-20", noAnswer=True)), ["11-23", "11-24"],
     expect={"11-23": {"1": X("email", "11-20", kind="after-call")}})
case("R11 Saturday call", A(E("interview", "11-09", round=2), E("thanks", "11-09"), E("call", "11-21", noAnswer=True)), ["11-21", "11-23", "11-24"],
     expect={"11-23": {"1": X("email", "11-21")}, "11-24": {"1": X("wait")}})
case("R11 answered by email not counted", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09", noAnswer=True), E("email", "11-10")),
     ["11-16", "11-17"], expect={"11-16": {"1": X("wait", "11-17", then="email")}})
case("R11 email answers call that used invitation", A(E("interview", "11-02", round=1, invited="11-09"), E("thanks", "11-02"), E("call", "11-09", noAnswer=True), E("email", "11-10")),
     ["11-16", "11-17"])
case("R11 other follow-up between", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09", noAnswer=True), E("call", "11-09"), E("email", "11-10")),
     ["11-16", "11-17"])
case("R11 email answer then M at applied", A(E("applied", "11-02"), E("call", "11-09", noAnswer=True), E("email", "11-10"), E("email", "11-17")),
     ["11-17", "11-24"], expect={"11-17": {"1": X("wait", "11-24", then="move-on")}})
case("R11 noCalls", A(E("applied", "11-02"), E("call", "11-09", noAnswer=True), noCalls=True), ["11-09"])
case("R11 early unanswered call", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-04", noAnswer=True)), ["11-05", "11-06"])
case("R11 after reply", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09", noAnswer=True), E("reply", "11-10")), ["11-10"])
case("R11 email after window", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09", noAnswer=True), E("email", "11-12")),
     ["11-12", "11-19"])

# ---------------- R12 / early vs counted / weekly limit vs base
case("R12 early setting 1", A(E("applied", "11-02"), E("email", "11-09")), ["11-10", "11-16"], settings={"maxUnansweredEarly": 1},
     expect={"11-10": {"1": X("wait", "11-16", then="move-on")}})
case("weekly limit beats base", A(E("applied", "11-02"), E("call", "11-08"), E("reply", "11-09", expectBy="11-10")), ["11-11"],
     expect={"11-11": {"1": X("wait", "11-16", then="email")}})
case("base beats weekly limit", A(E("interview", "11-02", round=2, expectBy="11-20"), E("thanks", "11-02"), E("call", "11-13")), ["11-16", "11-23"],
     expect={"11-16": {"1": X("wait", "11-23")}})
case("early follow-ups do not count", A(E("applied", "11-02"), E("email", "11-03"), E("email", "11-05")), ["11-06"],
     expect={"11-06": {"1": X("wait", "11-12", then="email")}})
case("counted on F day", A(E("applied", "11-02"), E("email", "11-09"), E("email", "11-16"), E("email", "11-20")), ["11-20", "11-23"])
case("follow-up before anchor sets limit", A(E("interview", "11-02", round=2), E("call", "11-02"), E("reply", "11-03")), ["11-04", "11-10"])
case("late stage M 3 with setting 2", A(E("final", "11-02"), E("thanks", "11-02"), E("call", "11-09"), E("email", "11-16")), ["11-17"],
     settings={"maxUnansweredLate": 2})

# ---------------- channels
case("first interview encouraged 2 calls", A(E("interview", "11-02", round=1, cue="encouraging"), E("thanks", "11-02"), E("call", "11-09")), ["11-16"],
     settings={"maxUnansweredEarly": 3}, expect={"11-16": {"1": X("call", "11-16", rules=["R13"])}})
case("first interview encouraged third", A(E("interview", "11-02", round=1, cue="encouraging"), E("thanks", "11-02"), E("call", "11-09"), E("call", "11-16")),
     ["11-23"], settings={"maxUnansweredEarly": 3}, expect={"11-23": {"1": X("email", "11-23")}})
case("first interview not encouraged", A(E("interview", "11-02", round=1, cue="neutral"), E("thanks", "11-02"), E("call", "11-09")), ["11-16"],
     expect={"11-16": {"1": X("email", "11-16")}})
case("screen call same day", A(E("screen", "11-02"), E("call", "11-02")), ["11-09"], expect={"11-09": {"1": X("email", "11-09")}})
case("later stage after answered call", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09"), E("call", "11-10", expectBy="11-13")),
     ["11-16"], expect={"11-16": {"1": X("wait", "11-17", then="call")}})
case("later stage noCalls", A(E("interview", "11-02", round=2), E("thanks", "11-02"), noCalls=True), ["11-09"], expect={"11-09": {"1": X("email")}})
case("applied noCalls", A(E("applied", "11-02"), noCalls=True), ["11-09"])
case("first interview maxCalls 2", A(E("screen", "11-02"), E("thanks", "11-02"), E("call", "11-09")), ["11-16"],
     settings={"maxCallsFirstInterview": 2, "maxUnansweredEarly": 3})
case("first interview calls before interview", A(E("applied", "10-26"), E("call", "10-30"), E("screen", "11-02"), E("thanks", "11-02")), ["11-09"],
     expect={"11-09": {"1": X("call", "11-09")}})

# ---------------- notes
case("N1 final counted", A(E("final", "11-02"), E("thanks", "11-02"), E("call", "11-09")), ["11-10", "11-16"],
     expect={"11-16": {"1": X("email", "11-16", rules=["R13", "N1"])}})
case("N1 not with early only", A(E("final", "11-02", expectBy="11-13"), E("thanks", "11-02"), E("call", "11-09")), ["11-10"],
     expect={"11-10": {"1": X("wait", "11-16", rules=["R13"])}})
case("N1 with R12", A(E("final", "11-02"), E("thanks", "11-02"), E("call", "11-09"), E("email", "11-16"), E("email", "11-23")), ["11-24", "11-30"])
case("N2 until future", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("delay", "11-05", until="11-20", reason="budget")), ["11-10", "11-23"],
     expect={"11-10": {"1": X("wait", "11-23", rules=["R13", "N2"])}, "11-23": {"1": X("call", "11-23", rules=["R13", "N2"])}})
case("N2 until Saturday", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("delay", "11-05", until="11-21")), ["11-10"],
     expect={"11-10": {"1": X("wait", "11-23")}})
case("N2 no date", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("delay", "11-05", reason="reorg")), ["11-10", "11-26"],
     expect={"11-10": {"1": X("wait", "11-26", rules=["R13", "N2"])}})
case("N2 no date on a Friday", A(E("applied", "11-02"), E("delay", "11-06")), ["11-10", "11-27"],
     expect={"11-10": {"1": X("wait", "11-27")}})
case("N3 unsure thank-you", A(E("interview", "11-02", round=1, cue="unsure")), ["11-02", "11-05"])
case("N3 unsure after thanks", A(E("interview", "11-02", round=1, cue="unsure"), E("thanks", "11-02")), ["11-05"],
     expect={"11-05": {"1": X("wait", "11-09", rules=["R13", "N4"])}})
case("N3 thanks logged before same day", A(E("applied", "10-20"), E("thanks", "11-02"), E("interview", "11-02", round=2, cue="unsure")), ["11-05", "11-09"])
case("N3 unsure reply later stage", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("reply", "11-04", cue="unsure")), ["11-05", "11-11"],
     expect={"11-05": {"1": X("wait", "11-11", rules=["R13", "N3"])}, "11-11": {"1": X("call", "11-11", rules=["R13", "N3"])}})
case("N3 unsure answered call", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09", cue="unsure")), ["11-10"])
case("N4 applied", A(E("applied", "11-02")), ["11-03", "11-09"], expect={"11-03": {"1": X("wait", rules=["R13", "N4"])}, "11-09": {"1": X("email", rules=["R13"])}})
case("N4 not encouraged", A(E("screen", "11-02", cue="encouraging"), E("thanks", "11-02")), ["11-03"],
     expect={"11-03": {"1": X("wait", rules=["R13"])}})
case("N4 not later stage", A(E("interview", "11-02", round=2), E("thanks", "11-02")), ["11-03"],
     expect={"11-03": {"1": X("wait", rules=["R13"])}})

# ---------------- anchor, promise, order logged
case("newer anchor clears promise", A(E("interview", "11-02", round=2, expectBy="11-20"), E("thanks", "11-02"), E("reply", "11-04")), ["11-05"],
     expect={"11-05": {"1": X("wait", "11-11")}})
case("anchor by order logged", A(E("applied", "10-26"), E("reply", "11-10", expectBy="11-20"), E("interview", "11-10", round=2), E("thanks", "11-10")), ["11-11"],
     expect={"11-11": {"1": X("wait", "11-17")}})
case("back-dated reply logged later", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09"), E("reply", "11-06", expectBy="11-18")), ["11-10"])
case("promise on Friday + 1", A(E("interview", "11-16", round=2, expectBy="11-20"), E("thanks", "11-16")), ["11-17"],
     settings={"daysAfterPromise": 0}, expect={"11-17": {"1": X("wait", "11-20")}})
case("holidays in the base count", A(E("applied", "11-20")), ["11-23"], settings={"holidays": ["2026-11-26", "2026-11-27"]},
     expect={"11-23": {"1": X("wait", "12-01")}})
case("applied on Saturday", A(E("applied", "11-21")), ["11-23"], expect={"11-23": {"1": X("wait", "11-27")}})
case("not started", [A(E("interview", "11-30", round=1)), A(E("applied", "11-02"), id="2")], ["11-18"])

# ---------------- pipeline
case("pipeline 3 active", [A(E("applied", "11-02")), A(E("applied", "11-02"), id="2"), A(E("applied", "11-02"), id="3")], ["11-05"])
case("pipeline 2 active 1 closed", [A(E("applied", "11-02")), A(E("applied", "11-02"), id="2"), A(E("applied", "11-02"), E("withdrawn", "11-03"), id="3")], ["11-05"])
case("pipeline all final", [A(E("final", "11-02")), A(E("final", "11-02"), id="2"), A(E("final", "11-02"), id="3")], ["11-05"])
case("pipeline held offer", [A(E("applied", "11-02"), E("offer", "11-04", deadline="11-06"))], ["11-05", "11-09"])
case("pipeline only not started", [A(E("screen", "11-30"))], ["11-05"])
case("pipeline min setting", [A(E("applied", "11-02")), A(E("applied", "11-02"), id="2")], ["11-05"], settings={"pipelineMin": 2})

# ---------------- added after the first comparisons
case("R10 answered call invites same day", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("call", "11-09", invited="11-09")), ["11-09", "11-10"])
case("R10 answered email invites same day email", A(E("applied", "11-02"), E("email", "11-09", invited="11-09", channel="email")), ["11-10"])
case("R10 reply invites same day (not a follow-up)", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("reply", "11-09", invited="11-09")), ["11-10"])
case("R10 tie same D two channels", A(E("screen", "11-02", invited="11-09", channel="email"), E("thanks", "11-02"), E("reply", "11-04", invited="11-09", channel="call")), ["11-05", "11-09"])
case("R10 tie same D two channels reversed", A(E("screen", "11-02", invited="11-09", channel="call"), E("thanks", "11-02"), E("reply", "11-04", invited="11-09", channel="email")), ["11-05"])
case("stage: interview after offer", [A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("offer", "11-10", deadline="11-20"), E("call", "11-10"), E("interview", "11-12", round=3)),
                                     A(E("final", "11-05"), E("thanks", "11-05"), id="2")], ["11-12", "11-13", "11-20"])
case("stage: offer again after interview", [A(E("interview", "11-02", round=2), E("offer", "11-10", deadline="11-13"), E("call", "11-10"), E("interview", "11-12", round=3), E("thanks", "11-12"), E("offer", "11-16"))], ["11-16", "11-17"])
case("stage: applied after interview", A(E("screen", "11-02"), E("thanks", "11-02"), E("applied", "11-03")), ["11-04", "11-10"])
case("stage: round 1 after round 2", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("interview", "11-05", round=1), E("thanks", "11-05"), E("call", "11-12")), ["11-19"])
case("R12 then reply restarts", A(E("applied", "11-02"), E("email", "11-09"), E("email", "11-16"), E("reply", "11-24", expectBy="11-27")), ["11-23", "11-24", "11-30"])
case("R9 with scheduled interview (R8 first)", A(E("interview", "11-02", round=2, cue="negative"), E("thanks", "11-02"), E("final", "11-20")), ["11-05"])
case("R6 vs R7 (R6 first)", [A(E("applied", "11-02"), E("offer", "11-16")), A(E("final", "11-17"), id="2")], ["11-17"])
case("R6 withdrawn offer no longer held", [A(E("applied", "11-02"), E("offer", "11-16"), E("withdrawn", "11-17")), A(E("final", "11-09"), E("thanks", "11-09"), id="2")], ["11-17"])
case("R6 offer app rejected later", [A(E("applied", "11-02"), E("offer", "11-16"), E("rejected", "11-17")), A(E("final", "11-09"), E("thanks", "11-09"), id="2")], ["11-17", "11-18"])
case("R3 and R2 and pipeline", [A(E("applied", "11-02"), E("offer", "11-10"), E("call", "11-10"), E("accepted", "11-11")),
                                A(E("applied", "11-02"), E("rejected", "11-11"), id="2")], ["11-11"])
case("R4 offer as first event, noCalls, R5", A(E("offer", "11-16", deadline="11-16"), E("email", "11-16"), noCalls=True), ["11-16", "11-17"])
case("R5 deadline before last contact+1 Friday", A(E("offer", "11-16", deadline="11-20"), E("call", "11-20")), ["11-20", "11-23"])
case("N1 final anchor not final", A(E("final", "11-02"), E("thanks", "11-02"), E("reply", "11-04"), E("call", "11-11")), ["11-12", "11-18"])
case("N2 delay ran until today", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("delay", "11-05", until="11-10")), ["11-10", "11-11"])
case("holiday on weekly limit day", A(E("applied", "11-02"), E("email", "11-09")), ["11-10"], settings={"holidays": ["2026-11-16"], "maxUnansweredEarly": 3},
     expect={"11-10": {"1": X("wait", "11-17")}})
case("screen with encouraging cue, channel", A(E("screen", "11-02", cue="encouraging"), E("thanks", "11-02"), E("call", "11-09", noAnswer=True), E("email", "11-09")), ["11-16"],
     expect={"11-16": {"1": X("call", "11-16")}})
case("R3 and a not-started application", [A(E("offer", "11-10"), E("call", "11-10"), E("accepted", "11-12")),
                                          A(E("screen", "11-20"), id="2"), A(E("applied", "11-02"), E("interview", "11-20", round=1), id="3")], ["11-13"])
case("N3 on an offer (R4) and R6", [A(E("applied", "11-02"), E("offer", "11-16", cue="unsure")),
                                    A(E("final", "11-10", cue="unsure"), id="2")], ["11-16", "11-17"])
case("N3 rejection reply", A(E("interview", "11-02", round=2, cue="unsure"), E("rejected", "11-05")), ["11-05"])
case("settings 0: first follow-up from a Saturday", A(E("applied", "11-21")), ["11-21", "11-23"], settings={"firstFollowUpBusinessDays": 0})
case("settings 0: Saturday rejection, window 0", A(E("applied", "11-02"), E("rejected", "11-21")), ["11-21", "11-23"], settings={"rejectionReplyBusinessDays": 0})
case("settings 0: Saturday interview, window 0", A(E("applied", "11-02"), E("interview", "11-21", round=1)), ["11-21", "11-23"], settings={"thankYouWindowBusinessDays": 0})
case("settings 0: no calls at first interview", A(E("screen", "11-02"), E("thanks", "11-02")), ["11-09"], settings={"maxCallsFirstInterview": 0})
case("R3 two acceptances", [A(E("offer", "11-10"), E("call", "11-10"), E("accepted", "11-12")),
                            A(E("offer", "11-11"), E("call", "11-11"), E("accepted", "11-14"), id="2"),
                            A(E("applied", "11-02"), id="3")], ["11-16"])
case("R6 offer deadline passed, other held later", [A(E("applied", "11-02"), E("offer", "11-09", deadline="11-13"), E("call", "11-09")),
                                                    A(E("final", "11-05"), E("thanks", "11-05"), E("call", "11-12"), id="2"),
                                                    A(E("applied", "11-02"), E("offer", "11-16"), id="3")], ["11-13", "11-16", "11-17"])
case("R6 at round 2 with unanswered call today", [A(E("applied", "11-02"), E("offer", "11-16")),
                                                  A(E("interview", "11-05", round=2), E("thanks", "11-05"), E("call", "11-13", noAnswer=True), id="2")], ["11-16"])
case("applied with expectBy (promise)", A(E("applied", "11-02", expectBy="11-20")), ["11-05", "11-23"])
case("applied with invited (not an employer event?)", A(E("applied", "11-02", invited="11-05")), ["11-03", "11-05"])
case("delay with expectBy, no until", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("delay", "11-05", expectBy="11-12")), ["11-06", "11-13"])
case("delay with until and expectBy", A(E("interview", "11-02", round=2), E("thanks", "11-02"), E("delay", "11-05", until="11-20", expectBy="11-12")), ["11-06"])
case("no anchor event (applied removed with rm --event)", A(E("note", "11-02"), E("call", "11-05", noAnswer=True), E("thanks", "11-06")), ["11-06", "11-09", "11-16"])
case("no anchor: only a note", A(E("note", "11-02")), ["11-03", "11-09"])
case("ex6 country US via countryHolidays", A(E("offer", "11-18", deadline="11-27"), E("call", "11-18")), ["11-19"],
     settings={"country": "US"}, extra={"countryHolidays": {"country": "US", "years": {"2026": ["2026-11-26", "2026-12-25"]}}},
     expect={"11-19": {"1": X("wait", "11-25", then="call")}})
case("country holidays in a count", A(E("applied", "12-18")), ["12-21"],
     settings={"country": "GB", "holidays": ["2026-12-24"]}, extra={"countryHolidays": {"country": "GB", "years": {"2026": ["2026-12-25", "2026-12-28"]}}},
     expect={"12-21": {"1": X("wait", "12-30")}})

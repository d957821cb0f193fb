"""The twenty-sixth attacker's lines (2026-12-07): an offer the contact brings ("Kranich offer
call", "rang w/ verbal offer", "письменный офер на почту") against offers pending, moved, turned
down, told by the owner, sent by the owner as a recruiter, someone else's, and meeting notes'
titles. Each line is held by its sides (tests/attack_sides.py). HELD are the 11 lines the first
version of the reading got wrong and every other line it mended; the ones still read wrong are
named and held to their wrong reading as strict expected failures, so a fix shows up here."""

from __future__ import annotations

from attack_sides import sided_tests

HELD = [
    ("-", "offer: TBD", "-", "-"),
    ("-", "offer — turned down", "?", "-"),
    ("-", "оффер — отклонил, мало", "?", "-"),
    ("f", "оффер — отклонила, мало", "?", "-"),
    ("-", "offer call — moved to Mon", "-", "-"),
    ("-", "offer call postponed", "-", "-"),
    ("-", "офер-колл перенесли на пн", "-", "-"),
    ("-", "offer call rescheduled to Thu", "-", "-"),
    ("-", "offer: TBC", "-", "-"),
    ("-", "offer — pending", "-", "-"),
    ("-", "offer — passed", "?", "-"),
    ("-", "Kranich offer call", "-", "+"),
    ("-", "- 2 Dec — rang w/ verbal offer 🤝 66k", "-", "+"),
    ("-", "- 8/1 offer. 105k + RSU", "-", "+"),
    ("-", "- 12.11 — оффер!!! 🎉", "-", "+"),
    ("-", "офер пришел, 300 на руки", "-", "+"),
    ("-", "offer!", "-", "+"),
    ("-", "- 2026-11-30 offer — 140k + equity", "-", "+"),
    ("-", "> offer: 7k EUR", "-", "+"),
    ("f", "- 7.10 позвонил с офером, 280", "-", "+"),
    ("-", "- 2.12 [[Anna K]] — (outcome:: written offer) 💶", "-", "+"),
    ("-", "оффер!!! ура", "-", "+"),
    ("-", "оффер в силе, письменный до пятницы", "-", "+"),
    ("-", "- 1.12 [[Kaspi]] оффер, 5500 gross", "-", "+"),
    ("-", "Dec 2: Stripe offer! 140k 🎉", "-", "+"),
    ("-", "- 12.02 offer letter 📎", "-", "+"),
    ("-", "- Mon: offer call, 92k", "-", "+"),
    ("-", "- 14 окт — оффер, 300к net", "-", "+"),
    ("-", "офер, 250 к на руки + ДМС", "-", "+"),
    ("-", "- 2026-10-03 — Kranich offer call, 70k", "-", "+"),
    ("-", "- 2026-10-03 Kranich offer call", "-", "+"),
    ("-", "the recruiter rang w/ the offer 🎉", "-", "+"),
    ("-", "оффер в пдф, 320к", "-", "+"),
    ("-", "- 13/5 phoned with a written offer", "-", "+"),
]
KNOWN_WRONG = [
    ("-", "оффер от uzum пришел!!! 7 млн", "-", "+"),
    ("-", "Offer from Revolut 🎉", "-", "+"),
    ("-", "verbal offer today, written will follow next week", "-", "+"),
    ("-", "told her about the offer from Kaspi", "+", "-"),
    ("-", "got the offer at Stripe, he says — 140k", "-", "+"),
    ("-", "might get an offer by Fri", "-", "-"),
    ("-", "offered to refer her to my team", "+", "-"),
    ("-", "- 12.11 — финал ✅ → оффер 🎉 380к", "-", "+"),
    ("-", "звонил вечером с оффером 🎉", "-", "+"),
    ("-", "оффер — Ивану, 300к", "+", "-"),
]
"""Still read wrong: an offer the rules read as the owner's news ("оффер от uzum пришел!!!",
"Offer from Revolut 🎉") or the contact's call with it as given ("звонил с оффером, 320к"), an
outcome field or a bare offer with a sum and no mark after it, offers the owner tells or that
are only planned that the rules read as moving something, and the owner's own offer to a
candidate or help offered ("оффер — Ивану", "offered to refer her") read as nothing given."""

test_the_attackers_lines_read_right, test_the_attackers_lines_still_read_wrong = sided_tests(
    HELD, KNOWN_WRONG
)

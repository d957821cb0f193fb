"""News a contact brings that the reading of who did what finds no actor in: a step forward in a
hiring process (vaultkit.domain.advances), feedback named with no one acting
(vaultkit.domain.heard_feedback), an approach about a role (vaultkit.domain.approaches) and an
offer brought (vaultkit.domain.offers_brought):
whose it is and what kind of value it is, in both languages and both voices."""

from __future__ import annotations

import pytest

from vaultkit.domain.advances import advance
from vaultkit.domain.approaches import approach
from vaultkit.domain.bands_named import band_named
from vaultkit.domain.exchange import read_exchange
from vaultkit.domain.heard_feedback import feedback_heard
from vaultkit.domain.offers_brought import offer_brought


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("позвала на финал", "company_feedback"),
        ("Игорь после техсобеса: фидбек хороший, зовут на финал", "company_feedback"),
        ("кристина: лёшу зовут на скрининг", "vacancy"),
        ("инвайт на техничку 08.12", "company_feedback"),
        ("Артём его уже позвал на собес", "update"),  # his own step
        ("по рекомендации Артура позвали на финал в Bolt", "referral"),
        ("через Вику получил приглашение на собес в [[Halyk]]", "referral"),
        ("Email: Tom's feedback was really positive; moving me to onsite.", "company_feedback"),
        ('"sorry for the radio silence", wants me for stage 2', "company_feedback"),
        ("they invited me for an interview", "vacancy"),
        ("you passed the phone screen", "company_feedback"),
    ],
)
def test_a_step_forward_is_news_of_a_kind(text: str, kind: str) -> None:
    assert advance(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "позвал на собес Машу",  # the owner's own invitation, in his voice
        "пригласил на финал двоих",
        "Next steps: onsite on the 14th.",
        "I moved him to the final round",
        "прошла в финал",  # who told whom is not said
        "sent the calendar invite",
    ],
)
def test_no_step_forward_of_theirs(text: str) -> None:
    assert advance(text) is None


def test_the_reading_takes_the_step_only_where_nothing_else_moved() -> None:
    assert read_exchange("позвала на финал").received == ("company_feedback",)
    told = read_exchange("написал ей, что меня позвали на финал")
    assert not told.received  # the owner's news, told to her
    assert not read_exchange("I told her they're moving me to the onsite").received
    apart = read_exchange("Милош с Лилей созвонились без меня, Лилю позвали на финал")
    assert not apart.received  # it went elsewhere


def test_in_a_womans_notes_her_own_invitation_is_hers() -> None:
    # "позвала" in her notes is her act: read in her voice, it is the owner's masculine
    assert advance("позвал на собес Машу") is None
    assert read_exchange("позвала на собес Машу", "f").received == ()
    assert read_exchange("позвал на финал", "f").received == ("company_feedback",)


@pytest.mark.parametrize(
    "text",
    [
        "фидбек после теха",
        "ОС по сисдизу",
        "- 29.11 фидбек от алины: по js норм, по реакту плаваю",
        "- tech round feedback",
        "debrief on case pres (call, 20 min)",
        "фидбек по кейсу, финал на 23.10",
    ],
)
def test_feedback_named_with_no_one_acting_is_heard(text: str) -> None:
    assert feedback_heard(text)
    assert read_exchange(text).received == ("company_feedback",)


@pytest.mark.parametrize(
    "text",
    [
        "попросила фидбек письмом",
        "фидбэк ещё собирают, она в отпуске",
        "- 22.09 Обратная связь по резюме пока не получена",
        "Must give the feedback to Pedro until Friday!!",
        "- 2024-04-03 фидбек к пятнице",
        "feedback? still nothing",
        '- Feedback ➜ (e.g. "strong on X but…")',  # a template's placeholder
        "hiring cmte debrief: i was shadowing, said nothing",
    ],
)
def test_feedback_asked_awaited_or_passed_on_is_not_heard(text: str) -> None:
    assert not feedback_heard(text)


@pytest.mark.parametrize(
    "text",
    [
        "- 09/05 Wei Ling reached out re: SRE lead at Grab",
        "- Oct 27 — LinkedIn InMail, Senior Backend Engineer (Payments), London",
        "Email from [[Tom Reilly]] — Verdant Grocers Senior DE. Wants an answer by end of week.",
        "- Pooja (PhonePe TA) messaged on Naukri for SRE-2, Blr, 5 days WFO",
        "- 2026-09-22 написала в LinkedIn про Senior Backend Engineer в Амстердаме",
    ],
)
def test_an_approach_about_a_role_is_a_vacancy_received(text: str) -> None:
    assert approach(text)
    assert read_exchange(text).received == ("vacancy",)


@pytest.mark.parametrize(
    "text",
    [
        "messaged him on LinkedIn about the Staff role",  # the owner wrote
        "I reached out to Tom about a Senior role",
        "написал в LinkedIn про позицию лида",  # a bare masculine verb: the owner's
        "Tom reached out about coffee",  # no role
        "Anna messaged congrats on the new role",
        "Anna: если будет позиция лида — напишу",
    ],
)
def test_no_approach_of_theirs_about_a_role(text: str) -> None:
    assert not approach(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kranich offer call",
        "письменный офер на почту, дедлайн 4.12",
        "- 2 Dec — rang w/ verbal offer 🤝 66k",
        "called me herself 10:30am with the verbal offer",
        "- (date:: 2026-12-02) call with [[Sophie]] — THG — (outcome:: verbal offer)",
    ],
)
def test_an_offer_the_contact_brings_is_received(text: str) -> None:
    assert offer_brought(text)
    assert read_exchange(text).received  # a vacancy, or the rules' own reading of it


@pytest.mark.parametrize(
    "text",
    [
        "HE GOT THE OFFER!!!",  # someone else's
        "2026-11-21 TalentBridge offer call",  # a meeting's title: whoever was in it
        "- 12/11 verbal offer call set for Fri 2pm",
        "Оффер Kaspi подписал. Написал Айгерим",
        "told her about the offer",
        "- Письменный оффер пришлют «by end of this week»",
        "- [ ] read offer letter properly, benefits pdf",
        "offers are weather forecasts",
    ],
)
def test_no_offer_brought(text: str) -> None:
    assert not offer_brought(text)


@pytest.mark.parametrize(
    "text",
    [
        "- 16.12 band 90-110",
        "- 27.11 вилка 120-150",
        "screen. band 150-175 for the role",
        "- 07.10 скрининг, вилка до 450 gross",
        "range: €85-95k + options (Femke, screen)",
        "Budget for lead ~85–95k",
    ],
)
def test_a_band_with_its_figures_is_market_information_received(text: str) -> None:
    assert band_named(text)
    assert read_exchange(text).received == ("market_info",)


@pytest.mark.parametrize(
    "text",
    [
        "I said 95-105k, she didn't blink",  # the owner's own number
        "- 06.03 Денис спросил вилку, назвала 550–650 gross",
        "какая у вас вилка на мидла, 250-320?",  # a question
        "told Neha their SRE-2 band is 28-38",  # told to someone
        "мои ожидания 300, вилка до 280",
        "- [x] add Kestrel band to [[Salary research]] ✅ 2026-11-12",  # a task, a date
        "- [ ] спросить вилку 200-250?",
        "Didn't get a band out of her.",  # no figures
    ],
)
def test_no_band_named_by_the_contact(text: str) -> None:
    assert not band_named(text)

"""News to share and professional dates in Due contacts, at their boundaries, on real vault
folders: who has heard the news, the search's status, yearly dates and event notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit import config
from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.errors import UserError
from vaultkit.notes import registry
from vaultkit.rules.due import DueItem


def items(root: Path, today: str) -> list[DueItem]:
    built = pipeline.build(root, use_cache=False)
    return list(registry.due_report(built.facts(date.fromisoformat(today))).items)


def of_kind(root: Path, today: str, kind: str) -> dict[str, DueItem]:
    return {i.contact.name: i for i in items(root, today) if i.kind == kind and i.contact}


def contact(props: str, body: str = "") -> str:
    return f"---\ntype: contact\n{props}\n---\n{body}"


def settings(text: str) -> dict[str, str]:
    return {".vaultkit/config.toml": text}


THREE_KEY = {
    "People/Anna.md": contact("tier: key\nlast_contact: 2026-11-01"),
    "People/Boris.md": contact("tier: key\nlast_contact: 2026-11-01"),
    "People/Вера.md": contact("tier: key\nlast_contact: 2026-11-01"),
    "People/Support.md": contact("last_contact: 2026-11-01"),
}


def test_news_heard_by_one_contact_of_three(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            "Daily/2026-11-10.md": "- Finished the ML course #news\n",
            "Daily/2026-11-12.md": "- call with [[Anna]] about the market\n",
        }
    )
    updates = of_kind(root, "2026-11-14", "share_news")
    assert sorted(updates) == ["Boris", "Вера"]  # Anna has been in touch since; Support is no key
    boris = updates["Boris"]
    assert boris.due_on == date(2026, 11, 10) and boris.news[0].text == "Finished the ML course"
    pipeline.rebuild(Session(root), date(2026, 11, 14))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "## News to share" in text and "Tell [[People/Boris|Boris]] your news" in text


def test_news_in_russian_heard_on_its_own_line(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            ".vaultkit/config.toml": 'language = "ru"\n',
            "Daily/2026-11-10.md": "- рассказал [[Вера]]: прошёл курс по Kafka #новости\n",
        }
    )
    updates = of_kind(root, "2026-11-14", "share_news")
    assert sorted(updates) == ["Anna", "Boris"]  # Вера heard it on the line itself
    assert updates["Anna"].news[0].text == "рассказал [[Вера]]: прошёл курс по Kafka"
    pipeline.rebuild(Session(root), date(2026, 11, 14))
    text = (root / "vaultkit" / "Кому написать.md").read_text(encoding="utf-8")
    assert "## Поделиться новостями" in text and "Рассказать новости: [[People/Anna|Anna]]" in text


def test_news_older_than_its_window_and_undated_news_are_not_offered(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            "Daily/2026-11-02.md": "- New side project launched #news\n",
            "Notes/Ideas.md": "- Some undated thought #news\n",
        }
    )
    assert len(of_kind(root, "2026-12-02", "share_news")) == 3  # 30 days: still offered
    assert of_kind(root, "2026-12-03", "share_news") == {}  # 31 days: no longer news


def test_a_note_tagged_as_news_and_the_configured_news_note(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact("tier: key\nlast_contact: 2026-11-01"),
            "Talks/2026-11-08 My talk at PyCon.md": "---\ntags: [news]\n---\nSlides are up.\n",
            "News.md": "- 2026-11-09 Moved to Berlin\n- not dated\n",
            ".vaultkit/config.toml": '[news]\nnote = "News"\n',
        }
    )
    [update] = of_kind(root, "2026-11-14", "share_news").values()
    assert [news.text for news in update.news] == ["2026-11-08 My talk at PyCon", "Moved to Berlin"]
    assert update.due_on == date(2026, 11, 9)  # the latest news


def test_search_status_hired_updates_key_contacts_and_rides_on_later_check_ins(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            "People/Boris.md": contact("tier: key\nlast_contact: 2026-11-21"),
            ".vaultkit/config.toml": (
                '[news]\nsearch_status = "hired"\nsearch_status_since = "2026-11-20"\n'
            ),
        }
    )
    updates = of_kind(root, "2026-11-24", "share_news")
    assert sorted(updates) == ["Anna", "Вера"]  # Boris spoke to them after the 20th
    assert updates["Anna"].news[0].kind == "hired"
    # Anna's check-in (due 2026-12-01, within a week of the update) is the update itself
    assert "Anna" not in of_kind(root, "2026-11-24", "reach_out")
    # two months on, the news is old, but a check-in with someone who has not heard carries it
    later = of_kind(root, "2027-01-25", "reach_out")
    assert later["Support"].news[0].kind == "hired"
    assert later["Anna"].news[0].kind == "hired"
    assert later["Boris"].news == ()  # in touch on the 21st: he has heard
    pipeline.rebuild(Session(root), date(2026, 11, 24))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "I have started a new role" in text


def test_paused_search_in_the_drafts(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Анна.md": contact("tier: key\nlast_contact: 2026-11-01"),
            ".vaultkit/config.toml": (
                '[news]\nsearch_status = "paused"\nsearch_status_since = "2026-11-20"\n'
            ),
        }
    )
    pipeline.rebuild(Session(root), date(2026, 11, 24))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "your news: since you last spoke (1\u00a0Nov): your search is paused" in text
    assert "я поставил(а) поиск работы на паузу" in text  # her draft is in Russian


def test_yearly_professional_dates_for_key_contacts_a_tag_or_all(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            "People/Hr.md": contact("tags: [hr/agency]\nlast_contact: 2026-11-01"),
            ".vaultkit/config.toml": (
                '[due.events]\n"Key day" = { date = "11-30", who = "key" }\n'
                '"HR day" = { date = "12-08", who = "#hr" }\n'
                '"Everyone day" = { date = "12-09", who = "all" }\n'
                '"Leap day" = { date = "02-29" }\n'
            ),
        }
    )
    events = [
        (i.event.name, i.contact.name, i.due_on.isoformat())
        for i in items(root, "2026-11-24")
        if i.kind == "event" and i.event and i.contact
    ]
    assert sorted(events) == sorted(
        [("Key day", name, "2026-11-30") for name in ("Anna", "Boris", "Вера")]
        + [("HR day", "Hr", "2026-12-08")]  # 14 days ahead: in; "Everyone day" is 15 days ahead
    )
    leap = [i for i in items(root, "2027-02-20") if i.event and i.event.name == "Leap day"]
    assert {i.due_on for i in leap} == {date(2027, 2, 28)} and len(leap) == 3  # key by default


def test_event_notes_remind_of_the_contacts_they_link(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            "Events/2026-12-02 DevFest.md": (
                "---\ntype: conference\ndate: 2026-12-02\n---\nGoing: [[Anna]], [[Support]]\n"
            ),
            "Events/Meetup.md": "---\ntags: [митап]\ndate: 2027-01-20\n---\n[[Boris]]\n",
            "Notes/Plan.md": "---\ndate: 2026-12-01\n---\n[[Вера]]\n",  # not an event
        }
    )
    events = {
        (i.contact.name, i.due_on.isoformat())
        for i in items(root, "2026-11-24")
        if i.kind == "event" and i.contact
    }
    assert events == {("Anna", "2026-12-02"), ("Support", "2026-12-02")}
    pipeline.rebuild(Session(root), date(2026, 11, 24))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "[[Events/2026-12-02 DevFest|DevFest]] on 2\u00a0Dec: they attend" in text
    assert "I saw you will be at DevFest on 2\u00a0Dec" in text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[news]\nsearch_status = "looking"', "news.search_status must be searching, paused"),
        ('[news]\nsearch_status_since = "20.11.2026"', "must be a date written YYYY-MM-DD"),
        ('[due.events]\nx = { date = "13-01" }', "a date written as MM-DD"),
        ('[due.events]\nx = "05-20"', "a table such as"),
        ('[due.events]\nx = { date = "05-20", whom = "key" }', "a table of date and who"),
    ],
)
def test_config_mistakes_are_named(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        config.loads(text, config.ObsidianSettings())


def test_a_status_without_its_day_is_a_warning() -> None:
    _, warnings = config.loads('[news]\nsearch_status = "hired"', config.ObsidianSettings())
    assert "search_status_since gives no day" in warnings[0].message


def test_a_news_tag_where_obsidian_sees_none_is_no_news(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact("tier: key\nlast_contact: 2026-11-01"),
            "Daily/2026-11-10.md": (
                "- Real news: the talk is out #news\n"
                "- Learned the `#news` syntax\n"
                "- see [notes](#news) and https://x.org/#news\n"
                "%% - hidden #news %%\n"
                "```\n- code #news\n```\n"
                "%%\n- a long comment #news\n%%\n"
            ),
        }
    )
    [update] = of_kind(root, "2026-11-14", "share_news").values()
    assert [news.text for news in update.news] == ["Real news: the talk is out"]


def test_a_users_words_cannot_hide_the_rest_of_the_note(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact('tier: key\nlast_contact: 2026-11-01\nfirst_name: "%%Kate"'),
            "Daily/2026-11-10.md": "- Read about <b>tags</b> #news\n",
        }
    )
    pipeline.rebuild(Session(root), date(2026, 11, 14))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "%%" not in text and "<b>" not in text
    assert "Read about &lt;b>tags&lt;/b>" in text and "Hi Kate," in text
    assert "## Coming up" in text  # the rest of the note is still there


def test_an_inline_tag_in_a_daily_note_is_no_event_note(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            "Daily/2026-11-25.md": "- Spoke at a #meetup, then coffee with [[Anna]]\n",
        }
    )
    assert [i for i in items(root, "2026-11-24") if i.kind == "event"] == []


def test_an_events_mistake_names_its_table_line() -> None:
    with pytest.raises(UserError, match=r"config.toml:3: 'due.events'"):
        config.loads(
            'language = "en"\n\n[due.events]\nX = { date = "02-30" }\n', config.ObsidianSettings()
        )
    with pytest.raises(UserError, match="a tag written with its #"):
        config.loads(
            '[due.events]\nX = { date = "05-20", who = "everyone" }', config.ObsidianSettings()
        )


def test_an_event_note_with_an_unreadable_date_is_named(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            **THREE_KEY,
            "Events/DevFest.md": "---\ntype: conference\ndate: soon\n---\nGoing: [[Anna]]\n",
        }
    )
    pipeline.rebuild(Session(root), date(2026, 11, 24))
    health = (root / "vaultkit" / "Vault health.md").read_text(encoding="utf-8")
    assert "the event's date 'soon' is no date vaultkit can read" in health

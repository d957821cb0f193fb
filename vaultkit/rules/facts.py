"""The facts of one build that every report shares: contacts, interviews, feedback items and the
reports built on them, each computed once per build. In the daemon a build also carries over the
previous build's facts for every note its change did not touch (the graph says which: the changed
notes and their neighbours), so a save costs the work of the notes around it, not of the vault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from vaultkit.config import Config
from vaultkit.domain.birthday_lists import with_listed_birthdays
from vaultkit.domain.board_lanes import stale_cards
from vaultkit.domain.calendar_events import with_events, without_bookings
from vaultkit.domain.company_applications import company_applications
from vaultkit.domain.company_folder import about_company, companies_by_folder
from vaultkit.domain.company_log_feedback import company_log_feedback
from vaultkit.domain.company_rounds import company_rounds
from vaultkit.domain.contacts import Contact, contact_of
from vaultkit.domain.events import event_notes, event_problems, yearly_events
from vaultkit.domain.feedback import (
    FeedbackItem,
    company_feedback,
    contact_feedback,
    has_feedback_lines,
    interview_feedback,
    lexicon_for,
    told_feedback,
    tracker_feedback,
)
from vaultkit.domain.feedback_classifier import Lexicon
from vaultkit.domain.feedback_in_passing import feedback_in_passing
from vaultkit.domain.feedback_sources import attributed, one_each
from vaultkit.domain.feedback_told import meeting_feedback
from vaultkit.domain.interviews import Interview, interview_of
from vaultkit.domain.named_contacts import named_interactions, with_named
from vaultkit.domain.named_tasks import mentioned, named_promises
from vaultkit.domain.news import logged_news, search_news
from vaultkit.domain.offer_deadline import answers_in_passing, deadlines_in_passing
from vaultkit.domain.outcomes import Outcome
from vaultkit.domain.owner import owner_of
from vaultkit.domain.owner_voice import owner_gender
from vaultkit.domain.people_ledger import ledger_contacts
from vaultkit.domain.prose_promises import prose_promises
from vaultkit.domain.rounds_ahead import RoundAhead, rounds_ahead
from vaultkit.domain.said_in_passing import (
    KeyedLine,
    Told,
    company_index,
    company_names,
    decisions_in_passing,
    keyed_lines,
)
from vaultkit.domain.tagged_feedback import unowned_feedback
from vaultkit.domain.tracker import tracked_interviews
from vaultkit.domain.tracker_sections import Tracked, tracked_sections
from vaultkit.domain.tracker_table import with_boards_and_tables
from vaultkit.links.graph import VaultGraph
from vaultkit.links.kinds import NoteKind
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.dates import note_day
from vaultkit.rules import due, network
from vaultkit.rules.contact_promises import with_promises
from vaultkit.rules.due import DueReport, Happenings
from vaultkit.rules.feedback_heard import with_feedback_heard
from vaultkit.rules.network import NetworkReport

T = TypeVar("T")
ContactFacts = tuple[Contact, tuple[Diagnostic, ...]]


class Facts:
    """Contacts, interviews, feedback and the reports built on them, as of one day, computed
    on first use. The reports take these, never the build they came from."""

    def __init__(
        self,
        graph: VaultGraph,
        config: Config,
        today: date,
        diagnostics: tuple[Diagnostic, ...] = (),
        previous: Facts | None = None,
    ) -> None:
        self.graph = graph
        self.config = config
        self.today = today
        self.diagnostics = diagnostics
        self._contacts: dict[str, ContactFacts] | None = None
        self._named: tuple[Contact, ...] | None = None
        self._lines: list[KeyedLine] | None = None
        self._interviews: dict[str, Interview] | None = None
        self._every: tuple[Interview, ...] = ()
        self._rounds: dict[str, tuple[RoundAhead, ...]] | None = None
        self._sections: tuple[Tracked, ...] | None = None
        self._feedback: dict[str, tuple[FeedbackItem, ...]] | None = None
        self._lexicon: Lexicon | None = None
        self._network: NetworkReport | None = None
        self._relations: dict[tuple[str, str], str] | None = None
        self._due: DueReport | None = None
        self._by_folder: dict[str, tuple[str, ...]] | None = None
        self._decided: dict[str, tuple[Told, ...]] | None = None
        self._owner: tuple[str | None] | None = None
        self._gender = owner_gender(graph)
        # measured relationships, reused while a contact and its interviews stay the same
        self._relationships: network.RelationshipMemo = (
            previous._relationships if previous is not None else {}
        )
        # Only the previous build's results are kept, never the previous build itself, so a
        # long-running daemon holds one generation of facts, not a chain of them.
        old = previous if graph.touched is not None and previous is not None else None
        if old is not None and (old.config != config or old._gender != self._gender):
            old = None  # a contact's words are read by the owner's gender too (contact_of)
        self._old_contacts = old._contacts if old is not None and old.today == today else None
        self._company_names = company_names(graph)  # an interview's title may name its company
        same = old is not None and old.today == today and old._company_names == self._company_names
        self._old_interviews = old._interviews if old is not None and same else None
        self._old_feedback = old._feedback if old is not None else None
        self._lexicon = old._lexicon if old is not None else None

    def _each(
        self,
        kind: NoteKind,
        old: dict[str, T] | None,
        make: Callable[[Note], T],
        reaches_linked: bool = False,
    ) -> dict[str, T]:
        """`make` for every note of `kind`, or the old result where the note was not touched
        (nor, with `reaches_linked`, a note it links to: its facts read those notes' links)."""
        touched = self.graph.touched or frozenset()
        kept = old or {}

        def stale(path: str) -> bool:
            linked = self.graph.graph.successors(path) if reaches_linked else ()
            return path in touched or any(each in touched for each in linked)

        return {
            note.path: kept[note.path] if note.path in kept and not stale(note.path) else make(note)
            for note in self.graph.of_kind(kind)
        }

    def contact_facts(self) -> dict[str, ContactFacts]:
        """Each contact with the problems found reading it, by path."""
        if self._contacts is None:
            settings = self.config.due
            self._contacts = self._each(
                "contact",
                self._old_contacts,
                lambda note: contact_of(self.graph, note, settings, self.today, self._gender),
            )
            self._old_contacts = None
            owner = self.owner()
            if owner is not None:
                self._contacts.pop(owner, None)  # the user's own note: no one to write to
        return self._contacts

    def owner(self) -> str | None:
        """The vault owner's own note, if one can be told."""
        if self._owner is None:
            self._owner = (owner_of(self.graph, self.config.owner),)
        return self._owner[0]

    def contacts(self) -> tuple[Contact, ...]:
        """Every contact, by path, and each person kept as a section of a ledger, with the lines
        that name them unlinked read once a build (the cache keeps each contact note alone)."""
        if self._named is None:
            read = tuple(contact for contact, _ in self.contact_facts().values())
            read = ledger_contacts(self.graph, read, self.config.due, self.today, self._gender)
            named = named_interactions(self.graph, read, self.today, self.keyed_lines())
            self._named = with_listed_birthdays(
                self.graph, [with_named(c, named[c.path]) if c.path in named else c for c in read]
            )
        return self._named

    def contact_diagnostics(self) -> tuple[Diagnostic, ...]:
        """Problems found reading contacts (cadences, special dates, undated done tasks)."""
        return tuple(d for _, found in self.contact_facts().values() for d in found)

    def problems(self) -> tuple[Diagnostic, ...]:
        """Every problem worth showing: the build's, those found reading contacts, interviews
        and events, and a board's cards left behind."""
        found = (*self.diagnostics, *self.contact_diagnostics(), *self.interview_diagnostics())
        return (*found, *event_problems(self.graph), *stale_cards(self.graph))

    def interview_diagnostics(self) -> tuple[Diagnostic, ...]:
        """Problems found reading interviews (a result vaultkit does not know)."""
        return tuple(d for interview in self.interviews() for d in interview.problems)

    def interviews(self) -> tuple[Interview, ...]:
        """Every interview, by path."""
        if self._interviews is None:
            settings = self.config.due
            by_folder = self.companies_by_folder()
            titled = company_index(self.graph)  # "2026-10-27 Farfetch screen"
            told_by: dict[str, Outcome] = {}
            self._interviews = self._each(
                "interview",
                self._old_interviews,
                lambda note: interview_of(
                    self.graph, note, settings, by_folder, self.today, told_by, titled
                ),
                reaches_linked=True,  # pings are read from the notes linking its recruiter
            )
            self._old_interviews = None
            tracked = tracked_interviews(self.graph, settings, self.today, self.tracked_sections())
            found = (*self._interviews.values(), *tracked)  # and a company's note of its own:
            kept = company_applications(self.graph, found, settings, self.today, told_by, titled)
            self._every = without_bookings(self.graph, *found, *kept)
        return self._every  # once a build: the reports ask for them a dozen times

    def network(self) -> NetworkReport:
        """The network report (each relationship measured again only when its contact or its
        interviews changed; the betweenness is cached on its own)."""
        if self._network is None:
            self._network = network.compute(
                self.graph,
                self.contacts(),
                self.interviews(),
                self.config.network,
                self.today,
                self._relationships,
                self.config.due.reply_within_days,
            )
        return self._network

    def relations(self) -> dict[tuple[str, str], str]:
        """How contacts and companies are linked, for the network's map and canvas."""
        if self._relations is None:
            self._relations = network.relations(self.graph, self.network(), self.interviews())
        return self._relations

    def due(self) -> DueReport:
        """The due report, for the due note and the canvas's colours alike."""
        if self._due is None:
            named, others = named_promises(self.graph, self.contacts(), self.today)
            said = prose_promises(self.graph, self.contacts(), self.keyed_lines(), self._gender)
            self._due = due.compute(
                tuple(
                    with_promises(
                        self.graph, c, named.get(c.path, ()), others, said.get(c.path, ())
                    )
                    for c in self.contacts()
                ),
                (
                    *with_feedback_heard(self.interviews(), self.feedback),
                    *company_rounds(
                        self.graph, self.interviews(), self.rounds(), self.decided(), self.today
                    ),
                ),
                self.config.due,
                self.today,
                self.config.language,
                self.happenings(),
            )
        return self._due

    def companies_by_folder(self) -> dict[str, tuple[str, ...]]:
        """The company notes of each folder, for notes kept beside their company's note (read
        once a build, by the interviews and by the feedback alike)."""
        if self._by_folder is None:
            self._by_folder = companies_by_folder(self.graph)
        return self._by_folder

    def keyed_lines(self) -> list[KeyedLine]:
        """The vault's dated lines with their capitalised words, read once a build for the
        three readers of names in passing (decisions, talks, people met)."""
        if self._lines is None:
            self._lines = keyed_lines(self.graph, self.today)
        return self._lines

    def decided(self) -> dict[str, tuple[Told, ...]]:
        """Decisions that lines elsewhere tell of each company's process, the lanes of a Kanban
        board of applications ("Rejected ❌") and a tracker table's status cells, once a build."""
        if self._decided is None:
            told = decisions_in_passing(self.graph, self.keyed_lines())
            self._decided = with_boards_and_tables(told, self.graph, self.today)
        return self._decided

    def tracked_sections(self) -> tuple[Tracked, ...]:
        """The company sections of the tracker notes, found once a build."""
        if self._sections is None:
            self._sections = tuple(tracked_sections(self.graph))
        return self._sections

    def rounds(self) -> dict[str, tuple[RoundAhead, ...]]:
        """Rounds told before their day (lines, calendar events), by process, once a build."""
        if self._rounds is None:
            told = rounds_ahead(self.graph, self.keyed_lines(), self.today)
            self._rounds = with_events(told, self.graph, self.interviews(), self.today)
        return self._rounds

    def happenings(self) -> Happenings:
        """The news worth telling today and the professional dates ahead."""
        settings = self.config.news
        status = search_news(settings.search_status, settings.search_status_since)
        logged = [*logged_news(self.graph, settings.tags, settings.note), *filter(None, [status])]
        oldest = self.today - timedelta(days=settings.share_within_days)
        ahead = self.config.due.remind_ahead_days
        return Happenings(
            news=tuple(
                item
                for item in sorted(logged, key=lambda n: (n.on, n.path, n.line))
                if oldest <= item.on <= self.today
            ),
            hired=status if status is not None and status.kind == "hired" else None,
            decided=self.decided(),
            answered=answers_in_passing(company_index(self.graph), self.keyed_lines()),
            deadlines=deadlines_in_passing(
                self.decided(), self.graph.notes, self.today, company_index(self.graph)
            ),
            mentioned=mentioned(self.graph, self.contacts(), self.keyed_lines()),
            rounds=self.rounds(),
            events=(
                *yearly_events(self.config.due.events, self.today, ahead),
                *event_notes(self.graph, self.today, ahead),
            ),
        )

    def lexicon(self) -> Lexicon:
        """The feedback lexicon: the packaged one with the vault's own words."""
        if self._lexicon is None:
            self._lexicon = lexicon_for(self.config)
        return self._lexicon

    def feedback(self) -> tuple[FeedbackItem, ...]:
        """Every feedback item: interviews' first, then contacts'."""
        if self._feedback is None:
            lexicon, notes = self.lexicon(), self.graph.notes
            headings = self.config.due.feedback_headings
            interviews = {interview.path: interview for interview in self.interviews()}
            from_interviews = self._each(
                "interview",
                self._old_feedback,
                lambda note: interview_feedback(note, interviews.get(note.path), headings, lexicon),
            )
            from_contacts = self._each(
                "contact",
                self._old_feedback,
                lambda note: contact_feedback(note, headings, lexicon),
            )
            by_folder = self.companies_by_folder()
            processes = {i.company for i in interviews.values() if i.company}

            def of_company(note: Note) -> tuple[FeedbackItem, ...]:
                kind = self.graph.kinds.get(note.path)
                company = (
                    note.path if kind == "company" else about_company(self.graph, note, by_folder)
                )
                if company is None:
                    return ()
                on = note_day(note.get("date"), note.title)
                if kind == "meeting":  # a debrief kept with the owner's meeting template
                    if company not in processes:  # a coffee at a company, a 1:1 at work
                        return ()
                    return meeting_feedback(note, self.graph.notes[company], on, headings, lexicon)
                return company_feedback(
                    note, self.graph.notes[company], on, headings, lexicon, self.today
                )

            from_companies = self._each("company", self._old_feedback, of_company)
            from_others = self._each("other", self._old_feedback, of_company)
            from_meetings = self._each("meeting", self._old_feedback, of_company)
            tracked, today = self.tracked_sections(), self.today  # read anew each build below: a
            # daily note names a company by its note's name, a process is told by other notes
            from_dailies = told_feedback(feedback_in_passing(self.graph, tracked), notes, lexicon)
            from_logs = company_log_feedback(
                self.graph, interviews.values(), from_companies | from_dailies, today, lexicon
            )
            from_trackers = tracker_feedback(self.graph, self.interviews(), tracked, today, lexicon)
            from_unowned = unowned_feedback(
                self.graph, by_folder, tracked, lexicon, today, processes
            )
            read = [from_interviews, from_contacts, from_companies, from_others, from_meetings]
            read += [from_dailies, from_logs, from_trackers, from_unowned]  # each after the last
            self._feedback = {path: items for each in read for path, items in each.items()}
            self._old_feedback = None
        every = (item for items in self._feedback.values() for item in items)
        companies = frozenset(i.company for i in self.interviews() if i.company)
        return tuple(one_each(attributed(every, self.graph, self.today, companies)))

    def feedback_without_details(self) -> tuple[str, ...]:
        """The interview notes whose feedback has lines but none that says anything of the
        candidate ("Без деталей.", "No details given")."""
        self.feedback()
        assert self._feedback is not None
        headings = self.config.due.feedback_headings
        return tuple(
            path
            for path, items in self._feedback.items()
            if not items
            and self.graph.kinds.get(path) == "interview"
            and has_feedback_lines(self.graph.notes[path], headings)
        )

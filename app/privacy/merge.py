"""Merging an export into live data without changing anything made here.

The file has already been checked in a scratch database (`transfer.plan_import`),
so every row fits the schema and every reference inside the file resolves.
Here each row is put beside the live data:

* Rows with a numeric id (`id INTEGER PRIMARY KEY`) always get a **new** id
  when they are added, and every reference to them from other imported rows
  (declared foreign keys and the few links kept in text, below) follows.
* A row the live data already holds **with the same content** (every column but
  its id, after the references are mapped) is a true duplicate: it is not added
  again, and rows of the file that point at it point at the live one.
* A row keyed by its content (a diary day, a setting, a draft) whose key already
  exists here with other content is **kept as it is here**; the file's row and
  every row that belongs to it (a diary day's ratings and activities) are left out.
* A row that *belongs to* a record matched here (a mood of a thought record that
  is already here) is only accepted as a duplicate: nothing is added to, or
  changed in, a record made here.

So importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.drafts import DraftKind
from app.privacy.tables import TableInfo, quote, rows_of

if TYPE_CHECKING:
    from sqlite_utils import Database

NEW, MATCHED, KEPT = "new", "matched", "kept"


@dataclass(frozen=True)
class Link:
    """A reference from `table.column` to the key column of `parent`."""

    table: str
    column: str
    parent: str
    owner: bool  # the row belongs to its parent (deleted with it, shown inside it)
    prefix: str = ""  # text links such as "custom-12": the id follows the prefix
    when_kind: str = ""  # drafts: only rows of this `kind`
    deferred: bool = False  # set after every table is in (a reference cycle)
    as_text: bool = False  # the id is stored as text (drafts.ref)


# Every declared foreign key, by whether the child belongs to its parent. A test
# checks that each foreign key in the schema is listed, so a new feature decides.
OWNED = {("ladder_steps", "ladder_id"), ("ladder_attempts", "step_id"),
         ("diary_symptom_ratings", "day"), ("diary_activities", "day"),
         ("thought_moods", "record_id"), ("thought_thoughts", "record_id"),
         ("thought_trap_tags", "thought_id"), ("plan_items", "version_id"),
         ("diary_import_sources", "day"),
         ("routine_ticks", "anchor_id"),
         ("reasons_items", "version_id")}
REFERS = {("diary_symptom_ratings", "symptom_id"), ("thought_records", "step_id"),
          ("thought_records", "attempt_id"), ("routine_plans", "area_id")}
# Links SQLite does not know about: kept in plain columns or in text.
TEXT_LINKS = (
    Link("ladders", "current_step_id", "ladder_steps", owner=False, deferred=True),
    Link("thought_trap_tags", "trap_id", "thought_custom_traps", owner=False,
         prefix="custom-"),
    Link("thought_hidden_traps", "trap_id", "thought_custom_traps", owner=False,
         prefix="custom-"),
    Link("drafts", "ref", "thought_records", owner=True, when_kind=DraftKind.THOUGHT_EDIT,
         as_text=True),
    Link("drafts", "ref", "diary_entries", owner=True, when_kind=DraftKind.DIARY),
)
# What makes two rows "the same" when not every column: a symptom or one's own
# thinking trap is the same by its name. Columns a merge never compares.
IDENTITY = {"diary_symptoms": ("name",), "thought_custom_traps": ("label",),
            "routine_areas": ("name",)}
IGNORED = {"ladders": ("is_current", "current_step_id")}


class UnknownLink(Exception):
    """A foreign key in the schema that OWNED/REFERS does not classify."""


def declared_links(db: Database, tables: Sequence[TableInfo]) -> list[Link]:
    links = []
    for t in tables:
        for fk in db.execute(f"PRAGMA foreign_key_list({quote(t.name)})").fetchall():
            parent, column = fk[2], fk[3]
            if (t.name, column) in OWNED:
                links.append(Link(t.name, column, parent, owner=True))
            elif (t.name, column) in REFERS:
                links.append(Link(t.name, column, parent, owner=False))
            else:
                raise UnknownLink(f"{t.name}.{column}")
    return links


def _order(tables: Sequence[TableInfo], links: Sequence[Link]) -> list[TableInfo]:
    """Parents before children (deferred links left out: they close a cycle)."""
    by_name = {t.name: t for t in tables}
    needs = {t.name: {lk.parent for lk in links
                      if lk.table == t.name and not lk.deferred and lk.parent != t.name
                      and lk.parent in by_name} for t in tables}
    done: list[TableInfo] = []
    while needs:
        ready = sorted(n for n, deps in needs.items() if not deps - {d.name for d in done})
        if not ready:  # a cycle we do not know how to order: keep the name order
            ready = sorted(needs)
        for name in ready:
            done.append(by_name[name])
            del needs[name]
    return done


@dataclass
class MergeCounts:
    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    same: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kept: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _surrogate(table: TableInfo) -> bool:
    return table.pk == ("id",) and table.column("id") is not None \
        and table.column("id").type == "INTEGER"  # type: ignore[union-attr]


def _one(key: tuple[Any, ...]) -> Any:
    """A one-column key by its value (how references name it), others as tuples."""
    return key[0] if len(key) == 1 else key


class _Merger:
    def __init__(self, live: Database, scratch: Database, tables: Sequence[TableInfo]):
        self.live, self.scratch = live, scratch
        self.tables = list(tables)
        self.links = declared_links(live, self.tables) + [
            lk for lk in TEXT_LINKS if any(t.name == lk.table for t in self.tables)]
        # per table: old key -> (outcome, key here)
        self.outcome: dict[str, dict[Any, tuple[str, Any]]] = defaultdict(dict)
        self.inserted: dict[str, set[Any]] = defaultdict(set)
        self.counts = MergeCounts()

    # -- references ---------------------------------------------------------------
    def _map(self, row: dict[str, Any], link: Link) -> tuple[bool, Any, str]:
        """(usable, mapped value, parent outcome) for one link of one row."""
        value = row.get(link.column)
        if value is None or (link.when_kind and row.get("kind") != link.when_kind):
            return True, value, ""
        key: Any = value
        if link.prefix:
            if not isinstance(value, str) or not value.startswith(link.prefix):
                return True, value, ""  # a built-in trap, not a link
            try:
                key = int(value[len(link.prefix):])
            except ValueError:
                return False, value, ""
        elif link.as_text:
            try:
                key = int(value)
            except (TypeError, ValueError):
                return False, value, ""
        found = self.outcome[link.parent].get(key)
        if found is None:
            if link.when_kind and link.parent == "diary_entries":
                here = self.live.execute("SELECT 1 FROM diary_entries WHERE day = ?",
                                         [value]).fetchone()
                return True, value, (MATCHED if here else "")
            return (True, None, "") if link.deferred else (False, value, "")
        state, new_key = found
        if link.prefix:
            return True, f"{link.prefix}{new_key}", state
        if link.as_text:
            return True, str(new_key), state
        return True, new_key, state

    # -- one table -----------------------------------------------------------------
    def table(self, table: TableInfo) -> None:
        cols = [c.name for c in table.columns]
        links = [lk for lk in self.links if lk.table == table.name]
        surrogate = _surrogate(table)
        ignored = set(IGNORED.get(table.name, ()))
        compare = IDENTITY.get(table.name) or tuple(
            c for c in cols if c not in ignored and not (surrogate and c == "id"))
        index: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
        if surrogate:
            for live_row in rows_of(self.live, table):
                named = dict(zip(cols, live_row, strict=True))
                index[tuple(named[c] for c in compare)].append(named["id"])
        for raw in rows_of(self.scratch, table):
            row = dict(zip(cols, raw, strict=True))
            old_key = row["id"] if surrogate else tuple(row[c] for c in table.pk)
            usable, owned_by_live = True, False
            for lk in links:
                ok, mapped, state = self._map(row, lk)
                usable = usable and ok
                if lk.deferred:
                    row[lk.column] = None  # set by finish_deferred
                    continue
                row[lk.column] = mapped
                if lk.owner and state in (MATCHED, KEPT):
                    owned_by_live = True
                if state == KEPT:
                    usable = False
            if not usable:
                self.counts.kept[table.name] += 1
                continue
            if surrogate:
                self._surrogate_row(table, row, old_key, compare, index, owned_by_live)
            else:
                self._keyed_row(table, row, old_key, owned_by_live)

    def _surrogate_row(self, table: TableInfo, row: dict[str, Any], old_id: Any,
                       compare: Sequence[str], index: dict[tuple[Any, ...], list[Any]],
                       owned_by_live: bool) -> None:
        candidates = index.get(tuple(row[c] for c in compare))
        if candidates:
            here = candidates.pop(0)  # each live row stands for one imported row
            self.outcome[table.name][old_id] = (MATCHED, here)
            self.counts.same[table.name] += 1
            return
        if owned_by_live:
            self.counts.kept[table.name] += 1
            return
        values = {c: v for c, v in row.items() if c != "id"}
        if table.name == "ladders" and values.get("is_current"):
            values["is_current"] = int(not self._has_current_ladder())
        new_id = self._insert(table, values)
        self.outcome[table.name][old_id] = (NEW, new_id)
        self.inserted[table.name].add(new_id)
        self.counts.added[table.name] += 1

    def _keyed_row(self, table: TableInfo, row: dict[str, Any], old_key: Any,
                   owned_by_live: bool) -> None:
        key = tuple(row[c] for c in table.pk)
        here = None
        if table.pk:
            where = " AND ".join(f"{quote(c)} IS ?" for c in table.pk)
            here = self.live.execute(
                f"SELECT * FROM {quote(table.name)} WHERE {where}", list(key)).fetchone()
        if here is not None:
            same = tuple(here) == tuple(row[c.name] for c in table.columns)
            self.outcome[table.name][_one(old_key)] = (MATCHED if same else KEPT, _one(key))
            (self.counts.same if same else self.counts.kept)[table.name] += 1
            return
        if owned_by_live:
            self.counts.kept[table.name] += 1
            return
        self._insert(table, row)
        self.outcome[table.name][_one(old_key)] = (NEW, _one(key))
        self.counts.added[table.name] += 1

    def _insert(self, table: TableInfo, values: dict[str, Any]) -> int:
        names = ", ".join(quote(c) for c in values)
        marks = ", ".join("?" for _ in values)
        cur = self.live.conn.execute(
            f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", list(values.values()))
        return int(cur.lastrowid or 0)

    def _has_current_ladder(self) -> bool:
        return self.live.execute(
            "SELECT 1 FROM ladders WHERE is_current = 1 AND archived = 0").fetchone() is not None

    def finish_deferred(self) -> None:
        """Links that close a cycle (a ladder's current step), once every step is in."""
        for lk in self.links:
            if not lk.deferred:
                continue
            rows = self.scratch.execute(
                f"SELECT id, {quote(lk.column)} FROM {quote(lk.table)}").fetchall()
            for old_id, value in rows:
                found = self.outcome[lk.table].get(old_id)
                if found is None or found[0] != NEW or value is None:
                    continue
                target = self.outcome[lk.parent].get(value)
                self.live.conn.execute(
                    f"UPDATE {quote(lk.table)} SET {quote(lk.column)} = ? WHERE id = ?",
                    [target[1] if target else None, found[1]])


def merge(live: Database, scratch: Database, tables: Sequence[TableInfo]) -> MergeCounts:
    """Add the scratch database's rows to `live` (inside the caller's transaction)."""
    merger = _Merger(live, scratch, tables)
    for table in _order(tables, merger.links):
        merger.table(table)
    merger.finish_deferred()
    return merger.counts

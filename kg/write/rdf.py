"""Turn a :class:`~kg.model.BuildResult` into RDF statements, as N-Triples lines.

The triples are written as text (one N-Triples statement per line) rather than as rdflib term
objects: that is an order of magnitude faster, and the text is handed to pyoxigraph / rdflib
for parsing and serialisation. No blank nodes are used, and every IRI is derived from content
(the pipeline's stable ``doc_id`` / ``task_id`` / ``unit_id``), so the same input gives the same
statements whatever ``PYTHONHASHSEED`` is.

IRIs (``{base}`` is :func:`base_iri`)::

    {base}doc/{doc_id}                      kg:Document
    {base}task/{doc_id}/{sha1(task_id)[:16]} kg:Task
    {base}assignment/{sha1(task|unit|role)[:16]} kg:Assignment
    {base}unit/{unit_id}                    org:Organization (kg:Collective)
    {base}source/{file}/{line}              kg:SourceLocation (file percent-encoded)
    {base}law/{sha1(title)[:16]}            kg:Law
    {base}cited/{sha1(number)[:16]}         kg:CitedDocument
    {base}post/{post_id}                    org:Post (a post) or prov:Person (a named person):
                                            one per jurisdiction and normalised name
    {base}postassignment/{sha1(task|name|role)[:16]} kg:PostAssignment
    {base}graph/{doc_id}                    the named graph of one document (TriG)
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from functools import lru_cache
from itertools import chain
from typing import Iterable, Iterator, Optional
from urllib.parse import quote

from ..ids import doc_post_scope, post_id, post_name
from ..ids import rdf_hash as _h
from ..model import Assignment, BuildResult, Document, Task
from ..spool import DocRecord, records
from ..text import compact
from ..vocab import ROLE_LABELS, ROLES, STATED_ROLES, VIA_LABELS, VIAS
from .runs import add_tiered

DEFAULT_BASE_IRI = "https://w3id.org/zrtp/kg/id/"
KG = "https://w3id.org/zrtp/kg#"

PREFIXES = {
    "kg": KG,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# The closed ``kg:`` vocabulary (``kg/ontology/kg.ttl`` declares exactly these terms; a test checks
# it): :meth:`_Builder.k` refuses any other local name, so a typo fails the build instead of
# writing a term no query knows (as rdflib's ``DefinedNamespace`` does).
KG_TERMS = frozenset({
    # classes
    "Assignment", "CitedDocument", "Collective", "Document", "Law", "PostAssignment",
    "SourceLocation", "Task", "UnresolvedUnit", "Roles", "Vias",
    # properties
    "citesDocument", "citesLaw", "copyAt", "dateText", "deadline", "deadlineText", "docId",
    "adcode", "docType", "document", "dueBy", "file", "issuerName", "jurisdiction",
    "jurisdictionFoundBy", "label", "lastLine", "legalBasis",
    "line", "mention", "mentionsUnit", "parentTask", "path", "post", "quote", "resolved",
    "responsiblePost", "responsibleUnit", "role", "ruleSource", "sourceText", "stated", "task", "taskId", "taskKind",
    "taskText", "text", "unit", "unitId", "unitKind", "via",
    # concepts: one per role and via of kg.vocab
    *("role_" + r for r in ROLES), *("via_" + v for v in VIAS),
})

RDF_TYPE = PREFIXES["rdf"] + "type"
XSD = PREFIXES["xsd"]

_DEADLINE_FORMS = (
    (re.compile(r"^\d{4}$"), "gYear"),
    (re.compile(r"^\d{4}-\d{2}$"), "gYearMonth"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "date"),
)


def base_iri(base: Optional[str] = None) -> str:
    """The base of instance IRIs: ``base``, else ``$KG_BASE_IRI``, else the default."""
    b = base or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE_IRI
    return b if b.endswith(("/", "#")) else b + "/"


@lru_cache(maxsize=1 << 16)      # document ids and file names recur in every statement of theirs
def _seg(text: str) -> str:
    """A path segment: percent-encode everything outside unreserved ASCII."""
    return quote(text, safe="")


def iri(value: str) -> str:
    return f"<{value}>"


_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESC_RE = re.compile(r'[\\"\n\r\t]')
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ANY_ESC_RE = re.compile(r'[\\"\x00-\x1f\x7f]')      # any character either rewrite touches


def lit(value, datatype: Optional[str] = None, lang: Optional[str] = None) -> str:
    """An N-Triples literal (UTF-8, only the characters N-Triples requires escaped)."""
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    s = str(value)
    if _ANY_ESC_RE.search(s):          # most text needs no escape: one search, no rewriting
        s = _ESC_RE.sub(lambda m: _ESC[m.group(0)], s)
        # Other control characters are not allowed raw in N-Triples strings.
        s = _CONTROL_RE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", s)
    if lang:
        return f'"{s}"@{lang}'
    if datatype:
        return f'"{s}"^^<{datatype}>'
    return f'"{s}"'


def deadline_literal(deadline: str) -> tuple[str, str]:
    """(property local name, N-Triples literal) of a deadline string."""
    for pattern, dtype in _DEADLINE_FORMS:
        if pattern.match(deadline):
            return "deadline", lit(deadline, XSD + dtype)
    return "deadlineText", lit(deadline)


def due_by(deadline: str) -> Optional[str]:
    """The last day a 'YYYY' / 'YYYY-MM' / 'YYYY-MM-DD' deadline allows, as 'YYYY-MM-DD'."""
    import calendar
    if re.match(r"^\d{4}$", deadline):
        return f"{deadline}-12-31"
    if re.match(r"^\d{4}-\d{2}$", deadline):
        y, m = int(deadline[:4]), int(deadline[5:])
        if 1 <= m <= 12:
            return f"{deadline}-{calendar.monthrange(y, m)[1]:02d}"
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}$", deadline):
        return deadline
    return None


class Statements:
    """N-Triples lines per graph (``None`` is the default graph: units, vocabulary),
    deduplicated and sorted.

    A small build's statements are held in a set per graph and sorted by Python. Beyond
    :data:`IN_MEMORY` statements they would not fit in memory as Python strings on a large
    build (a set of them took ~+70 MB per 5x copy of the bundled corpus, and grew with the
    corpus): the sets are then written, sorted, to temporary files (a run of (graph,
    statement) records and a run of the statements alone) and emptied, and the lines are read
    back by merging the runs (each pair or statement once). :attr:`FAN_IN` runs of one
    generation are merged into one of the next, so a reader holds a handful of files open
    whatever the corpus's size. A record is the graph, ``\x01`` and the statement: no graph
    IRI holds a character below ``!`` (an IRI has no control character or space), so records
    order as (graph, statement) pairs do, the default graph (``''``) first. (The runs replace
    a temporary SQLite table keyed by (graph, statement): the same lines in the same order, at
    a fraction of its cost: at 4x, the bundled corpus copied four times, the table cost ~1.7
    CPU s over holding every statement in memory, the runs ~0.1; docs/SCALE.md, thirty-sixth
    round.) Each line of a run ends in its line break, which sorts below every character of a
    statement: the runs are read line by line by the file objects themselves."""
    IN_MEMORY = 100_000     # statements held in sets before they are written as runs (~2x corpus)
    FAN_IN = 16             # runs of one generation merged into one of the next

    def __init__(self) -> None:
        self._sets: dict[str, set[str]] = {}
        self._held = 0
        self._nq_runs = _LineRuns(self.FAN_IN)     # "graph\x01statement", sorted
        self._nt_runs = _LineRuns(self.FAN_IN)     # statements of every graph, sorted
        self._runs: Optional[list[list[str]]] = None    # each graph's lines, sorted

    @property
    def spilled(self) -> bool:
        """Have statements been written to runs (past :attr:`IN_MEMORY`)?"""
        return bool(self._nq_runs.runs)

    def quads(self) -> Optional[int]:
        """How many N-Quads lines :meth:`nquads` gives (the most either part of
        :meth:`load_blocks` gives), or ``None`` once spilled (not counted then)."""
        return None if self.spilled else sum(len(lines) for lines in self._sets.values())

    def add(self, graph: Optional[str], s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} ."
        got = self._sets.get(graph or "")
        if got is None:
            got = self._sets[graph or ""] = set()
        got.add(line)
        self._held += 1
        if self._held >= self.IN_MEMORY:
            self._spill()

    def _spill(self) -> None:
        """Write the statements held in sets as a run of each kind; empty the sets."""
        self._nq_runs.add(self._held_records())
        self._nt_runs.add(self._held_statements())
        self._sets, self._held, self._runs = {}, 0, None

    def _held_records(self) -> Iterator[str]:
        """The (graph, statement) records held in sets, sorted, each ending in a line break
        (which keeps their order: no record holds a character below it but the separator,
        which only the graph's end can meet)."""
        return (f"{g}\x01{line}\n" for g in sorted(self._sets) for line in sorted(self._sets[g]))

    def _held_statements(self) -> Iterator[str]:
        return (line + "\n" for line in sorted(set().union(*self._sets.values())))

    def _spilled_nt(self) -> Iterator[str]:
        """Every statement once, sorted, each ending in a line break (the runs merged)."""
        last = None
        for line in self._nt_runs.merged(self._held_statements()):
            if line != last:
                yield line
                last = line

    def _spilled_nq(self) -> Iterator[str]:
        """Every (graph, statement) once as N-Quads lines, sorted (the runs merged)."""
        last = None
        for record in self._nq_runs.merged(self._held_records()):
            if record == last:
                continue
            last = record
            if record[0] == "\x01":
                yield record[1:]            # the default graph
            else:
                g, line = record.split("\x01", 1)
                yield f"{line[:-3]} <{g}> .\n"

    def _nt_lines(self) -> Iterable[str]:
        if not self.spilled:
            for line in sorted(set().union(*self._sets.values())):
                yield line + "\n"
            return
        yield from self._spilled_nt()

    def _nquad_lines(self) -> Iterable[str]:
        if not self.spilled:
            for g in sorted(self._sets):
                if not g:
                    for line in sorted(self._sets[g]):
                        yield line + "\n"
                else:
                    tail = f" <{g}> .\n"
                    for line in sorted(self._sets[g]):
                        yield line[:-2] + tail
            return
        yield from self._spilled_nq()

    def _nt_chunks(self, size: int = 4096) -> Iterator[tuple[str, int]]:
        """The text of :meth:`ntriples` as (text, lines) chunks of at most ``size`` lines."""
        if not self.spilled:
            runs, self._runs = self._runs, None
            if runs is not None and [len(r) for r in runs] == [
                    len(self._sets[g]) for g in sorted(self._sets)]:     # nothing added since
                # the graphs' sorted lines (kept by _nquad_chunks) merged: sorting runs is
                # ~1/3 of sorting the union; a statement of several graphs is kept once
                lines = list(dict.fromkeys(sorted(chain.from_iterable(runs))))
            else:
                lines = sorted(set().union(*self._sets.values()))
            for i in range(0, len(lines), size):
                part = lines[i:i + size]
                yield "\n".join(part) + "\n", len(part)
            return
        yield from _chunks(self._spilled_nt(), size)

    def _nquad_chunks(self, size: int = 4096) -> Iterator[tuple[str, int]]:
        """The text of :meth:`nquads` as (text, lines) chunks of at most ``size`` lines."""
        if not self.spilled:
            self._runs = []
            for g in sorted(self._sets):
                lines = sorted(self._sets[g])
                self._runs.append(lines)
                for i in range(0, len(lines), size):
                    part = lines[i:i + size]
                    if not g:
                        yield "\n".join(part) + "\n", len(part)
                    else:
                        tail = f" <{g}> .\n"
                        yield "".join([line[:-2] + tail for line in part]), len(part)
            return
        yield from _chunks(self._spilled_nq(), size)

    def load_blocks(self, nq, nt, lines: int) -> Iterator[bytes]:
        """The N-Quads text (:meth:`nquads`, then :meth:`ntriples` as statements of the
        default graph) as UTF-8 blocks of at most ``lines`` lines (or one chunk of 4 096), for
        the store's bulk loads; a block holds lines of one of the two parts only. The N-Quads
        go to the binary file ``nq`` and the N-Triples to ``nt`` as they come. Each chunk of
        4 096 lines is joined and encoded once for both (line by line through generators, this
        was ~0.35 CPU s of the bundled corpus's ~0.55 for the sorted text)."""
        held: list[bytes] = []
        n = 0
        for fh, chunks in ((nq, self._nquad_chunks()), (nt, self._nt_chunks())):
            for text, k in chunks:
                data = text.encode("utf-8")
                fh.write(data)
                if held and n + k > lines:
                    yield b"".join(held)
                    held.clear()
                    n = 0
                held.append(data)
                n += k
            if held:               # a part's last block (kg.write.store.PART_LOAD_LINES)
                yield b"".join(held)
                held.clear()
                n = 0

    def ntriples(self) -> str:
        """Every statement once, sorted: the text of ``graph.nt``."""
        return "".join(self._nt_lines())

    def nquads(self) -> str:
        """Statements with their graph, sorted (default graph first)."""
        return "".join(self._nquad_lines())

    def write_ntriples(self, fh) -> None:
        """Write :meth:`ntriples` to the binary file ``fh`` a block at a time (the text of a
        large graph is never held whole, as str or bytes)."""
        for block in text_blocks(self._nt_lines()):
            fh.write(block)

    def write_nquads(self, fh) -> None:
        """Write :meth:`nquads` to the binary file ``fh`` a block at a time."""
        for block in text_blocks(self._nquad_lines()):
            fh.write(block)

    def ntriple_lines(self, fh=None) -> Iterator[str]:
        """The lines of :meth:`ntriples`, one at a time; each also written to the binary file
        ``fh`` (a block at a time) when one is given."""
        return self._nt_lines() if fh is None else _written(self._nt_lines(), fh)

    def nquad_lines(self, fh=None) -> Iterator[str]:
        """The lines of :meth:`nquads`, one at a time (see :meth:`ntriple_lines`)."""
        return self._nquad_lines() if fh is None else _written(self._nquad_lines(), fh)

    def close(self) -> None:
        """Drop the statements (close and so remove the runs' temporary files)."""
        self._sets, self._runs = {}, None
        self._nq_runs.close()
        self._nt_runs.close()


class _LineRuns:
    """Sorted runs of lines (each ending in its only line break) in temporary files, kept few:
    when ``fan_in`` runs of one generation are the newest they are merged into one run of the
    next. :meth:`merged` gives the lines of the runs and of ``held`` (sorted) in order."""

    def __init__(self, fan_in: int) -> None:
        self.fan_in = fan_in
        self.runs: list = []
        self.tiers: list[int] = []

    @staticmethod
    def _write(lines: Iterable[str]):
        import tempfile
        fh = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")
        buf: list[str] = []
        for line in lines:
            buf.append(line)
            if len(buf) >= 4096:
                fh.write("".join(buf))
                buf.clear()
        fh.write("".join(buf))
        fh.flush()
        return fh

    def add(self, lines: Iterable[str]) -> None:
        """Write ``lines`` (sorted) as the newest run."""
        add_tiered(self.runs, self.tiers, self._write(lines), self.fan_in,
                   lambda group: self._write(_unique(self._merge(group))))

    @staticmethod
    def _merge(runs: list, held: Iterable[str] = ()) -> Iterator[str]:
        import heapq
        for fh in runs:
            fh.seek(0)
        return heapq.merge(*runs, held)

    def merged(self, held: Iterable[str]) -> Iterator[str]:
        """The lines of every run and of ``held`` (sorted), in order (a line of several runs
        as often as it is held)."""
        return self._merge(self.runs, held)

    def close(self) -> None:
        for fh in self.runs:
            fh.close()
        self.runs, self.tiers = [], []


def _unique(lines: Iterable[str]) -> Iterator[str]:
    """``lines`` (sorted) without repeats."""
    last = None
    for line in lines:
        if line != last:
            yield line
            last = line


def text_blocks(lines: Iterable[str], block: int = 4096) -> Iterator[bytes]:
    """``lines`` (each ending in a line break) as UTF-8, ``block`` lines at a time."""
    buf: list[str] = []
    for line in lines:
        buf.append(line)
        if len(buf) >= block:
            yield "".join(buf).encode("utf-8")
            buf.clear()
    if buf:
        yield "".join(buf).encode("utf-8")


def _chunks(lines: Iterable[str], size: int) -> Iterator[tuple[str, int]]:
    """``lines`` (each ending in a line break) joined ``size`` at a time: (text, lines)."""
    buf: list[str] = []
    for line in lines:
        buf.append(line)
        if len(buf) >= size:
            yield "".join(buf), len(buf)
            buf.clear()
    if buf:
        yield "".join(buf), len(buf)


def _written(lines: Iterable[str], fh, block: int = 4096) -> Iterator[str]:
    """``lines`` as they come, each also written to the binary file ``fh``, a block at a time."""
    buf: list[str] = []
    for line in lines:
        buf.append(line)
        yield line
        if len(buf) >= block:
            fh.write("".join(buf).encode("utf-8"))
            buf.clear()
    if buf:
        fh.write("".join(buf).encode("utf-8"))


class _Builder:
    def __init__(self, result: BuildResult, base: str):
        self.r = result
        self.base = base
        self.st = Statements()
        # the document being written (its record holds the text of the lines it quotes);
        # the lines no record holds (a reprint's, a lexicon file's) get the first fallback
        # offered, once for the build
        self.rec: Optional[DocRecord] = None
        self.fallback: dict[tuple[str, int], str] = {}
        # (graph, file, line) -> the location's IRI, for the document being written
        self.sources: dict[tuple[Optional[str], str, int], str] = {}

    # -- IRIs -------------------------------------------------------------------------------
    def doc(self, doc_id: str) -> str:
        return iri(f"{self.base}doc/{_seg(doc_id)}")

    def task(self, doc_id: str, task_id: str) -> str:
        return iri(f"{self.base}task/{_seg(doc_id)}/{_h(task_id)}")

    def unit(self, unit_id: str) -> str:
        return iri(f"{self.base}unit/{_seg(unit_id)}")

    def graph(self, doc_id: str) -> str:
        return f"{self.base}graph/{_seg(doc_id)}"

    @staticmethod
    def k(local: str) -> str:
        """The IRI of ``kg:local``; ``local`` must be a term of :data:`KG_TERMS`."""
        got = _KG_IRIS.get(local)     # ~61 000 calls for the bundled corpus: made once each
        if got is None:
            raise ValueError(f"kg:{local} is not a term of the kg vocabulary (kg/ontology/kg.ttl); "
                             "add it to both, or fix the typo")
        return got

    @staticmethod
    def p(prefixed: str) -> str:
        got = _PREFIXED.get(prefixed)
        if got is None:
            pre, local = prefixed.split(":", 1)
            got = _PREFIXED[prefixed] = iri(PREFIXES[pre] + local)
        return got

    def source(self, g: Optional[str], file: str, line: int, fallback: str = "") -> str:
        # a location of the document being written is made once: its statements are the
        # same each time (the line's quote, else the first fallback offered for the build)
        key = (g, file, line)
        s = self.sources.get(key)
        if s is not None:
            return s
        s = self.sources[key] = iri(f"{self.base}source/{_seg(file)}/{line}")
        add = self.st.add
        add(g, s, RDF_T, self.k("SourceLocation"))
        add(g, s, self.k("file"), lit(file))
        add(g, s, self.k("line"), lit(int(line)))
        # One quote per location: the line's text, else the first fallback offered.
        quote_text = self.rec.quote(file, line) if self.rec is not None else None
        if quote_text is None:
            quote_text = self.fallback.setdefault((file, line), fallback)
        add(g, s, self.k("quote"), lit(quote_text))
        return s

    # -- parts ------------------------------------------------------------------------------
    def vocabulary(self) -> None:
        """The roles and vias of :mod:`kg.vocab` as two SKOS concept schemes."""
        add, k, p = self.st.add, self.k, self.p
        for scheme, prefix, names, labels, scheme_labels in (
                ("Roles", "role_", ROLES, ROLE_LABELS, ("角色", "roles")),
                ("Vias", "via_", VIAS, VIA_LABELS, ("注明方式", "how a responsibility was stated"))):
            add(None, k(scheme), RDF_T, p("skos:ConceptScheme"))
            add(None, k(scheme), p("skos:prefLabel"), lit(scheme_labels[0], lang="zh"))
            add(None, k(scheme), p("skos:prefLabel"), lit(scheme_labels[1], lang="en"))
            for name in names:
                c = k(prefix + name)
                zh, en = labels[name]
                add(None, c, RDF_T, p("skos:Concept"))
                add(None, c, p("skos:inScheme"), k(scheme))
                add(None, c, p("skos:notation"), lit(name))
                add(None, c, p("skos:prefLabel"), lit(zh, lang="zh"))
                add(None, c, p("skos:prefLabel"), lit(en, lang="en"))
                if scheme == "Roles":
                    add(None, c, k("stated"), lit(name in STATED_ROLES))

    def units(self, seen: dict[str, set[str]]) -> dict[str, str]:
        """Unit triples (``seen``: unit_id -> the mentions its assignments were read from);
        returns name/alias -> unit IRI (to link publishers)."""
        add, k, p = self.st.add, self.k, self.p
        by_name: dict[str, str] = {}
        for u in sorted(self.r.units, key=lambda u: u.unit_id):
            s = self.unit(u.unit_id)
            add(None, s, RDF_T, p("org:Organization"))
            if u.kind == "collective":
                add(None, s, RDF_T, k("Collective"))
            if not u.resolved:
                add(None, s, RDF_T, k("UnresolvedUnit"))
            add(None, s, k("unitId"), lit(u.unit_id))
            add(None, s, p("skos:prefLabel"), lit(u.name, lang="zh"))
            alts = set(u.aliases) | set(self.r.mentions.get(u.unit_id, {})) | seen.get(u.unit_id, set())
            for alt in sorted(alts - {u.name}):
                add(None, s, p("skos:altLabel"), lit(alt, lang="zh"))
            add(None, s, k("unitKind"), lit(u.kind))
            add(None, s, k("resolved"), lit(bool(u.resolved)))
            if u.jurisdiction:
                add(None, s, k("jurisdiction"), lit(u.jurisdiction))
            if u.adcode:
                add(None, s, k("adcode"), lit(u.adcode))
            for m in u.members:
                add(None, s, p("org:hasMember"), self.unit(m))
            if u.parent:
                add(None, s, p("org:subOrganizationOf"), self.unit(u.parent))
            for name in (u.name, *u.aliases):
                by_name.setdefault(name, s)
        return by_name

    def document(self, d: Document, by_name: dict[str, str]) -> None:
        add, k, p = self.st.add, self.k, self.p
        g = self.graph(d.doc_id)
        s = self.doc(d.doc_id)
        add(g, s, RDF_T, k("Document"))
        add(g, s, k("docId"), lit(d.doc_id))
        add(g, s, p("dcterms:title"), lit(d.title, lang="zh"))
        if d.number:
            add(g, s, p("dcterms:identifier"), lit(d.number))
        if d.date and re.match(r"^\d{4}-\d{2}-\d{2}$", d.date):
            add(g, s, p("dcterms:issued"), lit(d.date, XSD + "date"))
        elif d.date:
            add(g, s, k("dateText"), lit(d.date))
        if d.issuer:
            add(g, s, k("issuerName"), lit(d.issuer))
            if d.issuer in by_name:
                add(g, s, p("dcterms:publisher"), by_name[d.issuer])
        if d.type:
            add(g, s, k("docType"), lit(d.type))
        if d.jurisdiction:
            add(g, s, k("jurisdiction"), lit(d.jurisdiction))
        if d.place is not None:
            if d.place.adcode:
                add(g, s, k("adcode"), lit(d.place.adcode))
            add(g, s, k("jurisdictionFoundBy"), lit(d.place.how))
        add(g, s, p("prov:wasDerivedFrom"), self.source(g, d.span.file, d.span.first_line, d.title))
        add(g, s, k("lastLine"), lit(d.span.last_line))
        for c in d.copies:
            add(g, s, k("copyAt"), self.source(g, c.file, c.first_line, d.title))
        for law in d.laws:
            add(g, s, k("citesLaw"), self.law(g, law))
        for num in d.cites:
            cd = iri(f"{self.base}cited/{_h(num)}")
            add(g, cd, RDF_T, k("CitedDocument"))
            add(g, cd, p("dcterms:identifier"), lit(num))
            add(g, s, k("citesDocument"), cd)

    def law(self, g: str, title: str) -> str:
        """The node of a law or rule cited by title (one IRI per title in the whole build)."""
        lw = iri(f"{self.base}law/{_h(title)}")
        self.st.add(g, lw, RDF_T, self.k("Law"))
        self.st.add(g, lw, self.p("dcterms:title"), lit(title, lang="zh"))
        return lw

    def legal_basis(self, tasks: dict[str, tuple[str, str, str]], doc_id: str,
                    task_list: list[Task], e) -> None:
        """``kg:legalBasis``: the laws and rules a document gives as its basis and those a
        task's own text acts under (:meth:`kg.model.Enrichment.laws_cited`)."""
        g, d = self.graph(doc_id), self.doc(doc_id)
        for title in e.basis():
            self.st.add(g, d, self.k("legalBasis"), self.law(g, title))
        for t in task_list:
            for title in e.laws_cited(t.source_text or t.text):
                self.st.add(g, tasks[t.task_id][0], self.k("legalBasis"), self.law(g, title))

    def tasks(self, tasks: list[Task]) -> dict[str, tuple[str, str, str]]:
        """Task triples of one document; returns task_id -> (task IRI, graph IRI, the
        literal of its text)."""
        add, k, p = self.st.add, self.k, self.p
        out: dict[str, tuple[str, str, str]] = {}
        for t in tasks:
            out[t.task_id] = (self.task(t.doc_id, t.task_id), self.graph(t.doc_id),
                              lit(t.text, lang="zh"))
        for t in tasks:
            s, g, text = out[t.task_id]
            add(g, s, RDF_T, k("Task"))
            add(g, s, k("taskId"), lit(t.task_id))
            add(g, s, k("document"), self.doc(t.doc_id))
            add(g, s, k("path"), lit(t.path_str))
            add(g, s, k("text"), text)
            add(g, s, k("sourceText"), lit(t.source_text, lang="zh"))
            add(g, s, k("taskKind"), lit(t.kind))
            add(g, s, k("lastLine"), lit(t.span.last_line))
            add(g, s, p("prov:wasDerivedFrom"),
                self.source(g, t.span.file, t.span.first_line, t.source_text))
            if t.parent_id and t.parent_id in out:
                add(g, s, k("parentTask"), out[t.parent_id][0])
        return out

    def assignments(self, tasks: dict[str, tuple[str, str]], doc_id: str,
                    assignments: list[Assignment]) -> None:
        """Assignment triples of one document (``tasks``: what :meth:`tasks` returned)."""
        add, k, p = self.st.add, self.k, self.p
        groups: dict[tuple[str, str, str], list[Assignment]] = defaultdict(list)
        for a in assignments:
            groups[(a.task_id, a.unit.unit_id, a.raw.role)].append(a)
        for (task_id, unit_id, role), ass in groups.items():
            ass.sort(key=lambda a: (a.raw.order, a.raw.mention.source.file,
                                    a.raw.mention.source.line, a.raw.via))
            first = ass[0]
            t_iri, g, text = tasks[task_id]
            u_iri = self.unit(unit_id)
            s = iri(f"{self.base}assignment/{_h(task_id + '|' + unit_id + '|' + role)}")
            add(g, s, RDF_T, k("Assignment"))
            add(g, s, k("task"), t_iri)
            # the shortcut kg:task/kg:text: a query answering with the tasks of a unit reads
            # it from the assignment instead of looking the task up again for every row
            add(g, s, k("taskText"), text)
            add(g, s, k("unit"), u_iri)
            add(g, s, k("role"), k("role_" + role))
            add(g, s, k("via"), k("via_" + first.raw.via))
            add(g, s, k("document"), self.doc(doc_id))
            add(g, s, k("mention"), lit(first.raw.mention.text, lang="zh"))
            if first.raw.label:
                add(g, s, k("label"), lit(first.raw.label, lang="zh"))
            deadline = next((a.raw.deadline for a in ass if a.raw.deadline), None)
            if deadline:
                prop, value = deadline_literal(deadline)
                add(g, s, k(prop), value)
                due = due_by(deadline)
                if due:
                    add(g, s, k("dueBy"), lit(due, XSD + "date"))
            for a in ass:
                src = a.raw.mention.source
                add(g, s, p("prov:wasDerivedFrom"), self.source(g, src.file, src.line))
                if a.raw.rule_source:
                    rs = a.raw.rule_source
                    add(g, s, k("ruleSource"), self.source(g, rs.file, rs.line))
            if role in STATED_ROLES:
                add(g, t_iri, k("responsibleUnit"), u_iri)
            elif role == "mentioned":
                add(g, t_iri, k("mentionsUnit"), u_iri)


    def posts(self, tasks: dict[str, tuple[str, str, str]], doc_id: str, posts: list) -> None:
        """Posts and persons written as a task's people (:class:`kg.model.TaskPost`): an
        ``org:Post`` or ``prov:Person`` per government and name (:func:`kg.ids.post_id`),
        linked to the task by a ``kg:PostAssignment`` (role, label, source) and
        ``kg:responsiblePost``; never a unit."""
        add, k, p = self.st.add, self.k, self.p
        doc = self.rec.doc if self.rec is not None else None
        scope = doc_post_scope(doc) if doc is not None else f"doc:{doc_id}"
        for tp in posts:
            if tp.task_id not in tasks:
                continue
            t_iri, g, _text = tasks[tp.task_id]
            key = compact(tp.written)
            # one node per post or person of a government (its jurisdiction and normalised
            # name), in the default graph as units are: every document naming it links to it
            node = iri(f"{self.base}post/{post_id(scope, tp.written)}")
            add(None, node, RDF_T, p("org:Post" if tp.kind == "post" else "prov:Person"))
            add(None, node, p("skos:prefLabel"), lit(post_name(tp.written), lang="zh"))
            if doc is not None and doc.place is not None and doc.place.name:
                add(None, node, k("jurisdiction"), lit(doc.place.name))
                if doc.place.adcode:
                    add(None, node, k("adcode"), lit(doc.place.adcode))
            s = iri(f"{self.base}postassignment/{_h(tp.task_id + '|' + key + '|' + tp.role)}")
            add(g, s, RDF_T, k("PostAssignment"))
            add(g, s, k("task"), t_iri)
            add(g, s, k("post"), node)
            add(g, s, k("role"), k("role_" + tp.role))
            add(g, s, k("document"), self.doc(doc_id))
            add(g, s, k("mention"), lit(tp.written, lang="zh"))
            if tp.label:
                add(g, s, k("label"), lit(tp.label, lang="zh"))
            add(g, s, p("prov:wasDerivedFrom"), self.source(g, tp.source.file, tp.source.line))
            add(g, t_iri, k("responsiblePost"), node)


RDF_T = iri(RDF_TYPE)
_KG_IRIS = {local: iri(KG + local) for local in KG_TERMS}     # kg:local -> its IRI (_Builder.k)
_PREFIXED: dict[str, str] = {}                                # "skos:prefLabel" -> its IRI


def statements(result: BuildResult, base: Optional[str] = None) -> Statements:
    """Every statement of ``result`` under ``base`` (see :func:`base_iri`)."""
    b = _Builder(result, base_iri(base))
    b.vocabulary()
    seen: dict[str, set[str]] = defaultdict(set)
    for rec in records(result):
        for a in rec.assignments:
            seen[a.unit.unit_id].add(a.raw.mention.text)
    by_name = b.units(seen)
    del seen
    for rec in records(result):         # one document at a time (kg.spool)
        b.rec = rec
        b.sources.clear()
        b.document(rec.doc, by_name)
        tasks = b.tasks(rec.tasks)
        b.assignments(tasks, rec.doc.doc_id, rec.assignments)
        if rec.enrichment is not None and rec.enrichment.posts:
            b.posts(tasks, rec.doc.doc_id, rec.enrichment.posts)
        if rec.enrichment is not None and rec.enrichment.laws:
            b.legal_basis(tasks, rec.doc.doc_id, rec.tasks, rec.enrichment)
    b.rec = None
    return b.st

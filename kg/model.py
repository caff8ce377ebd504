"""The nouns of the pipeline as small, typed dataclasses.

Data flows one way: ``Line`` (text) -> ``Document`` -> ``Task`` (outline) -> ``RawAssignment``
(what the text says) -> ``Unit`` / ``Assignment`` (resolved) -> exports. No I/O and no parsing
logic lives here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Source:
    """Where a fact was read: corpus file name and 1-based line."""
    file: str
    line: int

    def as_dict(self, locators: Optional[dict[str, dict[int, str]]] = None) -> dict:
        """``{"file", "line"}``, plus ``"locator"`` (``table 1 row 3``, ``page 2``) when the
        line was read from a .docx/.xlsx/.html/.pdf file and ``locators`` says where."""
        out: dict = {"file": self.file, "line": self.line}
        where = locators.get(self.file, {}).get(self.line) if locators else None
        if where:
            out["locator"] = where
        return out


@dataclass(frozen=True)
class Span:
    """A run of lines of one file, 1-based and inclusive."""
    file: str
    first_line: int
    last_line: int

    def as_dict(self) -> dict:
        return {"file": self.file, "first_line": self.first_line, "last_line": self.last_line}


@dataclass(frozen=True)
class Line:
    """One physical line: its original text (for provenance) and its normalised form
    (for matching). ``norm`` has the same length as ``text`` so offsets carry over."""
    file: str
    number: int
    text: str
    norm: str

    @property
    def blank(self) -> bool:
        return not self.norm.strip()

    @property
    def is_cell(self) -> bool:
        """A table cell as flattened in the corpus: the line starts with a tab."""
        return self.text.startswith("\t")


@dataclass(frozen=True)
class Jurisdiction:
    """The government a document speaks for, and how that was read (issuer, title, signature,
    docnum, addressee, text, units, override or unknown). ``adcode`` is None for a place that
    is not in the gazetteer (kept by name) or when nothing was found."""
    name: Optional[str]
    adcode: Optional[str] = None
    level: str = "unknown"        # national | province | prefecture | county | unknown
    how: str = "unknown"

    def as_dict(self) -> dict:
        return {"name": self.name, "adcode": self.adcode, "level": self.level, "how": self.how}


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    number: Optional[str]
    issuer: Optional[str]
    date: Optional[str]
    type: Optional[str]
    span: Span
    copies: tuple[Span, ...] = ()
    jurisdiction: Optional[str] = None          # the name of ``place`` (kept for readers of names)
    laws: tuple[str, ...] = ()
    cites: tuple[str, ...] = ()
    lines: tuple[Line, ...] = field(default=(), repr=False, compare=False)
    place: Optional[Jurisdiction] = None        # the jurisdiction with adcode, level and how


@dataclass(frozen=True)
class Task:
    """A list item, heading, table row or article with its outline path and own text."""
    task_id: str
    doc_id: str
    path: tuple[str, ...]
    text: str            # the task's own text, annotations removed
    source_text: str     # verbatim source: task and annotation together
    span: Span
    kind: str            # heading | item | row | article | paragraph
    parent_id: Optional[str] = None

    @property
    def path_str(self) -> str:
        return "/".join(self.path)


@dataclass(frozen=True)
class Mention:
    """A unit name as written in the text, with where it was read."""
    text: str
    source: Source


@dataclass(frozen=True)
class RawAssignment:
    """What the text says: this task, this mention, this role (before resolution)."""
    task_id: str
    mention: Mention
    role: str
    via: str
    deadline: Optional[str] = None
    label: Optional[str] = None
    order: int = 0                      # position in the annotation as written
    rule_source: Optional[Source] = None  # where a carry-over rule was stated
    lookup: Optional[str] = None          # expanded form to resolve (宣传部 -> 市委宣传部)


@dataclass(frozen=True)
class Unit:
    unit_id: str
    name: str                 # canonical name (or the mention itself when unresolved)
    kind: str
    resolved: bool
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()   # unit ids of a collective's members
    jurisdiction: Optional[str] = None
    parent: Optional[str] = None
    adcode: Optional[str] = None    # the jurisdiction's adcode (None: unknown or not in the gazetteer)


@dataclass(frozen=True)
class Assignment:
    raw: RawAssignment
    unit: Unit

    @property
    def task_id(self) -> str:
        return self.raw.task_id


@dataclass(frozen=True)
class Issue:
    """A problem found in the input, reported with file and line and what to do."""
    code: str
    message: str
    file: str
    line: int = 0
    severity: str = "warning"   # warning | error

    def as_dict(self) -> dict:
        return {"code": self.code, "severity": self.severity, "file": self.file,
                "line": self.line, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.code} {self.message}"


@dataclass
class BuildResult:
    documents: list[Document]
    tasks: list[Task]
    assignments: list[Assignment]
    units: list[Unit]
    issues: list[Issue]
    files: list[str]
    bytes_read: int = 0
    mentions: dict[str, dict[str, int]] = field(default_factory=dict)  # unit_id -> mention counts
    lexicon_digest: str = ""
    jurisdiction: Optional[str] = None
    enrichment: dict = field(default_factory=dict)   # doc_id -> Enrichment (issue #6)
    # (file, line) -> text of the lines the exports quote, when documents' lines are not kept
    quotes: dict = field(default_factory=dict)
    # file -> line -> where in a .docx/.xlsx/.html/.pdf the line was read ("table 1 row 3")
    locators: dict[str, dict[int, str]] = field(default_factory=dict)
    # adcode -> (name, short forms, parent adcode) of the places of the build's documents and
    # tasks and of those above them (the search index reads place words of questions from it)
    places: dict[str, tuple] = field(default_factory=dict)


# ---------------------------------------------------------------- enrichment (issue #6)

@dataclass(frozen=True)
class Post:
    """One post a person holds: the title as written and the unit it is in (if read)."""
    post: str                   # as written: 市统计局局长
    unit: Optional[str] = None  # the unit part as written: 市统计局
    title: str = ""             # the title part: 局长
    lookup: Optional[str] = None


@dataclass(frozen=True)
class GroupMember:
    """A person's seat in a leading group or joint meeting (or the group's office)."""
    group: str                  # the group's name
    person: str                 # normalised (white space removed)
    person_written: str         # as printed (秦　涛)
    role: str                   # 组长 | 副组长 | 召集人 | 副召集人 | 成员 | 办公室主任 | 办公室副主任
    posts: tuple[Post, ...]
    source: Source


@dataclass(frozen=True)
class TaskPost:
    """A post (分管副市长, 各级河长, 第一责任人：各乡镇党委书记) or a named person (责任领导：张三)
    written as a task's responsible, lead or supporting people. Never a unit and never an
    assignment (the labelling rules make units only of bodies): kept on the task instead."""
    task_id: str
    written: str                # as written (original spelling)
    kind: str                   # post | person
    role: str                   # lead | responsible | support
    label: Optional[str]        # the field it was written under (责任领导, 牵头领导, 责任单位 …)
    source: Source

    def as_dict(self, locators: Optional[dict[str, dict[int, str]]] = None) -> dict:
        return {"post": self.written, "kind": self.kind, "role": self.role,
                "label": self.label, "source": self.source.as_dict(locators)}


@dataclass(frozen=True)
class GroupOffice:
    """Where a group's office sits (办公室设在市统计局)."""
    group: str
    office: str
    sits_in: str                # unit as written
    source: Source


@dataclass(frozen=True)
class TaskPlace:
    """A task names a county-level place (or a collective standing for several)."""
    task_id: str
    place: str                  # canonical place name
    adcode: Optional[str]
    written: str
    source: Source


@dataclass
class Enrichment:
    """What :func:`kg.extract.enrich.enrich_document` reads from one document."""
    raw: list = field(default_factory=list)          # RawAssignment (prose, group, mention)
    tasks: list = field(default_factory=list)        # extra tasks (a group's, a clause's)
    groups: list = field(default_factory=list)       # GroupMember
    offices: list = field(default_factory=list)      # GroupOffice
    laws: list = field(default_factory=list)         # kg.extract.laws.LawRef
    cites: list = field(default_factory=list)        # kg.extract.laws.CiteRef
    places: list = field(default_factory=list)       # TaskPlace
    issues: list = field(default_factory=list)       # Issue
    posts: list = field(default_factory=list)        # TaskPost (read with the annotations)

    def basis(self) -> list[str]:
        """The laws and rules the document gives as its basis (根据《…》…制定本办法)."""
        return [r.title for r in self.laws if r.basis]

    def laws_cited(self, text: str) -> list[str]:
        """The document's laws and rules (not its normative documents) that ``text`` names in
        book-title marks, in order, once each: what a task's own text acts under
        (由公安机关根据《…条例》第三十一条…处罚)."""
        if "《" not in text:
            return []
        from .patterns import BOOK_TITLE_RE
        rules = {r.title for r in self.laws if r.kind in ("law", "local_rule")}
        return list(dict.fromkeys(t for t in ("".join(m.group(1).split())
                                               for m in BOOK_TITLE_RE.finditer(text))
                                  if t in rules))

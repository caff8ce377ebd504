"""The only module that calls every stage, in order: read -> documents -> outline/tasks ->
raw assignments -> enrichment -> resolved units (:func:`build`), then every writer of
:data:`kg.write.WRITERS` (:func:`write`). Library functions behind ``kg build``, callable from
notebooks too."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional

from . import errors
from .extract import actors
from .errors import SourceError
from .extract.assignments import extract_document
from .extract.documents import merge_copies, split_file
from .extract.enrich import drop_duplicates, enrich_document
from .extract.sources import read_sources
from .model import Assignment, BuildResult, Document, Issue, RawAssignment
from .resolve.jurisdiction import override as jurisdiction_override
from .resolve.lexicon import Lexicon, _parse, load_lexicon, read_lexicon_file
from .resolve.units import Resolver
from .vocab import ENRICH_VIAS
from .write import write  # noqa: F401  (build() and write(): the two steps of `kg build`)
from .write.builddir import build_lock, check_replaceable

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "langfang"


def build(paths: Iterable[Path], lexicon: Optional[Lexicon] = None,
          lexicon_paths: Optional[Iterable[Path]] = None,
          progress: Optional[Callable[[str, int, int], None]] = None,
          extend_lexicon: Iterable[Path] = (), jurisdiction: Optional[str] = None) -> BuildResult:
    """Build the responsibility graph model of the given files or directories.

    ``lexicon`` (or the files ``lexicon_paths``) replaces the bundled lexicon; the files
    ``extend_lexicon`` add to it. Each document's jurisdiction is read from the document
    (issuer, title, 文号, …); ``jurisdiction`` (a place name or adcode) overrides it for every
    document.

    >>> from kg.pipeline import build, BUNDLED_CORPUS
    >>> result = build([BUNDLED_CORPUS / "000_a3dd51c4589df611.txt"])
    >>> len(result.documents)
    1
    """
    lex = lexicon or load_lexicon(lexicon_paths)
    for p in extend_lexicon or ():
        _parse(read_lexicon_file(Path(p), "--extend-lexicon"), str(p), lex)
    files, issues = read_sources([Path(p) for p in paths])
    resolver = Resolver(lex, kind_of=actors.kind_of)
    forced = jurisdiction_override(jurisdiction) if jurisdiction else None
    docs: list[Document] = []
    for n, f in enumerate(files, 1):
        docs.extend(split_file(f.lines(), forced))
        if progress:
            progress("read", n, len(files))
    docs = merge_copies(docs)
    tasks = []
    raw: list[tuple[RawAssignment, Document]] = []
    enrichment = {}
    for n, doc in enumerate(docs, 1):
        juris = doc.place or doc.jurisdiction
        out = extract_document(doc, lambda name, j=juris: resolver.knows(name, j))
        tasks.extend(out.tasks)
        raw.extend((r, doc) for r in out.raw)
        issues.extend(out.issues)
        extra = enrich_document(doc, out.tasks, lambda name, j=juris: resolver.knows(name, j),
                                out.raw)
        enrichment[doc.doc_id] = extra
        for group in sorted({m.group for m in extra.groups}):
            resolver.resolve(group, juris, scope=doc.doc_id)   # the group is a unit (kind group)
        tasks.extend(extra.tasks)
        raw.extend((r, doc) for r in extra.raw)
        issues.extend(extra.issues)
        if progress:
            progress("parse", n, len(docs))
    assignments = []
    for r, doc in raw:
        unit = resolver.resolve(r.mention.text, doc.place or doc.jurisdiction, r.lookup,
                                scope=doc.doc_id)
        assignments.append(Assignment(r, unit))
    assignments = drop_duplicates(assignments, tasks)
    reported: set[tuple[str, str]] = set()
    for a in assignments:
        if not a.unit.resolved and a.raw.via not in ENRICH_VIAS:
            key = (a.unit.unit_id, a.raw.mention.source.file)
            if key in reported:
                continue
            reported.add(key)
            if a.unit.jurisdiction is None:
                why = ("the document's government could not be read (no issuer, title, 文号 or "
                       "place name); kept within the document (give it with --jurisdiction)")
            elif a.unit.adcode is None:
                why = (f"'{a.unit.jurisdiction}' is not in the gazetteer of divisions; kept "
                       "within it as written")
            elif lex.entries and a.unit.adcode == lex.adcode:
                why = ("not in the lexicon of this place; kept as an unresolved unit (add it "
                       "or an alias to the lexicon to resolve it)")
            else:
                why = ("not named like a government body; kept as written, an unresolved unit "
                       "(a lexicon for this place would resolve it)")
            issues.append(Issue(errors.W_UNRESOLVED, f"unit '{a.raw.mention.text}' ({a.unit.name}, "
                                f"{a.unit.jurisdiction or 'jurisdiction unknown'}): {why}",
                                a.raw.mention.source.file, a.raw.mention.source.line))
    return BuildResult(documents=docs, tasks=tasks, assignments=assignments,
                       units=resolver.units(), issues=issues, files=[f.name for f in files],
                       bytes_read=sum(f.size for f in files),
                       mentions={u.unit_id: resolver.mentions_of(u.unit_id) for u in resolver.units()},
                       lexicon_digest=lex.digest(), jurisdiction=_common_jurisdiction(docs),
                       enrichment=enrichment,
                       locators={f.name: f.locators for f in files if f.locators})


def nothing_read(issues: list[Issue]) -> str:
    """The message when no input file could be read: each file and why."""
    reasons = [str(i) for i in issues if i.code.startswith("E1")]
    if not reasons:
        return ("no input file was found: give .txt, .docx, .xlsx, .xls, .html or .pdf files "
                "or a folder holding them")
    more = f"\n  … {len(reasons) - 20} more" if len(reasons) > 20 else ""
    return "nothing could be read; nothing was written:\n  " + "\n  ".join(reasons[:20]) + more


def _common_jurisdiction(docs: list[Document]) -> Optional[str]:
    """The jurisdiction of the whole build: the smallest division that holds every document's
    (廊坊市 for Langfang's documents and its counties'); None when they are of unrelated
    governments or none was read."""
    from .resolve.divisions import load_divisions
    div = load_divisions()
    names = {d.jurisdiction for d in docs if d.jurisdiction}
    places = [div.get(d.place.adcode) for d in docs if d.place is not None and d.place.adcode]
    if len(names) == 1 and len(places) < len(docs):
        return names.pop()          # one place, possibly outside the gazetteer (某市)
    if not places or len(places) < len(docs):
        return None
    common = div.ancestors(places[0])
    for p in places[1:]:
        inside = {a.adcode for a in div.ancestors(p)}
        common = [a for a in common if a.adcode in inside]
    if common:
        return common[0].name
    return places[0].name if all(p.level == "national" for p in places) else None


def build_and_write(paths: Iterable[Path], out: Path,
                    lexicon_paths: Optional[list[Path]] = None,
                    extend: Optional[list[Path]] = None,
                    progress: Optional[Callable[[str, int, int], None]] = None,
                    jurisdiction: Optional[str] = None) -> dict:
    """Build ``paths`` and write every export into ``out``; return the report. ``jurisdiction``
    (a place name or adcode) overrides the jurisdiction read from each document. ``out`` is
    checked and locked first, so a folder that cannot be replaced fails before the work."""
    check_replaceable(Path(out))
    with build_lock(Path(out)):        # a second build into ``out`` stops now, not after its work
        result = build(paths, lexicon_paths=lexicon_paths or None, progress=progress,
                       extend_lexicon=extend or (), jurisdiction=jurisdiction)
        if not result.files:
            raise SourceError(nothing_read(result.issues))
        return write(result, out, progress=progress)

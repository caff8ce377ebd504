"""Every id and IRI hash the build mints, in one place.

Ids are derived from content, never from counters over the whole corpus or from ``hash()``,
so the same input gives the same ids whatever the file order or ``PYTHONHASHSEED``:

* documents ``D`` + 12 hex of sha1(文号 | title | date), or of the text when untitled;
* units ``U`` + 12 hex of sha1(jurisdiction adcode | canonical name);
* tasks ``<doc_id>:<outline path>``, numbered ``#2``, ``#3`` … when a path repeats;
  sub-tasks ``<task_id>/<name>``;
* posts and persons ``P`` + 12 hex of sha1(jurisdiction | normalised name): the same post
  (分管副市长) or person (张三) of one government is one, whichever document writes it;
* RDF instance IRIs use :func:`rdf_hash` (16 hex of sha1) where a readable key is too long.

>>> unit_id("廊坊市", "市发改委") == unit_id("廊坊市", "市 发改委")
True
>>> task_id("D1", ("一", "1")), task_id("D1", ())
('D1:一/1', 'D1:-')
>>> post_id("130100", "分管副市長") == post_id("130100", "分管 副市长")
True
"""
from __future__ import annotations

import hashlib
from typing import Optional

from .patterns import unglossed
from .text import compact


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def doc_id(number: Optional[str], title: str, date: Optional[str], content_key: str) -> str:
    """Stable id of a document: its 文号, title and date, or ``content_key`` when untitled."""
    basis = "|".join([compact(number or ""), compact(title), date or ""])
    if not compact(title):
        basis = content_key
    return "D" + _sha1(basis)[:12]


def unit_id(scope: Optional[str], name: str) -> str:
    """Stable id of a unit: a hash of its scope (the jurisdiction's adcode, or its name when it
    has none, or ``doc:<id>`` when the document's jurisdiction is unknown) and its normalised
    canonical name."""
    basis = f"{compact(scope or '')}|{compact(name)}"
    return "U" + _sha1(basis)[:12]


def post_name(written: str) -> str:
    """A post's or person's name as it is compared: normalised (simplified characters, full
    width), without white space or a mirror's pinyin glosses (副市長 = 副 市长 = 副市(shì)长)."""
    return unglossed(compact(written))


def post_scope(adcode: Optional[str], name: Optional[str], doc: str) -> str:
    """Whose post or person: the document's jurisdiction (its adcode, or its name when it has
    none), or ``doc:<id>`` when the jurisdiction is unknown (then no other document's)."""
    return adcode or name or f"doc:{doc}"


def doc_post_scope(doc) -> str:
    """:func:`post_scope` of a :class:`kg.model.Document`."""
    place = doc.place
    return post_scope(place.adcode if place else None,
                      (place.name if place else None) or doc.jurisdiction, doc.doc_id)


def post_id(scope: str, written: str) -> str:
    """Stable id of a post (分管副市长) or named person (张三) of a jurisdiction (see
    :func:`post_scope`): a hash of the scope and :func:`post_name`."""
    return "P" + _sha1(f"{compact(scope)}|{post_name(written)}")[:12]


def task_id(doc: str, path: tuple[str, ...], n: int = 1) -> str:
    """Id of the ``n``-th task of document ``doc`` at outline ``path``."""
    base = f"{doc}:{'/'.join(path) or '-'}"
    return base if n <= 1 else f"{base}#{n}"


def sub_task_id(parent: str, name: str) -> str:
    """Id of a task read inside task ``parent`` (a duty clause: ``name`` = ``duty2``)."""
    return f"{parent}/{name}"


def rdf_hash(text: str) -> str:
    """The 16-hex hash used in RDF IRIs (tasks, assignments, laws, cited documents)."""
    return _sha1(text)[:16]

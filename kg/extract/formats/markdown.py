"""Markdown (``.md``, ``.markdown``): the text a reader sees, each line keeping its number.

Law and policy repositories keep documents as Markdown (``# 标题``, the adoption lines, ``##
第一章 总则``, ``第一条 …``). The file is decoded like a ``.txt`` (:mod:`.text`: UTF-8 or
GB18030, line ends, the line-length limit) and then each line loses its Markdown syntax:

- headings: the ``#`` marks (ATX) and the ``===``/``---`` underline (setext) are dropped;
- block quotes ``>`` and bullet marks ``-``/``*``/``+`` are dropped; numbered items
  (``1. …``) keep their number, which is the document's own numbering;
- emphasis ``**x**``, ``*x*``, ``__x__``, ``~~x~~`` and code spans keep their text;
- links ``[text](url)`` and images ``![alt](url)`` keep their text; reference definitions
  (``[1]: http://…``), HTML comments (one line or several), HTML tags, horizontal rules and
  code fences become blank lines; the text inside a fenced code block is kept as it is;
- backslash escapes (``\\*``) give the character;
- a front matter at the top (``---`` … ``---``: a site generator's metadata) becomes blank
  lines;
- a table (``| a | b |`` rows with a ``|---|---|`` delimiter row) becomes the flattened table
  form, its first row the header, every cell keeping the line number of its row.

Every line of the output has the line number of the file, so provenance points into the
Markdown file as it is shown by an editor.
"""
from __future__ import annotations

import re
from typing import Optional

from . import LineWriter, Read
from .text import decoded_lines, furniture_lines

_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\\*\w])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?!\*)")
_EM_UNDER = re.compile(r"(?<![\\\w])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'])")
_TABLE_DELIM = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_ESCAPED_PIPE = "\x00"


def inline(text: str) -> str:
    """The text of one line without inline Markdown: emphasis, links, code spans, tags."""
    text = text.replace("\\|", _ESCAPED_PIPE)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _BREAK_TAG.sub(" ", text)
    text = _TAG.sub("", text)
    text = _CODE.sub(lambda m: m.group(2).strip(), text)
    for rx in (_STRONG, _STRIKE):
        text = rx.sub(lambda m: m.group(m.lastindex), text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDER.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return text.replace(_ESCAPED_PIPE, "|")


def _row_cells(line: str) -> Optional[list[str]]:
    """The cells of a table row ``| a | b |`` (a ``\\|`` is a pipe inside a cell)."""
    body = line.strip().replace("\\|", _ESCAPED_PIPE)
    if "|" not in body:
        return None
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.replace(_ESCAPED_PIPE, "\\|") for c in body.split("|")]


def _strip_comments(raw: list[str]) -> list[str]:
    """The lines with every HTML comment removed; a comment over several lines leaves its
    lines empty, so the other lines keep their numbers."""
    out: list[str] = []
    inside = False
    for line in raw:
        kept = []
        rest = line
        while rest:
            if inside:
                end = rest.find("-->")
                if end < 0:
                    rest = ""
                    break
                rest = rest[end + 3:]
                inside = False
            else:
                start = rest.find("<!--")
                if start < 0:
                    kept.append(rest)
                    break
                kept.append(rest[:start])
                rest = rest[start + 4:]
                inside = True
        out.append("".join(kept))
    return out


def read_markdown(data: bytes, name: str) -> Read:
    raw, enc, issues, failed = decoded_lines(data, name)
    if failed is not None:
        return failed
    # a front matter (YAML between two --- lines at the top): metadata, not text
    if raw and raw[0].strip() == "---":
        end = next((k for k in range(1, min(len(raw), 200)) if raw[k].strip() in ("---", "...")),
                   None)
        if end is not None:
            raw[:end + 1] = [""] * (end + 1)
    # fenced code blocks are taken as they are: find them before anything else is stripped
    fenced = [False] * len(raw)
    fence: Optional[str] = None
    for k, t in enumerate(raw):
        m = _FENCE.match(t)
        if fence is None and m:
            fence = m.group(1)[0] * len(m.group(1))
            fenced[k] = True          # the fence line itself: blank
            raw[k] = ""
        elif fence is not None:
            if t.strip().startswith(fence) and not t.strip().strip(fence[0]):
                fence = None
                raw[k] = ""
            else:
                fenced[k] = True
    plain = _strip_comments([("" if fenced[k] else t) for k, t in enumerate(raw)])
    lines = [raw[k] if fenced[k] else plain[k] for k in range(len(raw))]
    # Markdown made from a PDF keeps the pages' numbers and running headers: blank lines here
    # (the text reader's rule, code blocks aside), so every other line keeps its number
    for k in furniture_lines(["" if fenced[k] else t for k, t in enumerate(lines)]):
        lines[k] = ""
    out = LineWriter(name)
    i, n = 0, len(lines)
    while i < n:
        t = lines[i]
        if fenced[i]:
            out.line(t, "", i + 1)
            i += 1
            continue
        body = _QUOTE.sub("", t)
        # a table: a header row, the delimiter row, then rows holding a pipe
        if (i + 1 < n and not fenced[i + 1] and "|" in body
                and _TABLE_DELIM.match(_QUOTE.sub("", lines[i + 1]))
                and "-" in lines[i + 1]):
            rows = [[inline(c).strip() for c in _row_cells(body) or [body]]]
            numbers = [i + 1]
            j = i + 2
            while j < n and not fenced[j]:
                b = _QUOTE.sub("", lines[j])
                if not b.strip() or "|" not in b:
                    break
                rows.append([inline(c).strip() for c in _row_cells(b) or [b]])
                numbers.append(j + 1)
                j += 1
            out.table(rows, [""] * len(rows), numbers)
            i = j
            continue
        if _RULE.match(body) or _REF_DEF.match(body):
            out.line("", "", i + 1)
        elif (_SETEXT.match(body) and i > 0 and lines[i - 1].strip()
              and not _RULE.match(lines[i - 1])):
            out.line("", "", i + 1)      # the underline of a setext heading
        else:
            if _ATX.match(body):
                body = _ATX_CLOSE.sub("", _ATX.sub("", body))
            else:
                body = _BULLET.sub("", body)
            out.line(inline(body).strip() if body.strip() else "", "", i + 1)
        i += 1
    return out.done(enc, issues, unwrap=True)

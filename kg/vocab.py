"""The vocabulary every layer shares, defined once: roles, vias, unit kinds, their labels,
which roles state responsibility, and the names of the files in a build directory.

No imports from the rest of ``kg``: the extractor, the writers, the readers and the CLI all
read their words from here (and the RDF vocabulary in ``kg/ontology/kg.ttl`` is generated from
the same tables by :mod:`kg.write.rdf`).

>>> ROLE_ZH["lead"], "member" in STATED_ROLES
('牵头', False)
"""
from __future__ import annotations

# -- roles: how a unit stands to a task ---------------------------------------------------
ROLES = ("lead", "support", "responsible", "source", "contributor",
         "duty", "assist", "member", "overseen", "liaison", "mentioned")
# Ties a text states between a unit and a body or a leader that are not responsibility for a
# task: a group seat (``member``), a unit a leader oversees (``overseen``: 分管) or keeps in
# touch with (``liaison``: 联系) in a government's division of work (领导分工).
TIE_ROLES = ("member", "overseen", "liaison")
# Roles that state responsibility. ``mentioned`` only records that a unit was named; the ties
# are stated in the text but are not responsibility for a task. Both are kept apart from
# stated responsibility in every export, query and answer.
STATED_ROLES = tuple(r for r in ROLES if r not in ("mentioned", *TIE_ROLES))
# the kind of the task a leader's share of the work is (its post the leader, its units overseen)
DIVISION_KIND = "division"

# The search index's terms of two words a task writes joined (保护与管理) posted as the word they
# make (保护管理): this mark and the word (kg.write.search_index, read by kg.read.who)
JOINED_TERM = "&"
# Display order of roles (most responsible first).
ROLE_ORDER = ("lead", "responsible", "support", "assist", "duty", "source", "contributor",
              "member", "overseen", "liaison", "mentioned")
# (Chinese, English) label of each role.
ROLE_LABELS = {
    "lead": ("牵头", "lead"), "support": ("配合", "support"),
    "responsible": ("责任", "responsible"), "source": ("信息来源", "information source"),
    "contributor": ("供稿", "contributor"), "duty": ("职责", "duty"),
    "assist": ("协助", "assist"), "member": ("成员", "member"),
    "overseen": ("分管", "overseen"), "liaison": ("联系", "liaison"),
    "mentioned": ("提及", "mentioned"),
}
ROLE_ZH = {r: zh for r, (zh, _en) in ROLE_LABELS.items()}

# how a post's role is shown beside its name (台账 责任领导, kg who): 市政府分管副市长（牵头）
POST_ROLE_MARKS = {"lead": "（牵头）", "support": "（配合）"}

# -- vias: how a responsibility was stated ------------------------------------------------
VIAS = ("inline", "standalone", "inherited", "table", "section", "source", "contributor",
        "prose", "conduct", "group", "division", "mention")
# Read from annotations and tables, and read by the enrichment stage.
ANNOTATION_VIAS = ("inline", "standalone", "inherited", "table", "section", "source", "contributor")
ENRICH_VIAS = ("prose", "conduct", "group", "division", "mention")
VIA_LABELS = {
    "inline": ("行内注明", "inline annotation"), "standalone": ("单独成行", "standalone annotation"),
    "inherited": ("继承", "inherited from a heading"), "table": ("表格", "table column"),
    "section": ("分节", "section heading"), "source": ("信息来源", "information source note"),
    "contributor": ("供稿", "contributor note"), "prose": ("正文", "prose"),
    "conduct": ("行为规范", "rules of conduct"),
    "group": ("领导小组", "group membership"),
    "division": ("领导分工", "leaders' division of work"), "mention": ("提及", "mention"),
}

# -- units --------------------------------------------------------------------------------
UNIT_KINDS = ("department", "county_gov", "township", "zone", "collective", "central", "court",
              "enterprise", "social_org", "grassroots", "institution", "group", "other")
# ``township``: the government of a township (镇, 乡) or the office of a sub-district (街道),
# the level below a county; villages and residents' committees (村, 社区) are ``grassroots``
# kinds of non-government actors (kg.extract.actors): kept apart from government units in the
# graph and the ledger
ACTOR_KINDS = ("enterprise", "social_org", "grassroots", "institution")

# -- graph edges that are not roles (the viewer draws them) --------------------------------
EDGE_ZH = {"cites": "引用", "contains": "包含"}

# -- the files of a build directory ---------------------------------------------------------
ASSIGNMENTS_FILE = "assignments.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
UNITS_FILE = "units.jsonl"
TASKS_FILE = "tasks.jsonl"
GROUPS_FILE = "groups.jsonl"
TASK_PLACES_FILE = "task_places.jsonl"
REPORT_FILE = "report.json"
LEDGER_FILE = "ledger.csv"
LEDGER_XLSX_FILE = "ledger.xlsx"
RDF_FILES = ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld")
STORE_DIR = "store"
INDEX_DIR = "search"
INDEX_FILE = "index.sqlite"
ANSWERS_FILE = "answers.sqlite"     # beside the index: kg.write.answers
# written last into a build folder: says the folder is a kg build and lists what it wrote
MARKER = ".kg-build.json"

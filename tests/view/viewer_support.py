"""Shared set-up of the viewer tests: a small build of the bundled corpus and of the XSS fixture."""
from __future__ import annotations

import shutil
from pathlib import Path

from kg.write import write_jsonl
from kg.pipeline import BUNDLED_CORPUS, build

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
XSS_FIXTURE = FIXTURES / "xss_notice.txt"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_into(paths, out: Path) -> Path:
    write_jsonl(build([Path(p) for p in paths]), out)
    return out


def corpus_sample() -> list[Path]:
    """Two corpus files: enough documents, tasks, units and collectives, and fast."""
    files = sorted(BUNDLED_CORPUS.glob("*.txt"))
    return [files[-1], files[2]] if len(files) > 2 else files


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None

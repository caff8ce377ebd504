"""Writers: the built model -> files under the output directory."""
from .jsonl import write_all

__all__ = ["write_all"]

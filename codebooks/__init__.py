"""The codebooks shipped with eventcoder, as data files.

`DEFAULT` is the directory of the default codebook (CAMEO 1.1b3 taxonomy,
actors, agents, verbs and discards). See `FORMAT.md` for the file format.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
DEFAULT = ROOT / "default"

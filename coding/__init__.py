"""eventcoder: rule-based political event coding of news text into CAMEO events.

The Python API mirrors the command line:

- `Coder().code(text, date=...)` codes one sentence;
- `code_documents(records_or_df, ...)` codes documents into a validated DataFrame.

Importing `coding` also gives every pandas DataFrame the `df.events` accessor.
Names are loaded on first use and the accessor is registered when pandas is
imported (now, if it already is), so that `eventcoder code` never pays for
importing pandas.
"""

__version__ = "0.1.0"

import importlib
import sys

_LAZY = {"Coder": "coding.coder", "Event": "coding.coder", "code_documents": "coding.pipeline"}

__all__ = ["Coder", "Event", "__version__", "code_documents"]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'coding' has no attribute {name!r}")


class _AfterPandas:
    """Import hook: registers `df.events` right after pandas is imported."""

    def find_spec(self, name, path=None, target=None):
        if name != "pandas":
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _RegisteringLoader(spec.loader)
        return spec


class _RegisteringLoader:
    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        self.loader.exec_module(module)
        importlib.import_module("coding.accessor")

    def __getattr__(self, name: str):  # everything else is the real loader's
        return getattr(self.loader, name)


if "pandas" in sys.modules:
    importlib.import_module("coding.accessor")
elif not any(isinstance(f, _AfterPandas) for f in sys.meta_path):
    sys.meta_path.insert(0, _AfterPandas())

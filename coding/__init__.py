"""eventcoder: rule-based political event coding of news text into CAMEO events.

The Python API mirrors the command line:

- `Coder().code(text, date=...)` codes one sentence;
- `code_documents(records_or_df, ...)` codes documents into a validated DataFrame.
"""

__version__ = "0.1.0"

from coding import accessor as _accessor  # noqa: E402,F401  df.events, see coding/accessor.py
from coding.coder import Coder, Event  # noqa: E402

__all__ = ["Coder", "Event", "__version__", "code_documents"]


def __getattr__(name):
    # The pipeline pulls in pandas/pyarrow; load it only when it is used.
    if name == "code_documents":
        from coding.pipeline import code_documents

        return code_documents
    raise AttributeError(name)

"""eventcoder: rule-based political event coding of news text into CAMEO events.

The Python API mirrors the command line:

- `Coder().code(text, date=...)` codes one sentence;
- `code_documents(records_or_df, ...)` codes documents into a validated DataFrame.
"""

__version__ = "0.1.0"

from coding import accessor as _accessor  # noqa: E402,F401  registers df.events
from coding.coder import Coder, Event  # noqa: E402
from coding.pipeline import code_documents  # noqa: E402

__all__ = ["Coder", "Event", "__version__", "code_documents"]

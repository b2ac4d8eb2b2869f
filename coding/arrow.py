"""Arrow arrays from Python lists, without importing pandas.

`pa.array` looks for pandas objects in whatever it converts, and that check
imports pandas (about half a second) on its first call. The coder writes
Arrow tables and never needs pandas, so its columns are built here with
Arrow's string builder and numpy buffers, which give the same arrays.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

try:
    from pyarrow.lib import StringBuilder
except ImportError:  # pragma: no cover - an Arrow without the builder
    StringBuilder = None

_NUMPY = {pa.int8(): np.int8, pa.int32(): np.int32, pa.int64(): np.int64,
          pa.float64(): np.float64, pa.date32(): np.int32}
_EPOCH = 719163  # date(1970, 1, 1).toordinal(): date32 counts days from it


def to_array(values: list, type_: pa.DataType) -> pa.Array:
    """`pa.array(values, type_)` for strings, booleans, dates and numbers (None is null)."""
    if type_ == pa.string() and StringBuilder is not None:
        builder = StringBuilder()
        builder.append_values(values)
        return builder.finish()
    if type_ not in _NUMPY and type_ != pa.bool_():
        return pa.array(values, type_)
    n = len(values)
    nulls = values.count(None)  # counted in C; most columns have none and need no mask
    validity = None
    if nulls:
        valid = np.fromiter((v is not None for v in values), bool, n)
        validity = pa.py_buffer(np.packbits(valid, bitorder="little"))
    if type_ == pa.date32():
        values = [v.toordinal() - _EPOCH if v is not None else 0 for v in values]
    elif nulls:
        values = [v if v is not None else 0 for v in values]
    if type_ == pa.bool_():
        data = np.packbits(np.array(values, bool), bitorder="little")
    else:
        data = np.array(values, _NUMPY[type_])
    return pa.Array.from_buffers(type_, n, [validity, pa.py_buffer(data)], null_count=nulls)

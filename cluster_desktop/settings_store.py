"""Installation settings kept in the database, one JSON value per key.

Settings live in the database (not in a per-PC file) so that every PC on a
shared database sees the same values and a backup carries them.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from .models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.flush()

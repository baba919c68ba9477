"""Bounded, deterministic reprs of Python values.

The size is bounded while the text is built (never build a huge repr and cut it afterwards), memory
addresses are removed so the same program gives the same text on every run, and containers past the
item limit are elided with `...` in the same place every time.
"""

import re

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_SCALARS = (bool, int, float, complex, type(None))
_ELLIPSIS = "..."


class _Budget:
    __slots__ = ("left",)

    def __init__(self, chars):
        self.left = chars


def _int_repr(value, budget):
    # Avoid int->str on huge ints (slow, and past 4300 digits Python refuses).
    bits = value.bit_length()
    if bits > 3.33 * budget.left + 8 or bits > 64000:
        return "<int with about %d digits>" % int(bits * 0.30103 + 1)
    return repr(value)


def _str_repr(value, budget):
    limit = max(budget.left, 8)
    if len(value) <= limit:
        return repr(value)
    return repr(value[:limit]) + _ELLIPSIS


def _bytes_repr(value, budget):
    limit = max(budget.left // 2, 8)
    if len(value) <= limit:
        return repr(value)
    return repr(value[:limit]) + _ELLIPSIS


def _items_repr(parts_iter, open_, close, budget, max_items, total):
    out = [open_]
    used = len(open_) + len(close)
    count = 0
    for part in parts_iter:
        if count:
            out.append(", ")
            used += 2
        out.append(part)
        used += len(part)
        count += 1
        budget.left -= len(part) + 2
        if budget.left <= 0 or count >= max_items:
            break
    if count < total:
        out.append(", " + _ELLIPSIS if count else _ELLIPSIS)
    out.append(close)
    return "".join(out)


class ReprLimits:
    __slots__ = ("chars", "items", "depth")

    def __init__(self, chars=1000, items=50, depth=6):
        self.chars = chars
        self.items = items
        self.depth = depth


def bounded_repr(value, limits):
    """Return a deterministic repr of `value` of at most about `limits.chars` characters."""
    budget = _Budget(limits.chars)
    try:
        text = _repr(value, budget, limits, 0, set())
    except RecursionError:
        text = "<repr too deep>"
    except Exception as error:  # a user-defined __repr__ may raise anything
        text = "<repr failed: %s>" % type(error).__name__
    if len(text) > limits.chars + len(_ELLIPSIS):
        text = text[: limits.chars] + _ELLIPSIS
    return text


def _repr(value, budget, limits, depth, seen):
    kind = type(value)
    if kind is str:
        return _str_repr(value, budget)
    if kind is int:
        return _int_repr(value, budget)
    if kind in _SCALARS:
        return repr(value)
    if kind is bytes or kind is bytearray:
        text = _bytes_repr(bytes(value), budget)
        return text if kind is bytes else "bytearray(" + text + ")"
    if kind in (list, tuple, set, frozenset, dict):
        if id(value) in seen:
            return {list: "[...]", tuple: "(...)", dict: "{...}"}.get(kind, "{...}")
        if depth >= limits.depth:
            return {list: "[...]", tuple: "(...)", dict: "{...}"}.get(kind, kind.__name__ + "(...)")
        seen.add(id(value))
        try:
            return _container_repr(value, kind, budget, limits, depth, seen)
        finally:
            seen.discard(id(value))
    return _object_repr(value, budget)


def _container_repr(value, kind, budget, limits, depth, seen):
    total = len(value)
    max_items = limits.items

    def children(items):
        for item in items:
            yield _repr(item, budget, limits, depth + 1, seen)

    if kind is dict:

        def pairs():
            for key, item in value.items():
                yield _repr(key, budget, limits, depth + 1, seen) + ": " + _repr(
                    item, budget, limits, depth + 1, seen
                )

        return _items_repr(pairs(), "{", "}", budget, max_items, total)
    if kind is list:
        return _items_repr(children(value), "[", "]", budget, max_items, total)
    if kind is tuple:
        if total == 1:
            return "(" + _repr(value[0], budget, limits, depth + 1, seen) + ",)"
        return _items_repr(children(value), "(", ")", budget, max_items, total)
    if total == 0:
        return kind.__name__ + "()"
    inner = _items_repr(children(value), "{", "}", budget, max_items, total)
    return inner if kind is set else "frozenset(" + inner + ")"


def _object_repr(value, budget):
    text = repr(value)
    if type(text) is not str:
        return "<repr failed: not a string>"
    if len(text) > budget.left + 64:
        text = text[: max(budget.left, 16)] + _ELLIPSIS
    budget.left -= len(text)
    return _ADDRESS.sub("", text)


def type_name(value):
    kind = type(value)
    module = getattr(kind, "__module__", "builtins")
    if module in ("builtins", "__main__", None):
        return kind.__qualname__
    return module + "." + kind.__qualname__

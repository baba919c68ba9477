"""Bounded, deterministic reprs of Python values that never run the program's own code.

Recording a value must not change what the program does, so no method the program could have defined
is ever called here: no `__repr__`, `__str__`, `__len__`, `__iter__`, `__eq__`, `__getattr__` or property
of a class the program wrote. Builtin and standard-library values are written in CPython's own format
(built here for containers, so the size stays bounded); an instance of a class the program defined is
shown structurally, as its class name and the attributes stored on it: `Point(x=1, y=2)`.

One character budget is shared by the whole value and spent once per emitted character, memory
addresses are removed (` at 0x...`), and a container is cut with `...` where the budget or the item limit
runs out, at the same place on every run.
"""

import re
import sys

PROGRAM_FILE = "<program>"
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_ELLIPSIS = "..."
_MISSING = object()
_MODERN_ODICT = sys.version_info >= (3, 12)

# Reading a class's own data without attribute lookup on it (a metaclass could intercept that).
_type_dict = type.__dict__["__dict__"].__get__
_type_mro = type.__dict__["__mro__"].__get__
_type_name = type.__dict__["__name__"].__get__
_type_qualname = type.__dict__["__qualname__"].__get__
_type_module = type.__dict__["__module__"].__get__
_type_flags = type.__dict__["__flags__"].__get__
_exc_args = BaseException.__dict__["args"].__get__
_HEAPTYPE = 1 << 9
_FunctionType = type(lambda: 0)
_func_code = _FunctionType.__dict__["__code__"].__get__
_func_qualname = _FunctionType.__dict__["__qualname__"].__get__


class _Probe:
    def method(self):
        return self


_MethodType = type(_Probe().method)


class _Budget:
    __slots__ = ("left",)

    def __init__(self, chars):
        self.left = chars


class ReprLimits:
    __slots__ = ("chars", "items", "depth")

    def __init__(self, chars=1000, items=50, depth=6):
        self.chars = chars
        self.items = items
        self.depth = depth


def lookup(kind, name):
    """The attribute `name` as the class `kind` defines or inherits it, found without calling anything."""
    for cls in _type_mro(kind):
        namespace = _type_dict(cls)
        if name in namespace:
            return namespace[name]
    return _MISSING


def _inherits(kind, base):
    """issubclass without asking a metaclass (an ABC's __subclasscheck__ can reach the program's code)."""
    for cls in _type_mro(kind):
        if cls is base:
            return True
    return False


def _is_program_function(value):
    return type(value) is _FunctionType and _func_code(value).co_filename == PROGRAM_FILE


def type_name(value):
    kind = type(value)
    module = _type_module(kind)
    qualname = _type_qualname(kind)
    if module in ("builtins", "__main__") or type(module) is not str:
        return qualname
    return module + "." + qualname


def _spend(text, budget):
    budget.left -= len(text)
    return text


def _int_repr(value, budget):
    # int -> str on a huge int is slow, and past 4300 digits Python refuses; small ints always fit.
    digits = int(int.bit_length(value) * 0.30103) + 1
    if digits > max(budget.left, 40) or digits > 20000:
        sign = "-" if value < 0 else ""
        return _spend("%s<int with about %d digits>" % (sign, digits), budget)
    return _spend(int.__repr__(value), budget)


def _str_repr(value, budget):
    limit = max(budget.left - 2, 8)
    if str.__len__(value) <= limit:
        return _spend(str.__repr__(value), budget)
    return _spend(str.__repr__(str.__getitem__(value, slice(0, limit))) + _ELLIPSIS, budget)


def _bytes_repr(value, budget):
    """`value` is exact bytes or bytearray; only the part shown is copied."""
    limit = max((budget.left - 3) // 2, 8)
    head = bytes(value[: limit + 1])
    if len(head) <= limit:
        return _spend(bytes.__repr__(head), budget)
    return _spend(bytes.__repr__(head[:limit]) + _ELLIPSIS, budget)


def _float_repr(value, budget):
    return _spend(float.__repr__(value), budget)


class _Ctx:
    __slots__ = ("budget", "limits", "seen")

    def __init__(self, budget, limits):
        self.budget = budget
        self.limits = limits
        self.seen = set()


def _items(ctx, values, fmt, open_, close, total, depth):
    """Join the reprs of `values` (each written by fmt(value, ctx, depth)) until budget or items run out;
    only the values shown are taken from the iterator."""
    budget = ctx.budget
    limit = ctx.limits.items
    out = [open_]
    budget.left -= len(open_)
    count = 0
    depth += 1
    for value in values:
        if count:
            out.append(", ")
            budget.left -= 2
        out.append(fmt(value, ctx, depth))
        count += 1
        if budget.left <= 0 or count >= limit:
            break
    if count < total:
        out.append(", " + _ELLIPSIS if count else _ELLIPSIS)
        budget.left -= 5
    out.append(close)
    budget.left -= len(close)
    return "".join(out)


def _pair(pair, ctx, depth):
    return _repr(pair[0], ctx, depth) + _spend(": ", ctx.budget) + _repr(pair[1], ctx, depth)


def _keyword(pair, ctx, depth):
    return _spend(pair[0] + "=", ctx.budget) + _repr(pair[1], ctx, depth)


def _tuple_pair(pair, ctx, depth):
    return _spend("(", ctx.budget) + _pair_comma(pair, ctx, depth + 1) + _spend(")", ctx.budget)


def _pair_comma(pair, ctx, depth):
    return _repr(pair[0], ctx, depth) + _spend(", ", ctx.budget) + _repr(pair[1], ctx, depth)


def _nested(ctx, value, depth, short, build):
    """Guard a container against cycles and the depth limit, then build it."""
    key = id(value)
    if key in ctx.seen or depth >= ctx.limits.depth:
        return _spend(short, ctx.budget)
    ctx.seen.add(key)
    try:
        return build()
    finally:
        ctx.seen.discard(key)


def _list_repr(value, ctx, depth, kind=list):
    return _nested(ctx, value, depth, "[...]", lambda: _items(ctx, list.__iter__(value), _repr, "[", "]", list.__len__(value), depth))


def _tuple_repr(value, ctx, depth):
    total = tuple.__len__(value)
    if total == 1:
        return _nested(ctx, value, depth, "(...)", lambda: _spend("(", ctx.budget) + _repr(tuple.__getitem__(value, 0), ctx, depth + 1) + _spend(",)", ctx.budget))
    return _nested(ctx, value, depth, "(...)", lambda: _items(ctx, tuple.__iter__(value), _repr, "(", ")", total, depth))


def _dict_repr(value, ctx, depth):
    return _nested(ctx, value, depth, "{...}", lambda: _items(ctx, iter(dict.items(value)), _pair, "{", "}", dict.__len__(value), depth))


def _set_repr(value, ctx, depth, base=set, name=None):
    total = base.__len__(value)
    name = name or _type_name(type(value))
    if total == 0:
        return _spend(name + "()", ctx.budget)
    wrap = base is not set or type(value) is not set
    short = (name + "(...)") if wrap else "{...}"

    def build():
        inner = _items(ctx, base.__iter__(value), _repr, "{", "}", total, depth)
        return (_spend(name + "(", ctx.budget) + inner + _spend(")", ctx.budget)) if wrap else inner

    return _nested(ctx, value, depth, short, build)


def _call_form(ctx, value, depth, name, build_inner, short=None):
    """`name(...)` around an inner repr, e.g. deque([1, 2])."""

    def build():
        return _spend(name + "(", ctx.budget) + build_inner() + _spend(")", ctx.budget)

    return _nested(ctx, value, depth, short or name + "(...)", build)


def _deque_repr(value, ctx, depth, deque):
    name = _type_name(type(value))
    maxlen = deque.__dict__["maxlen"].__get__(value)

    def inner():
        text = _items(ctx, deque.__iter__(value), _repr, "[", "]", deque.__len__(value), depth + 1)
        if maxlen is not None:
            text += _spend(", maxlen=%d" % maxlen, ctx.budget)
        return text

    return _call_form(ctx, value, depth, name, inner)


def _odict_repr(value, ctx, depth, odict):
    name = _type_name(type(value))
    if dict.__len__(value) == 0:
        return _spend(name + "()", ctx.budget)
    total = dict.__len__(value)
    items = odict.items(value)
    if _MODERN_ODICT:
        return _call_form(ctx, value, depth, name, lambda: _items(ctx, iter(items), _pair, "{", "}", total, depth + 1))

    return _call_form(ctx, value, depth, name, lambda: _items(ctx, iter(items), _tuple_pair, "[", "]", total, depth + 1))


def _defaultdict_repr(value, ctx, depth, defaultdict):
    name = _type_name(type(value))
    factory = defaultdict.__dict__["default_factory"].__get__(value)

    def inner():
        head = _repr(factory, ctx, depth + 1) + _spend(", ", ctx.budget)
        return head + _items(ctx, iter(dict.items(value)), _pair, "{", "}", dict.__len__(value), depth + 1)

    return _call_form(ctx, value, depth, name, inner)


_ORDERABLE = (int, float, bool)
_COUNTER_SORT_LIMIT = 5000


def _counter_repr(value, ctx, depth):
    name = _type_name(type(value))
    total = dict.__len__(value)
    if total == 0:
        return _spend(name + "()", ctx.budget)
    pairs = list(dict.items(value)) if total <= _COUNTER_SORT_LIMIT else dict.items(value)
    # most_common() order as CPython shows it; a huge Counter keeps insertion order (sorting it at every
    # event would cost more than the program).
    if total <= _COUNTER_SORT_LIMIT and all(type(count) in _ORDERABLE for _, count in pairs):
        pairs.sort(key=lambda pair: pair[1], reverse=True)  # most_common(): stable, largest first
    return _call_form(ctx, value, depth, name, lambda: _items(ctx, iter(pairs), _pair, "{", "}", total, depth + 1))


def _namedtuple_repr(value, ctx, depth, fields):
    name = _type_name(type(value))
    pairs = zip(fields, tuple.__iter__(value))
    return _call_form(ctx, value, depth, name, lambda: _items(ctx, pairs, _keyword, "", "", tuple.__len__(value), depth))


def _namespace_repr(value, ctx, depth, namespace):
    name = "namespace" if type(value) is namespace else _type_name(type(value))
    attrs = _instance_dict(value)
    pairs = [(k, v) for k, v in dict.items(attrs)] if attrs is not None else []
    return _call_form(ctx, value, depth, name, lambda: _items(ctx, iter(pairs), _keyword, "", "", len(pairs), depth))


def _view_repr(value, ctx, depth):
    name = _type_name(type(value))
    items = list(_bounded_iter(iter(value), ctx.limits.items + 1))
    return _call_form(ctx, value, depth, name, lambda: _items(ctx, iter(items), _repr, "[", "]", len(value), depth + 1))


def _bounded_iter(iterator, count):
    for index, item in enumerate(iterator):
        if index >= count:
            return
        yield item


def _array_repr(value, ctx, depth, array):
    code = array.__dict__["typecode"].__get__(value)
    total = array.__len__(value)
    if total == 0:
        return _spend("array(%r)" % code, ctx.budget)
    head = array.tolist(array.__getitem__(value, slice(0, ctx.limits.items + 1)))
    if code == "u":
        return _call_form(ctx, value, depth, "array", lambda: _spend("%r, " % code, ctx.budget) + _str_repr("".join(head), ctx.budget))
    return _call_form(ctx, value, depth, "array", lambda: _spend("%r, " % code, ctx.budget) + _items(ctx, iter(head), _repr, "[", "]", total, depth + 1))


def _chainmap_repr(value, ctx, depth):
    maps = _instance_dict(value).get("maps", [])
    if type(maps) is not list:
        return _structural(value, ctx, depth)
    name = _type_name(type(value))
    return _call_form(ctx, value, depth, name, lambda: _items(ctx, list.__iter__(maps), _repr, "", "", len(maps), depth))


def _exception_repr(value, ctx, depth):
    name = _type_name(type(value))
    args = _exc_args(value)
    if tuple.__len__(args) == 1:
        return _call_form(ctx, value, depth, name, lambda: _repr(args[0], ctx, depth + 1))
    return _spend(name, ctx.budget) + _repr(args, ctx, depth)


def _enum_repr(value, ctx, depth):
    attrs = _instance_dict(value) or {}
    name = attrs.get("_name_")
    if type(name) is not str:
        return _structural(value, ctx, depth)
    head = "<%s.%s: " % (_type_name(type(value)), name)
    return _spend(head, ctx.budget) + _repr(attrs.get("_value_"), ctx, depth + 1) + _spend(">", ctx.budget)


def _function_repr(value, ctx):
    return _spend("<function %s>" % _func_qualname(value), ctx.budget)


def _class_repr(value, ctx):
    module = _type_module(value)
    qualname = _type_qualname(value)
    if module == "builtins" or type(module) is not str:
        return _spend("<class %r>" % qualname, ctx.budget)
    return _spend("<class '%s.%s'>" % (module, qualname), ctx.budget)


def _bound_method_repr(value, ctx, depth):
    func = value.__func__
    owner = value.__self__
    if type(func) is _FunctionType:
        qualname = _func_qualname(func)
    else:
        qualname = getattr(func, "__qualname__", "?") if not _is_heap(type(func)) else "?"
    return _spend("<bound method %s of " % qualname, ctx.budget) + _repr(owner, ctx, depth + 1) + _spend(">", ctx.budget)


def _is_heap(kind):
    return bool(_type_flags(kind) & _HEAPTYPE)


def _instance_dict(value):
    """The instance's attribute dict through the standard `__dict__` slot only, or None."""
    descriptor = lookup(type(value), "__dict__")
    if type(descriptor).__name__ not in ("getset_descriptor", "member_descriptor"):
        return None
    try:
        attrs = descriptor.__get__(value)
    except (AttributeError, TypeError):
        return None
    return attrs if type(attrs) is dict else None


def _slot_values(kind, value):
    found = []
    for cls in reversed(_type_mro(kind)):
        for name, member in dict.items(dict(_type_dict(cls))):
            if type(member).__name__ == "member_descriptor" and type(name) is str and name[:2] != "__":
                try:
                    found.append((name, member.__get__(value)))
                except AttributeError:
                    pass
    return found


def _structural(value, ctx, depth):
    """A program's object: its class name and its attributes, read without calling its methods."""
    kind = type(value)
    name = _type_qualname(kind)
    attrs = _instance_dict(value)
    pairs = [(k, v) for k, v in dict.items(attrs) if type(k) is str] if attrs is not None else []
    pairs.extend(_slot_values(kind, value))
    if id(value) in ctx.seen or depth >= ctx.limits.depth:
        return _spend(name + "(...)", ctx.budget)
    parts = [(None, pair) for pair in pairs]
    for base, formatter in _BASE_FORMATTERS:
        if _inherits(kind, base):  # the builtin value it extends first, e.g. Stack([1, 2], name='s')
            parts.insert(0, (formatter(value, ctx, depth + 1), None))
            break
    total = len(parts)
    parts = iter(parts)
    return _call_form(ctx, value, depth, name, lambda: _items(ctx, parts, _structural_part, "", "", total, depth))


def _structural_part(part, ctx, depth):
    head, pair = part
    return head if pair is None else _keyword(pair, ctx, depth)


# Standard-library types whose repr shows only plain data they own: repr() is called on exact instances.
_PLAIN_LEAVES = frozenset(
    """datetime.date datetime.datetime datetime.time datetime.timedelta datetime.timezone decimal.Decimal
    fractions.Fraction uuid.UUID pathlib.PurePosixPath pathlib.PosixPath pathlib.PureWindowsPath
    pathlib.WindowsPath ipaddress.IPv4Address ipaddress.IPv6Address ipaddress.IPv4Network
    ipaddress.IPv6Network re.Pattern re.Match builtins.range builtins.memoryview builtins.complex
    builtins.ellipsis builtins.NotImplementedType builtins.NoneType builtins.generator builtins.coroutine
    builtins.async_generator builtins.builtin_function_or_method builtins.method-wrapper builtins.module
    builtins.code builtins.frame builtins.cell builtins.weakref builtins.property builtins.wrapper_descriptor builtins.method_descriptor builtins.getset_descriptor
    builtins.member_descriptor builtins.classmethod_descriptor _io.StringIO _io.BytesIO _io.TextIOWrapper
    _io.BufferedReader _io.BufferedWriter _io.FileIO random.Random _random.Random builtins.map builtins.filter builtins.zip builtins.enumerate
    builtins.reversed builtins.list_iterator builtins.tuple_iterator builtins.range_iterator
    builtins.set_iterator builtins.str_ascii_iterator builtins.str_iterator builtins.dict_keyiterator
    builtins.dict_valueiterator builtins.dict_itemiterator builtins.bytes_iterator builtins.callable_iterator
    builtins.longrange_iterator builtins.object""".split()
)


def _trusted_leaf(kind):
    module = _type_module(kind)
    key = "%s.%s" % (module, _type_qualname(kind))
    if key not in _PLAIN_LEAVES:
        return False
    if not _is_heap(kind):
        return True
    home = sys.modules.get(module)  # a program's class claiming a standard name is not the standard class
    return home is not None and getattr(home, _type_name(kind), None) is kind


def _base_formatter(kind):
    """For a subclass of a builtin whose repr it inherits: the builtin formatter to use."""
    found = lookup(kind, "__repr__")
    for base, formatter in _BASE_FORMATTERS:
        if _inherits(kind, base) and found is base.__repr__:
            return formatter
    return None


def _collections_formatter(kind, value):
    module = sys.modules.get("collections")
    if module is None:
        return None
    found = lookup(kind, "__repr__")
    deque, odict, ddict = module.deque, module.OrderedDict, module.defaultdict
    if _inherits(kind, deque) and found is deque.__repr__:
        return lambda v, c, d: _deque_repr(v, c, d, deque)
    if _inherits(kind, module.Counter) and found is module.Counter.__repr__:
        return _counter_repr
    if _inherits(kind, ddict) and found is ddict.__repr__:
        return lambda v, c, d: _defaultdict_repr(v, c, d, ddict)
    if _inherits(kind, odict) and found is odict.__repr__:
        return lambda v, c, d: _odict_repr(v, c, d, odict)
    if _inherits(kind, module.ChainMap) and found is module.ChainMap.__repr__:
        return _chainmap_repr
    for wrapper in (module.UserList, module.UserDict, module.UserString):
        if _inherits(kind, wrapper) and found is wrapper.__repr__:
            return lambda v, c, d: _repr((_instance_dict(v) or {}).get("data"), c, d)
    if _inherits(kind, tuple) and type(found) is _FunctionType:
        code = _func_code(found)
        fields = lookup(kind, "_fields")
        if code.co_filename == getattr(module, "__file__", None) and type(fields) is tuple:
            return lambda v, c, d: _namedtuple_repr(v, c, d, fields)
    return None


def _other_formatter(kind, value):
    found = lookup(kind, "__repr__")
    enum = sys.modules.get("enum")
    if enum is not None and _inherits(kind, enum.Enum) and found is enum.Enum.__repr__:
        return _enum_repr
    if _inherits(kind, BaseException) and found is BaseException.__repr__:
        return _exception_repr
    types = sys.modules.get("types")
    if types is not None and _inherits(kind, types.SimpleNamespace) and found is types.SimpleNamespace.__repr__:
        return lambda v, c, d: _namespace_repr(v, c, d, types.SimpleNamespace)
    array = sys.modules.get("array")
    if array is not None and kind is array.array:
        return lambda v, c, d: _array_repr(v, c, d, array.array)
    if _type_name(kind) in ("dict_keys", "dict_values", "dict_items", "odict_keys", "odict_values", "odict_items") and not _is_heap(kind):
        return _view_repr
    return None


def _repr(value, ctx, depth):
    kind = type(value)
    if kind is str:
        return _str_repr(value, ctx.budget)
    if kind is int:
        return _int_repr(value, ctx.budget)
    if kind is float:
        return _float_repr(value, ctx.budget)
    if kind is bool or value is None:
        return _spend("True" if value is True else "False" if value is False else "None", ctx.budget)
    if kind is list:
        return _list_repr(value, ctx, depth)
    if kind is tuple:
        return _tuple_repr(value, ctx, depth)
    if kind is dict:
        return _dict_repr(value, ctx, depth)
    if kind is set or kind is frozenset:
        return _set_repr(value, ctx, depth, kind)
    if kind is bytes:
        return _bytes_repr(value, ctx.budget)
    if kind is bytearray:
        return _spend("bytearray(", ctx.budget) + _bytes_repr(value, ctx.budget) + _spend(")", ctx.budget)
    if kind is _FunctionType:
        return _function_repr(value, ctx)
    if _inherits(kind, type):
        return _class_repr(value, ctx)
    if kind is _MethodType:
        return _bound_method_repr(value, ctx, depth)
    formatter = _base_formatter(kind) or _collections_formatter(kind, value) or _other_formatter(kind, value)
    if formatter is not None:
        return formatter(value, ctx, depth)
    if _trusted_leaf(kind):
        text = repr(value)
        if len(text) > max(ctx.budget.left, 16) + 64:
            text = text[: max(ctx.budget.left, 16)] + _ELLIPSIS
        return _spend(_ADDRESS.sub("", text), ctx.budget)
    if lookup(kind, "__repr__") is object.__repr__ and not _is_program_class(kind):
        module = _type_module(kind)
        return _spend("<%s.%s object>" % (module, _type_qualname(kind)), ctx.budget)
    return _structural(value, ctx, depth)


def _is_program_class(kind):
    for cls in _type_mro(kind):
        if _type_module(cls) == "__main__":
            return True
        for item in dict.values(dict(_type_dict(cls))):
            if _is_program_function(item):
                return True
    return False


_BASE_FORMATTERS = (
    (bool, lambda v, c, d: _spend(int.__repr__(v), c.budget)),
    (int, lambda v, c, d: _int_repr(v, c.budget)),
    (float, lambda v, c, d: _spend(float.__repr__(v), c.budget)),
    (str, lambda v, c, d: _str_repr(str.__str__(v), c.budget)),
    (bytes, lambda v, c, d: _bytes_repr(bytes.__getitem__(v, slice(0, None)), c.budget)),
    (list, _list_repr),
    (tuple, _tuple_repr),
    (dict, _dict_repr),
    (frozenset, lambda v, c, d: _set_repr(v, c, d, frozenset)),
    (set, lambda v, c, d: _set_repr(v, c, d, set)),
)


def bounded_repr(value, limits):
    """A deterministic repr of `value`, about `limits.chars` characters at most, built without running
    any code of the program."""
    ctx = _Ctx(_Budget(limits.chars), limits)
    try:
        text = _repr(value, ctx, 0)
    except RecursionError:
        text = "<repr too deep>"
    except Exception as error:  # noqa: BLE001 - a value in a state no formatter expected
        text = "<repr failed: %s>" % type(error).__name__
    if len(text) > limits.chars + 64:  # only reached by a formatter overshooting; never normally
        text = text[: limits.chars] + _ELLIPSIS
    return text


# Exact types whose repr needs none of bounded_repr's bookkeeping (most locals of most programs), and
# their type names as type_name writes them.
SCALAR_TYPE_NAMES = {int: "int", str: "str", bool: "bool", float: "float", type(None): "NoneType"}
_SMALL_INT = 10**18


def scalar_repr(value, kind, chars):
    """bounded_repr(value, ReprLimits(chars, ...)) for a value whose exact type `kind` is in SCALAR_TYPE_NAMES,
    written directly (the tracer's hot path); None when the value needs the general path."""
    if kind is int:
        return int.__repr__(value) if -_SMALL_INT < value < _SMALL_INT else None
    if kind is str:
        if str.__len__(value) > max(chars - 2, 8):
            return None
        text = str.__repr__(value)
        return text if len(text) <= chars + 64 else text[:chars] + _ELLIPSIS
    if kind is float:
        return float.__repr__(value)
    if kind is bool:
        return "True" if value is True else "False"
    return "None"


def _plain_data(value, depth=0):
    kind = type(value)
    if kind in (str, int, float, bool, bytes, type(None)):
        return True
    if kind is tuple and depth < 3:
        return all(_plain_data(item, depth + 1) for item in value)
    return False


def exception_message(error, limits):
    """str(error) as CPython would print it, computed without running the program's code: arguments that
    are the program's objects are shown as bounded reprs, and a `__str__` the program wrote is not called."""
    kind = type(error)
    found = lookup(kind, "__str__")
    args = _exc_args(error)
    ctx = _Ctx(_Budget(limits.chars), limits)
    try:
        if found is BaseException.__str__ or (found is KeyError.__str__ and tuple.__len__(args) != 1):
            if tuple.__len__(args) == 0:
                text = ""
            elif tuple.__len__(args) == 1:
                only = args[0]
                text = only if type(only) is str else (str(only) if _plain_data(only) else _repr(only, ctx, 0))
            else:
                text = _repr(args, ctx, 0)
        elif found is KeyError.__str__:
            text = _repr(args[0], ctx, 0)
        elif not _is_heap(type(found)) and type(found).__name__ == "wrapper_descriptor" and all(_plain_data(a) for a in args):
            text = str(error)  # a builtin exception's own __str__ over plain data (OSError, UnicodeError, ...)
        elif type(found) is _FunctionType and not _is_program_function(found) and all(_plain_data(a) for a in args):
            text = str(error)
        else:
            text = "<%s.__str__ not called>" % _type_name(kind)
    except RecursionError:
        text = "<message too deep>"
    except Exception as failure:  # noqa: BLE001
        text = "<str failed: %s>" % type(failure).__name__
    return clip_message(text, limits)


def clip_message(text, limits):
    text = _ADDRESS.sub("", text)
    if len(text) > limits.chars:
        text = text[: limits.chars] + _ELLIPSIS
    return text

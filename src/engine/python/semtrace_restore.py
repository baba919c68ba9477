"""What one program changed in a warm interpreter, put back before the next program of the same trust domain.

A baseline of the interpreter (builtins, sys.modules, every module's namespace and its classes, and the
runtime settings programs change) is taken once; after each run `restore` puts back what the program
changed and says when something could not be put back: the embedding then throws the interpreter away
(Pyodide: a new interpreter; native: a new process). Shared by both backends.
"""

import builtins
import gc
import operator
import os
import sys
import types

# A program using any of these names can reach modules it never names: check every module after it.
REFLECTIVE = frozenset(
    "modules __dict__ setattr delattr __globals__ vars globals locals __import__ import_module importlib gc "
    "__subclasses__ f_globals f_locals f_builtins f_back tb_frame gi_frame cr_frame __builtins__ exec eval "
    "compile inspect __self__ __closure__ __code__ __func__ __objclass__ __mro__ __bases__ _getframe "
    "__traceback__ __loader__ __spec__ __setattr__ __delattr__ __getattribute__ ctypes".split()
)
# Always checked: the harness's own modules and what every run touches.
ALWAYS = ("sys", "os", "posixpath", "random", "json", "json.encoder", "json.decoder", "re", "io", "types",
          "signal", "warnings", "semtrace_tracer", "semtrace_repr", "semtrace_restore", "semtrace_pyodide")
_is = operator.is_


def _code_names(code, names):
    names.update(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            _code_names(const, names)
    return names


def _same(current, keys, values):
    return len(current) == len(keys) and tuple(current) == keys and all(map(_is, current.values(), values))


class _Frozen:
    """A module's (or class's) namespace as it was at the baseline."""

    __slots__ = ("target", "keys", "values", "items")

    def __init__(self, target, namespace):
        self.target = target
        self.items = dict(namespace)
        self.keys = tuple(self.items)
        self.values = tuple(self.items.values())


def _mutable_classes(module):
    found = []
    for value in vars(module).values():
        if isinstance(value, type) and not value.__flags__ & (1 << 8) and value.__module__ == module.__name__:
            found.append(_Frozen(value, value.__dict__))
    return found


class Baseline:
    def __init__(self):
        self.builtins = _Frozen(builtins.__dict__, builtins.__dict__)
        self.sys_modules = _Frozen(sys.modules, sys.modules)
        self.modules = {}
        self.classes = {}
        self.by_short = {}
        for name, module in sys.modules.items():
            if isinstance(module, types.ModuleType):
                self.modules[name] = _Frozen(module, module.__dict__)
                self.classes[name] = _mutable_classes(module)
                self.by_short.setdefault(name.rpartition(".")[2], []).append(name)
        self.lists = [(sys.path, list(sys.path)), (sys.meta_path, list(sys.meta_path)),
                      (sys.path_hooks, list(sys.path_hooks)), (sys.argv, list(sys.argv))]
        import warnings

        self.warnings = warnings
        self.filters = list(warnings.filters)
        self.environ = dict(os.environ)
        self.recursion_limit = sys.getrecursionlimit()
        self.int_digits = sys.get_int_max_str_digits()
        self.asyncgen_hooks = sys.get_asyncgen_hooks()
        self.gc_threshold = gc.get_threshold()
        import decimal
        import random
        import re

        self.decimal = decimal
        self.decimal_context = decimal.getcontext().copy()
        # Instances the stdlib keeps module-wide: their attributes are not covered by the module check.
        self.random_inst = _Frozen(random._inst.__dict__, random._inst.__dict__)
        self.re = re

    def _targets(self, code, namespace, added):
        """Modules the program can reach by name: the ones it names, and the ones bound in its globals."""
        names = _code_names(code, set())
        targets = set()
        for name in added:  # a new module was bound as an attribute of its (baseline) parent package
            targets.add(name.rpartition(".")[0])
        for name in names:
            if name in self.modules:
                targets.add(name)
            targets.update(self.by_short.get(name, ()))
        for value in (namespace or {}).values():
            if isinstance(value, types.ModuleType):
                targets.add(getattr(value, "__name__", ""))
                for inner in list(vars(value).values()):
                    if isinstance(inner, types.ModuleType):
                        targets.add(getattr(inner, "__name__", ""))
        return names, targets

    def restore(self, code, namespace, full):
        """Put the interpreter back to the baseline. Returns True when something could not be restored."""
        self.restore_builtins()
        frozen = self.sys_modules
        added = ()
        if not _same(frozen.target, frozen.keys, frozen.values):
            added = [name for name in frozen.target if name not in frozen.items]
            frozen.target.clear()
            frozen.target.update(frozen.items)
        dirty = False
        for name in ALWAYS:  # first, so that the checks below run on untampered modules
            dirty = self._restore_module(name) or dirty
        names, targets = self._targets(code, namespace, added)
        if full or not names.isdisjoint(REFLECTIVE):
            targets = self.modules.keys()
        for name in targets:
            if name not in ALWAYS:
                dirty = self._restore_module(name) or dirty
        for current, saved in self.lists:
            if current != saved:
                current[:] = saved
        self._restore_runtime()
        return dirty

    def _restore_module(self, name):
        frozen = self.modules.get(name)
        if frozen is None:
            return False
        namespace = frozen.target.__dict__
        if not _same(namespace, frozen.keys, frozen.values):
            namespace.clear()
            namespace.update(frozen.items)
        dirty = False
        for cls in self.classes[name]:
            dirty = self._restore_class(cls) or dirty
        return dirty

    def restore_builtins(self):
        frozen = self.builtins
        if not _same(frozen.target, frozen.keys, frozen.values):
            frozen.target.clear()
            frozen.target.update(frozen.items)

    @staticmethod
    def _restore_class(frozen):
        cls = frozen.target
        current = cls.__dict__
        if _same(current, frozen.keys, frozen.values):
            return False
        try:
            for key in [key for key in current if key not in frozen.items]:
                type.__delattr__(cls, key)
            for key, value in frozen.items.items():
                if current.get(key) is not value:
                    type.__setattr__(cls, key, value)
        except (TypeError, AttributeError):
            return True
        return not _same(cls.__dict__, frozen.keys, frozen.values)

    def _restore_runtime(self):
        sys.setrecursionlimit(self.recursion_limit)
        sys.set_int_max_str_digits(self.int_digits)
        sys.set_asyncgen_hooks(*self.asyncgen_hooks)
        sys.setprofile(None)
        sys.settrace(None)
        gc.set_threshold(*self.gc_threshold)
        gc.enable()
        if dict(os.environ) != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        warnings = self.warnings
        if warnings.filters != self.filters:
            warnings.filters[:] = self.filters
        # Forget which warnings were already shown, so the next program sees them again.
        mutated = getattr(warnings, "_filters_mutated_lock_held", None) or getattr(warnings, "_filters_mutated", None)
        if mutated is not None:
            with getattr(warnings, "_lock", None) or _NoLock():
                mutated()
        self.decimal.setcontext(self.decimal_context.copy())
        frozen = self.random_inst
        if not _same(frozen.target, frozen.keys, frozen.values):
            frozen.target.clear()
            frozen.target.update(frozen.items)
        self.re.purge()  # a program may have planted compiled patterns in the cache


class _NoLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

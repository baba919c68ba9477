"""Native runs of one trust domain in one process: after each program the interpreter is put back to how it
was before the domain's first program (semtrace_restore.Baseline), and the process state a program can
change outside Python's objects is checked. When anything could not be put back the run is *dirty*: the
child answers and ends, and the next program of the domain starts in a fresh process. Programs of other
domains never come here (the worker gives each domain its own child).
"""

import _thread
import os
import resource
import select
import signal
import sys

from semtrace_restore import Baseline

_LIMITS = [getattr(resource, name) for name in dir(resource) if name.startswith("RLIMIT_")]
_SIGNALS = [number for number in range(1, signal.NSIG) if number not in (signal.SIGKILL, signal.SIGSTOP)]
# Audit events after which the process cannot be trusted to be as before (never refused: a program does
# under semtrace what it does under python3; its process is only not reused).
_DIRTY_EVENTS = frozenset(
    "sys.addaudithook sys.monitoring.register_callback sys.monitoring.use_tool_id os.putenv os.unsetenv "
    "sys.setprofile_all_threads sys.settrace_all_threads".split()
)


class _Guard:
    def __init__(self):
        self.active = False
        self.dirty = False

    def hook(self, event, args):
        if not self.active or self.dirty:
            return
        if event in _DIRTY_EVENTS or event.startswith("ctypes."):
            self.dirty = True
        elif event == "import" and isinstance(args[0], str) and args[0].split(".", 1)[0] in ("ctypes", "_ctypes"):
            self.dirty = True
        elif event in ("object.__setattr__", "object.__delattr__"):
            target = args[0]
            try:
                owner = type.__dict__["__module__"].__get__(target) if isinstance(target, type) else None
            except (AttributeError, TypeError):
                owner = None
            # A class of the program may change; one of a module the next program shares may not.
            if isinstance(target, type) and owner != "__main__":
                self.dirty = True


class _Descriptors:
    """Which descriptors are closed. Landlock closes /proc/self/fd to the child, so all are asked at once:
    poll answers POLLNVAL for each one that is not open (one call instead of a call per descriptor). The
    descriptors are registered once; each check is then a single poll."""

    def __init__(self, highest=1024):
        self.poller = select.poll()
        for fd in range(highest):
            self.poller.register(fd, 0)

    def closed(self):
        return frozenset(fd for fd, events in self.poller.poll(0) if events & select.POLLNVAL)


def _process_state(descriptors):
    signals = []
    for number in _SIGNALS:
        try:
            signals.append(signal.getsignal(number))
        except (OSError, ValueError):
            signals.append(None)
    umask = os.umask(0o022)
    os.umask(umask)
    return (
        [resource.getrlimit(limit) for limit in _LIMITS],
        signals,
        descriptors.closed(),
        umask,
        signal.getitimer(signal.ITIMER_VIRTUAL),
        signal.getitimer(signal.ITIMER_PROF),
        sys.getswitchinterval(),
    )


class SharedRuns:
    def __init__(self, scratch, baseline=None):
        """`baseline`: the interpreter as this process started, when its parent took it before forking."""
        self.scratch = scratch
        self.baseline = baseline if baseline is not None else Baseline()
        self.guard = _Guard()
        sys.addaudithook(self.guard.hook)
        self.descriptors = _Descriptors()
        self.state = _process_state(self.descriptors)
        self.dirty = False

    def before(self):
        self.guard.active = True

    def restore_builtins(self):
        self.guard.active = False
        self.baseline.restore_builtins()

    def after(self, run):
        self.guard.active = False
        namespace = getattr(run, "namespace", None)
        dirty = self.baseline.restore(run.module_code, namespace, namespace is None) or self.guard.dirty
        # A thread the program left running would run on into the next program.
        dirty = dirty or _thread._count() > 0
        try:
            os.chdir(self.scratch)
        except OSError:
            dirty = True
        self.dirty = dirty or _process_state(self.descriptors) != self.state

    def clean(self):
        return not self.dirty

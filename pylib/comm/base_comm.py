"""Comms, as the ``comm`` package defines them: a channel between an object in the
kernel and one in the front end, opened by either side, carrying JSON data and binary
buffers. ``BaseComm`` leaves sending to ``publish_msg``; ``CommManager`` routes what the
front end sends to the comm it names, and opens comms for registered targets."""
import os
import sys


class BaseComm:
    def __init__(self, target_name="comm", data=None, metadata=None, buffers=None, comm_id=None,
                 primary=True, target_module=None, topic=None, _open_data=None, _close_data=None, **kwargs):
        self.comm_id = comm_id if comm_id else os.urandom(16).hex()
        self.primary = primary
        self.target_name = target_name
        self.target_module = target_module
        self.topic = topic if topic else ("comm-%s" % self.comm_id).encode("ascii")
        self._open_data = _open_data if _open_data else {}
        self._close_data = _close_data if _close_data else {}
        self._msg_callback = None
        self._close_callback = None
        self._closed = True
        if self.primary:
            # The kernel side opens the comm, and the front end is told.
            self.open(data=data, metadata=metadata, buffers=buffers)
        else:
            self._closed = False

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        raise NotImplementedError("publish_msg Comm method is not implemented")

    def __del__(self):
        # A comm that goes away while open closes, as the comm package's do.
        try:
            self.close(deleting=True)
        except Exception:
            pass

    def open(self, data=None, metadata=None, buffers=None):
        comm_manager = _manager()
        comm_manager.register_comm(self)
        try:
            self.publish_msg("comm_open", data=data, metadata=metadata, buffers=buffers,
                             target_name=self.target_name, target_module=self.target_module)
            self._closed = False
        except Exception:
            comm_manager.unregister_comm(self)
            raise

    def close(self, data=None, metadata=None, buffers=None, deleting=False):
        if self._closed:
            return
        self._closed = True
        if data is None:
            data = self._close_data
        self.publish_msg("comm_close", data=data, metadata=metadata, buffers=buffers)
        if not deleting:
            _manager().unregister_comm(self)

    def send(self, data=None, metadata=None, buffers=None):
        self.publish_msg("comm_msg", data=data, metadata=metadata, buffers=buffers)

    def on_close(self, callback):
        self._close_callback = callback

    def on_msg(self, callback):
        self._msg_callback = callback

    def handle_close(self, msg):
        if self._close_callback:
            self._close_callback(msg)

    def handle_msg(self, msg):
        if self._msg_callback:
            self._msg_callback(msg)


class CommManager:
    def __init__(self):
        self.comms = {}
        self.targets = {}

    def register_target(self, target_name, f):
        """``f(comm, msg)`` is called when the front end opens a comm to ``target_name``."""
        if isinstance(f, str):
            module_name, _, name = f.rpartition(".")
            f = getattr(__import__(module_name, fromlist=[name]), name)
        self.targets[target_name] = f

    def unregister_target(self, target_name, f):
        return self.targets.pop(target_name)

    def register_comm(self, comm):
        self.comms[comm.comm_id] = comm
        return comm.comm_id

    def unregister_comm(self, comm):
        self.comms.pop(comm.comm_id, None)

    def get_comm(self, comm_id):
        return self.comms.get(comm_id)

    def comm_open(self, stream, ident, msg):
        from comm import create_comm

        content = msg["content"]
        comm_id = content["comm_id"]
        target_name = content["target_name"]
        f = self.targets.get(target_name, None)
        comm = create_comm(comm_id=comm_id, primary=False, target_name=target_name)
        self.register_comm(comm)
        if f is None:
            print("No such comm target registered: %s" % target_name, file=sys.stderr)
        else:
            try:
                f(comm, msg)
                return
            except Exception:
                _report_error()
        # The front end learns that no comm came of it.
        try:
            comm.close()
        except Exception:
            _report_error()

    def comm_msg(self, stream, ident, msg):
        comm = self._named_comm(msg)
        if comm is None:
            return
        try:
            comm.handle_msg(msg)
        except Exception:
            _report_error()

    def comm_close(self, stream, ident, msg):
        comm = self._named_comm(msg)
        if comm is None:
            return
        self.comms[comm.comm_id]._closed = True
        del self.comms[comm.comm_id]
        try:
            comm.handle_close(msg)
        except Exception:
            _report_error()

    def _named_comm(self, msg):
        comm_id = msg["content"]["comm_id"]
        comm = self.get_comm(comm_id)
        if comm is None:
            print("No such comm: %s" % comm_id, file=sys.stderr)
        return comm


def _report_error():
    """A handler's failure goes to stderr (traceback is imported only then: it is slow to load)."""
    import traceback

    traceback.print_exc()


def _manager():
    import comm

    return comm.get_comm_manager()

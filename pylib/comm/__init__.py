"""The ``comm`` package's API in a pyvm notebook: ``create_comm`` opens a comm to the
front end, ``get_comm_manager`` holds the comms and the targets the front end may open
comms to. The kernel hands the front end's comm_open, comm_msg and comm_close to the
manager (``comm_open(stream, ident, msg)`` and so on, as ipykernel does)."""
from comm.base_comm import BaseComm, CommManager

__all__ = ["BaseComm", "CommManager", "create_comm", "get_comm_manager"]

_comm_manager = None


class Comm(BaseComm):
    """A comm whose messages go out on the kernel's iopub channel."""

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        import _pyvm_kernel

        content = dict(data={} if data is None else data, comm_id=self.comm_id, **keys)
        _pyvm_kernel.publish(msg_type, content, {} if metadata is None else metadata, buffers)


def create_comm(*args, **kwargs):
    return Comm(*args, **kwargs)


def get_comm_manager():
    global _comm_manager
    if _comm_manager is None:
        _comm_manager = CommManager()
    return _comm_manager

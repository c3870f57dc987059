"""``display()``, ``update_display()``, ``clear_output()`` and display handles, as
IPython defines them. Every value is formatted by the kernel's own formatter (the one
execute_result uses: ``_repr_*_`` methods and ``_repr_mimebundle_``) and published on
iopub as display_data, or update_display_data for an update of a ``display_id``."""
import os

import _pyvm_kernel

__all__ = ["display", "update_display", "clear_output", "publish_display_data", "DisplayHandle"]


def _new_id():
    return os.urandom(16).hex()


def _merge(bundle_metadata, given):
    """Metadata given to display() wins, merged a MIME type deep."""
    for key, value in given.items():
        if isinstance(value, dict) and isinstance(bundle_metadata.get(key), dict):
            bundle_metadata[key].update(value)
        else:
            bundle_metadata[key] = value


def publish_display_data(data, metadata=None, source=None, *, transient=None, **kwargs):
    msg_type = "update_display_data" if kwargs.get("update") else "display_data"
    content = {"data": data, "metadata": {} if metadata is None else metadata, "transient": {} if transient is None else transient}
    _pyvm_kernel.publish(msg_type, content)


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False, clear=False, **kwargs):
    transient = {} if transient is None else dict(transient)
    if display_id:
        if display_id is True:
            display_id = _new_id()
        transient["display_id"] = display_id
    if kwargs.get("update") and "display_id" not in transient:
        raise TypeError("display_id required for update_display")
    if not objs and display_id:
        return DisplayHandle(display_id)
    if clear:
        clear_output(wait=True)
    for obj in objs:
        if raw:
            publish_display_data(data=obj, metadata=metadata, transient=transient, **kwargs)
            continue
        formatted = _pyvm_kernel.format(obj, include, exclude)
        if formatted is None:
            continue  # it displayed itself (_ipython_display_)
        data, bundle_metadata = formatted
        if not data:
            continue
        if metadata:
            _merge(bundle_metadata, metadata)
        publish_display_data(data=data, metadata=bundle_metadata, transient=transient, **kwargs)
    if display_id:
        return DisplayHandle(display_id)
    return None


def update_display(obj, *, display_id, **kwargs):
    kwargs["update"] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    _pyvm_kernel.publish("clear_output", {"wait": wait})


class DisplayHandle:
    """A display that can be shown again or updated in place, wherever it is shown."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _new_id()
        self.display_id = display_id

    def __repr__(self):
        return "<%s display_id=%s>" % (self.__class__.__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)

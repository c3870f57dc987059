"""IPython's rich display objects: each holds its data (given, or read from a file) and
offers it through the ``_repr_*_`` method of its MIME type, so that ``display(obj)`` and
a cell's last value show it richly; its text/plain is ``<IPython.core.display.X object>``
as in IPython."""
import os

__all__ = ["DisplayObject", "TextDisplayObject", "HTML", "Markdown", "Math", "Latex", "SVG", "JSON",
           "Javascript", "Image", "Pretty", "Code"]


class DisplayObject:
    _read_flags = "r"
    metadata = None

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if isinstance(data, os.PathLike):
            data = os.fspath(data)
        if isinstance(data, str):
            if data.startswith("http") and url is None:
                url, data = data, None
            elif filename is None and _is_file(data):
                filename, data = data, None
        self.data = data
        self.url = url
        self.filename = filename
        if metadata is not None:
            self.metadata = metadata
        elif self.metadata is None:
            self.metadata = {}
        self.reload()
        self._check_data()

    def __repr__(self):
        return "<%s.%s object>" % (self.__class__.__module__, self.__class__.__name__)

    def _check_data(self):
        pass

    def _data_and_metadata(self):
        if self.metadata:
            return self.data, _copy_metadata(self.metadata)
        return self.data

    def reload(self):
        """Reads the data again from the file it came from (a URL is never fetched: front ends load it)."""
        if self.filename is not None:
            with open(self.filename, self._read_flags) as file:
                self.data = file.read()


def _copy_metadata(metadata):
    """A copy the receiver may change (metadata is a dict of plain values and dicts)."""
    return {key: _copy_metadata(value) if isinstance(value, dict) else value for key, value in metadata.items()}


def _escape(text):
    """html.escape, without importing html (whose entity table is slow to load)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


def _is_file(text):
    try:
        return len(text) < 4096 and "\n" not in text and os.path.isfile(text)
    except (OSError, ValueError):
        return False


class TextDisplayObject(DisplayObject):
    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError("%s expects text, not %r" % (self.__class__.__name__, self.data))


class HTML(TextDisplayObject):
    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Math(TextDisplayObject):
    def _repr_latex_(self):
        text = r"$\displaystyle %s$" % self.data.strip("$")
        return (text, self.metadata) if self.metadata else text


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    def _check_data(self):
        if isinstance(self.data, bytes):
            self.data = self.data.decode("utf-8")
        # IPython keeps the <svg> element only (no XML declaration or doctype).
        if isinstance(self.data, str) and "<svg" in self.data:
            self.data = self.data[self.data.index("<svg"):]

    def _repr_svg_(self):
        return self._data_and_metadata()


class JSON(DisplayObject):
    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        self.metadata = {"expanded": expanded, "root": root}
        if metadata:
            self.metadata.update(metadata)
        if kwargs:
            self.metadata.update(kwargs)
        super().__init__(data=data, url=url, filename=filename)

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, (dict, list)):
            raise TypeError("%s expects JSONable dict or list, not %r" % (self.__class__.__name__, self.data))

    def reload(self):
        super().reload()
        if isinstance(self.data, str):
            import json

            self.data = json.loads(self.data)

    def _repr_json_(self):
        return self._data_and_metadata()


class Javascript(TextDisplayObject):
    def __init__(self, data=None, url=None, filename=None, lib=None, css=None):
        self.lib = [lib] if isinstance(lib, str) else (lib or [])
        self.css = [css] if isinstance(css, str) else (css or [])
        super().__init__(data=data, url=url, filename=filename)

    def _repr_javascript_(self):
        loaders = "".join('$("head").append($("<link/>").attr({rel: "stylesheet", type: "text/css", href: "%s"}));\n' % c for c in self.css)
        loaders += "".join('$.getScript("%s", function () {\n' % lib for lib in self.lib)
        closers = "".join("});\n" for _ in self.lib)
        return loaders + (self.data or "") + closers


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8"


class Image(DisplayObject):
    _read_flags = "rb"
    _FORMATS = {"png": "png", "jpg": "jpeg", "jpeg": "jpeg"}

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None, height=None,
                 retina=False, unconfined=False, metadata=None, alt=None):
        name = filename if filename is not None else url if url is not None else data if isinstance(data, str) else None
        if format is None and name is not None:
            format = self._FORMATS.get(name.rsplit(".", 1)[-1].lower())
        if format is None and isinstance(data, bytes):
            format = "png" if data.startswith(_PNG_SIGNATURE) else "jpeg" if data.startswith(_JPEG_SIGNATURE) else None
        self.format = self._FORMATS.get(format.lower(), format.lower()) if format else "png"
        self.embed = embed if embed is not None else url is None and not (isinstance(data, str) and data.startswith("http"))
        self.width, self.height, self.retina, self.unconfined, self.alt = width, height, retina, unconfined, alt
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)
        if self.embed and self.format not in ("png", "jpeg"):
            raise ValueError("Cannot embed the '%s' image format" % self.format)

    def reload(self):
        if self.embed:
            super().reload()

    def _image_metadata(self):
        metadata = dict(self.metadata or {})
        for key in ("width", "height", "alt"):
            if getattr(self, key):
                metadata[key] = getattr(self, key)
        if self.unconfined:
            metadata["unconfined"] = self.unconfined
        return metadata

    def _repr_html_(self):
        if self.embed:
            return None
        attributes = "".join(' %s="%s"' % (key, _escape(str(value))) for key, value in self._image_metadata().items())
        return '<img src="%s"%s/>' % (_escape(self.url), attributes)

    def _image_data(self, format):
        if not self.embed or self.format != format:
            return None
        metadata = self._image_metadata()
        return (self.data, metadata) if metadata else self.data

    def _repr_png_(self):
        return self._image_data("png")

    def _repr_jpeg_(self):
        return self._image_data("jpeg")


class Pretty(TextDisplayObject):
    def __repr__(self):
        return self.data


class Code(TextDisplayObject):
    def __init__(self, data=None, url=None, filename=None, language=None):
        self.language = language
        super().__init__(data=data, url=url, filename=filename)

    def __repr__(self):
        return self.data

    def _repr_html_(self):
        return "<pre>%s</pre>" % _escape(self.data)

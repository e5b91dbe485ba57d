"""rencana: compliance checker for kecamatan planning documents (Renstra, Renja, Rencana Aksi)."""
__version__ = "0.1.0"


def check(paths, settings=None):
    """Check documents and return a Report (see checker.report)."""
    from .pipeline import check as _check
    return _check(paths, settings)

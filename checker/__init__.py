"""rencana: compliance checker for kecamatan planning documents (Renstra, Renja, Rencana Aksi)."""
import os

__version__ = "0.1.0"

# openpyxl parses through defusedxml only when this is "True" (its default); a user's environment
# must not turn that off for a tool that opens files from hundreds of offices.
os.environ["OPENPYXL_DEFUSEDXML"] = "True"


def check(paths, settings=None):
    """Check documents and return a Report (see checker.report)."""
    from .pipeline import check as _check
    return _check(paths, settings)
